"""Files of a migrations folder the runner would pass over without a word, refused.

Only ``NNNN_snake_name.py`` runs. A migration written in plain SQL (``0002_tags.sql``,
``V2__tags.sql``, as other tools take them) or saved with an uppercase suffix
(``0002_tags.PY``) was skipped: ``init`` stopped before it, ``upgrade`` had nothing to
do and the plugin passed, its SQL never run. SQL a folder keeps for its migrations to
read has no version number leading its name (``schema.sql``) or starts with ``_``. A
``conftest.py`` put there is told where it belongs (the name rule's advice, a leading
``_``, would have hidden it from pytest).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from edi_migrations.errors import BadMigrationsFolder

NUMBERED = re.compile(r"^[Vv]?\d+[_\-.]")  # 0002_tags, 2-tags, V2__tags, 0002.up
SAME_NAME = re.compile(r"^(\d{4}_[a-z0-9_]+)\.sql$")  # the .py it would be


def refuse_strays(folder: Path, names: Iterable[str]) -> None:
    """Refuse ``folder`` for the first file that looks like a migration and would not run."""
    found = _first_stray(tuple(sorted(names)))
    if found:
        raise BadMigrationsFolder(folder, f"{found[0]}: {found[1]}")


@lru_cache(maxsize=64)  # a verdict on names alone: a walk loads one folder once a step
def _first_stray(names: tuple[str, ...]) -> tuple[str, str] | None:
    for name in names:
        why = _stray(name)
        if why:
            return name, why
    return None


def _stray(name: str) -> str | None:
    if name == "conftest.py":  # renamed _conftest.py as the generic refusal said, pytest skips it
        return (
            "a conftest is not a migration; keep it outside the migrations folder, in the "
            "project's root or tests folder, where pytest reads it for every check"
        )
    suffix = Path(name).suffix
    if suffix.lower() == ".py" and suffix != ".py" and not name.startswith("_"):
        return "migration files are named NNNN_snake_name.py (the suffix in lowercase)"
    if suffix.lower() == ".sql" and NUMBERED.match(name):
        same = SAME_NAME.match(name)
        where = f"{same.group(1)}.py" if same else "a migration"
        return (
            "migrations are Python files, NNNN_snake_name.py; run this SQL from "
            f"upgrade(conn) of {where} with conn.executescript(...)"
        )
    return None
