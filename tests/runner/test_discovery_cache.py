"""Loading a folder again in one process reads and compiles only the files whose stamp
(name, size, modification time) changed since: a stepwise walk calls the runner once a
step, and editing the last migration must not re-import the rest. An edited file is
always seen, and checksums are those of the bytes on disk, as before."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from edi_migrations import load_migrations

MIGRATION = '''"""Table {n}."""


def upgrade(conn):
    conn.execute("CREATE TABLE t{n} (id INTEGER PRIMARY KEY{extra})")
'''


def write(folder: Path, n: int, extra: str = "") -> Path:
    path = folder / f"{n:04d}_table_{n}.py"
    path.write_text(MIGRATION.format(n=n, extra=extra), encoding="utf-8")
    return path


def chain_of(folder: Path, length: int) -> None:
    folder.mkdir()
    for n in range(1, length + 1):
        write(folder, n)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_unchanged_folder_gives_the_same_migrations(tmp_path):
    chain_of(tmp_path / "m", 5)
    first, again = load_migrations(tmp_path / "m"), load_migrations(tmp_path / "m")
    assert all(a is b for a, b in zip(first, again, strict=True))


def test_editing_the_last_file_reloads_it_alone(tmp_path):
    folder = tmp_path / "m"
    chain_of(folder, 5)
    first = load_migrations(folder)
    edited = write(folder, 5, ", label TEXT")
    second = load_migrations(folder)
    assert all(a is b for a, b in zip(first[:4], second[:4], strict=True))
    assert second[4] is not first[4]
    assert second[4].checksum == digest(edited) != first[4].checksum


def test_an_edit_of_the_same_size_is_seen_by_its_time(tmp_path):
    folder = tmp_path / "m"
    chain_of(folder, 3)
    path = folder / "0002_table_2.py"
    first = load_migrations(folder)
    stat = path.stat()
    path.write_text(MIGRATION.format(n=9, extra=""), encoding="utf-8")  # t9: as long as t2
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    second = load_migrations(folder)
    assert second[1].checksum == digest(path) != first[1].checksum
    assert second[0] is first[0] and second[2] is first[2]


def test_a_file_added_and_one_removed_are_seen(tmp_path):
    folder = tmp_path / "m"
    chain_of(folder, 3)
    assert len(load_migrations(folder)) == 3
    write(folder, 4)
    assert [m.version for m in load_migrations(folder)] == [1, 2, 3, 4]
    (folder / "0004_table_4.py").unlink()
    assert [m.version for m in load_migrations(folder)] == [1, 2, 3]


def test_a_renamed_file_is_loaded_under_its_new_name(tmp_path):
    folder = tmp_path / "m"
    chain_of(folder, 2)
    load_migrations(folder)
    (folder / "0002_table_2.py").rename(folder / "0002_second_table.py")
    assert load_migrations(folder)[1].name == "0002_second_table"
