"""ntfy ``server/cache_sqlite.go`` before ``d4330e86`` (2021-11-28): `createTableQuery`, the
message cache as its first releases made it, before any schema version (ntfy's version 0).

Upstream's `BEGIN;` / `COMMIT;` around the statements are left out (the runner owns the
step's transaction and denies both); every other statement is as written.
"""


def upgrade(conn):
    conn.executescript(
        r"""
		CREATE TABLE IF NOT EXISTS messages (
			id VARCHAR(20) PRIMARY KEY,
			time INT NOT NULL,
			topic VARCHAR(64) NOT NULL,
			message VARCHAR(1024) NOT NULL
		);
		CREATE INDEX IF NOT EXISTS idx_topic ON messages (topic);
	"""
    )
