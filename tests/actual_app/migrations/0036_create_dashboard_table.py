"""Actual ``packages/loot-core/migrations/1722804019000_create_dashboard_table.js``: creates
table dashboard with three default widgets (net worth, cash flow, spending), then a
widget for each live custom report (by name, case-insensitively), four columns wide,
three to a row.

Ported line by line; ``uuidv4()`` is ``uuid.uuid4()``.
"""

import json
import uuid

from edi_migrations.changes import RandomValue

# Each widget's id is drawn at random (a UUID), on every install.
CHANGES = (RandomValue("dashboard", "id"),)


def upgrade(conn):
    conn.executescript(
        f'''
      CREATE TABLE dashboard
        (id TEXT PRIMARY KEY,
         type TEXT,
         width INTEGER,
         height INTEGER,
         x INTEGER,
         y INTEGER,
         meta TEXT,
         tombstone INTEGER DEFAULT 0);

      INSERT INTO dashboard (id, type, width, height, x, y)
      VALUES
        ('{uuid.uuid4()}','net-worth-card', 8, 2, 0, 0),
        ('{uuid.uuid4()}', 'cash-flow-card', 4, 2, 8, 0),
        ('{uuid.uuid4()}', 'spending-card', 4, 2, 0, 2);
    '''
    )
    reports = conn.execute(
        "SELECT id FROM custom_reports WHERE tombstone = 0 ORDER BY name COLLATE NOCASE ASC"
    ).fetchall()
    for position, (report_id,) in enumerate(reports):
        conn.execute(
            "INSERT INTO dashboard (id, type, width, height, x, y, meta) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                "custom-report",
                4,
                2,
                (position * 4) % 12,
                2 + position // 3 * 2,
                json.dumps({"id": report_id}, separators=(",", ":"), ensure_ascii=False),
            ),
        )
