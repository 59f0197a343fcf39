"""Why a start table holds no row: a foreign key naming a table the schema does not have.

A rebuild that renames the old table away (from SQLite 3.26 the rename rewrites the
references to it) and drops the copy leaves every child table referencing nothing:
Vaultwarden's ``create_users_ciphers`` left ``attachments`` so until a later migration
rebuilt it. With the app's foreign keys on, neither the app nor rows drawn from the
schema can write there, so the coverage check's advice to declare ``app_writes`` could
not help: the line names the reference instead, and the migration is what to fix.
"""

from __future__ import annotations

from edi_migrations.harness.budget import guarded
from edi_migrations.harness.paths import Start
from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3


def dangling_references(conn: sqlite3.Connection) -> dict[str, str]:
    """Each table whose foreign key names a missing table, with that reference in words."""
    with guarded("the tables and their foreign keys (coverage)"):
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        known = {name.casefold() for name in names}
        found: dict[str, str] = {}
        for table in names:
            rows = conn.execute(f"PRAGMA foreign_key_list({quote_identifier(table)})")
            for row in rows.fetchall():
                parent, column = row[2], row[3]
                if parent.casefold() not in known and table not in found:
                    found[table] = (
                        f"its foreign key on {column} names {parent}, a table this schema "
                        "does not have: no row can reference it (fix the migration that "
                        "renamed or dropped it)"
                    )
    return found


def gaps_message(start: Start, missing: list[str], dangling: dict[str, str]) -> str:
    """The coverage check's failure: each gap (an empty table with its dangling reference
    said), then the advice to declare ``app_writes`` where one could fill a gap."""
    lines, fillable = [], False
    for line in missing:
        table = line.removeprefix("table ").removesuffix(" is empty")
        if line.startswith("table ") and line.endswith(" is empty") and table in dangling:
            lines.append(f"{line}: {dangling[table]}")
        else:
            lines.append(line)
            fillable = True
    advice = (
        f"    declare what the app at v{start.version} writes there: an app_writes(conn, ctx) "
        "function in the migration that added it (README: 'What the app writes'); rows from "
        "the schema could not fill it"
    )
    text = f"start database {start.id} holds no data in:\n" + "".join(f"    {x}\n" for x in lines)
    return text + advice if fillable else text.rstrip("\n")
