"""A bounded, thread-safe memo of facts kept under the schema text they follow from.

One mechanism for every reader that meets the same table texts again and again: the
runner's step integrity (:mod:`edi_migrations.integrity.table_texts`) and the models the
harness and the expected schemas read (:func:`edi_migrations.schema.model.schema_model`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

KEPT = 8192  # facts remembered; the least recently used is forgotten first
T = TypeVar("T")


class TextCache:
    """Facts by text, bounded (least recently used first out): what SQLite says of a table
    or an index follows from its text in ``sqlite_master``, so a reader of many databases
    of one chain (a step's integrity reads, the harness's models) reads each text once.
    The integrity gate scans a byte copy on another thread, hence the lock; a value is
    read outside it."""

    def __init__(self, kept: int = KEPT) -> None:
        self.kept = kept
        self.facts: OrderedDict[Hashable, object] = OrderedDict()
        self.lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.facts)

    def get(self, key: Hashable, read: Callable[[], T]) -> T:
        with self.lock:
            if key in self.facts:
                self.facts.move_to_end(key)
                return self.facts[key]  # type: ignore[return-value]
        value = read()
        with self.lock:
            self.facts[key] = value
            while len(self.facts) > self.kept:
                self.facts.popitem(last=False)
        return value
