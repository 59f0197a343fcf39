"""After upgrading, the application's ordinary work succeeds with foreign keys on."""

from __future__ import annotations

import time

import pytest

from edi_migrations import upgrade
from edi_migrations.sqlite.dbapi import sqlite3

CHILD_ROWS = {
    "prompts": "INSERT INTO prompts (session_id, iteration, positive_prompt) VALUES (?, 0, 'storm')",
    "entities": "INSERT INTO entities (session_id, entity_id, label) VALUES (?, 'sky_0', 'sky')",
    "validations": "INSERT INTO validations (session_id, attempt_number, alignment_score) VALUES (?, 1, 0.9)",
    "user_feedback": "INSERT INTO user_feedback (session_id, feedback_type, rating) VALUES (?, 'accept', 5)",
    "processing_logs": "INSERT INTO processing_logs (session_id, log_level, message) VALUES (?, 'info', 'ok')",
}


@pytest.fixture
def app(v1_db):
    """A connection as the v3 application opens it, on an upgraded field database."""
    upgrade(v1_db, backup=False)
    conn = sqlite3.connect(v1_db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    yield conn
    conn.close()


def new_session(conn: sqlite3.Connection, sid: str = "new") -> str:
    conn.execute(
        "INSERT INTO sessions (id, image_path, naive_prompt, status) VALUES (?, '/n.jpg', 'x', 'pending')",
        (sid,),
    )
    for sql in CHILD_ROWS.values():
        conn.execute(sql, (sid,))
    return sid


def test_a_pending_session_with_children_in_all_five_tables_can_be_inserted(app):
    sid = new_session(app)
    for table in CHILD_ROWS:
        count = app.execute(f"SELECT count(*) FROM {table} WHERE session_id = ?", (sid,)).fetchone()
        assert count == (1,), table


def test_updating_a_session_keeps_updated_at_current(app):
    app.execute("UPDATE sessions SET updated_at = '2000-01-01 00:00:00' WHERE id = 's1'")
    before = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() - 1))
    app.execute("UPDATE sessions SET status = 'completed' WHERE id = 's1'")
    (updated,) = app.execute("SELECT updated_at FROM sessions WHERE id = 's1'").fetchone()
    assert updated >= before


def test_an_unknown_status_is_rejected(app):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        app.execute("UPDATE sessions SET status = 'exploded' WHERE id = 's1'")


@pytest.mark.parametrize("table", CHILD_ROWS)
def test_a_child_of_a_missing_session_is_rejected(app, table):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY constraint failed"):
        app.execute(CHILD_ROWS[table], ("no-such-session",))


@pytest.mark.parametrize("table", CHILD_ROWS)
def test_a_child_without_a_session_is_rejected(app, table):
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL constraint failed"):
        app.execute(CHILD_ROWS[table], (None,))


def test_deleting_a_session_cascades_to_its_children(app):
    sid = new_session(app)
    app.execute("DELETE FROM sessions WHERE id = ?", (sid,))
    for table in CHILD_ROWS:
        count = app.execute(f"SELECT count(*) FROM {table} WHERE session_id = ?", (sid,)).fetchone()
        assert count == (0,), table


def test_session_summary_gives_true_counts(app):
    sid = new_session(app)
    app.execute(CHILD_ROWS["prompts"], (sid,))
    app.execute(CHILD_ROWS["entities"], (sid,))
    row = app.execute(
        "SELECT prompt_count, entity_count, validation_count FROM session_summary WHERE id = ?",
        (sid,),
    ).fetchone()
    assert row == (2, 2, 1)


def test_session_quality_averages_each_child_table_separately(app):
    sid = new_session(app)
    app.execute("UPDATE prompts SET quality_score = 0.5 WHERE session_id = ?", (sid,))
    app.execute(
        "INSERT INTO prompts (session_id, iteration, quality_score) VALUES (?, 1, 1.0)", (sid,)
    )
    app.execute("INSERT INTO validations (session_id, alignment_score) VALUES (?, 0.1)", (sid,))
    row = app.execute(
        "SELECT avg_prompt_quality, avg_validation_score FROM session_quality WHERE session_id = ?",
        (sid,),
    ).fetchone()
    assert row == (0.75, pytest.approx(0.5))
