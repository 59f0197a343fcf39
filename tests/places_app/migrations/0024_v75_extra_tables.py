"""Places ``Database::MigrateV75Up()``: the ``*_extra`` tables of ``moz_places`` and
``moz_historyvisits`` (``CREATE_MOZ_PLACES_EXTRA``, ``CREATE_MOZ_HISTORYVISITS_EXTRA``)."""

from _places import prepares
from _tables import CREATE_MOZ_HISTORYVISITS_EXTRA, CREATE_MOZ_PLACES_EXTRA


def upgrade(conn):
    if not prepares(conn, "SELECT sync_json FROM moz_places_extra"):
        conn.execute(CREATE_MOZ_PLACES_EXTRA)
        conn.execute(CREATE_MOZ_HISTORYVISITS_EXTRA)
