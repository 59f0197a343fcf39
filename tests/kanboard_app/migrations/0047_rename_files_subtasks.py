"""Kanboard ``version_47``: ``task_has_files`` becomes ``files``, ``task_has_subtasks``
becomes ``subtasks`` (SQLite carries the indexes and the references to them along)."""

from edi_migrations.changes import RenameTable

# Two tables renamed, every row kept.
CHANGES = (
    RenameTable("task_has_files", "files"),
    RenameTable("task_has_subtasks", "subtasks"),
)


def upgrade(conn):
    conn.execute("ALTER TABLE task_has_files RENAME TO files")
    conn.execute("ALTER TABLE task_has_subtasks RENAME TO subtasks")
