"""The commands printed under a failure: the one that runs that test again on the same
data, and the one that updates a schema snapshot that differs.

A rerun is only a reproduction when everything that decides the data is the same: the
seed, each start database's size (``--matrix-rows``), which paths exist
(``--matrix``), the SQLite library (``--sqlite-module``) and the migrations folder. A
command that dropped the size once passed at 60 rows where the run had failed at 2000.
"""

from __future__ import annotations

import shlex

import pytest

from edi_migrations.harness import settings
from edi_migrations.harness.seeding import OPTION
from edi_migrations.sqlite import dbapi

DEFAULT_SESSIONS = 60  # --matrix-rows' default (pytest_options)


def sqlite_option(config: pytest.Config) -> list[str]:
    """``--sqlite-module NAME`` when the run is on another module than the stdlib's,
    whether the option or the environment variable chose it."""
    module = config.getoption("sqlite_module", default=None) or dbapi.sqlite3.__name__
    return [] if module == dbapi.DEFAULT_MODULE else ["--sqlite-module", module]


def data_options(config: pytest.Config) -> list[str]:
    """The options besides the seed that decide which data and paths a test sees, each
    only when it is not the default (so the command stays as short as it can)."""
    words = []
    sessions = config.getoption("matrix_rows", default=DEFAULT_SESSIONS)
    if sessions != DEFAULT_SESSIONS:
        words += ["--matrix-rows", str(sessions)]
    if config.getoption("matrix", default="default") != "default":
        words += ["--matrix", config.getoption("matrix")]
    return words + sqlite_option(config)


def selection(item: pytest.Item) -> list[str]:
    """What picks this one test. A built-in check has no file to name, so it is named by
    its folder, test and path; a test of the project's own files by its node id (with the
    folder when the command line, not the ini, named it)."""
    config = item.config
    if not getattr(item.parent, "builtin_checks", False):
        given = config.getoption("migrations_dir", default=None) and settings.migrations_dir(config)
        return [*(["--migrations-dir", str(given)] if given else []), item.nodeid]
    from edi_migrations.harness.matrix import path_label

    folder = settings.require_migrations_dir(config)
    label = path_label(item)
    name = getattr(item, "originalname", item.name)
    only = ["--upgrade-path", label] if label else []
    return ["--migrations-dir", str(folder), "-k", name, *only]


def rerun_command(item: pytest.Item, seed: int) -> str:
    """``pytest --migrations-seed N [data options] <selection>``."""
    words = [OPTION, str(seed), *data_options(item.config), *selection(item)]
    return "pytest " + _join(words)


def snapshot_update_command(item: pytest.Item) -> str:
    """``pytest --snapshot-update <selection>``: writes this test's snapshot and no other."""
    return "pytest --snapshot-update " + _join([*sqlite_option(item.config), *selection(item)])


def _join(words: list[str]) -> str:
    """Quoted for a POSIX shell; a plain word (an option, a number) stays bare."""
    return " ".join(w if w.startswith("-") and " " not in w else _quote(w) for w in words)


def _quote(word: str) -> str:
    quoted = shlex.quote(word)
    return quoted if quoted != word or word.isdigit() or word.isidentifier() else f"'{word}'"
