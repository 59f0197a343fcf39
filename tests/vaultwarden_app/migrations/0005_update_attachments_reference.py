"""Vaultwarden ``migrations/sqlite/2018-05-25-232323_update_attachments_reference/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""

from edi_migrations.changes import ChangeConstraint

# Upstream's fix of 0003: attachments' foreign key, which 0003's rename pointed at the
# dropped oldCiphers, names ciphers again (the rebuild makes the table as 0001 wrote it).
CHANGES = (ChangeConstraint("attachments", "foreign key", column="cipher_uuid"),)

def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE attachments RENAME TO oldAttachments;

CREATE TABLE attachments (
  id          TEXT    NOT NULL PRIMARY KEY,
  cipher_uuid TEXT    NOT NULL REFERENCES ciphers (uuid),
  file_name   TEXT    NOT NULL,
  file_size   INTEGER NOT NULL

);

INSERT INTO attachments (id, cipher_uuid, file_name, file_size)
SELECT id, cipher_uuid, file_name, file_size FROM oldAttachments;

DROP TABLE oldAttachments;
'''
    )
