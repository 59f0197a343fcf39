"""The provider's raw response, as JSON, for debugging what a model really returned."""


def upgrade(conn):
    conn.execute("ALTER TABLE logs ADD COLUMN response_json TEXT")


def downgrade(conn):
    conn.execute("ALTER TABLE logs DROP COLUMN response_json")
