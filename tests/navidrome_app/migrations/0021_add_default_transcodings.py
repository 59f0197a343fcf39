"""navidrome ``db/migrations/20200706231659_add_default_transcodings.go``, ported: its Go
code as Python doing the same: when ``transcoding`` is empty, one row per
``consts.DefaultTranscodings`` (as at the commit that added the migration, 21b9f51b), each
with a new random id (``id.NewRandom()``, here a random uuid).
"""

import uuid

from edi_migrations.changes import AddRows

CHANGES = (
    # upstream's point: the default transcodings are added to an empty transcoding table
    AddRows("transcoding"),
)

# consts.DefaultTranscodings at 21b9f51b: name, target format, default bit rate, command
_DEFAULT_TRANSCODINGS = (
    ("mp3 audio", "mp3", 192, "ffmpeg -i %s -map 0:0 -b:a %bk -v 0 -f mp3 -"),
    ("opus audio", "oga", 128, "ffmpeg -i %s -map 0:0 -b:a %bk -v 0 -c:a libopus -f opus -"),
)


def upgrade(conn):
    (count,) = conn.execute("SELECT COUNT(*) FROM transcoding").fetchone()
    if count > 0:
        return
    for name, target_format, default_bit_rate, command in _DEFAULT_TRANSCODINGS:
        conn.execute(
            "insert into transcoding (id, name, target_format, default_bit_rate, command) values (?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), name, target_format, default_bit_rate, command),
        )
