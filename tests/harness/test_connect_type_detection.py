"""An app's ``connect`` that turns SQLite type detection on itself, not through ``**kw``.

The harness asks every connection for ``detect_types=0`` (sqlite/app_reads.py): a connect
that defaults it (``kw.setdefault``) opens without converters. One that names it beside
``**kw``, or overwrites the keyword, opens with them, and a connection cannot turn them
off once open: every value a check read went through the app's DATE converter, which
failed on the dirty values the checks write, a traceback from deep in the harness on
every path. The probe that tries the connect before any check now stops the run in one
line naming the connect, the option and what to do. A bookkeeping app, not EDI's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.test_harness_misses_round_nineteen import passes_every_check
from tests.harness.test_newcomer_round_eighteen import run  # the upgrade paths alone
from tests.harness.test_newcomer_round_twenty_one import ACCOUNTS, CONNECT, OPENING
from tests.harness_projects import add_migration, first_migration

FORCED = {
    "named-beside-kw": "conn = sqlite3.connect(database, detect_types=sqlite3.PARSE_DECLTYPES, **kw)",
    "kw-overwritten": (
        "kw['detect_types'] = sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES\n"
        "    conn = sqlite3.connect(database, **kw)"
    ),
}
THROUGH_KW = (
    "kw.setdefault('detect_types', sqlite3.PARSE_DECLTYPES)\n"
    "    conn = sqlite3.connect(database, **kw)"
)


def books_app(pytester: pytest.Pytester, opening: str) -> Path:
    source = CONNECT.replace("{opening}", opening).replace("{setting}", "pass")
    (pytester.path / "booksdb.py").write_text(source, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "booksdb:connect"\n')
    folder = first_migration(pytester, ACCOUNTS, "accounts")
    add_migration(folder, "opening_balances", OPENING)
    return folder


@pytest.mark.parametrize("opening", sorted(FORCED), ids=sorted(FORCED))
def test_a_connect_forcing_type_detection_stops_the_run_in_one_line(pytester, opening):
    result = run(pytester, books_app(pytester, FORCED[opening]))
    out = result.stdout.str() + result.stderr.str()
    assert result.ret == pytest.ExitCode.USAGE_ERROR, out
    assert "Traceback" not in out and "isoformat" not in out and "EDI" not in out, out
    result.stdout.fnmatch_lines(
        [
            "*the app's connect booksdb:connect turns type detection on itself "
            "(detect_types=PARSE_DECLTYPES, not through **kw)*"
            "leave detect_types to **kw*docs/python-api.md*no check was run*"
        ]
    )


def test_a_connect_passing_type_detection_through_kw_runs_the_matrix_green(pytester):
    passes_every_check(run(pytester, books_app(pytester, THROUGH_KW)))
