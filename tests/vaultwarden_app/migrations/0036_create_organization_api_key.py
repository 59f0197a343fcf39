"""Vaultwarden ``migrations/sqlite/2023-06-02-200424_create_organization_api_key/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE organization_api_key (
	uuid            TEXT NOT NULL,
    org_uuid	    TEXT NOT NULL,
    atype           INTEGER NOT NULL,
    api_key         TEXT NOT NULL,
	revision_date   DATETIME NOT NULL,
	PRIMARY KEY(uuid, org_uuid),
	FOREIGN KEY(org_uuid) REFERENCES organizations(uuid)
);

ALTER TABLE users ADD COLUMN external_id TEXT;
'''
    )
