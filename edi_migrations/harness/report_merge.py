"""Merge the ``--matrix-report`` files of a sharded run into the one report an unsharded
run writes, for a CI job summary:

    python -m edi_migrations.harness.report_merge matrix-1.md matrix-2.md ... [-o OUT]

Each report carries its facts as JSON in a hidden last line (``MatrixReport.data_json``),
so nothing is parsed back out of the Markdown tables. A cell that failed in any shard
fails in the merge (a test that ran in two shards, or a re-run, cannot hide a failure);
coverage and lint are per start and per migration, the same whichever shard read them;
the schema review's two schemas may come from two shards.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from edi_migrations.harness.coverage import TableCoverage, pack_lines
from edi_migrations.harness.report import DATA_MARK, MatrixReport


def read_report(path: Path) -> MatrixReport:
    """The report a ``--matrix-report`` file holds; ValueError naming the file otherwise."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith(DATA_MARK)]
    if not lines:
        raise ValueError(
            f"{path}: no matrix data (not a file written by pytest --matrix-report, "
            "or one written before reports could be merged)"
        )
    data = json.loads(lines[-1][len(DATA_MARK) :].removesuffix(" -->"))
    report = MatrixReport()
    report.cells = {(start, target): outcome for start, target, outcome in data["cells"]}
    report.coverage = dict(data.get("coverage_packed", {}))
    for start, tables in data.get("coverage", {}).items():  # written with figures per column
        figures = (TableCoverage(t, n, tuple((c, s) for c, s in cols)) for t, n, cols in tables)
        report.coverage[start] = pack_lines(tuple(figures))
    report.lint = {m: tuple(tuple(f) for f in found) for m, found in data["lint"].items()}
    review = data.get("review")  # absent from reports written before the schema review
    report.review = (review[0], review[1]) if review else None
    report.schemas = {int(v): sql for v, sql in data.get("schemas", {}).items()}
    report.notes = {path: tuple(notes) for path, notes in data.get("notes", {}).items()}
    report.previous_app = {m: (h, f) for m, (h, f) in data.get("previous_app", {}).items()}
    return report


def merge(reports: Iterable[MatrixReport]) -> MatrixReport:
    merged = MatrixReport()
    for report in reports:
        for cell, outcome in report.cells.items():
            if merged.cells.get(cell) != "FAIL":
                merged.cells[cell] = outcome
        merged.coverage.update(report.coverage)
        merged.lint.update(report.lint)
        merged.review = merged.review or report.review
        merged.schemas.update(report.schemas)
        merged.notes.update(report.notes)
        merged.previous_app.update(report.previous_app)
    return merged


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m edi_migrations.harness.report_merge", description=__doc__.splitlines()[0]
    )
    parser.add_argument("reports", nargs="+", type=Path, metavar="REPORT")
    parser.add_argument("-o", "--output", type=Path, help="write here (default: stdout)")
    args = parser.parse_args(argv)
    try:
        text = merge(map(read_report, args.reports)).markdown()
    except (OSError, ValueError) as exc:
        print(f"report_merge: {exc}", file=sys.stderr)
        return 1
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
