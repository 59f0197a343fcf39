"""Trilium ``db/migrations/0200__create_hidden_subtree.js``, ported: the hidden subtree made
to exist (``checkHiddenSubtree(true)``, ``_hidden_subtree``: the notes, branches and
labels later steps read; the rest of upstream's definition is left out).
"""

from _hidden_subtree import check_hidden_subtree

from edi_migrations.changes import AddRows, MigrationTime, RandomValue

# the launch bar's notes, which no earlier version had: checkHiddenSubtree creates them
CREATED = "noteId IN ('_lbRoot', '_lbVisibleLaunchers', '_lbBookmarks')"

CHANGES = (
    # upstream: the hidden subtree made to exist (notes, content, branches, labels, sync log)
    AddRows("notes"),
    AddRows("note_contents"),
    AddRows("branches"),
    AddRows("attributes"),
    AddRows("entity_changes"),
    RandomValue("entity_changes", "changeId"),
    MigrationTime("entity_changes", "utcDateChanged"),
    # createNewNote stamps each note it makes now (created and modified, UTC and local)
    MigrationTime("notes", "dateCreated", where=CREATED),
    MigrationTime("notes", "dateModified", where=CREATED),
    MigrationTime("notes", "utcDateCreated", where=CREATED),
    MigrationTime("notes", "utcDateModified", where=CREATED),
)


def upgrade(conn):
    check_hidden_subtree(conn)
