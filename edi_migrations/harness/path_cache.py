"""What an upgrade path derives from its start and is the same in every run, kept beside
the templates (:mod:`edi_migrations.harness.template_store`) so that a warm run reads and
upgrades only across the migration being written.

- the start's snapshot (what the invariants compare against): a read of the start's
  bytes, so it is keyed by them (whoever built the start: an edited generator, seed or
  size gives other bytes), the code that reads them and the project's ``connect``;
- the start stepped through every migration of a stepwise path but its last: keyed by
  the start's bytes, the steps, the checksums of the migrations they ran and the code
  of the runner (``template_keys.harness_code_digest``, which holds the SQLite library).

Nothing that ran a path's last migration is kept between runs: that is the code under
test, and every path runs it for real. So only the "before" side of the path invariants
may come from the store (a read of bytes that the key pins); the "after" snapshot, the
bytes compared for idempotence, the triggers fired and the fresh install compared for
convergence are all of this run, and a jump to head is always one real runner call. Within a run, the jump a start makes to a
version is remembered (as a digest) for the stepwise path to the same version, which
compares against it, instead of being done twice; on a difference the jump is done again
and compared row by row.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.harness import copy_digests, path_ids, template_keys
from edi_migrations.harness.db_copies import copy_database
from edi_migrations.harness.invariants.compare import Snapshot, snapshot
from edi_migrations.harness.invariants.runs import UserState, same_user_state
from edi_migrations.harness.snapshot_file import read_snapshot, write_snapshot
from edi_migrations.harness.template_store import TemplateStore
from edi_migrations.runner.discovery import Migration

SNAPSHOT_FILE = "snapshot.pickle"
STEPPED_FILE = "stepped.db"
RECENT_BEFORES = 2  # start snapshots held in memory per session (an LRU)

Step = Callable[[Path, int], object]  # upgrades the database at the path to the version


@dataclass(frozen=True)
class StartFile:
    """A test's private copy of a start database, and the digest of its bytes."""

    path: Path
    digest: str


def start_file(path: Path) -> StartFile:
    return StartFile(path, copy_digests.digest(path))


@dataclass(frozen=True)
class PathCache:
    """Snapshots and stepped starts in ``store``'s folder; jumps of this run in memory."""

    store: TemplateStore
    project_code: str = "none"  # template_keys.callable_digest of the project's connect
    jumps: dict[object, bytes] = field(default_factory=dict, compare=False)  # digests
    befores: OrderedDict[str, Snapshot] = field(default_factory=OrderedDict, compare=False)

    def snapshot_key(self, start: StartFile, skip_view_rows: frozenset[str]) -> str:
        skipped = template_keys.short_digest(repr(sorted(skip_view_rows)))
        code = template_keys.short_digest(
            f"{template_keys.reader_code_digest()}.{self.project_code}"
        )
        return f"snapshot-{start.digest}-s{skipped}-c{code}"

    def stepped_key(
        self, start: StartFile, steps: tuple[int, ...], chain: Sequence[Migration]
    ) -> str:
        ran = self.chain_key(chain, max(steps))
        return f"stepped-{start.digest}-{path_ids.steps_key(steps)}-{ran}"

    def chain_key(self, chain: Sequence[Migration], version: int) -> str:
        """What decides a database the runner made from a start up to ``version``: the
        migrations it ran and the code that ran them (the runner's, the SQLite library
        in ``harness_code_digest``, and the project's ``connect``)."""
        ran = template_keys.chain_digest(chain, version)
        code = template_keys.short_digest(
            f"{template_keys.harness_code_digest()}.{self.project_code}"
        )
        return f"{ran}-c{code}"

    def before(self, start: StartFile, skip_view_rows: frozenset[str] = frozenset()) -> Snapshot:
        """The start's snapshot, read once per key (``skip_view_rows`` as for
        :func:`~edi_migrations.harness.invariants.compare.snapshot`)."""

        def build(path: Path) -> None:
            read = snapshot(start.path, skip_view_rows)
            _unchanged(start, start.path)
            write_snapshot(read, path)

        store = self.files(SNAPSHOT_FILE)
        key = self.snapshot_key(start, skip_view_rows)

        def load() -> Snapshot:
            try:
                return read_snapshot(store.template(key, build))
            except FileNotFoundError:  # another run evicted it between the check and the read
                return read_snapshot(store.template(key, build))

        return self._recent_before(key, load)

    def _recent_before(self, key: str, load: Callable[[], Snapshot]) -> Snapshot:
        """The snapshot under ``key`` from this session's last few (the tests of one start
        follow each other), else ``load()``ed from the store: unpickling a start at a
        long chain's head (~15 MB) per test was most of what reading it cost. Only
        :data:`RECENT_BEFORES` are held, so memory stays flat in the chain's length; the
        invariants read a snapshot and never write to it. A miss evicts before it reads:
        at a long chain's head one more held during the read was a worker's peak."""
        kept = self.befores.pop(key, None)
        if kept is None:
            while len(self.befores) >= RECENT_BEFORES:
                self.befores.popitem(last=False)
            kept = load()
        self.befores[key] = kept
        return kept

    def stepped(
        self,
        start: StartFile,
        steps: tuple[int, ...],
        step: Step,
        chain: Sequence[Migration],
        dest: Path,
    ) -> Path:
        """A private copy at ``dest`` of the start after ``step(db, version)`` for each of
        ``steps`` in turn, stepped once per key; a step that raises publishes nothing."""

        def build(path: Path) -> None:
            copy_database(start.path, path)
            _unchanged(start, path)
            for version in steps:
                step(path, version)

        key = self.stepped_key(start, steps, chain)
        return self.files(STEPPED_FILE).copy(key, build, dest)

    def one_step_short(
        self, start: StartFile, targets: Sequence[int], step: Step, chain: Sequence[Migration]
    ) -> Path:
        """Where a path's last step starts: the start itself for a jump; for a stepwise
        path, a private copy of the start stepped through every target but the last
        (from the store when a run before stepped the same)."""
        *earlier, _ = targets
        if not earlier:
            return start.path
        dest = start.path.parent / "stepped" / start.path.name
        return self.stepped(start, tuple(earlier), step, chain, dest)

    def remember_jump(self, key: object, state: UserState) -> None:
        """What a start's jump to a version left (``key``: start digest, version, chain),
        as a digest: a run remembers a jump per start, each holding every row at its
        version, so keeping the states would grow with the chain's length squared."""
        self.jumps[key] = _state_digest(state)

    def unlike_jump(
        self, key: object, reached: UserState, compute: Callable[[], UserState]
    ) -> list[str]:
        """How ``reached`` (a walk's end) differs from the jump under ``key``: nothing when
        it is the jump remembered in this run, byte for byte; else the jump is done again
        (``compute()``) and compared row by row, so evidence names what differs."""
        kept = self.jumps.get(key)
        if kept is not None and kept == _state_digest(reached):
            return []
        jumped = compute()
        self.jumps.setdefault(key, _state_digest(jumped))
        return same_user_state(jumped, reached)

    def files(self, file_name: str) -> TemplateStore:
        """The store's keys whose database is ``file_name`` (a kind of derived file)."""
        return TemplateStore(self.store.root, self.store.scratch, file_name)


def _state_digest(state: UserState) -> bytes:
    """Equal digests are equal states (every value's storage class and bits: -0.0 is not
    0.0); unequal ones may still be equal states in another order, so they are compared.
    Pickled without a memo (``fast``: the rows hold no cycles), straight into the hash a
    frame at a time: the bytes follow the values, not which objects two rows share (a
    walk's end and its jump, read apart, share none), it is about three times quicker than
    memoizing every row and value, and only a frame is held, not a table's pickle."""
    digest = hashlib.sha256()
    pickler = pickle.Pickler(_Into(digest), protocol=5)
    pickler.fast = True  # no memo: values, not identities
    schema, tables = state
    pickler.dump(schema)
    for name, table in tables.items():
        pickler.dump((name, table))
    return digest.digest()


@dataclass(frozen=True)
class _Into:
    """A pickler's file that hashes what is written to it."""

    digest: hashlib._Hash

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return len(data)


def _unchanged(start: StartFile, copy: Path) -> None:
    """Refuse to keep anything made from bytes other than the key's (a start written to
    after its digest was taken)."""
    if template_keys.content_digest(copy) != start.digest:
        raise ValueError(
            f"{start.path} changed since its digest was taken: "
            "nothing is kept under a key its bytes no longer match"
        )
