"""A start database's coverage crosses from the worker that read it to the report as what
the report prints of it, packed: one text per start, not a row count and a share per
column of every table (on a chain of 300 the figures of every start, held by each report
of the test and by the matrix report, were the largest part of the xdist controller).
The printed lines are the same, and so is a merged report, whichever form it was
written in."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.long_chain import write_chain
from edi_migrations.harness.coverage import unpack_lines
from edi_migrations.harness.report import DATA_MARK
from edi_migrations.harness.report_merge import read_report
from tests.harness_projects import run_matrix

# The pytester project's conftest: what each start's coverage test carries to the report.
RECORD = """
import json
from edi_migrations.harness.coverage import COVERAGE_KEY

SEEN = []

def pytest_runtest_logreport(report):
    if report.when == "call":
        SEEN.extend(value for key, value in report.user_properties if key == COVERAGE_KEY)

def pytest_sessionfinish(session):
    with open("payloads.json", "w", encoding="utf-8") as out:
        json.dump(SEEN, out)
"""
LENGTH = 25  # the example app grown to a few dozen tables; its last start is v24


@pytest.fixture
def long_chain(pytester: pytest.Pytester) -> Path:
    return write_chain(pytester.path / "migrations", LENGTH)


def coverage_section(stdout: list[str]) -> list[str]:
    start = next(i for i, line in enumerate(stdout) if "start-database coverage" in line)
    section = []
    for line in stdout[start + 1 :]:
        if re.match(r"^=+ ", line) or line.startswith("matrix report"):
            break
        if line.strip():
            section.append(line)
    return section


def test_each_start_carries_the_lines_the_report_prints_packed(pytester, long_chain):
    pytester.makeconftest(RECORD)
    result = run_matrix(pytester, long_chain, "--upgrade-path", f"coverage->v{LENGTH - 1}")
    result.assert_outcomes(passed=1)
    payloads = json.loads((pytester.path / "payloads.json").read_text(encoding="utf-8"))
    assert [start for start, _ in payloads] == [f"v{LENGTH - 1}"]
    ((start, packed),) = payloads
    lines = unpack_lines(packed)
    assert len(lines) > 10  # a line per table
    assert [f"{start}  {line}" for line in lines] == coverage_section(result.stdout.lines)
    assert isinstance(packed, str) and len(packed) * 2 < len("\n".join(lines))


def test_a_report_written_with_the_figures_per_column_still_merges(tmp_path):
    data = {
        "cells": [["v1", "v2", "pass"]],
        "coverage": {"v1": [["notes", 3, [["id", 1.0], ["body", 0.5]]]]},
        "lint": {},
    }
    old = tmp_path / "old.md"
    old.write_text(f"## Upgrade-path matrix\n\n{DATA_MARK}{json.dumps(data)} -->\n")
    report = read_report(old)
    assert report.coverage_lines() == ["v1  notes 3 rows: id 100%, body 50%"]
    assert read_report_again(report, tmp_path).coverage_lines() == report.coverage_lines()


def read_report_again(report, tmp_path: Path):
    again = tmp_path / "again.md"
    again.write_text(report.markdown(), encoding="utf-8")
    return read_report(again)
