"""navidrome ``db/migrations/20200411164603_add_created_and_updated_fields_to_playlists.go``, ported: each ``tx.ExecContext`` string as
written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import MigrationTime

CHANGES = (
    # upstream's point: existing playlists are stamped with the time the migration ran
    MigrationTime("playlist", "created_at"),
    MigrationTime("playlist", "updated_at"),
)


def upgrade(conn):
    conn.executescript(
        r"""
alter table playlist
	add created_at datetime;
alter table playlist
	add updated_at datetime;
update playlist
	set created_at = datetime('now'), updated_at = datetime('now');
"""
    )
