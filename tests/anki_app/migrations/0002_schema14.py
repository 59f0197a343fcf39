"""Anki ``rslib/src/storage/upgrades/schema14_upgrade.sql`` and the Rust steps
``upgrade_to_latest_schema`` runs after it (``ver < 14``): the deck options, tags and
config move out of ``col``'s JSON into tables of their own.

The SQL as written (it sets ``col.ver`` to 14: Anki's own bookkeeping, kept). The Rust
steps, ported as Python doing the same on the rows:
``upgrade_deck_conf_to_schema14`` (``deckconfig/mod.rs``, with ``deckconfig/add.sql``),
``upgrade_tags_to_schema14`` (``tag/mod.rs``), ``upgrade_config_to_schema14``
(``config/mod.rs``, with ``config/add.sql``). Each reads ``col``'s first row as Rust's
``query_row`` does.

``COLLATE unicase`` is a collation Anki registers on its own connections: the project's
conftest gives it to the harness and the runner (``edi_migrations_connect``).
"""

import json

from edi_migrations.changes import Recompute

CHANGES = (
    # Anki's own bookkeeping: the schema version the collection is at
    Recompute("col", "ver", expression="14"),
    # upstream's point: the JSON moved into deck_config, tags and config, '' left behind
    Recompute("col", "dconf", expression="''"),
    Recompute("col", "tags", expression="''"),
    Recompute("col", "conf", expression="''"),
)

_DECK_CONF_ADD = """INSERT INTO deck_config (id, name, mtime_secs, usn, config)
VALUES (
    (
      CASE
        WHEN ?1 IN (
          SELECT id
          FROM deck_config
        ) THEN (
          SELECT max(id) + 1
          FROM deck_config
        )
        ELSE ?1
      END
    ),
    ?,
    ?,
    ?,
    ?
  );"""


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE deck_config (
  id integer PRIMARY KEY NOT NULL,
  name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL,
  usn integer NOT NULL,
  config blob NOT NULL
);
CREATE TABLE config (
  KEY text NOT NULL PRIMARY KEY,
  usn integer NOT NULL,
  mtime_secs integer NOT NULL,
  val blob NOT NULL
) without rowid;
CREATE TABLE tags (
  tag text NOT NULL PRIMARY KEY COLLATE unicase,
  usn integer NOT NULL
) without rowid;
UPDATE col
SET ver = 14;
"""
    )
    _deck_conf(conn)
    _tags(conn)
    _config(conn)


def _first(conn, column):
    """``select <column> from col``, its first row, parsed (serde_json::from_str)."""
    (text,) = conn.execute(f"SELECT {column} FROM col").fetchone()
    return json.loads(text)


def _deck_conf(conn):
    """``upgrade_deck_conf_to_schema14``: each option group, its id set to its key (buggy
    clients left them apart), inserted with its JSON as the config blob."""
    for key, conf in _first(conn, "dconf").items():
        conf["id"] = int(key)
        conn.execute(
            _DECK_CONF_ADD,
            (conf["id"], conf["name"], conf["mod"], conf["usn"], _json(conf)),
        )
    conn.execute("update col set dconf=''")


def _tags(conn):
    """``upgrade_tags_to_schema14``: the tag -> usn map into ``tags``."""
    for tag, usn in _first(conn, "tags").items():
        conn.execute("insert or ignore into tags (tag, usn) values (?, ?)", (tag, usn))
    conn.execute("update col set tags=''")


def _config(conn):
    """``upgrade_config_to_schema14``: ``set_all_config`` with usn 0 and mtime 0, each
    value as its JSON bytes."""
    conf = _first(conn, "conf")
    conn.execute("delete from config")
    for key, val in conf.items():
        conn.execute(
            "INSERT OR REPLACE INTO config (KEY, usn, mtime_secs, val) VALUES (?, ?, ?, ?)",
            (key, 0, 0, _json(val)),
        )
    conn.execute("update col set conf=''")


def app_writes(conn, ctx):
    """Deck options as Anki writes them from schema 14 on: the config blob is the option
    group's JSON (the rows drawn from the schema are not JSON, and every later step parses
    it), with the starting ease as each version stores it: schema 14 only the schema 11
    ``new.initialFactor`` (2500 for 2.5), schema 15 ``initial_ease`` 250, from 16 on 2.5."""
    rng = ctx.rng
    for dcid in (1, rng.randint(2, 2**40), rng.randint(2, 2**40)):
        factor = rng.choice((1300, 2500, 2600))
        conf = {"id": dcid, "name": f"Options {dcid}", "mod": rng.randint(0, 2**31),
                "usn": rng.randint(-1, 50), "new": {"initialFactor": factor}}
        if ctx.version >= 3:
            conf["initial_ease"] = factor / 10 if ctx.version == 3 else factor / 1000
        conn.execute(
            "INSERT OR IGNORE INTO deck_config (id, name, mtime_secs, usn, config) "
            "VALUES (?, ?, ?, ?, ?)",
            (dcid, conf["name"], conf["mod"], conf["usn"], _json(conf)),
        )


def _json(obj):
    """``serde_json::to_vec``: compact JSON bytes."""
    return json.dumps(obj, separators=(",", ":")).encode()
