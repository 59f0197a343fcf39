"""A start's digest, known from its template without reading the copy again; never a
digest of bytes the file no longer holds. Real files and real SQLite writes throughout."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.harness import copy_digests, template_keys
from edi_migrations.harness.template_store import TemplateStore
from edi_migrations.sqlite.dbapi import sqlite3


def write_db(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(50)])
        conn.commit()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    store = TemplateStore(tmp_path / "store")
    return store.copy("k", write_db, tmp_path / "copy.db")


@pytest.fixture
def hashed(monkeypatch) -> list[Path]:
    """The files whose bytes were hashed, in order."""
    seen: list[Path] = []
    real = template_keys.content_digest

    def counting(path: Path) -> str:
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(template_keys, "content_digest", counting)
    return seen


def test_a_copys_digest_is_its_bytes_digest(copy):
    assert copy_digests.digest(copy) == template_keys.content_digest(copy)


def test_a_copy_is_not_hashed_again(copy, hashed):
    copy_digests.digest(copy)
    copy_digests.digest(copy)
    assert copy not in hashed


def test_a_copy_written_to_gets_its_new_bytes_digest(copy):
    known = copy_digests.digest(copy)
    with closing(sqlite3.connect(copy)) as conn:  # same size: a page rewritten in place
        conn.execute("UPDATE t SET x = x + 1 WHERE x = 7")
        conn.commit()
    assert copy_digests.digest(copy) != known
    assert copy_digests.digest(copy) == template_keys.content_digest(copy)


def test_a_copy_missing_its_templates_journal_is_hashed_itself(tmp_path):
    template = tmp_path / "t.db"
    write_db(template)
    Path(f"{template}-journal").write_bytes(b"hot journal")
    dest = tmp_path / "d.db"
    dest.write_bytes(template.read_bytes())  # the journal not copied
    copy_digests.copied(template, dest)
    assert copy_digests.digest(dest) == template_keys.content_digest(dest)


def test_a_file_no_copy_made_is_hashed(tmp_path, hashed):
    db = tmp_path / "own.db"
    write_db(db)
    assert copy_digests.digest(db) == template_keys.content_digest(db)
    assert db in hashed
