"""The oldest SQLite the app supports, declared once, and the statements that need more.

The floor lives in the project's pyproject (the nearest one up from the migrations
folder) as ``[tool.edi-migrations] sqlite-floor = "3.31"``; a caller may override it.
A traced statement using a feature newer than the floor is a finding naming the
feature, the version that added it and the floor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from edi_migrations.lint import replay
from edi_migrations.lint.errors import BadFloor
from edi_migrations.lint.features import Feature, Version, parse_version, used_by, version_text
from edi_migrations.lint.findings import Finding
from edi_migrations.lint.registered import own_function
from edi_migrations.lint.statements import Statement
from edi_migrations.runner.project import project_table, pyproject_for

FLOOR_CODE = "EM001"
FLOOR_TITLE = "needs a newer SQLite than the declared floor"


@dataclass(frozen=True)
class Floor:
    text: str  # as declared, for messages: "3.31"
    version: Version


def floor_of(text: str, where: Path | str = "--sqlite-floor") -> Floor:
    """``text`` as a Floor; BadFloor naming ``where`` (the file or the option)."""
    if not isinstance(text, str):
        raise BadFloor(where, text)
    try:
        return Floor(text.strip(), parse_version(text))
    except ValueError:
        raise BadFloor(where, text) from None


def declared_floor(migrations_dir: Path) -> Floor | None:
    """The floor the nearest pyproject declares; None when it declares none."""
    pyproject = pyproject_for(migrations_dir)
    if pyproject is None:
        return None
    table = project_table(pyproject)
    if "sqlite-floor" not in table:
        return None
    return floor_of(table["sqlite-floor"], pyproject)


def floor_findings(
    statements: Iterable[Statement | str],
    floor: Floor,
    schema: replay.Schema | None = None,
    registered: frozenset[str] = frozenset(),
) -> list[Finding]:
    """A finding for each statement using a feature newer than ``floor``; ``schema`` is
    the one before the first statement (behaviour changes depend on it); ``registered``:
    functions the app registers on its connections, its own, not SQLite's built-ins."""
    state = schema if schema is not None else replay.Schema()
    out = []
    for item in statements:
        statement = item if isinstance(item, Statement) else Statement(item)
        for feature in used_by(statement, state):
            if feature.added > floor.version and not own_function(feature, statement, registered):
                out.append(_finding(feature, floor, statement))
        state = replay.apply(state, statement)
    return out


def _finding(feature: Feature, floor: Floor, statement: Statement) -> Finding:
    since = version_text(feature.added)
    if feature.kind == "behaviour":
        detail = (
            f"{feature.name}: SQLite {since} and later do this, older ones do not; "
            f"the declared floor is {floor.text}"
        )
        fix = "make the statement behave the same on both sides of the version, or raise the floor"
    else:
        detail = f"{feature.name} needs SQLite {since}; the declared floor is {floor.text}"
        fix = f"write it without {feature.name}, or raise sqlite-floor to {since}"
    why = f"users whose SQLite is older than {since} run this migration too ({feature.source})"
    return Finding(FLOOR_CODE, FLOOR_TITLE, statement.short, detail, why, fix)
