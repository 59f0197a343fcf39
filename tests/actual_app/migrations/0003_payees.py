"""Actual ``packages/loot-core/migrations/1550601598648_payees.sql``: creates tables
payees, payee_rules (with an index on LOWER(value)) and payee_mapping.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE payees
  (id TEXT PRIMARY KEY,
   name TEXT,
   category TEXT,
   tombstone INTEGER DEFAULT 0,
   transfer_acct TEXT);

CREATE TABLE payee_rules
  (id TEXT PRIMARY KEY,
   payee_id TEXT,
   type TEXT,
   value TEXT,
   tombstone INTEGER DEFAULT 0);

CREATE INDEX payee_rules_lowercase_index ON payee_rules(LOWER(value));

CREATE TABLE payee_mapping
  (id TEXT PRIMARY KEY,
   targetId TEXT);
'''
    )
