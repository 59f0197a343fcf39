"""A ``-k`` that holds a path's arrow is refused before any test runs, saying what selects
paths instead.

The matrix's ids read ``v1->v2`` (a jump) and ``v1=>v3`` (a walk), so a user reaches for
``-k 'v1->v2'``; pytest's keyword grammar has no ``>`` and refuses it, and under xdist that
refusal surfaces as an INTERNALERROR of every worker. ``--upgrade-path`` matches the ids
themselves, globs included."""

from __future__ import annotations

import pytest

from edi_migrations.shell_words import shell_arg

ARROWS = ("->", "=>")


def check_keyword(config: pytest.Config) -> None:
    """Raise ``UsageError`` for a ``-k`` expression holding an arrow of a path's id."""
    keyword = config.getoption("keyword", default="") or ""
    if not any(arrow in keyword for arrow in ARROWS):
        return
    ids = [word for word in keyword.split() if any(arrow in word for arrow in ARROWS)]
    selection = " ".join(f"--upgrade-path {shell_arg(word)}" for word in ids)
    raise pytest.UsageError(
        f"-k {keyword!r}: -k cannot select a path by its id (pytest's -k has no '>'); "
        f"select it with {selection} (globs too: --upgrade-path '*->v4*'), "
        "and keep -k for the rest, e.g. -k test_upgrade_path"
    )
