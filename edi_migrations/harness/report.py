"""The start x target grid of a run, printed at its end and written as Markdown.

Each path test carries its cell in ``user_properties`` (set at collection by
:mod:`edi_migrations.harness.matrix`), so the grid is gathered from reports alone and
works the same on the xdist controller, where no test runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edi_migrations.harness import report_long
from edi_migrations.harness.coverage import COVERAGE_KEY, unpack_lines
from edi_migrations.harness.invariants.view_notes import NOTES_KEY
from edi_migrations.harness.lint_gate import ADVISORY, LINT_KEY
from edi_migrations.harness.matrix import MATRIX_KEY
from edi_migrations.harness.previous_app_setting import KEY as PREVIOUS_APP_KEY
from edi_migrations.harness.previous_app_setting import LEGEND as PREVIOUS_APP_LEGEND
from edi_migrations.harness.previous_app_setting import lines as previous_app_lines
from edi_migrations.harness.rerun_reported import KEY as RERUN_KEY
from edi_migrations.harness.rerun_reported import LEGEND as RERUN_LEGEND
from edi_migrations.harness.rerun_reported import lines as rerun_lines
from edi_migrations.harness.review import REVIEW_KEY, section
from edi_migrations.harness.verdicts import was_kept


class MatrixReport:
    """Collects each matrix test's outcome into a start x target grid."""

    def __init__(self) -> None:
        self.cells: dict[tuple[str, str], str] = {}
        self.coverage: dict[str, str] = {}  # per start: its printed lines, packed
        self.lint: dict[str, tuple[tuple[str, str, str], ...]] = {}
        self.review: tuple[int, int] | None = None  # (base, head) of the schema review
        self.schemas: dict[int, str] = {}  # the canonical SQL of base and head
        self.notes: dict[str, tuple[str, ...]] = {}  # per path: what a check could not hold
        self.previous_app: dict[str, tuple[str, str]] = {}  # migration: (headline, first failing)
        self.rerun: dict[str, tuple[str, ...]] = {}  # re-run path id: what it changed
        self.shard: tuple[int, int] | None = None  # (group, splits) of a pytest-split shard

    def record(self, report: pytest.TestReport) -> None:
        for key, value in report.user_properties:
            if key == LINT_KEY and report.when == "call":
                migration, findings = value
                self.lint[migration] = tuple(tuple(f) for f in findings)
            if key == REVIEW_KEY and report.when == "call":
                version, base, head, sql = value
                self.review, self.schemas[version] = (base, head), sql
            if key == NOTES_KEY and report.when == "call":
                path, notes = value
                self.notes[path] = tuple(dict.fromkeys((*self.notes.get(path, ()), *notes)))
            if key == PREVIOUS_APP_KEY and report.when == "call":
                migration, headline, first = value
                self.previous_app[migration] = (headline, first)
            if key == RERUN_KEY and report.when == "call":
                path, changed = value
                self.rerun[path] = tuple(changed)
            if key == COVERAGE_KEY and report.when == "call":
                start, packed = value
                self.coverage[start] = packed
            if key != MATRIX_KEY:
                continue
            cell = tuple(value)
            if report.failed:
                self.cells[cell] = "FAIL"
            elif report.when == "call" and report.passed:
                self.cells.setdefault(cell, "pass")
            elif report.when == "call" and was_kept(report):
                self.cells.setdefault(cell, "kept")  # passed in an earlier run, not run again

    def rows(self) -> tuple[list[str], list[str]]:
        starts = sorted({s for s, _ in self.cells}, key=_start_order)
        targets = sorted({t for _, t in self.cells}, key=lambda t: int(t[1:]))
        return starts, targets

    def grid(self) -> list[list[str]]:
        starts, targets = self.rows()
        table = [["start \\ target", *targets]]
        for start in starts:
            table.append([start, *(self.cells.get((start, t), "-") for t in targets)])
        return table

    def markdown(self) -> str:
        table = self.grid()
        failed = sum(v == "FAIL" for v in self.cells.values())
        lines = [
            "## Upgrade-path matrix",
            "",
            f"{len(self.cells)} cells, {failed} failing{_kept(self.cells)}.",
            "",
            "| " + " | ".join(table[0]) + " |",
            "|" + "---|" * len(table[0]),
        ]
        for row in table[1:]:
            lines.append("| " + " | ".join(_mark(c) for c in row) + " |")
        lines += ["", *section(self.review, self.schemas)]
        if self.coverage:
            lines += ["", "### Start-database coverage", "", COVERAGE_LEGEND, ""]
            lines += [f"- `{line}`" for line in self.coverage_lines()]
        if self.lint:
            lines += ["", "### Lint", ""]
            lines += [f"- {line}" for line in self.lint_lines()]
        if self.notes:
            lines += ["", "### Notes", "", NOTES_LEGEND, ""]
            lines += [f"- {line}" for line in self.note_lines()]
        if self.previous_app:
            lines += ["", "### Previous app", "", PREVIOUS_APP_LEGEND, ""]
            lines += [f"- {line.strip()}" for line in previous_app_lines(self.previous_app)]
        if self.rerun:
            lines += ["", "### Re-run", "", RERUN_LEGEND, ""]
            lines += [f"- {line.strip()}" for line in rerun_lines(self.rerun)]
        lines += ["", f"{DATA_MARK}{self.data_json()} -->"]
        return "\n".join(lines) + "\n"

    def data_json(self) -> str:
        """The report's facts as JSON, hidden in the Markdown so that the reports of a
        sharded run can be merged (:mod:`edi_migrations.harness.report_merge`); ``>`` is
        escaped so no value can end the comment."""
        data = {
            "cells": [[s, t, outcome] for (s, t), outcome in sorted(self.cells.items())],
            "coverage_packed": self.coverage,
            "lint": {m: [list(f) for f in findings] for m, findings in self.lint.items()},
            "review": list(self.review) if self.review else None,
            "schemas": {str(v): sql for v, sql in sorted(self.schemas.items())},
            "notes": {path: list(notes) for path, notes in self.notes.items()},
            "previous_app": {m: list(v) for m, v in self.previous_app.items()},
            "rerun": {path: list(changed) for path, changed in self.rerun.items()},
        }
        if self.shard:  # so that a merge can tell a shard's report is missing
            data["shard"] = list(self.shard)
        return json.dumps(data, sort_keys=True).replace(">", "\\u003e")

    def lint_lines(self) -> list[str]:
        """One line per finding (acknowledged ones say why), one per clean migration."""
        lines = []
        for migration in sorted(self.lint):
            findings = self.lint[migration]
            if all(ack.startswith(ADVISORY) for _, _, ack in findings):
                lines.append(f"{migration}: clean")
            for code, title, acknowledged in findings:
                mark = f" (acknowledged: {acknowledged})" if acknowledged else " (FAIL)"
                if acknowledged.startswith(ADVISORY):
                    mark = f" ({acknowledged})"
                lines.append(f"{migration}: {code} {title}{mark}")
        return lines

    def note_lines(self) -> list[str]:
        """One line per note, after the id of the path it was taken on."""
        return [f"{path}: {note}" for path in sorted(self.notes) for note in self.notes[path]]

    def coverage_lines(self) -> list[str]:
        """One line per table of each start database: rows, non-NULL share per column."""
        lines = []
        for start in sorted(self.coverage, key=_start_order):
            lines += [f"{start}  {line}" for line in unpack_lines(self.coverage[start])]
        return lines


DATA_MARK = "<!-- edi-migrations matrix data: "  # the line holding data_json()
COVERAGE_LEGEND = "rows per table and the share of non-NULL values in each column"
NOTES_LEGEND = "what a check could not hold a path to, and why (not failures)"


def _kept(cells: dict[tuple[str, str], str]) -> str:
    kept = sum(v == "kept" for v in cells.values())
    return (
        f", {kept} kept (passed in an earlier run on the same inputs, not run again)"
        if kept
        else ""
    )


def _mark(cell: str) -> str:
    return {"pass": "✅ pass", "FAIL": "❌ FAIL"}.get(cell, cell)


def _start_order(start: str) -> tuple[int, str]:
    if start == "fresh":
        return (10**6, start)
    return (int(start[1:].split("-")[0]), start)


class MatrixReporter:
    """Hooks: gather outcomes (on the xdist controller too), print and write the grid."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.report = MatrixReport()
        splits, group = config.getoption("splits", None), config.getoption("group", None)
        if splits and group:  # pytest-split's --splits N --group i
            self.report.shard = (int(group), int(splits))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.report.record(report)

    def write_grid(self, terminalreporter) -> None:
        if report_long.is_long(self.report):
            terminalreporter.section("upgrade-path matrix (start x target)")
            for line in report_long.grid_lines(self.report):
                terminalreporter.write_line(line)
            return
        table = self.report.grid()
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        terminalreporter.section("upgrade-path matrix (start x target)")
        for row in table:
            terminalreporter.write_line(
                "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            )

    def pytest_terminal_summary(self, terminalreporter) -> None:
        target = self.config.getoption("matrix_report")
        if target:  # even empty: a shard that ran no matrix test still has its report
            Path(target).write_text(self.report.markdown(), encoding="utf-8")
        if not (
            self.report.cells
            or self.report.coverage
            or self.report.lint
            or self.report.notes
            or self.report.previous_app
            or self.report.rerun
        ):
            return
        long = report_long if report_long.is_long(self.report) else None
        if self.report.cells:
            self.write_grid(terminalreporter)
        if self.report.coverage:
            terminalreporter.section(f"start-database coverage ({COVERAGE_LEGEND})")
            for line in (long.coverage_lines if long else MatrixReport.coverage_lines)(self.report):
                terminalreporter.write_line(line)
        if self.report.lint:
            terminalreporter.section("lint (SQLite floor and risky operations)")
            for line in (long.lint_lines if long else MatrixReport.lint_lines)(self.report):
                terminalreporter.write_line(line)
        if self.report.notes:
            terminalreporter.section(f"notes ({NOTES_LEGEND})")
            for line in self.report.note_lines():
                terminalreporter.write_line(line)
        if self.report.previous_app:
            terminalreporter.section(f"previous app ({PREVIOUS_APP_LEGEND})")
            told = previous_app_lines(self.report.previous_app)
            for line in long.previous_app_lines(told) if long else told:
                terminalreporter.write_line(line)
        if self.report.rerun:
            terminalreporter.section(f"re-run ({RERUN_LEGEND})")
            told = (long.rerun_lines if long else rerun_lines)(self.report.rerun)
            for line in told:
                terminalreporter.write_line(line)
        if target:
            terminalreporter.write_line(f"matrix report written to {target}")
