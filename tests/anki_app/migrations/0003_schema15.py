"""Anki ``rslib/src/storage/upgrades/schema15_upgrade.sql`` and the Rust steps
``upgrade_to_latest_schema`` runs after it (``ver < 15``): note types (with their fields
and templates) and decks move out of ``col``'s JSON into tables; deck options are
rewritten with the starting ease stored as 250 for 2.5.

The SQL as written (``col.ver`` = 15, kept; its closing ``ANALYZE`` too). The Rust steps,
ported as Python doing the same on the rows: ``upgrade_notetypes_to_schema15``
(``notetype/mod.rs``), ``upgrade_decks_to_schema15(server=false)`` (``deck/mod.rs``),
``upgrade_deck_conf_to_schema15`` (``deckconfig/mod.rs``).

Not ported, said here: Anki encodes the ``config`` / ``common`` / ``kind`` blobs as
protobuf messages; the port writes the same object's JSON (as schema 14 stored deck
options). ``normalize_names`` / ``ensure_names_unique`` on field and template names are
left out (the drawn names are already clean); a deck whose name Anki's name rules would
rewrite is not rewritten.

``COLLATE unicase``: Anki's collation, as in ``0002_schema14``.
"""

import json
import random
import time

from edi_migrations.changes import Recompute

CHANGES = (
    # Anki's own bookkeeping: the schema version the collection is at
    Recompute("col", "ver", expression="15"),
    # upstream's point: the JSON moved into notetypes / fields / templates and decks
    Recompute("col", "models", expression="''"),
    Recompute("col", "decks", expression="''"),
    # upstream's point: each option group's starting ease stored as 250 for 2.5 (schema 11's
    # new.initialFactor is in permille)
    Recompute(
        "deck_config",
        "config",
        expression="CAST(json_set(CAST(config AS TEXT), '$.initial_ease', "
        "json_extract(CAST(config AS TEXT), '$.new.initialFactor') / 1000.0 * 100.0) AS BLOB)",
    ),
)

_NOT_CONFIG = ("id", "name", "mod", "usn", "flds", "tmpls")


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE fields (
  ntid integer NOT NULL,
  ord integer NOT NULL,
  name text NOT NULL COLLATE unicase,
  config blob NOT NULL,
  PRIMARY KEY (ntid, ord)
) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (
  ntid integer NOT NULL,
  ord integer NOT NULL,
  name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL,
  usn integer NOT NULL,
  config blob NOT NULL,
  PRIMARY KEY (ntid, ord)
) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE INDEX idx_templates_usn ON templates (usn);
CREATE TABLE notetypes (
  id integer NOT NULL PRIMARY KEY,
  name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL,
  usn integer NOT NULL,
  config blob NOT NULL
);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE INDEX idx_notetypes_usn ON notetypes (usn);
CREATE TABLE decks (
  id integer PRIMARY KEY NOT NULL,
  name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL,
  usn integer NOT NULL,
  common blob NOT NULL,
  kind blob NOT NULL
);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE INDEX idx_notes_mid ON notes (mid);
CREATE INDEX idx_cards_odid ON cards (odid)
WHERE odid != 0;
UPDATE col
SET ver = 15;
ANALYZE;
"""
    )
    _notetypes(conn)
    _decks(conn)
    _deck_conf(conn)


def _unique(name, names, suffix):
    """Anki's loop: ``suffix`` appended until no earlier name equals it (unicase)."""
    while name.casefold() in names:
        name += suffix
    names.add(name.casefold())
    return name


def _config(obj, leave_out):
    return _json({k: v for k, v in obj.items() if k not in leave_out})


def _notetypes(conn):
    """``upgrade_notetypes_to_schema15``: each note type, its fields and templates."""
    names = set()
    for key, nt in json.loads(conn.execute("select models from col").fetchone()[0]).items():
        ntid = int(key)
        if ntid == 0:  # note types with id 0 found in the wild; assign a random ID
            ntid = max(random.getrandbits(32), 1)
        name = _unique(nt["name"], names, "_")
        conn.execute(
            "INSERT OR REPLACE INTO notetypes (id, name, mtime_secs, usn, config) "
            "VALUES (?, ?, ?, ?, ?);",
            (ntid, name, nt["mod"], nt["usn"], _config(nt, _NOT_CONFIG)),
        )
        conn.execute("delete from fields where ntid=?", (ntid,))
        for ord_, field in enumerate(nt["flds"]):
            conn.execute(
                "INSERT INTO fields (ntid, ord, name, config) VALUES (?, ?, ?, ?);",
                (ntid, ord_, field["name"], _config(field, ("name", "ord"))),
            )
        conn.execute("delete from templates where ntid=?", (ntid,))
        for ord_, tmpl in enumerate(nt["tmpls"]):
            conn.execute(
                "INSERT INTO templates (ntid, ord, name, mtime_secs, usn, config) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (ntid, ord_, tmpl["name"], 0, 0, _config(tmpl, ("name", "ord"))),
            )
    conn.execute("update col set models = ''")


def _decks(conn):
    """``upgrade_decks_to_schema15``: each deck under its native name ('::' -> 0x1f), a
    name taken before suffixed with '_' and marked modified (usn -1: not a server)."""
    names = set()
    for deck in json.loads(conn.execute("select decks from col").fetchone()[0]).values():
        native = deck["name"].replace("::", "\x1f")
        name = _unique(native, names, "_")
        mtime, usn = deck["mod"], deck["usn"]
        if name != native:
            mtime, usn = int(time.time()), -1
        kind = "filtered" if deck.get("dyn") else "normal"
        conn.execute(
            "INSERT OR REPLACE INTO decks (id, name, mtime_secs, usn, common, kind) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (deck["id"], name, mtime, usn, _config(deck, _NOT_CONFIG),
             _json({kind: {"config_id": deck.get("conf", 1)}})),
        )
    conn.execute("update col set decks = ''")


def _deck_conf(conn):
    """``upgrade_deck_conf_to_schema15``: the starting ease (schema 11: 2500 permille)
    stored as 250 for 2.5."""
    rows = conn.execute("SELECT id, name, mtime_secs, usn, config FROM deck_config").fetchall()
    for dcid, name, mtime, usn, config in rows:
        conf = json.loads(config)
        conf["initial_ease"] = conf.get("new", {}).get("initialFactor", 2500) / 1000 * 100.0
        conn.execute(
            "UPDATE deck_config SET name = ?, mtime_secs = ?, usn = ?, config = ? WHERE id = ?;",
            (name, mtime, usn, _json(conf), dcid),
        )



def app_writes(conn, ctx):
    """Decks as the port writes them from schema 15 on: ``kind`` names the deck's option
    group (schema 16 reads it to find the decks whose cards' ease it raises); rows drawn
    from the schema are not JSON. And cards in those decks (or filtered out of them:
    ``odid``), some with a low ease, beside cards of decks that do not exist."""
    rng = ctx.rng
    configs = [dcid for (dcid,) in conn.execute("SELECT id FROM deck_config")] or [1]
    decks = []
    for n in range(3):
        did = rng.randint(2, 2**40)
        decks.append(did)
        conn.execute(
            "INSERT OR IGNORE INTO decks (id, name, mtime_secs, usn, common, kind) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (did, f"Deck{n}\x1fsub", rng.randint(0, 2**31), rng.randint(-1, 50), b"{}",
             _json({"normal": {"config_id": rng.choice(configs)}})),
        )
    for cid in range(1, ctx.rows + 1):
        did, odid = rng.choice(decks + [rng.randint(2, 2**40)]), rng.choice((0, *decks))
        conn.execute(
            "INSERT INTO cards VALUES (?, ?, ?, 0, ?, ?, 2, 2, ?, ?, ?, ?, 0, 0, 0, ?, 0, '')",
            (cid, rng.randint(1, 2**40), did, rng.randint(0, 2**31), rng.randint(-1, 50),
             rng.randint(0, 9999), rng.randint(1, 365), rng.choice((0, 1300, 2000, 2001, 2500)),
             rng.randint(0, 99), odid),
        )


def _json(obj):
    """``serde_json::to_vec``: compact JSON bytes."""
    return json.dumps(obj, separators=(",", ":")).encode()
