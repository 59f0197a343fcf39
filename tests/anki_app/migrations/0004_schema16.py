"""Anki ``rslib/src/storage/upgrades/mod.rs``, ``ver < 16``: no SQL file; the Rust step
``upgrade_deck_conf_to_schema16(server=false)`` (``deckconfig/mod.rs``) stores the
starting ease as 2.5 again (schema 15 stored 250), resets option groups at or below 1.3
(schema 15 created them with the wrong ease) to 2.5, and raises the cards of their decks
with a low ease (``fix_low_card_eases_for_configs``, ``card/fix_low_ease.sql``); then
``update col set ver = 16`` (Anki's bookkeeping, kept).
"""

import json

from edi_migrations.changes import Recompute

_CONF = "CAST(config AS TEXT)"
_EASE = f"json_extract({_CONF}, '$.initial_ease')"
_RESET_DECKS = (
    "SELECT d.id FROM decks AS d JOIN deck_config AS c ON "
    "json_extract(CAST(d.kind AS TEXT), '$.normal.config_id') = c.id "
    "WHERE json_extract(CAST(c.config AS TEXT), '$.initial_ease') / 100.0 <= 1.3"
)
_RAISED = f"factor != 0 AND factor <= 2000 AND (did IN ({_RESET_DECKS}) OR odid IN ({_RESET_DECKS}))"

CHANGES = (
    # Anki's own bookkeeping: the schema version the collection is at
    Recompute("col", "ver", expression="16"),
    # upstream's point: the starting ease stored as 2.5 again; a group at or below 1.3 reset
    Recompute("deck_config", "config", expression=f"CAST(json_set({_CONF}, '$.initial_ease', "
              f"CASE WHEN {_EASE} / 100.0 <= 1.3 THEN 2.5 ELSE {_EASE} / 100.0 END) AS BLOB)"),
    # upstream's point: the cards of a reset group's normal decks (or filtered out of them)
    # with an ease from 1 to 2000 raised to 2500, marked for sync (usn -1)
    Recompute("cards", "factor", expression=f"CASE WHEN {_RAISED} THEN 2500 ELSE factor END"),
    Recompute("cards", "usn", expression=f"CASE WHEN {_RAISED} THEN -1 ELSE usn END"),
)

_FIX_LOW_EASE = """UPDATE cards
SET factor = 2500,
  usn = ?
WHERE factor != 0
  AND factor <= 2000
  AND (
    did IN DECK_IDS
    OR odid IN DECK_IDS
  )"""


def upgrade(conn):
    invalid = []
    rows = conn.execute("SELECT id, name, mtime_secs, usn, config FROM deck_config").fetchall()
    for dcid, name, mtime, usn, config in rows:
        conf = json.loads(config)
        conf["initial_ease"] = conf["initial_ease"] / 100.0
        if conf["initial_ease"] <= 1.3:
            conf["initial_ease"] = 2.5
            invalid.append(dcid)
        conn.execute(
            "UPDATE deck_config SET name = ?, mtime_secs = ?, usn = ?, config = ? WHERE id = ?;",
            (name, mtime, usn, _json(conf), dcid),
        )
    _fix_low_card_eases(conn, invalid)
    conn.executescript("update col set ver = 16")


def _fix_low_card_eases(conn, configs):
    """The normal decks using one of ``configs``: their cards' low eases set to 2500."""
    affected = []
    for (did, kind) in conn.execute("SELECT id, kind FROM decks").fetchall():
        normal = json.loads(kind).get("normal")
        if normal is not None and normal["config_id"] in configs:
            affected.append(did)
    ids = "(" + ",".join(str(did) for did in affected) + ")"
    conn.execute(_FIX_LOW_EASE.replace("DECK_IDS", ids), (-1,))


def _json(obj):
    """``serde_json::to_vec``: compact JSON bytes."""
    return json.dumps(obj, separators=(",", ":")).encode()
