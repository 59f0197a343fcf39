"""Trilium ``db/migrations/0213__migrate_scripts.js``, ported: every JavaScript note (code,
file or launcher with a JavaScript MIME type ending ``env=frontend`` or ``env=backend``)
whose content names a legacy script API has it replaced by the new names; the old content
is kept as a note revision first (``saveNoteRevision``), then ``setContent`` (Trilium 0.59's
``bnote.js``). A protected note's content reads as ``""`` outside a protected session (no
password is known during the upgrade), so it is left as it is, as upstream leaves it.
"""

from _trilium import (
    entity_change,
    insert,
    local_now,
    random_string,
    saved_revision_stamps,
    utc_now,
)

from edi_migrations.changes import AddRows, DeleteRows, MigrationTime, RandomValue, Recompute

# the JavaScript notes it rewrites, and the revisions it saves of them (the script
# notes' own revisions the app wrote before are among them: they keep their values)
SCRIPT_NOTES = "SELECT notes.noteId FROM notes WHERE notes.isProtected = 0 AND notes.isDeleted = 0 AND notes.type IN ('code', 'file', 'launcher') AND (notes.mime LIKE 'application/javascript%' OR notes.mime IN ('application/x-javascript', 'text/javascript')) AND (notes.mime LIKE '%env=frontend' OR notes.mime LIKE '%env=backend')"
SAVED = f"noteId IN ({SCRIPT_NOTES})"
SAVED_CONTENT = f"noteRevisionId IN (SELECT noteRevisionId FROM note_revisions WHERE {SAVED})"

CHANGES = (
    # upstream: legacy script API names replaced in JavaScript notes, the old content kept as a revision
    Recompute(
        "note_contents",
        "content",
        expression="CASE WHEN noteId IN (SELECT notes.noteId FROM notes WHERE notes.isProtected = 0 AND notes.isDeleted = 0 AND notes.type IN ('code', 'file', 'launcher') AND (notes.mime LIKE 'application/javascript%' OR notes.mime IN ('application/x-javascript', 'text/javascript')) AND (notes.mime LIKE '%env=frontend' OR notes.mime LIKE '%env=backend')) THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(content, 'runOnServer', 'runOnBackend'), 'api.refreshTree()', ''), 'addTextToActiveTabEditor', 'addTextToActiveContextEditor'), 'getActiveTabNote', 'getActiveContextNote'), 'getActiveTabTextEditor', 'getActiveContextTextEditor'), 'getActiveTabNotePath', 'getActiveContextNotePath'), 'getDateNote', 'getDayNote'), 'utils.unescapeHtml', 'unescapeHtml'), 'sortNotesByTitle', 'sortNotes'), 'CollapsibleWidget', 'RightPanelWidget'), 'TabAwareWidget', 'NoteContextAwareWidget'), 'TabCachingWidget', 'NoteContextAwareWidget'), 'NoteContextCachingWidget', 'NoteContextAwareWidget') ELSE content END",
    ),
    MigrationTime(
        "note_contents",
        "utcDateModified",
        where="noteId IN (SELECT notes.noteId FROM notes WHERE notes.isProtected = 0 AND notes.isDeleted = 0 AND notes.type IN ('code', 'file', 'launcher') AND (notes.mime LIKE 'application/javascript%' OR notes.mime IN ('application/x-javascript', 'text/javascript')) AND (notes.mime LIKE '%env=frontend' OR notes.mime LIKE '%env=backend'))",
    ),
    MigrationTime(
        "note_contents",
        "dateModified",
        where="noteId IN (SELECT notes.noteId FROM notes WHERE notes.isProtected = 0 AND notes.isDeleted = 0 AND notes.type IN ('code', 'file', 'launcher') AND (notes.mime LIKE 'application/javascript%' OR notes.mime IN ('application/x-javascript', 'text/javascript')) AND (notes.mime LIKE '%env=frontend' OR notes.mime LIKE '%env=backend'))",
    ),
    AddRows("note_revisions"),
    AddRows("note_revision_contents"),
    # ... the revision saved under a random id (newEntityId), stamped now
    *saved_revision_stamps("note_revisions", "noteRevisionId", SAVED),
    RandomValue("note_revision_contents", "noteRevisionId", where=SAVED_CONTENT),
    MigrationTime("note_revision_contents", "utcDateModified", where=SAVED_CONTENT),
    DeleteRows(
        "entity_changes",
        where="entityName = 'note_contents' AND entityId IN (SELECT noteId FROM notes WHERE notes.isProtected = 0 AND notes.isDeleted = 0 AND notes.type IN ('code', 'file', 'launcher') AND (notes.mime LIKE 'application/javascript%' OR notes.mime IN ('application/x-javascript', 'text/javascript')) AND (notes.mime LIKE '%env=frontend' OR notes.mime LIKE '%env=backend'))",
    ),
    AddRows("entity_changes"),
    RandomValue("entity_changes", "changeId"),
    MigrationTime("entity_changes", "utcDateChanged"),
)


REPLACEMENTS = (
    ("runOnServer", "runOnBackend"),
    ("api.refreshTree()", ""),
    ("addTextToActiveTabEditor", "addTextToActiveContextEditor"),
    ("getActiveTabNote", "getActiveContextNote"),
    ("getActiveTabTextEditor", "getActiveContextTextEditor"),
    ("getActiveTabNotePath", "getActiveContextNotePath"),
    ("getDateNote", "getDayNote"),
    ("utils.unescapeHtml", "unescapeHtml"),
    ("sortNotesByTitle", "sortNotes"),
    ("CollapsibleWidget", "RightPanelWidget"),
    ("TabAwareWidget", "NoteContextAwareWidget"),
    ("TabCachingWidget", "NoteContextAwareWidget"),
    ("NoteContextCachingWidget", "NoteContextAwareWidget"),
)
SCRIPTS = """
SELECT notes.noteId, notes.title, notes.type, notes.mime, notes.isProtected, notes.utcDateModified,
       notes.dateModified, note_contents.content, note_contents.utcDateModified, note_contents.dateModified
FROM notes JOIN note_contents USING (noteId)
WHERE notes.isDeleted = 0 AND notes.type IN ('code', 'file', 'launcher')
  AND (notes.mime LIKE 'application/javascript%' OR notes.mime IN ('application/x-javascript', 'text/javascript'))
  AND (notes.mime LIKE '%env=frontend' OR notes.mime LIKE '%env=backend')
"""


def save_revision(conn, note, content):
    (
        note_id,
        title,
        note_type,
        mime,
        protected,
        utc_modified,
        modified,
        _,
        content_utc,
        content_local,
    ) = note
    revision_id, now = random_string(12), utc_now()
    insert(
        conn,
        "note_revisions",
        {
            "noteRevisionId": revision_id,
            "noteId": note_id,
            "title": title,
            "type": note_type,
            "mime": mime,
            "isProtected": protected,
            "utcDateLastEdited": max(utc_modified, content_utc),
            "utcDateCreated": now,
            "utcDateModified": now,
            "dateLastEdited": max(modified, content_local),
            "dateCreated": local_now(),
        },
    )
    entity_change(conn, "note_revisions", revision_id, f"{revision_id}|{note_id}|{title}")
    insert(
        conn,
        "note_revision_contents",
        {
            "noteRevisionId": revision_id,
            "content": content,
            "utcDateModified": now,
        },
    )
    entity_change(conn, "note_revision_contents", revision_id, f"{revision_id}|{content}")


def upgrade(conn):
    for note in conn.execute(SCRIPTS).fetchall():
        original = "" if note[4] else (note[7] or b"")
        original = original.decode() if isinstance(original, bytes) else str(original)
        fixed = original
        for old, new in REPLACEMENTS:
            fixed = fixed.replace(old, new)
        if fixed == original:
            continue
        save_revision(conn, note, original)
        conn.execute(
            "UPDATE note_contents SET content = ?, dateModified = ?, utcDateModified = ? WHERE noteId = ?",
            [fixed, local_now(), utc_now(), note[0]],
        )
        entity_change(conn, "note_contents", note[0], f"{note[0]}|{fixed}")
