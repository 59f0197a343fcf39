"""Kanboard ``version_39``: indexes against full table scans, and owners of private projects.

Every member of a private project becomes one of its owners (upstream selects the
private projects, then runs the UPDATE once per project id).
"""

from edi_migrations.changes import Recompute

# The members of private projects become their owners: a rule over existing rows.
CHANGES = (
    Recompute(
        "project_has_users",
        "is_owner",
        expression=(
            "CASE WHEN project_id IN (SELECT id FROM projects WHERE is_private=1) "
            "THEN 1 ELSE is_owner END"
        ),
    ),
)


def upgrade(conn):
    conn.execute("CREATE INDEX users_admin_idx ON users(is_admin)")
    conn.execute("CREATE INDEX columns_project_idx ON columns(project_id)")
    conn.execute("CREATE INDEX tasks_project_idx ON tasks(project_id)")
    conn.execute("CREATE INDEX swimlanes_project_idx ON swimlanes(project_id)")
    conn.execute("CREATE INDEX categories_project_idx ON project_has_categories(project_id)")
    conn.execute("CREATE INDEX subtasks_task_idx ON task_has_subtasks(task_id)")
    conn.execute("CREATE INDEX files_task_idx ON task_has_files(task_id)")
    conn.execute("CREATE INDEX comments_task_idx ON comments(task_id)")
    private = conn.execute("SELECT id FROM projects WHERE is_private=1").fetchall()
    for (project_id,) in private:
        conn.execute("UPDATE project_has_users SET is_owner=1 WHERE project_id=?", (project_id,))
