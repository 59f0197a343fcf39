"""Actual ``packages/loot-core/migrations/1567699552727_budget.sql``: keeps only the
budget, carryover and buffered spreadsheet cells, turns the underscores of their names
into dashes, puts the dashes back into the category ids of budget and carryover names, and
drops the first character of carryover expressions.
"""

from edi_migrations.changes import DeleteRows, Recompute

# Every cell but the budget, carryover and buffered ones is thrown away on purpose (the
# spreadsheet recomputes the rest), and the kept names and carryover expressions are
# rewritten: the statements' own conditions, over the row as the migration found it.
KEPT = (
    "name LIKE '%!budget\\_%' ESCAPE '\\' OR name LIKE '%!carryover\\_%' ESCAPE '\\'"
    " OR name LIKE '%!buffered'"
)
DASHED = "REPLACE(name, '_', '-')"
BUDGET = (
    f"SUBSTR({DASHED}, 1, 28) || '-' || SUBSTR({DASHED}, 29, 4) || '-' ||"
    f" SUBSTR({DASHED}, 33, 4) || '-' || SUBSTR({DASHED}, 37, 4) || '-' ||"
    f" SUBSTR({DASHED}, 41, 12)"
)
CARRYOVER = (
    f"SUBSTR({DASHED}, 1, 31) || '-' || SUBSTR({DASHED}, 32, 4) || '-' ||"
    f" SUBSTR({DASHED}, 36, 4) || '-' || SUBSTR({DASHED}, 40, 4) || '-' ||"
    f" SUBSTR({DASHED}, 44, 12)"
)
NAME = (
    f"CASE WHEN {DASHED} LIKE '%!budget-%' AND LENGTH({DASHED}) = 52 THEN {BUDGET}"
    f" WHEN {DASHED} LIKE '%!carryover-%' AND LENGTH({DASHED}) = 55 THEN {CARRYOVER}"
    f" ELSE {DASHED} END"
)
CHANGES = (
    DeleteRows("spreadsheet_cells", where=f"NOT ({KEPT})"),
    Recompute("spreadsheet_cells", "name", expression=NAME),
    Recompute(
        "spreadsheet_cells",
        "expr",
        expression=f"CASE WHEN {DASHED} LIKE '%!carryover-%' THEN SUBSTR(expr, 2) ELSE expr END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
DELETE FROM spreadsheet_cells WHERE
  name NOT LIKE '%!budget\_%' ESCAPE '\' AND
  name NOT LIKE '%!carryover\_%' ESCAPE '\' AND
  name NOT LIKE '%!buffered';

UPDATE OR REPLACE spreadsheet_cells SET name = REPLACE(name, '_', '-');

UPDATE OR REPLACE spreadsheet_cells SET
  name =
    SUBSTR(name, 1, 28) ||
    '-' ||
    SUBSTR(name, 29, 4) ||
    '-' ||
    SUBSTR(name, 33, 4) ||
    '-' ||
    SUBSTR(name, 37, 4) ||
    '-' ||
    SUBSTR(name, 41, 12)
WHERE name LIKE '%!budget-%' AND LENGTH(name) = 52;

UPDATE OR REPLACE spreadsheet_cells SET
  name =
    SUBSTR(name, 1, 31) ||
    '-' ||
    SUBSTR(name, 32, 4) ||
    '-' ||
    SUBSTR(name, 36, 4) ||
    '-' ||
    SUBSTR(name, 40, 4) ||
    '-' ||
    SUBSTR(name, 44, 12)
WHERE name LIKE '%!carryover-%' AND LENGTH(name) = 55;

UPDATE spreadsheet_cells SET expr = SUBSTR(expr, 2) WHERE name LIKE '%!carryover-%';
'''
    )
