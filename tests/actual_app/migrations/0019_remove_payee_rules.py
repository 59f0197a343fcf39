"""Actual ``packages/loot-core/migrations/1682974838138_remove_payee_rules.sql``: drops
table payee_rules (rules replaced them).
"""

from edi_migrations.changes import DropTable

# Payee rules are retired on purpose (the rules table holds them since 1597756566448).
CHANGES = (DropTable("payee_rules"),)


def upgrade(conn):
    conn.executescript(
        r'''
DROP TABLE payee_rules;
'''
    )
