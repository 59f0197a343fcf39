"""The end of a long chain's run, told in lines a terminal can show.

At 120 versions the start x target grid printed 121 rows 700 characters wide, almost
all ``-``; the coverage a line per table of every start (a thousand lines) and the lint a
``clean`` line per migration, the previous app a line per migration it survives, the
re-runs that changed a database each with all its evidence. Past
``WIDE`` targets the terminal gets the grid's counts and its failing cells, the newest
start's coverage, the lint's findings, the previous app's breaks alone and the changed
re-runs counted, each with its first line of evidence and what it lost; the
``--matrix-report`` Markdown keeps everything.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol


class MatrixReport(Protocol):
    """What is read of ``harness.report.MatrixReport`` (which imports this module)."""

    cells: dict[tuple[str, str], str]
    coverage: dict[str, str]

    def rows(self) -> tuple[list[str], list[str]]: ...
    def coverage_lines(self) -> list[str]: ...
    def lint_lines(self) -> list[str]: ...


WIDE = 30  # targets: a grid wider than this is told by its counts
WHOLE = "--matrix-report PATH writes it whole"


def is_long(report: MatrixReport) -> bool:
    return len(report.rows()[1]) > WIDE


def grid_lines(report: MatrixReport) -> list[str]:
    """The grid's size, each outcome's count, then each failing cell."""
    starts, targets = report.rows()
    counts = Counter(report.cells.values())
    told = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
    lines = [f"{len(starts)} starts x {len(targets)} targets, {len(report.cells)} cells: {told}"]
    lines += [f"FAIL  {s} -> {t}" for (s, t), v in sorted(report.cells.items()) if v == "FAIL"]
    return [*lines, f"(too wide to show here: {WHOLE})"]


def coverage_lines(report: MatrixReport) -> list[str]:
    """The newest start's lines (the widest schema), and how many starts are left out."""
    lines = report.coverage_lines()
    newest = lines[-1].split("  ", 1)[0] if lines else ""
    kept = [line for line in lines if line.split("  ", 1)[0] == newest]
    others = len(report.coverage) - 1
    return [*kept, f"(and {others} earlier starts: {WHOLE})"] if others > 0 else kept


def lint_lines(report: MatrixReport) -> list[str]:
    """The findings, after one line counting the clean migrations."""
    lines = report.lint_lines()
    clean = [line for line in lines if line.endswith(": clean")]
    return [f"{len(clean)} migrations clean", *(x for x in lines if not x.endswith(": clean"))]


def previous_app_lines(lines: list[str]) -> list[str]:
    """The breaks (each with its first failing statement), after one line counting the
    migrations whose previous app keeps working."""
    working = [line for line in lines if " keeps working on " in line]
    told = f"{len(working)} migrations: the previous app keeps working on the upgraded file"
    return [told, *(line for line in lines if " keeps working on " not in line)]


def rerun_lines(entries: dict[str, tuple[str, ...]]) -> list[str]:
    """One line counting the re-runs that changed a database, then each change with its
    first line of evidence and its lines of loss (a table's rows gone, a table dropped):
    a re-run that wipes the user's rows must not read like one that adds a row."""
    from edi_migrations.harness.rerun_reported import lines

    told = f"{len(entries)} re-runs changed the database they ran on again"
    short = {path: (*ev[:1], *filter(_loss, ev[1:])) for path, ev in entries.items()}
    return [told, *lines(short), f"(each change's evidence: {WHOLE})"]


def _loss(line: str) -> bool:
    """A table's summary line saying rows or the table went, or a dropped object."""
    table = line.startswith("table ") and " gone" in line
    return table or (line.startswith("schema: ") and line.endswith(" dropped"))
