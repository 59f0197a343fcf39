"""AntennaPod ``DBUpgrader``: ``if (oldVersion <= 13)``: "remove duplicate rows in
"Chapters" table that were created because of a bug". SQL verbatim."""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream: "remove duplicate rows in "Chapters" table that were created because of a
    # bug": every chapter but the first of its (title, start, feeditem, link, type)
    DeleteRows(
        "SimpleChapters",
        where="id NOT IN (SELECT MIN(id) as id FROM SimpleChapters "
        "GROUP BY title,start,feeditem,link,type)",
    ),
)


def upgrade(conn):
    conn.execute(
        "DELETE FROM SimpleChapters WHERE id NOT IN "
        "(SELECT MIN(id) as id FROM SimpleChapters GROUP BY title,start,feeditem,link,type)"
    )
