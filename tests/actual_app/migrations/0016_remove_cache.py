"""Actual ``packages/loot-core/migrations/1632571489012_remove_cache.js``: the budget moves
out of the spreadsheet's cache into tables of its own. Creates zero_budget_months,
zero_budgets, reflect_budgets, notes, kvcache and kvcache_key; copies each month's
budgeted amount and carryover flag (``budget<YYYYMM>!budget-<category>`` and
``budget-report...``) into zero_budgets or reflect_budgets, each month's buffer into
zero_budget_months and each note (JSON text) into notes; drops spreadsheet_cells; runs
ANALYZE and VACUUM.

Ported line by line: JavaScript's ``parseInt`` (leading digits, else ``NaN``, then 0)
and ``JSON.parse`` are ``_js.parse_int`` and ``_js.parse_note``. ``VACUUM`` cannot run
inside a transaction (the runner's step is one) and changes no data: it is left out.
"""

import re

from _js import parse_int, parse_note

from edi_migrations.changes import DropTable

# The cache is dropped on purpose, once what it held is copied into the new tables.
CHANGES = (DropTable("spreadsheet_cells"),)

# JavaScript's ``.`` stops at a line break and its ``$`` only at the end; ``\d`` is ASCII.
MONTH_BUDGET = re.compile(r"^(budget-report|budget)([0-9]+)!budget-(.+)\Z")
MONTH_BUFFER = re.compile(r"^budget([0-9]+)!buffered\Z")


def _value(expr, cached):
    """The cell's value as the app read it: its expression, else its cached value."""
    return expr if expr is not None else cached


def _cells(conn, pattern):
    query = "SELECT name, expr, cachedValue FROM spreadsheet_cells WHERE name LIKE ?"
    return conn.execute(query, (pattern,)).fetchall()


def _budgets(conn):
    for name, expr, cached in _cells(conn, "budget%!budget-%"):
        match = MONTH_BUDGET.match(name)
        if match is None:
            continue  # upstream logs 'invalid budget month name' and goes on
        kind, digits, category = match.groups()
        month = digits[:4] + "-" + digits[4:]
        amount = parse_int(_value(expr, cached))
        sheet = name.split("!")[0]
        carryover = conn.execute(
            "SELECT expr, cachedValue FROM spreadsheet_cells WHERE name = ?",
            (f"{sheet}!carryover-{category}",),
        ).fetchall()
        table = "reflect_budgets" if kind == "budget-report" else "zero_budgets"
        carried = 1 if carryover and _value(*carryover[0]) == "true" else 0
        conn.execute(
            f"INSERT INTO {table} (id, month, category, amount, carryover) "
            "VALUES (?, ?, ?, ?, ?)",
            (f"{month}-{category}", int(digits), category, amount, carried),
        )


def _buffers(conn):
    for name, expr, cached in _cells(conn, "budget%!buffered"):
        match = MONTH_BUFFER.match(name)
        if match:
            month = match[1][:4] + "-" + match[1][4:]
            amount = parse_int(_value(expr, cached))
            conn.execute(
                "INSERT INTO zero_budget_months (id, buffered) VALUES (?, ?)", (month, amount)
            )


def _notes(conn):
    for name, expr, cached in _cells(conn, "notes!%"):
        parsed = parse_note(_value(expr, cached))
        if parsed:
            conn.execute(
                "INSERT INTO notes (id, note) VALUES (?, ?)", (name.split("!")[1], parsed)
            )


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE zero_budget_months
  (id TEXT PRIMARY KEY,
   buffered INTEGER DEFAULT 0);

CREATE TABLE zero_budgets
  (id TEXT PRIMARY KEY,
   month INTEGER,
   category TEXT,
   amount INTEGER DEFAULT 0,
   carryover INTEGER DEFAULT 0);

CREATE TABLE reflect_budgets
  (id TEXT PRIMARY KEY,
   month INTEGER,
   category TEXT,
   amount INTEGER DEFAULT 0,
   carryover INTEGER DEFAULT 0);

CREATE TABLE notes
  (id TEXT PRIMARY KEY,
   note TEXT);

CREATE TABLE kvcache (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE kvcache_key (id INTEGER PRIMARY KEY, key REAL);
'''
    )
    _budgets(conn)
    _buffers(conn)
    _notes(conn)
    conn.executescript(
        r'''
    DROP TABLE spreadsheet_cells;
    ANALYZE;
'''
    )
