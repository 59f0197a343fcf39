"""A migrations folder that belongs to another tool, named as such.

Pointed at Alembic's environment (``env.py``, ``script.py.mako``, ``versions/``), at its
``versions/`` or at a Django app's ``migrations/`` package, the runner refused on its
first file with advice meant for its own folders: rename ``env.py`` to ``_env.py``, or
``No module named 'django'`` from importing ``0001_initial.py``. Saying whose folder it
is, and what this runner reads instead, is the one useful answer: the files are not
ours to import.
"""

from __future__ import annotations

import re
from pathlib import Path

from edi_migrations.errors import BadMigrationsFolder

ALEMBIC_REVISION = re.compile(r"^down_revision\s*[:=]", re.MULTILINE)
DJANGO_MIGRATION = re.compile(
    r"^from django\.db import\b|^class Migration\(\s*migrations\.Migration\s*\)", re.MULTILINE
)
OURS = (
    "this runner reads its own folder of NNNN_snake_name.py files, each with "
    "upgrade(conn) on a SQLite connection; point the migrations folder setting "
    "(--migrations-dir) at that folder"
)


def refuse_foreign(folder: Path, found: tuple[Path, ...]) -> None:
    """Refuse ``folder`` when it is another tool's migrations, saying whose."""
    tool = _whose(folder, found)
    if tool:
        raise BadMigrationsFolder(
            folder, f"this folder holds {tool} migrations, not this runner's; {OURS}"
        )


def _whose(folder: Path, found: tuple[Path, ...]) -> str | None:
    names = {path.name for path in found}
    if "env.py" in names and ("script.py.mako" in names or "versions" in names):
        return "Alembic's"
    if folder.name == "versions" and (folder.parent / "env.py").is_file():
        return "Alembic's"
    for path in found:
        if path.suffix != ".py" or path.name.startswith("_") or not path.is_file():
            continue
        head = path.read_text(encoding="utf-8", errors="replace")[:20_000]
        if ALEMBIC_REVISION.search(head):
            return "Alembic's"
        if DJANGO_MIGRATION.search(head):
            return "Django's"
    return None
