"""Anki ``rslib/src/storage/schema11.sql``: the collection as schema 11 (Anki 2.1's Python
era) made it, and every file is first created at; ``col``'s one row carries the config,
tags, deck options, note types and decks as JSON text.

As written. ``app_writes`` is what Anki writes into that row at schema 11: the harness's
rows from the schema cannot (a JSON map keyed by id, with nested lists), and every
upgrade step parses it.
"""

import json

_SCHEMA_AT = {1: 11, 2: 14, 3: 15, 4: 16, 5: 17, 6: 18}  # the runner's version -> Anki's schema


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE col (
  id integer PRIMARY KEY,
  crt integer NOT NULL,
  mod integer NOT NULL,
  scm integer NOT NULL,
  ver integer NOT NULL,
  dty integer NOT NULL,
  usn integer NOT NULL,
  ls integer NOT NULL,
  conf text NOT NULL,
  models text NOT NULL,
  decks text NOT NULL,
  dconf text NOT NULL,
  tags text NOT NULL
);
CREATE TABLE notes (
  id integer PRIMARY KEY,
  guid text NOT NULL,
  mid integer NOT NULL,
  mod integer NOT NULL,
  usn integer NOT NULL,
  tags text NOT NULL,
  flds text NOT NULL,
  -- The use of type integer for sfld is deliberate, because it means that integer values in this
  -- field will sort numerically.
  sfld integer NOT NULL,
  csum integer NOT NULL,
  flags integer NOT NULL,
  data text NOT NULL
);
CREATE TABLE cards (
  id integer PRIMARY KEY,
  nid integer NOT NULL,
  did integer NOT NULL,
  ord integer NOT NULL,
  mod integer NOT NULL,
  usn integer NOT NULL,
  type integer NOT NULL,
  queue integer NOT NULL,
  due integer NOT NULL,
  ivl integer NOT NULL,
  factor integer NOT NULL,
  reps integer NOT NULL,
  lapses integer NOT NULL,
  left integer NOT NULL,
  odue integer NOT NULL,
  odid integer NOT NULL,
  flags integer NOT NULL,
  data text NOT NULL
);
CREATE TABLE revlog (
  id integer PRIMARY KEY,
  cid integer NOT NULL,
  usn integer NOT NULL,
  ease integer NOT NULL,
  ivl integer NOT NULL,
  lastIvl integer NOT NULL,
  factor integer NOT NULL,
  time integer NOT NULL,
  type integer NOT NULL
);
CREATE TABLE graves (
  usn integer NOT NULL,
  oid integer NOT NULL,
  type integer NOT NULL
);
-- syncing
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
-- card spacing, etc
CREATE INDEX ix_cards_nid ON cards (nid);
-- scheduling and deck limiting
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
-- revlog by card
CREATE INDEX ix_revlog_cid ON revlog (cid);
-- field uniqueness
CREATE INDEX ix_notes_csum ON notes (csum);
INSERT INTO col
VALUES (
    1,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    '{}',
    '{}',
    '{}',
    '{}',
    '{}'
  );
"""
    )


def app_writes(conn, ctx):
    """The JSON of ``col``'s row, as Anki 2.1 writes it: a few tags, deck options, note
    types (fields, templates) and decks, drawn from the seeded ``ctx.rng``. Only at
    schema 11: from schema 14 on the row holds '' where the tables took over. At every
    version, ``ver`` is the schema the collection is at (Anki opens nothing else)."""
    conn.execute("UPDATE col SET ver = ?", (_SCHEMA_AT[ctx.version],))
    if ctx.version != 1:
        return
    rng = ctx.rng
    conf = {"curDeck": 1, "activeDecks": [1], "nextPos": rng.randint(1, 500), "sortType": "noteFld"}
    tags = {f"tag{n}": rng.choice((-1, 0, rng.randint(1, 99))) for n in range(rng.randint(1, 4))}
    dconf = {
        str(dcid): {
            "id": dcid, "name": "Default" if dcid == 1 else f"Options {dcid}",
            "mod": rng.randint(0, 2**31), "usn": rng.randint(-1, 50), "maxTaken": 60,
            "new": {"initialFactor": rng.choice((1300, 2500, 2600)), "perDay": 20},
            "rev": {"perDay": 200}, "lapse": {"leechAction": 1},
        }
        for dcid in (1, rng.randint(2, 2**40))
    }
    models = {}
    for ntid in (rng.randint(1, 2**40), rng.randint(1, 2**40)):
        models[str(ntid)] = {
            "id": ntid, "name": rng.choice(("Basic", "basic", "Cloze")), "type": 0,
            "mod": rng.randint(0, 2**31), "usn": rng.randint(-1, 50), "sortf": 0, "did": 1,
            "flds": [{"name": name, "ord": ord_, "sticky": False}
                     for ord_, name in enumerate(("Front", "Back"))],
            "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}", "afmt": "{{Back}}"}],
            "css": ".card {}", "latexPre": "", "latexPost": "", "req": [[0, "any", [0]]],
        }
    decks = {
        str(did): {
            "id": did, "name": name, "mod": rng.randint(0, 2**31), "usn": rng.randint(-1, 50),
            "dyn": 0, "conf": 1, "desc": "", "collapsed": False,
        }
        for did, name in ((1, "Default"), (rng.randint(2, 2**40), "Lang::French"))
    }
    conn.execute(
        "UPDATE col SET conf = ?, tags = ?, dconf = ?, models = ?, decks = ? WHERE id = 1",
        tuple(json.dumps(v) for v in (conf, tags, dconf, models, decks)),
    )
