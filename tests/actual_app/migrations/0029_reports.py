"""Actual ``packages/loot-core/migrations/1707267033000_reports.sql``: creates table
custom_reports.

``app_writes`` says how the app fills its JSON columns, which ``0035`` parses.
"""

import json


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE custom_reports
  (
    id TEXT PRIMARY KEY,
    name TEXT,
    start_date TEXT,
    end_date TEXT,
    date_static INTEGER DEFAULT 0,
    date_range TEXT,
    mode TEXT DEFAULT 'total',
    group_by TEXT DEFAULT 'Category',
    balance_type TEXT DEFAULT 'Expense',
    show_empty INTEGER DEFAULT 0,
    show_offbudget INTEGER DEFAULT 0,
    show_hidden INTEGER DEFAULT 0,
    show_uncategorized INTEGER DEFAULT 0,
    selected_categories TEXT,
    graph_type TEXT DEFAULT 'BarGraph',
    conditions TEXT,
    conditions_op TEXT DEFAULT 'and',
    metadata TEXT,
    interval TEXT DEFAULT 'Monthly',
    color_scheme TEXT,
    tombstone INTEGER DEFAULT 0
  );
'''
    )


def app_writes(conn, ctx):
    """Custom reports as the app saves them, where ``0035`` parses them:
    ``selected_categories`` a JSON list of ``{"id", "name"}`` (until ``0035`` moves it
    out), ``conditions`` a JSON list of filters (``{"field", "op", "value", "type"}``),
    empty or NULL, sometimes filtering on categories already; a few deleted
    (tombstoned). Every column is written: the rows from the schema would add reports of
    random text for a column left NULL, which the app never writes and ``0035`` cannot
    parse (upstream's ``JSON.parse`` throws on them too)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(custom_reports)")}
    sorts = ["desc", "asc", "budget", "name"] if ctx.version >= 41 else [
        "Descending", "Ascending", "Budget", "Name"
    ]
    for n in range(ctx.rows):
        categories = [
            {"id": f"{ctx.rng.getrandbits(64):016x}", "name": ctx.faker.word()}
            for _ in range(ctx.rng.randint(0, 4))
        ]
        tombstone = 1 if ctx.rng.random() < 0.1 else 0
        selected = json.dumps(categories) if ctx.version < 35 or tombstone else None
        filters = ctx.rng.choice([
            None,
            "[]",
            json.dumps([{"field": "payee", "op": "is", "value": "p1", "type": "id"}]),
            json.dumps([{"field": "category", "op": "is", "value": "c1", "type": "id"}]),
        ])
        values = {
            "id": f"report-{n}",
            "name": ctx.faker.sentence(nb_words=3),
            "graph_type": ctx.rng.choice(["BarGraph", "TableGraph", "AreaGraph", "DonutGraph"]),
            "selected_categories": selected,
            "conditions": filters,
            "tombstone": tombstone,
            "start_date": f"2024-{ctx.rng.randint(1, 6):02d}",
            "end_date": f"2024-{ctx.rng.randint(7, 12):02d}",
            "date_range": ctx.rng.choice(["Last 6 months", "Year to date", "This month"]),
            "metadata": json.dumps({"data": [], "interval": "Monthly"}),
            "color_scheme": ctx.rng.choice(['{"0": "#e60000"}', "{}"]),
        }
        if "sort_by" in columns:
            values["sort_by"] = ctx.rng.choice(sorts)
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        conn.execute(f"INSERT INTO custom_reports ({names}) VALUES ({marks})", tuple(values.values()))
