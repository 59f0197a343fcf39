"""grocy ``migrations/0070.sql``: creates table meal_plan.

``app_writes`` says how grocy fills it: ``day`` is always a date (``YYYY-MM-DD``, from
the meal plan's calendar), once per recipe and day; the triggers of 0071 on read the
week from it with ``STRFTIME`` and name a recipe after it (NOT NULL).
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE meal_plan (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT UNIQUE,
	day DATE NOT NULL,
	recipe_id INTEGER NOT NULL,
	row_created_timestamp DATETIME DEFAULT (datetime('now', 'localtime')),

	UNIQUE(day, recipe_id)
);
'''
    )


def app_writes(conn, ctx):
    """Meal plan entries as grocy's calendar writes them: a date, a recipe (one that
    exists, mostly), each (day, recipe) once."""
    recipes = [r[0] for r in conn.execute("SELECT id FROM recipes WHERE id > 0")]
    seen = set()
    for n in range(ctx.rows):
        day = f"2021-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 28):02d}"
        known = recipes and ctx.rng.random() < 0.9
        recipe = ctx.rng.choice(recipes) if known else 10_000 + n
        if (day, recipe) in seen:
            continue
        seen.add((day, recipe))
        conn.execute("INSERT INTO meal_plan (day, recipe_id) VALUES (?, ?)", (day, recipe))
