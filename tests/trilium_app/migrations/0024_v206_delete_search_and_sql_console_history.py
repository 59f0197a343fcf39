"""Trilium ``db/migrations/0206__delete_search_and_sql_console_history.js``, ported: the
branches of ``_search``'s search notes and of ``_sqlConsole``'s SQL console notes deleted
(``deleteBranch``: a note with no other parent goes with them). Upstream: "the history was
previously not exposed and the fact they were not cleaned up is rather a side-effect than an
intention".
"""

from _trilium import delete_branch

from edi_migrations.changes import AddRows, DeleteRows, MigrationTime, RandomValue, Recompute

CHANGES = (
    # upstream: the search and SQL console history deleted (their branches; a note with no other parent with them)
    Recompute(
        "branches",
        "isDeleted",
        expression="CASE WHEN isDeleted = 0 AND ((parentNoteId = '_search' AND noteId IN (SELECT noteId FROM notes WHERE type = 'search' AND isDeleted = 0)) OR (parentNoteId = '_sqlConsole' AND noteId IN (SELECT noteId FROM notes WHERE type = 'code' AND mime = 'text/x-sqlite;schema=trilium' AND isDeleted = 0))) THEN 1 ELSE isDeleted END",
    ),
    Recompute(
        "branches",
        "deleteId",
        expression="CASE WHEN isDeleted = 0 AND ((parentNoteId = '_search' AND noteId IN (SELECT noteId FROM notes WHERE type = 'search' AND isDeleted = 0)) OR (parentNoteId = '_sqlConsole' AND noteId IN (SELECT noteId FROM notes WHERE type = 'code' AND mime = 'text/x-sqlite;schema=trilium' AND isDeleted = 0))) THEN '0206__delete_search_and_sql_console_history' ELSE deleteId END",
    ),
    MigrationTime(
        "branches", "utcDateModified", where="parentNoteId IN ('_search', '_sqlConsole')"
    ),
    DeleteRows(
        "entity_changes",
        where="entityName = 'branches' AND entityId IN (SELECT branchId FROM branches WHERE parentNoteId IN ('_search', '_sqlConsole'))",
    ),
    Recompute(
        "notes",
        "isDeleted",
        expression="CASE WHEN isDeleted = 0 AND noteId IN (SELECT h.noteId FROM branches AS h WHERE h.isDeleted = 0 AND ((h.parentNoteId = '_search' AND h.noteId IN (SELECT noteId FROM notes WHERE type = 'search' AND isDeleted = 0)) OR (h.parentNoteId = '_sqlConsole' AND h.noteId IN (SELECT noteId FROM notes WHERE type = 'code' AND mime = 'text/x-sqlite;schema=trilium' AND isDeleted = 0))) AND NOT EXISTS (SELECT 1 FROM branches AS o WHERE o.noteId = h.noteId AND o.isDeleted = 0 AND o.branchId != h.branchId)) THEN 1 ELSE isDeleted END",
    ),
    Recompute(
        "notes",
        "deleteId",
        expression="CASE WHEN isDeleted = 0 AND noteId IN (SELECT h.noteId FROM branches AS h WHERE h.isDeleted = 0 AND ((h.parentNoteId = '_search' AND h.noteId IN (SELECT noteId FROM notes WHERE type = 'search' AND isDeleted = 0)) OR (h.parentNoteId = '_sqlConsole' AND h.noteId IN (SELECT noteId FROM notes WHERE type = 'code' AND mime = 'text/x-sqlite;schema=trilium' AND isDeleted = 0))) AND NOT EXISTS (SELECT 1 FROM branches AS o WHERE o.noteId = h.noteId AND o.isDeleted = 0 AND o.branchId != h.branchId)) THEN '0206__delete_search_and_sql_console_history' ELSE deleteId END",
    ),
    MigrationTime(
        "notes",
        "utcDateModified",
        where="noteId IN (SELECT noteId FROM branches WHERE parentNoteId IN ('_search', '_sqlConsole'))",
    ),
    DeleteRows(
        "entity_changes",
        where="entityName = 'notes' AND entityId IN (SELECT noteId FROM notes WHERE noteId IN (SELECT noteId FROM branches WHERE parentNoteId IN ('_search', '_sqlConsole')))",
    ),
    Recompute(
        "attributes",
        "isDeleted",
        expression="CASE WHEN isDeleted = 0 AND noteId IN (SELECT h.noteId FROM branches AS h WHERE h.isDeleted = 0 AND ((h.parentNoteId = '_search' AND h.noteId IN (SELECT noteId FROM notes WHERE type = 'search' AND isDeleted = 0)) OR (h.parentNoteId = '_sqlConsole' AND h.noteId IN (SELECT noteId FROM notes WHERE type = 'code' AND mime = 'text/x-sqlite;schema=trilium' AND isDeleted = 0))) AND NOT EXISTS (SELECT 1 FROM branches AS o WHERE o.noteId = h.noteId AND o.isDeleted = 0 AND o.branchId != h.branchId)) THEN 1 ELSE isDeleted END",
    ),
    Recompute(
        "attributes",
        "deleteId",
        expression="CASE WHEN isDeleted = 0 AND noteId IN (SELECT h.noteId FROM branches AS h WHERE h.isDeleted = 0 AND ((h.parentNoteId = '_search' AND h.noteId IN (SELECT noteId FROM notes WHERE type = 'search' AND isDeleted = 0)) OR (h.parentNoteId = '_sqlConsole' AND h.noteId IN (SELECT noteId FROM notes WHERE type = 'code' AND mime = 'text/x-sqlite;schema=trilium' AND isDeleted = 0))) AND NOT EXISTS (SELECT 1 FROM branches AS o WHERE o.noteId = h.noteId AND o.isDeleted = 0 AND o.branchId != h.branchId)) THEN '0206__delete_search_and_sql_console_history' ELSE deleteId END",
    ),
    MigrationTime(
        "attributes",
        "utcDateModified",
        where="noteId IN (SELECT noteId FROM branches WHERE parentNoteId IN ('_search', '_sqlConsole'))",
    ),
    DeleteRows(
        "entity_changes",
        where="entityName = 'attributes' AND entityId IN (SELECT attributeId FROM attributes WHERE noteId IN (SELECT noteId FROM branches WHERE parentNoteId IN ('_search', '_sqlConsole')))",
    ),
    AddRows("entity_changes"),
    RandomValue("entity_changes", "changeId"),
    MigrationTime("entity_changes", "utcDateChanged"),
)


DELETE_ID = "0206__delete_search_and_sql_console_history"


def children(conn, parent, where):
    return [
        row[0]
        for row in conn.execute(
            "SELECT branches.branchId FROM branches JOIN notes USING (noteId) "
            f"WHERE branches.parentNoteId = ? AND branches.isDeleted = 0 AND notes.isDeleted = 0 AND {where} "
            "ORDER BY branches.notePosition",
            [parent],
        ).fetchall()
    ]


def upgrade(conn):
    for branch_id in children(conn, "_search", "notes.type = 'search'"):
        delete_branch(conn, branch_id, DELETE_ID)
    console = "notes.type = 'code' AND notes.mime = 'text/x-sqlite;schema=trilium'"
    for branch_id in children(conn, "_sqlConsole", console):
        delete_branch(conn, branch_id, DELETE_ID)
