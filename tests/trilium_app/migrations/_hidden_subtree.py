"""``hidden_subtree.checkHiddenSubtree`` of Trilium 0.60 (``src/services/hidden_subtree.js``
at upstream commit ``995f1c9fc48c7aca00f9e418a3745984e9e1e068``): the named notes it
creates where missing, with their branches and labels. Only the part later steps read is
ported: ``_hidden``, its first children and the launch bar down to ``_lbBookmarks``; the
launcher templates, the other launchers and the options pages are left out.
"""

from _trilium import (
    entity_change,
    insert,
    local_now,
    save_attribute,
    save_branch,
    utc_now,
)

# (noteId, title, type, labels), children
DEFINITION = (
    (
        "_hidden",
        "Hidden Notes",
        "doc",
        (("excludeFromNoteMap", "", 1), ("docName", "hidden", 0)),
        999_999_999,
        (
            ("_search", "Search History", "doc", (), None, ()),
            (
                "_globalNoteMap",
                "Note Map",
                "noteMap",
                (("mapRootNoteId", "hoisted", 0), ("keepCurrentHoisting", "", 0)),
                None,
                (),
            ),
            (
                "_sqlConsole",
                "SQL Console History",
                "doc",
                (("iconClass", "bx bx-data", 0),),
                None,
                (),
            ),
            ("_share", "Shared Notes", "doc", (("docName", "share", 0),), None, ()),
            ("_bulkAction", "Bulk Action", "doc", (), None, ()),
            (
                "_lbRoot",
                "Launch Bar",
                "doc",
                (("iconClass", "bx bx-sidebar", 0),),
                None,
                (
                    (
                        "_lbVisibleLaunchers",
                        "Visible Launchers",
                        "doc",
                        (("iconClass", "bx bx-show", 0),),
                        None,
                        (
                            (
                                "_lbBookmarks",
                                "Bookmarks",
                                "launcher",
                                (
                                    ("iconClass", "bx bx bx-bookmark", 0),
                                    ("builtinWidget", "bookmarks", 0),
                                ),
                                None,
                                (),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    ),
)


def create_note(conn, note_id, title, note_type, parent_note_id, position=None):
    """``noteService.createNewNote``: the note, its empty content and its branch."""
    now, local = utc_now(), local_now()
    mime = "text/html" if note_type == "text" else ""
    insert(
        conn,
        "notes",
        {
            "noteId": note_id,
            "title": title,
            "isProtected": 0,
            "type": note_type,
            "mime": mime,
            "isDeleted": 0,
            "deleteId": None,
            "dateCreated": local,
            "dateModified": local,
            "utcDateCreated": now,
            "utcDateModified": now,
        },
    )
    entity_change(conn, "notes", note_id, f"{note_id}|{title}|{note_type}")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "note_contents" in tables:
        insert(
            conn,
            "note_contents",
            {
                "noteId": note_id,
                "content": "",
                "dateModified": local,
                "utcDateModified": now,
            },
        )
        entity_change(conn, "note_contents", note_id, f"{note_id}|")
    if position is None:
        position = conn.execute(
            "SELECT COALESCE(MAX(notePosition), 0) + 10 FROM branches "
            "WHERE parentNoteId = ? AND isDeleted = 0",
            [parent_note_id],
        ).fetchone()[0]
    save_branch(conn, {"noteId": note_id, "parentNoteId": parent_note_id, "notePosition": position})


def check_hidden_subtree(conn, parent_note_id="root", items=DEFINITION):
    for note_id, title, note_type, labels, position, children in items:
        exists = conn.execute("SELECT 1 FROM notes WHERE noteId = ?", [note_id]).fetchone()
        if not exists:
            create_note(conn, note_id, title, note_type, parent_note_id, position)
        for name, value, inheritable in labels:
            attribute_id = f"{note_id}_l{name}"
            if not conn.execute(
                "SELECT 1 FROM attributes WHERE attributeId = ? AND isDeleted = 0", [attribute_id]
            ).fetchone():
                save_attribute(
                    conn,
                    {
                        "attributeId": attribute_id,
                        "noteId": note_id,
                        "type": "label",
                        "name": name,
                        "value": value,
                        "position": 0,
                        "isInheritable": inheritable,
                    },
                )
        check_hidden_subtree(conn, note_id, children)
