"""A column's type changed by a rebuild that CASTs (sqlite-utils' transform): declared
``ChangeType`` with the CAST as its expression, the default matrix passes; declared
without it (SQLite's affinity keeps 'abc' as text, CAST makes 0.0), the step fails and
each line names the expression to declare. On a small chain not EDI's.
"""

from __future__ import annotations

from tests.newcomer_chains import passes_the_default_matrix, step_fails_showing, two_steps

ITEMS = '''"""Items as sqlite-utils writes them: TEXT everything."""


def upgrade(conn):
    conn.execute("CREATE TABLE [items] ([id] INTEGER PRIMARY KEY, [name] TEXT, [price] TEXT)")
'''
TRANSFORM = """
from edi_migrations.changes import ChangeType

CHANGES = (ChangeType("items", "price", to="REAL"{expression}),)


def upgrade(conn):
    if dict((r[1], r[2]) for r in conn.execute("PRAGMA table_info(items)"))["price"] == "REAL":
        return
    conn.execute("CREATE TABLE [items_new] ([id] INTEGER PRIMARY KEY, [name] TEXT, [price] REAL)")
    conn.execute(
        "INSERT INTO [items_new] ([id], [name], [price]) "
        "SELECT [id], [name], CAST([price] AS REAL) FROM [items]"
    )
    conn.execute("DROP TABLE [items]")
    conn.execute("ALTER TABLE [items_new] RENAME TO [items]")
"""


def chain(pytester, expression: str):
    return two_steps(pytester, ITEMS, TRANSFORM.format(expression=expression))


def test_a_cast_declared_as_the_type_change_expression_passes(pytester):
    passes_the_default_matrix(pytester, chain(pytester, ', expression="CAST(price AS REAL)"'))


def test_the_same_cast_declared_without_it_fails_naming_the_expression(pytester):
    cast = 'ChangeType("items", "price", "REAL", expression="CAST(price AS REAL)")'
    step_fails_showing(pytester, chain(pytester, ""), [f"*items.price rowid *REAL)*{cast}*"])
