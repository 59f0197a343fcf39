"""Trilium ``db/migrations/0194__add_excludeFromNoteMap_to_journal.js``, ported: every note
becca loads (not deleted) that has the label ``calendarRoot`` gets ``excludeFromNoteMap``,
inheritable (``note.addLabel(name, "", true)``). ``hasLabel`` also sees inherited labels; the
port reads the note's own (no template or inheritance is written here).
"""

from _trilium import next_position, random_string, save_attribute

from edi_migrations.changes import AddRows, MigrationTime, RandomValue

# the sync rows of the labels it adds (read over a database at this version or later)
NEW_LABELS = (
    "entityName = 'attributes' AND entityId IN "
    "(SELECT attributeId FROM attributes WHERE name = 'excludeFromNoteMap')"
)

CHANGES = (
    # upstream: journal roots get the inheritable label excludeFromNoteMap, logged for sync
    AddRows("attributes"),
    AddRows("entity_changes"),
    RandomValue("attributes", "attributeId"),
    MigrationTime("attributes", "utcDateModified"),
    RandomValue("entity_changes", "changeId"),
    MigrationTime("entity_changes", "utcDateChanged"),
    # ... each label's sync row names its random id, and hashes it (utils.hash of the row)
    RandomValue("entity_changes", "entityId", where=NEW_LABELS),
    RandomValue("entity_changes", "hash", where=NEW_LABELS),
)


def upgrade(conn):
    note_ids = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT notes.noteId FROM notes JOIN attributes USING (noteId) "
            "WHERE notes.isDeleted = 0 AND attributes.isDeleted = 0 "
            "AND attributes.type = 'label' AND attributes.name = 'calendarRoot'"
        ).fetchall()
    ]
    for note_id in note_ids:
        save_attribute(
            conn,
            {
                "attributeId": random_string(12),
                "noteId": note_id,
                "type": "label",
                "name": "excludeFromNoteMap",
                "value": "",
                "position": next_position(conn, note_id),
                "isInheritable": 1,
            },
        )
