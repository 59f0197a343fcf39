"""Zotero userdata step 128 (``_migrateUserDataSchema``, ``else if (i == 128)``), ported:
A stored file's path keeps its file name only (``storage:a/b.pdf`` becomes
``storage:b.pdf``).
"""

import re

from edi_migrations.changes import Recompute

# JavaScript's /^[a-zA-Z]:[\\/]/
DRIVE = re.compile(r"^[a-zA-Z]:[\\/]")

CHANGES = (
    # upstream's point: a folder or drive in a stored file's path is dropped
    Recompute(
        "itemAttachments",
        "path",
        expression="CASE WHEN linkMode IN (0, 1) AND (path LIKE 'storage:%/%' OR path LIKE 'storage:%\\%') "
        "AND (instr(substr(path, 9), '/') OR substr(path, 9) GLOB '[a-zA-Z]:[\\/]*' OR substr(substr(path, 9), 1, 2) = '\\\\') "
        "AND substr(substr(path, 9), length(rtrim(substr(path, 9), replace(replace(substr(path, 9), '/', ''), '\\', ''))) + 1) != '' THEN 'storage:' || substr(substr(path, 9), length(rtrim(substr(path, 9), replace(replace(substr(path, 9), '/', ''), '\\', ''))) + 1) ELSE path END",
    ),
)


def upgrade(conn):
    rows = conn.execute("SELECT itemID, path FROM itemAttachments WHERE linkMode IN (0, 1) AND (path LIKE ? OR path LIKE ?)", ["storage:%/%", "storage:%\\%"]).fetchall()
    for item_id, path in rows:
        rel = path[8:]
        if not ("/" in rel or DRIVE.match(rel) or rel.startswith("\\\\")):
            continue
        filename = re.split(r"[/\\]", rel)[-1]
        if not filename:
            continue
        conn.execute("UPDATE itemAttachments SET path=? WHERE itemID=?", ["storage:" + filename, item_id])
