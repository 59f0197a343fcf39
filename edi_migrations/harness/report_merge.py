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
    report.rerun = {path: tuple(changed) for path, changed in data.get("rerun", {}).items()}
    shard = data.get("shard")  # absent from an unsharded run's report
    report.shard = (shard[0], shard[1]) if shard else None
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
        merged.rerun.update(report.rerun)
    return merged


def check_every_shard(reports: Sequence[MatrixReport], paths: Sequence[Path]) -> None:
    """A shard whose report never arrived (its job died, its upload failed) would leave a
    grid without its tests that still says "0 failing": refuse it, naming the group."""
    shards = {report.shard for report in reports if report.shard}
    for splits in sorted({n for _, n in shards}):
        missing = [g for g in range(1, splits + 1) if (g, splits) not in shards]
        if missing:
            named = ", ".join(f"shard {g} of {splits} (--group {g})" for g in missing)
            given = ", ".join(str(p) for p in paths)
            raise ValueError(
                f"no report of {named} among {given}: its tests would be missing "
                "from the merged grid; pass every shard's --matrix-report"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m edi_migrations.harness.report_merge", description=__doc__.splitlines()[0]
    )
    parser.add_argument("reports", nargs="+", type=Path, metavar="REPORT")
    parser.add_argument("-o", "--output", type=Path, help="write here (default: stdout)")
    args = parser.parse_args(argv)
    try:
        reports = [read_report(path) for path in args.reports]
        check_every_shard(reports, args.reports)
        text = merge(reports).markdown()
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
