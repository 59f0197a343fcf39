"""A path's upgraded file, read once: its state's in-memory copy and the re-run's baseline.

A path to head read the upgraded file three times: through the backup API to snapshot its
state, then byte for byte twice around the re-run that must change nothing. On a rich
database those reads were a tenth of a path. Read once here, the bytes serve both: the
state is read from them deserialized in memory (exactly the file's pages), and they are the
re-run's "before", unless the file moved since (its signature, as ``copy_digests`` takes
it): then it is read again. A file with a ``-wal`` or ``-journal`` beside it, or a SQLite
module that cannot deserialize, is copied through the backup API as before (the backup
reads the ``-wal``'s commits; deserialized bytes would not).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edi_migrations.harness.connect import connect
from edi_migrations.harness.copy_digests import Signature, signature
from edi_migrations.harness.dbstate import file_bytes, lossless_text, open_copy
from edi_migrations.integrity.gate import WAL_FORMAT, says_wal
from edi_migrations.sqlite.dbapi import sqlite3


@dataclass(frozen=True)
class ReadOnce:
    """The bytes of a database and its side files, and what they were read under."""

    path: Path
    saved: dict[str, bytes | None]
    signature: Signature

    @classmethod
    def of(cls, path: Path) -> ReadOnce:
        taken = signature(path)  # before the read: a write meanwhile moves it
        return cls(path, file_bytes(path), taken)

    def current(self) -> dict[str, bytes | None]:
        """The file's bytes now: those read, unless anything wrote it since."""
        return self.saved if signature(self.path) == self.signature else file_bytes(self.path)

    def open(self) -> sqlite3.Connection:
        """An in-memory copy of the state the bytes hold (``dbstate.open_copy``'s)."""
        data = self.saved["db"]
        plain = self.saved["-wal"] is None and self.saved["-journal"] is None
        if not plain or not data or len(data) <= WAL_FORMAT or says_wal(data):
            return open_copy(self.path)
        memory = connect(":memory:")
        deserialize = getattr(memory, "deserialize", None)
        if deserialize is None:
            memory.close()
            return open_copy(self.path)
        deserialize(data)
        memory.text_factory = lossless_text
        return memory
