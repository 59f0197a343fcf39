"""The options' old names, kept working and left out of ``pytest --help``.

``--edi-seed`` and ``--matrix-sessions`` named one application's data; the neutral names
(``--migrations-seed``, ``--matrix-rows``) are what help lists. A CI job or a conftest
written against the old names keeps working: each old flag stores into the new
option's dest, and ``config.getoption`` still answers to the old dests.
"""

from __future__ import annotations

import argparse

import pytest

# old flag -> (its old dest, the new option's dest)
OLD_NAMES: dict[str, tuple[str, str]] = {
    "--edi-seed": ("edi_seed", "migrations_seed"),
    "--matrix-sessions": ("matrix_sessions", "matrix_rows"),
}


def add_old_names(group: pytest.OptionGroup) -> None:
    """Each old flag, hidden from help, storing into the new option's dest."""
    for flag, (_, dest) in OLD_NAMES.items():
        group.addoption(
            flag, type=int, default=argparse.SUPPRESS, dest=dest, help=argparse.SUPPRESS
        )


def keep_old_dests(config: pytest.Config) -> None:
    """``config.getoption("edi_seed")`` and ``("matrix_sessions")`` answer as before."""
    for old, new in OLD_NAMES.values():
        setattr(config.option, old, getattr(config.option, new, None))
