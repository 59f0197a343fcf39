"""grocy ``migrations/0023.sql``: deletes from sessions.
"""

from edi_migrations.changes import DeleteRows

# Every session is dropped on purpose (logins start afresh).
CHANGES = (DeleteRows("sessions", where="1"),)



def upgrade(conn):
    conn.executescript(
        r'''
DELETE FROM sessions;
'''
    )
