"""Kanboard ``version_68``: three calendar settings; the ``subtask_forecast`` setting goes."""

from edi_migrations.changes import AddRows, DeleteRows

# Three new settings are three new rows; the forecast setting is dropped on purpose.
CHANGES = (AddRows("settings"), DeleteRows("settings", where="option='subtask_forecast'"))


def upgrade(conn):
    insert = "INSERT INTO settings VALUES (?, ?)"
    conn.execute(insert, ("calendar_user_subtasks_time_tracking", 0))
    conn.execute(insert, ("calendar_user_tasks", "date_started"))
    conn.execute(insert, ("calendar_project_tasks", "date_started"))
    conn.execute("DELETE FROM settings WHERE option='subtask_forecast'")
