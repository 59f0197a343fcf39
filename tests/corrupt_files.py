"""Real SQLite files with one kind of corruption each, for the integrity-check specs.

Each maker writes a small database (a table ``notes`` of a few hundred rows with an
index on its text, and a second table ``tags``), then breaks one thing with byte edits
or ``writable_schema``: what a torn write, a bad disk or a buggy writer leaves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from edi_migrations.sqlite.dbapi import sqlite3

PAGE_SIZE = 4096
ROWS = 600


def sound_database(path: Path, free_pages: bool = False, wal: bool = False) -> Path:
    """Two tables of several pages each, an index on each; optionally free pages."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, kind TEXT)")
        conn.execute("CREATE INDEX notes_body ON notes(body)")
        conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE INDEX tags_name ON tags(name)")
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO notes (body, kind) VALUES (?, ?)",
            [(f"note {n:05d} " + "x" * 80, "draft" if n % 7 == 0 else "kept") for n in range(ROWS)],
        )
        conn.executemany("INSERT INTO tags (name) VALUES (?)", [(f"tag {n}" * 8,) for n in range(ROWS)])
        conn.execute("COMMIT")
        if free_pages:
            conn.execute("DELETE FROM tags WHERE id > 100")
    finally:
        conn.close()
    return path


def root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


def _edit(path: Path, offset: int, data: bytes) -> None:
    content = bytearray(path.read_bytes())
    content[offset : offset + len(data)] = data
    path.write_bytes(bytes(content))


def _u32(path: Path, offset: int) -> int:
    return int.from_bytes(path.read_bytes()[offset : offset + 4], "big")


def _rewrite_schema(path: Path, name: str, sql: str) -> None:
    """Change an object's recorded SQL without touching its b-tree (writable_schema)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
    finally:
        conn.close()


def _interior_child(path: Path, table: str) -> tuple[int, int]:
    """The offset of the right-most child pointer in ``table``'s root (an interior page)."""
    page = root_page(path, table)
    base = (page - 1) * PAGE_SIZE
    kind = path.read_bytes()[base]
    assert kind == 0x05, f"{table}'s root page is not an interior table page ({kind:#x})"
    return base + 8, _u32(path, base + 8)


def flipped_bytes_in_a_table_page(path: Path) -> Path:
    """A leaf of ``notes`` overwritten in the middle of its cells (a bad sector)."""
    sound_database(path)
    _, leaf = _interior_child(path, "notes")
    _edit(path, (leaf - 1) * PAGE_SIZE + 8, b"\xff" * 64)
    return path


def index_entry_missing(path: Path) -> Path:
    """The index holds no entry for some rows: it was built as a partial index, and the
    schema now says it covers every row."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, kind TEXT)")
        conn.execute("CREATE INDEX notes_kind ON notes(kind) WHERE kind <> 'draft'")
        conn.executemany(
            "INSERT INTO notes (body, kind) VALUES (?, ?)",
            [(f"note {n}", "draft" if n % 7 == 0 else "kept") for n in range(ROWS)],
        )
    finally:
        conn.close()
    _rewrite_schema(path, "notes_kind", "CREATE INDEX notes_kind ON notes(kind)")
    return path


def index_out_of_order(path: Path) -> Path:
    """The index's entries are in ascending order, the schema says descending."""
    sound_database(path)
    _rewrite_schema(path, "notes_body", "CREATE INDEX notes_body ON notes(body DESC)")
    return path


def freelist_count_wrong(path: Path) -> Path:
    """The header counts more free pages than the free list holds."""
    sound_database(path, free_pages=True)
    _edit(path, 36, (_u32(path, 36) + 3).to_bytes(4, "big"))
    return path


def page_never_used(path: Path) -> Path:
    """One more page in the file and the header than any b-tree or the free list owns
    (what a torn extension leaves)."""
    return with_a_page_never_used(sound_database(path))


def with_a_page_never_used(path: Path) -> Path:
    """:func:`page_never_used` done to a database already there (its own page size)."""
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    _edit(path, 28, (_u32(path, 28) + 1).to_bytes(4, "big"))
    with path.open("ab") as fh:
        fh.write(bytes(page_size))
    return path


def page_free_and_in_use(path: Path) -> Path:
    """A free-list leaf that is also a page of ``notes`` (a writer freed a live page)."""
    sound_database(path, free_pages=True)
    trunk = _u32(path, 32)
    base = (trunk - 1) * PAGE_SIZE
    leaves = _u32(path, base + 4)
    assert leaves > 0, "the free list has no leaf to redirect"
    _, leaf = _interior_child(path, "notes")
    _edit(path, base + 8, leaf.to_bytes(4, "big"))  # the first leaf: a live page
    return path


def page_in_two_tables(path: Path) -> Path:
    """``tags``' last child pointer names a page of ``notes``: one page, two b-trees
    (its own last leaf is orphaned)."""
    sound_database(path)
    _, notes_leaf = _interior_child(path, "notes")
    offset, _ = _interior_child(path, "tags")
    _edit(path, offset, notes_leaf.to_bytes(4, "big"))
    return path


CORRUPTIONS: dict[str, Callable[[Path], Path]] = {
    "flipped bytes in a table page": flipped_bytes_in_a_table_page,
    "index entry missing": index_entry_missing,
    "index out of order": index_out_of_order,
    "free-list count wrong": freelist_count_wrong,
    "page never used": page_never_used,
    "page both free and in use": page_free_and_in_use,
    "page in two b-trees": page_in_two_tables,
}

SOUND: dict[str, Callable[[Path], Path]] = {
    "two tables with indexes": sound_database,
    "with free pages": lambda p: sound_database(p, free_pages=True),
    "in WAL mode": lambda p: sound_database(p, wal=True),
}
