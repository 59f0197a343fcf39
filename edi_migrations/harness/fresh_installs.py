"""A fresh install at each version of the chain, each built on the one below it.

Convergence compares every path with a fresh install at its target, the schema
snapshots read one per version, and every start database begins as one: a run asks for
all of them. Running ``init`` to each version from nothing runs N²/2 migrations for a
chain of N; here version v is a copy of the nearest install below it upgraded the rest
of the way (one migration when v-1 is already made), through the same runner steps that
``init`` takes, so the file holds the same schema and bookkeeping. With a template store
each install is kept between runs under a key of the migrations reaching it and the
runner's code, so a warm run of a 300-migration chain does not make 300 installs again in
every worker.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations import init, upgrade
from edi_migrations.errors import RolledBack
from edi_migrations.harness import template_keys
from edi_migrations.harness.db_copies import copy_database
from edi_migrations.harness.invariants.failure import InvariantFailure
from edi_migrations.harness.template_store import TemplateStore
from edi_migrations.runner.discovery import load_migrations


class FreshInstalls:
    """Fresh installs under ``folder``, made once per version and only read (copied) after;
    kept in ``store`` between runs."""

    def __init__(
        self, folder: Path, migrations_dir: Path, store: TemplateStore, beside: str = ""
    ) -> None:
        self._folder = folder
        self._beside = beside  # what the migrations read beside their files (helpers)
        self._migrations_dir = migrations_dir
        self._store = store
        self._made: dict[int, Path] = {}
        self._failed: dict[int, InvariantFailure] = {}  # built once per run, failing or not
        self._keys: dict[int, str] = {}

    def at(self, version: int) -> Path:
        if version in self._made:
            return self._made[version]
        failed = next((f for v, f in self._failed.items() if v <= version), None)
        if failed is not None:
            raise InvariantFailure(failed.path, failed.invariant, failed.evidence)
        # from the nearest install below (or at) it that this run made or a run kept
        nearest = next(
            (v for v in range(version, 0, -1) if v in self._made or self._stored(v)), 0
        )
        for v in range(max(nearest, 1), version + 1):
            if v not in self._made:
                build = lambda path, v=v: self._build(path, v)  # noqa: E731
                dest = self._folder / f"fresh-v{v}.db"
                self._made[v] = self._store.copy(self._key(v), build, dest)
        return self._made[version]

    def _build(self, path: Path, version: int) -> None:
        """A migration that fails here fails every check starting from this install: each
        says so as the path ``fresh->vN``, with the runner's one-line error."""
        below = [v for v in self._made if v < version]
        try:
            if below:
                copy_database(self._made[max(below)], path)
                upgrade(path, to=version, migrations_dir=self._migrations_dir, backup=False)
            else:
                init(path, to=version, migrations_dir=self._migrations_dir)
        except RolledBack as exc:
            self._failed[version] = failure = InvariantFailure(
                f"fresh->v{version}", "upgrade completes", self._evidence(exc, version)
            )
            raise failure from exc

    @staticmethod
    def _evidence(exc: RolledBack, version: int) -> list[str]:
        return [
            str(exc),
            f"the check starts from a fresh install at v{version}, which the chain "
            "cannot build: fix the migration first",
        ]

    def _key(self, version: int) -> str:
        if not self._keys:  # every version's at once: the chain is read one time
            chain = load_migrations(self._migrations_dir)
            code = template_keys.short_digest(
                f"{template_keys.harness_code_digest()}.{self._beside}"
            )
            self._keys = {
                v: f"fresh-v{v}-{template_keys.chain_digest(chain, v)}-c{code}"
                for v in range(1, len(chain) + 1)
            }
        return self._keys[version]

    def _stored(self, version: int) -> bool:
        return (self._store.root / self._key(version) / self._store.db_name).exists()
