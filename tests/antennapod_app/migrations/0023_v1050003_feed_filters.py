"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1050003)``: "Migrates feed list filter
data" (each ``hide`` filter turned into its opposite, through intermediate values), then
the auto-download filters and auto refresh. SQL verbatim; the block's own
``beginTransaction``/``setTransactionSuccessful`` nests in the upgrade's transaction on
Android and is the runner's one transaction here."""

from edi_migrations.changes import Recompute

# Each UPDATE of the block, in order: (from, to).
REPLACES = (
    # "Change to intermediate values to avoid overwriting in the following find/replace"
    ("unplayed", "noplay"),
    ("not_queued", "noqueue"),
    ("not_downloaded", "nodl"),
    # "Replace played, queued, and downloaded with their opposites"
    ("played", "unplayed"),
    ("queued", "not_queued"),
    ("downloaded", "not_downloaded"),
    # "Now replace intermediates for unplayed, not queued, etc. with their opposites"
    ("noplay", "played"),
    ("noqueue", "queued"),
    ("nodl", "downloaded"),
    # "Paused doesn't have an opposite, so unplayed is the next best option"
    ("paused", "unplayed"),
)


def _chained(column):
    expression = column
    for old, new in REPLACES:
        expression = f"replace({expression}, '{old}', '{new}')"
    return expression


CHANGES = (
    # upstream: "Migrates feed list filter data": every filter becomes its opposite
    Recompute("Feeds", "hide", _chained("hide")),
)


def upgrade(conn):
    for old, new in REPLACES:
        conn.execute(f"UPDATE Feeds\nSET hide = replace(hide, '{old}', '{new}')")
    # "and now get ready for autodownload filters"
    conn.execute("ALTER TABLE Feeds ADD COLUMN include_filter TEXT DEFAULT ''")
    conn.execute("ALTER TABLE Feeds ADD COLUMN exclude_filter TEXT DEFAULT ''")
    # "and now auto refresh"
    conn.execute("ALTER TABLE Feeds ADD COLUMN keep_updated INTEGER DEFAULT 1")
