"""navidrome ``db/migrations/20201213124814_add_all_artist_ids_to_album.go``, ported: its
``tx.ExecContext`` string as written, and its Go loop (``updateAlbums20201213124814``) as
Python doing the same: each album's ``all_artist_ids`` is ``str.SanitizeStrings`` of its
artist id, album artist id and its songs' artist ids (``_sanitize_strings`` below).
"""

import re
import sqlite3
import unicodedata

CHANGES = (
    # upstream's point: the new all_artist_ids holds every artist id of the album. No SQL
    # expression computes SanitizeStrings (accents, sorted unique words), so none is declared
    # and the harness reports the filled column (README: what the harness cannot say).
)

# utils/str: Clear's replacements, the ignored characters, slashes made blanks
_TO_ASCII = {**dict.fromkeys("‘’‛′", "'"), **dict.fromkeys("＂〃ˮײ᳓″‶˶ʺ“”˝‟", '"'),
             **dict.fromkeys("‐–—−―", "-"), "\\": " ", "/": " "}
_IGNORED = re.compile("[“”‘’'\"\\[({\\])},]")


def _sanitize_strings(*texts: str) -> str:
    """utils/str.SanitizeStrings: trimmed, joined, lower-cased, accents and ignored
    characters removed, split into words, sorted, duplicates dropped."""
    text = "".join(t.strip() + " " for t in texts)
    text = "".join(_TO_ASCII.get(c, c) for c in text).lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(sorted(set(_IGNORED.sub("", text).split())))


def upgrade(conn):
    conn.executescript(
        r"""
alter table album
	add all_artist_ids varchar;

create index if not exists album_all_artist_ids
	on album (all_artist_ids);
"""
    )
    rows = conn.execute(
        r"""
select a.id, a.name, a.artist_id, a.album_artist_id, group_concat(mf.artist_id, ' ')
       from album a left join media_file mf on a.id = mf.album_id group by a.id
"""
    ).fetchall()
    for album_id, name, artist_id, album_artist_id, song_artist_ids in rows:
        if None in (album_id, name, artist_id, album_artist_id):
            # rows.Scan into a Go string fails on NULL, and upstream returns that error
            raise ValueError(
                f"album {album_id!r}: converting NULL to string is unsupported (rows.Scan)"
            )
        every = _sanitize_strings(artist_id, album_artist_id, song_artist_ids or "")
        try:
            conn.execute("update album set all_artist_ids = ? where id = ?", (every, album_id))
        except sqlite3.DatabaseError:
            pass  # upstream: log.Error("Error setting album's artist_ids", ...) and go on
