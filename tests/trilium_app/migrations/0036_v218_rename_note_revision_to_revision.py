"""Trilium ``db/migrations/0218__rename_note_revision_to_revision.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from _trilium import saved_revision_stamps

from edi_migrations.changes import (
    DropObject,
    RandomValue,
    Recompute,
    RenameColumn,
    RenameTable,
)

# the revisions 213 saved of the JavaScript notes it rewrote, and their sync rows
SAVED = "noteId IN (SELECT notes.noteId FROM notes WHERE notes.isProtected = 0 AND notes.type IN ('code', 'file', 'launcher') AND (notes.mime LIKE 'application/javascript%' OR notes.mime IN ('application/x-javascript', 'text/javascript')) AND (notes.mime LIKE '%env=frontend' OR notes.mime LIKE '%env=backend'))"
SAVED_SYNC = (
    f"entityName = 'revisions' AND entityId IN (SELECT revisionId FROM revisions WHERE {SAVED})"
)

CHANGES = (
    # upstream: note_revisions copied into revisions and dropped (a rename), its indexes made anew
    RenameTable("note_revisions", "revisions"),
    RenameColumn("revisions", "noteRevisionId", "revisionId"),
    DropObject("index", "IDX_note_revisions_blobId"),
    DropObject("index", "IDX_note_revisions_dateCreated"),
    DropObject("index", "IDX_note_revisions_dateLastEdited"),
    DropObject("index", "IDX_note_revisions_noteId"),
    DropObject("index", "IDX_note_revisions_utcDateCreated"),
    DropObject("index", "IDX_note_revisions_utcDateLastEdited"),
    # the revisions 213 saved keep the random ids and times it drew (copied here)
    *saved_revision_stamps("revisions", "revisionId", SAVED),
    RandomValue("entity_changes", "entityId", where=SAVED_SYNC),
    RandomValue("entity_changes", "hash", where=SAVED_SYNC),
    Recompute(
        "entity_changes",
        "entityName",
        expression="CASE WHEN entityName = 'note_revisions' THEN 'revisions' ELSE entityName END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""CREATE TABLE IF NOT EXISTS "revisions" (`revisionId`	TEXT NOT NULL PRIMARY KEY,
                                        `noteId`	TEXT NOT NULL,
                                        type TEXT DEFAULT '' NOT NULL,
                                        mime TEXT DEFAULT '' NOT NULL,
                                        `title`	TEXT NOT NULL,
                                        `isProtected`	INT NOT NULL DEFAULT 0,
                                        blobId TEXT DEFAULT NULL,
                                        `utcDateLastEdited` TEXT NOT NULL,
                                        `utcDateCreated` TEXT NOT NULL,
                                        `utcDateModified` TEXT NOT NULL,
                                        `dateLastEdited` TEXT NOT NULL,
                                        `dateCreated` TEXT NOT NULL);

INSERT INTO revisions (revisionId, noteId, type, mime, title, isProtected, utcDateLastEdited, utcDateCreated, utcDateModified, dateLastEdited, dateCreated, blobId)
SELECT noteRevisionId, noteId, type, mime, title, isProtected, utcDateLastEdited, utcDateCreated, utcDateModified, dateLastEdited, dateCreated, blobId FROM note_revisions;

DROP TABLE note_revisions;

CREATE INDEX `IDX_revisions_noteId` ON `revisions` (`noteId`);
CREATE INDEX `IDX_revisions_utcDateCreated` ON `revisions` (`utcDateCreated`);
CREATE INDEX `IDX_revisions_utcDateLastEdited` ON `revisions` (`utcDateLastEdited`);
CREATE INDEX `IDX_revisions_dateCreated` ON `revisions` (`dateCreated`);
CREATE INDEX `IDX_revisions_dateLastEdited` ON `revisions` (`dateLastEdited`);
CREATE INDEX IF NOT EXISTS IDX_revisions_blobId on revisions (blobId);

UPDATE entity_changes SET entityName = 'revisions' WHERE entityName = 'note_revisions';
"""
    )
