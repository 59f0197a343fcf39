"""How Drizzle's SQLite migrator runs a migration file: the text split at each
``--> statement-breakpoint``, every piece run as one statement, in order.

``conn.executescript`` would run the same statements (the marker is a comment to SQLite);
splitting as Drizzle does keeps the port's pieces the ones upstream ran.
"""

BREAKPOINT = "--> statement-breakpoint"


def run_statements(conn, sql: str) -> None:
    """Each statement of a Drizzle migration file, as its migrator runs them."""
    for statement in sql.split(BREAKPOINT):
        if statement.strip():
            conn.execute(statement)
