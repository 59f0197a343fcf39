"""What several of Zotero's userdata steps share (``chrome/content/zotero/xpcom/schema.js``
at the upstream commit): ``_updateCompatibility``, ``Zotero.DB.valueQueryAsync`` and the
step numbers, so that a migration file's number maps to upstream's userdata version."""

import re

from edi_migrations.changes import AddRows, DeleteRows, Recompute

# Zotero.version, the client running the upgrade (written by _updateCompatibility):
# package.json's version at the upstream commit.
ZOTERO_VERSION = "7.0.0"

# The userdata version each migration file brings the database to: 0001 is the base
# (version 80); upstream has no step 88, 103 or 104 (103's and 104's work moved into 105).
USERDATA_VERSIONS = (80, *range(81, 88), *range(89, 103), *range(105, 130))



def compatibility_changes(version: int) -> tuple:
    """What ``_updateCompatibility(version)`` changes: two REPLACEs, each a delete and an
    insert (which takes the same rowid back where the row was the table's last)."""
    return (
        # upstream's point: the last client version that may open this database
        DeleteRows("settings", where="setting = 'client' AND key = 'lastCompatibleVersion'"),
        AddRows("settings"),
        Recompute(
            "settings",
            "value",
            expression="CASE WHEN setting = 'client' AND key = 'lastCompatibleVersion' "
            f"THEN '{ZOTERO_VERSION}' ELSE value END",
        ),
        # upstream's point: the compatibility level of the database
        DeleteRows("version", where="schema = 'compatibility'"),
        AddRows("version"),
        Recompute(
            "version",
            "version",
            expression=f"CASE WHEN schema = 'compatibility' THEN {int(version)} ELSE version END",
        ),
    )


def userdata_version(number: int) -> int:
    """Upstream's userdata version a database at migration ``number`` is at."""
    return USERDATA_VERSIONS[number - 1]


def update_compatibility(conn, version: int) -> None:
    """``_updateCompatibility(version)`` (its ``_updateDBVersion('compatibility', ...)``)."""
    conn.execute(
        "REPLACE INTO settings VALUES ('client', 'lastCompatibleVersion', ?)", [ZOTERO_VERSION]
    )
    conn.execute("REPLACE INTO version (schema,version) VALUES (?,?)", ["compatibility", int(version)])


def value_query(conn, sql: str, params=()):
    """``Zotero.DB.valueQueryAsync``: the first column of the first row, else false."""
    row = conn.execute(sql, params if isinstance(params, (list, tuple)) else [params]).fetchone()
    return row[0] if row else False


def legacy_alter_table(conn) -> None:
    """Upstream runs every step of an upgrade from version 113 or before with
    ``PRAGMA legacy_alter_table=ON`` (step 118 turns it off): a table renamed aside keeps
    other tables' foreign keys naming the original. Set by the steps that rename."""
    conn.execute("PRAGMA legacy_alter_table=ON")


def truthy(value) -> bool:
    """JavaScript's truthiness of a value SQLite returned (0, '', NULL and NaN are false)."""
    return value not in (None, False, 0, "") and value == value


def loosely_differ(text: str, value) -> bool:
    """JavaScript's ``text != value``: a number compares as a number."""
    if isinstance(value, (int, float)):
        return parse_number(text) != value
    return text != value


def parse_number(text: str) -> float:
    """JavaScript's ``Number(text)`` of a string of digits (NaN for anything else)."""
    stripped = text.strip()
    try:
        return float(stripped) if stripped else 0
    except ValueError:
        return float("nan")


def parse_int(value):
    """JavaScript's ``parseInt(value)``: the leading integer of its string, else NaN,
    which SQLite is handed as NULL (Zotero's binding of NaN)."""
    match = re.match(r"\s*([+-]?\d+)", str(value), re.ASCII)
    return int(match[1]) if match else None
