"""Kodi ``UpdateTables``: ``if (iVersion < 133)``, "Remove episodes with invalid idSeason
values. Since 2015 they were masked from episode_view and are not going to be missed."
The SQL verbatim. Kodi's ``delete_episode`` trigger is dropped with the analytics before
``UpdateTables`` runs, so the episodes' links and art stay behind (as upstream's).
"""

from _kodi import kodi_exec, step

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream: "Remove episodes with invalid idSeason values ... not going to be missed"
    DeleteRows("episode", where="idSeason NOT IN (SELECT idSeason from seasons)"),
)


def upgrade(conn):
    step(conn, lambda c: kodi_exec(c, "DELETE FROM episode WHERE idSeason NOT IN (SELECT idSeason from seasons)"))
