"""What Trilium writes that the steps read back, shaped by the version the database is at:
notes with their content (``note_contents``, then ``blobs``), branches, labels and
relations, note revisions, options, tokens, recent notes, and an entity change per row
(sync's log). The named notes the app keeps (``hidden``, ``search``, ``sqlconsole``,
``bulkaction``, ``singles``, ``globalnotemap``, ``share``; ``_hidden``'s subtree from 199)
in the places each version keeps them.
"""

import base64
import hashlib

from _hidden_subtree import check_hidden_subtree
from _trilium import columns, hashed_blob_id, sha1_base64, trilium_version

STAMP, LOCAL = "2021-09-20 10:00:00.000Z", "2021-09-20 12:00:00.000+0200"
LEGACY_SCRIPT = (
    "api.runOnServer(() => {}); const note = api.getActiveTabNote();\n"
    "api.refreshTree(); class W extends api.TabAwareWidget {} api.getDateNote('2021-01-01');"
)
MODERN_SCRIPT = "api.runOnBackend(() => {}); const note = api.getActiveContextNote();"


class Writer:
    def __init__(self, conn, tv):
        self.conn, self.tv = conn, tv
        # the app's hashedBlobId: 0.61's betas (216-223), 0.61-0.62 (224-227), then 228's
        self.replace = "none" if tv < 224 else "first" if tv < 228 else "all"
        self.tables = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        self.cols = {t: set(columns(conn, t)) for t in self.tables}

    def put(self, table, row, entity=None):
        names = [n for n in row if n in self.cols[table]]
        cursor = self.conn.execute(
            f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [row[n] for n in names],
        )
        if entity and cursor.rowcount:
            self.change(table, entity)
        return cursor.rowcount

    def change(self, table, entity_id, erased=0):
        self.put(
            "entity_changes",
            {
                "entityName": table,
                "entityId": entity_id,
                "hash": sha1_base64(entity_id)[:10],
                "isErased": erased,
                "changeId": f"c{entity_id}"[:12],
                "sourceId": "app00000000",
                "componentId": "app",
                "instanceId": "app00000000",
                "isSynced": 1,
                "utcDateChanged": STAMP,
            },
        )

    def note(
        self,
        note_id,
        title,
        parent,
        position,
        note_type="text",
        mime="text/html",
        content="",
        protected=0,
        branch_id=None,
        delete_id=None,
    ):
        row = {
            "noteId": note_id,
            "title": title,
            "isProtected": protected,
            "type": note_type,
            "mime": mime,
            "isDeleted": int(delete_id is not None),
            "deleteId": delete_id,
            "dateCreated": LOCAL,
            "dateModified": LOCAL,
            "utcDateCreated": STAMP,
            "utcDateModified": STAMP,
        }
        if self.tv >= 216:
            row["blobId"] = hashed_blob_id(content, self.replace)
            self.put(
                "blobs",
                {
                    "blobId": row["blobId"],
                    "content": content,
                    "dateModified": LOCAL,
                    "utcDateModified": STAMP,
                },
                entity=row["blobId"],
            )
        else:
            self.put(
                "note_contents",
                {
                    "noteId": note_id,
                    "content": content,
                    "dateModified": LOCAL,
                    "utcDateModified": STAMP,
                },
                entity=note_id,
            )
        if self.put("notes", row, entity=note_id) and parent:
            self.branch(note_id, parent, position, branch_id, delete_id=delete_id)

    def branch(self, note_id, parent, position, branch_id=None, prefix=None, delete_id=None):
        live = (
            f"{parent}_{note_id}"
            if self.tv >= 211 and delete_id is None
            else f"b{note_id}{parent}"[:12]
        )
        branch_id = branch_id or live
        self.put(
            "branches",
            {
                "branchId": branch_id,
                "noteId": note_id,
                "parentNoteId": parent,
                "notePosition": position,
                "prefix": prefix,
                "isExpanded": 0,
                "isDeleted": int(delete_id is not None),
                "deleteId": delete_id,
                "utcDateModified": STAMP,
                "utcDateCreated": STAMP,
            },
            entity=branch_id,
        )

    def attribute(
        self, attribute_id, note_id, name, value="", kind="label", inheritable=0, delete_id=None
    ):
        self.put(
            "attributes",
            {
                "attributeId": attribute_id,
                "noteId": note_id,
                "type": kind,
                "name": name,
                "value": value,
                "position": 10,
                "utcDateModified": STAMP,
                "isDeleted": int(delete_id is not None),
                "deleteId": delete_id,
                "isInheritable": inheritable,
            },
            entity=attribute_id,
        )

    def option(self, name, value):
        self.put(
            "options",
            {
                "name": name,
                "value": value,
                "isSynced": 1,
                "utcDateCreated": STAMP,
                "utcDateModified": STAMP,
            },
            entity=name,
        )


def named_notes(w):
    """The app's special notes where this version keeps them."""
    tv = w.tv
    if tv < 199:
        w.note(
            "hidden",
            "hidden",
            "root",
            999_999_999,
            "text",
            branch_id="hidden" if tv >= 188 else None,
        )
        for n, note_id in enumerate(("search", "sqlconsole", "bulkaction")):
            w.note(note_id, note_id, "hidden", 10 * n)
        w.note("singles", "singles", "root", 999_999_998)
        w.note("globalnotemap", "Note map", "singles", 10, "note-map", "")
        w.note("share", "Shared notes", "root", 999_999_997)
        if tv < 208:
            w.attribute("ahiddenarch", "hidden", "archived")
        return
    if tv < 203:
        w.note("singles", "singles", "root", 999_999_998)
    w.note("_share", "Shared Notes", "root" if tv < 201 else "_hidden", 20)
    w.note("_globalNoteMap", "Note Map", "singles" if tv < 202 else "_hidden", 10, "noteMap", "")
    if tv < 200:
        w.note("_hidden", "Hidden Notes", "root", 999_999_999)
        for n, note_id in enumerate(("_search", "_sqlConsole", "_bulkAction")):
            w.note(note_id, note_id, "_hidden", 10 * n)
    else:
        check_hidden_subtree(w.conn)
    if tv < 208:
        w.attribute("ahiddenarch", "_hidden", "archived")


def write_app_data(conn, ctx):
    tv, rng = trilium_version(ctx.version), ctx.rng
    w = Writer(conn, tv)
    w.note("root", "root", None, 0)
    w.branch("root", "none", 0, branch_id="root")
    named_notes(w)
    search, console = ("search", "sqlconsole") if tv < 199 else ("_search", "_sqlConsole")
    hoisted = "hoistedInbox" if tv < 209 else "workspaceInbox"
    for n in range(ctx.rows):
        note_id = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12))
        kind = n % 6
        position = 10 * (n + 1) if not (kind == 5 and tv < 214) else 1_000_000_000 + 10 * n
        if kind == 0:
            w.note(note_id, f"Journal {n}", "root", position, content=f"<p>day {n}</p>")
            w.attribute(f"a{note_id}cal", note_id, "calendarRoot")
            w.attribute(f"a{note_id}hoi", note_id, hoisted)
        elif kind == 1:
            script = LEGACY_SCRIPT if tv < 213 else MODERN_SCRIPT
            w.note(
                note_id,
                f"Widget {n}",
                "root",
                position,
                "code",
                "application/javascript;env=frontend",
                content=script,
                protected=n % 4 == 3,
            )
        elif kind == 2:
            image = f"i{note_id}"[:12]
            w.note(
                note_id,
                f"Article {n}",
                "root",
                position,
                content=f'<p>see</p><img src="api/images/{image}/pic.png">',
            )
            if tv < 220:
                w.note(
                    image,
                    "pic.png",
                    note_id,
                    10,
                    "image",
                    "image/png",
                    content=b"\x89PNG" + bytes([n % 256]),
                )
                w.attribute(f"a{note_id}img", note_id, "imageLink", image, kind="relation")
            if tv < 204:
                w.attribute(f"a{note_id}bkm", note_id, "bookmarked")
        elif kind == 3:
            w.note(
                note_id,
                f"Search {n}",
                search,
                position,
                "search",
                "application/json",
                content='{"searchString": "#todo"}',
            )
            if tv < 196:
                w.attribute(
                    f"a{note_id}act", note_id, "action", '{"name":"setLabelValue","labelName":"x"}'
                )
        elif kind == 4:
            w.note(
                note_id,
                f"Query {n}",
                console,
                position,
                "code",
                "text/x-sqlite;schema=trilium",
                content="SELECT * FROM notes",
            )
        else:
            w.note(
                note_id,
                f"Folder {n}",
                "root",
                position,
                "relation-map" if tv < 205 else "relationMap",
                "application/json",
                content="{}",
            )
            w.attribute(
                f"a{note_id}ord",
                note_id,
                "orderBy",
                "noteSize" if tv < 226 else "contentAndAttachmentsAndRevisionsSize",
            )
            if tv < 204:
                w.attribute(f"a{note_id}bkf", note_id, "bookmarkFolder")
        if n % 4 == 3:
            # a note the user deleted (kept until erased), with its branch and a label
            gone = f"d{note_id}"[:12]
            w.note(
                gone,
                f"Old {n}",
                "root",
                position + 5,
                content=f"<p>old {n}</p>",
                delete_id=f"del{n}",
            )
            w.attribute(f"a{gone}lbl", gone, "todo", delete_id=f"del{n}")
            w.branch(
                note_id,
                "root",
                position + 7,
                branch_id=f"x{note_id}"[:12],
                prefix="clone",
                delete_id=f"del{n}",
            )
        revisions = "note_revisions" if tv < 218 else "revisions"
        revision_id = f"r{note_id}"[:12]
        content = f"<p>draft {n}</p>"
        row = {
            "noteRevisionId": revision_id,
            "revisionId": revision_id,
            "noteId": note_id,
            "type": "text",
            "mime": "text/html",
            "title": f"draft {n}",
            "isProtected": 0,
            "utcDateLastEdited": STAMP,
            "utcDateCreated": STAMP,
            "utcDateModified": STAMP,
            "dateLastEdited": LOCAL,
            "dateCreated": LOCAL,
        }
        if tv >= 216:
            row["blobId"] = hashed_blob_id(content, w.replace)
            w.put(
                "blobs",
                {
                    "blobId": row["blobId"],
                    "content": content,
                    "dateModified": STAMP,
                    "utcDateModified": STAMP,
                },
                entity=row["blobId"],
            )
        else:
            w.put(
                "note_revision_contents",
                {"noteRevisionId": revision_id, "content": content, "utcDateModified": STAMP},
                entity=revision_id,
            )
        w.put(revisions, row, entity=revision_id)
        if tv < 195:
            w.put(
                "recent_notes",
                {"noteId": note_id, "notePath": f"root/{note_id}", "utcDateCreated": STAMP},
                entity=note_id,
            )
    w.option("theme", "black" if tv < 185 else "dark")
    w.option("openTabs" if tv < 222 else "openNoteContexts", "[]")
    if tv < 189:
        w.option("username", "admin")
    if tv < 221:
        w.option("hideIncludedImages_main", "true")
    if tv < 220:
        w.option("compressImages", "true")
    if tv < 190:
        w.put(
            "api_tokens",
            {
                "apiTokenId": "tok1",
                "token": "secret-token",
                "utcDateCreated": STAMP,
                "isDeleted": 0,
            },
            entity="tok1",
        )
    else:
        token_hash = base64.b64encode(hashlib.sha256(b"secret-token").digest()).decode()
        w.put(
            "etapi_tokens",
            {
                "etapiTokenId": "tok1",
                "name": "Trilium Sender",
                "tokenHash": token_hash,
                "utcDateCreated": STAMP,
                "utcDateModified": STAMP,
                "isDeleted": 0,
            },
            entity="tok1",
        )
