"""Actual ``packages/loot-core/migrations/1723665565000_prefs.js``: creates table
preferences, then copies the synced preferences (date and number formats, budget type,
CSV import settings, feature flags, ...) from the budget's ``metadata.json``.

That file lives in the budget's folder, beside the database, not in it: a port of the
database's history has none, and upstream, finding none (its ``readFile`` throws), leaves
the table empty, as this port does. The app fills it afterwards (``app_writes``).
"""


def upgrade(conn):
    conn.executescript(
        r'''
    CREATE TABLE preferences
       (id TEXT PRIMARY KEY,
        value TEXT);
'''
    )


def app_writes(conn, ctx):
    """Synced preferences as the app writes them: a few known keys, budgetType among
    them ('rollover' or 'report' until 1745425408000 renames them)."""
    if ctx.version >= 44:
        budget_type = ctx.rng.choice(["envelope", "tracking"])
    else:
        budget_type = ctx.rng.choice(["rollover", "report"])
    rows = [
        ("budgetType", budget_type),
        ("dateFormat", ctx.rng.choice(["MM/dd/yyyy", "dd.MM.yyyy", "yyyy-MM-dd"])),
        ("numberFormat", ctx.rng.choice(["comma-dot", "dot-comma", "space-comma"])),
        ("firstDayOfWeekIdx", str(ctx.rng.randint(0, 6))),
        ("hideFraction", ctx.rng.choice(["true", "false"])),
    ]
    conn.executemany("INSERT OR IGNORE INTO preferences (id, value) VALUES (?, ?)", rows)
