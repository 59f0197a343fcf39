"""The declared moves are replayed on a copy of the start, and only the tables the replay
wrote (directly, or through the app's triggers, however deep) are read again from it: the
others are the start's, already read. A team roster (teams count their members' links
through a trigger on users, which a trigger on links keeps) moves dead links aside in
0002 (a trigger deletes their visits). Done right it PASSES; a count two triggers away left stale, or a table the replay
never wrote changed undeclared, FAILS naming the value."""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, assert_outcome, first_migration, run_matrix

ROSTER = '''"""A roster: teams, their users, the users' links; triggers keep the counts."""

STATEMENTS = (
    "CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " team_links INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams(id),"
    " name TEXT NOT NULL, link_count INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE links (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id),"
    " url TEXT NOT NULL)",
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
    "CREATE TABLE visits (id INTEGER PRIMARY KEY, link_id INTEGER NOT NULL, day TEXT)",
    "CREATE TRIGGER visits_go AFTER DELETE ON links BEGIN"
    " DELETE FROM visits WHERE link_id = OLD.id; END",
    "CREATE TRIGGER link_gone AFTER DELETE ON links BEGIN"
    " UPDATE users SET link_count = link_count - 1 WHERE id = OLD.user_id; END",
    "CREATE TRIGGER count_follows AFTER UPDATE OF link_count ON users BEGIN"
    " UPDATE teams SET team_links = team_links + NEW.link_count - OLD.link_count"
    " WHERE id = NEW.team_id; END",
)


def upgrade(conn):
    for statement in STATEMENTS:
        conn.execute(statement)


def app_writes(conn, ctx):
    conn.executemany("INSERT INTO teams (id, name, team_links) VALUES (?, ?, ?)",
                     [(1, "red", 3), (2, "blue", 1)])
    conn.executemany("INSERT INTO users (id, team_id, name, link_count) VALUES (?, ?, ?, ?)",
                     [(1, 1, "ada", 2), (2, 1, "bo", 1), (3, 2, "cy", 1)])
    conn.executemany("INSERT INTO links (id, user_id, url) VALUES (?, ?, ?)",
                     [(1, 1, "https://a.example"), (2, 1, "https://dead.example"),
                      (3, 2, "https://b.example"), (4, 3, "https://dead.example")])
    conn.executemany("INSERT INTO notes (id, body) VALUES (?, ?)", [(1, "hello"), (2, "bye")])
    conn.executemany("INSERT INTO visits (id, link_id, day) VALUES (?, ?, ?)",
                     [(1, 1, "mon"), (2, 2, "tue"), (3, 4, "wed"), (4, 3, "thu")])
'''

MOVE_DEAD = """
    conn.execute(
        "CREATE TABLE set_aside (id INTEGER PRIMARY KEY, source_table TEXT NOT NULL,"
        " source_rowid INTEGER NOT NULL, row_json TEXT NOT NULL)"
    )
    names = [r[1] for r in conn.execute("PRAGMA table_info(links)")]
    for rowid, *values in conn.execute(
        "SELECT rowid, * FROM links WHERE url LIKE '%dead%'"
    ).fetchall():
        conn.execute(
            "INSERT INTO set_aside (source_table, source_rowid, row_json) VALUES (?, ?, ?)",
            ("links", rowid, encode_row(names, values)),
        )
        conn.execute("DELETE FROM links WHERE rowid = ?", (rowid,))
"""

STALE_TEAMS = (
    '    conn.execute("DROP TRIGGER count_follows")\n'
    + MOVE_DEAD
    + '    conn.execute("CREATE TRIGGER count_follows AFTER UPDATE OF link_count ON users BEGIN'
    " UPDATE teams SET team_links = team_links + NEW.link_count - OLD.link_count"
    ' WHERE id = NEW.team_id; END")\n'
)

CASES = {
    "links moved aside, both triggers' counts follow: pass": (MOVE_DEAD, ()),
    "a count two triggers away left stale: fail": (
        STALE_TEAMS,
        (
            "*teams.team_links rowid 1: before integer 3, after integer 3 "
            "(expected integer 2: the app's triggers, as the declared rows left)*",
        ),
    ),
    "a table the replay never wrote, changed undeclared: fail": (
        MOVE_DEAD + '    conn.execute("UPDATE notes SET body = upper(body)")\n',
        ("*notes.body rowid 1: before text 'hello', after text 'HELLO'*",),
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_replay_reads_what_it_wrote(pytester, case):
    upgrade, expect = case
    folder = first_migration(pytester, ROSTER, "roster")
    add_migration(
        folder,
        "dead_links",
        "from edi_migrations.changes import AddTable, MoveRows\n"
        "from edi_migrations.quarantine import encode_row\n\n"
        'CHANGES = (AddTable("set_aside"), MoveRows("links", "set_aside"))\n\n\n'
        f"def upgrade(conn):\n{upgrade}",
    )
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    assert_outcome(result, expect)
