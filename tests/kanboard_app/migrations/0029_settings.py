"""Kanboard ``version_29``: the one-row ``config`` table becomes the key/value ``settings``.

Upstream reads the first ``config`` row (``fetch``: one row; none gives PHP ``false``, whose
fields read as NULL), writes each parameter as a setting, with the defaults of constants
a fresh install has not defined (``RECENT_TASK_PERIOD``, ``BOARD_PUBLIC_CHECK_INTERVAL``,
``BOARD_CHECK_INTERVAL``, ``KANBOARD_URL``), and drops ``config``.
"""

from edi_migrations.changes import DropTable, RandomValue

# The configuration's values move into settings; the old table goes on purpose. Two of
# them (webhook_token, api_token) are the tokens versions 1 and 19 drew at random.
CHANGES = (
    DropTable("config"),
    RandomValue("settings", "value", where="option IN ('webhook_token', 'api_token')"),
)

SETTINGS = (
    ("board_highlight_period", None, 48 * 60 * 60),
    ("board_public_refresh_interval", None, 60),
    ("board_private_refresh_interval", None, 10),
    ("board_columns", "default_columns", None),
    ("webhook_url_task_creation", "webhooks_url_task_creation", None),
    ("webhook_url_task_modification", "webhooks_url_task_modification", None),
    ("webhook_token", "webhooks_token", None),
    ("api_token", "api_token", None),
    ("application_language", "language", None),
    ("application_timezone", "timezone", None),
    ("application_url", None, ""),
)


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE settings (
            option TEXT PRIMARY KEY,
            value TEXT DEFAULT ''
        )
        """
    )
    cursor = conn.execute("SELECT * FROM config")
    names = [d[0] for d in cursor.description]
    first = cursor.fetchone()
    cursor.close()  # PHP drops the statement when $rq is reassigned: DROP TABLE needs it gone
    parameters = dict(zip(names, first, strict=True)) if first is not None else {}
    for option, column, default in SETTINGS:
        value = parameters.get(column) if column else default
        conn.execute("INSERT INTO settings VALUES (?, ?)", (option, value))
    conn.execute("DROP TABLE config")
