"""Small fixtures shared by the module's own specifications."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from edi_migrations import init, load_migrations
from edi_migrations.harness.migration_folders import copy_migrations
from edi_migrations.sqlite.dbapi import sqlite3

ROOT = Path(__file__).resolve().parent.parent  # the repository: where python -m fixtures runs
# the example projects' chains, none of them EDI's: specs that must hold on every one
EXAMPLE_CHAINS = tuple(
    Path(__file__).resolve().parent / name / "migrations"
    for name in ("example_app", "example_chat", "bookmarks_app")
)


def fresh_install_at_each_version(folder: Path, tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """(version, a fresh install of ``folder``'s chain at it), for every version."""
    for version in range(1, len(load_migrations(folder)) + 1):
        path = tmp_path / f"v{version}.db"
        init(path, to=version, migrations_dir=folder)
        yield version, path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "edi.db"


@pytest.fixture
def fresh_db(db_path: Path) -> Path:
    """A new database at head, made by ``init``."""
    init(db_path)
    return db_path


def add_v1_rows(path: Path) -> None:
    """A few sessions with children, and two orphans, written as the v1 app did."""
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO sessions (id, created_at, image_path, naive_prompt, status, "
            "final_alignment_score) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    "s1",
                    "2024-01-02 10:00:00",
                    "/img/1.jpg",
                    "make the sky more dramatic",
                    "completed",
                    0.85,
                ),
                ("s2", "2024-01-03T11:00:00.123456", "/img/2.jpg", "remove the car", None, None),
                ("s3", None, "/img/3.jpg", "brighten", "failed", 7),
            ],
        )
        conn.executemany(
            "INSERT INTO prompts (session_id, iteration, positive_prompt, negative_prompt, "
            "quality_score) VALUES (?, ?, ?, ?, ?)",
            [
                ("s1", 0, "dramatic sky", "sunny", 0.92),
                ("s1", 1, "storm", None, 7),
                ("gone", 0, "orphan", None, 0.1),
                (None, 0, "null orphan", None, None),
            ],
        )
        conn.executemany(
            "INSERT INTO entities (session_id, entity_id, label, confidence, bbox_json, "
            "mask_path, color_hex, area_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                ("s1", "sky_0", "sky", 0.95, '{"x1": 0}', "/m.png", "#87CEEB", 39.6),
                ("s2", "car_0", None, -0.0, None, None, None, 5e-324),
            ],
        )
        conn.execute(
            "INSERT INTO validations (session_id, attempt_number, alignment_score, "
            "preserved_count, modified_count, unintended_count, user_feedback) "
            "VALUES ('s1', 1, 0.85, 3, 1, 0, 'Great improvement to the sky!')"
        )
    conn.close()


@pytest.fixture
def v1_db(db_path: Path) -> Path:
    """A v1 database made by the runner, holding a few sessions and orphans."""
    init(db_path, to=1)
    add_v1_rows(db_path)
    return db_path


@pytest.fixture
def migrations_copy(tmp_path: Path) -> Path:
    """A private copy of the project's versions folder, to break on purpose."""
    return copy_migrations(tmp_path / "versions")


def cli_command(*args: object) -> list[str]:
    """The argv of the real ``edi-migrate`` command (run from this interpreter)."""
    return [sys.executable, "-m", "edi_migrations", *map(str, args)]


def as_in_a_terminal() -> None:
    """A child's ``preexec_fn``: Ctrl-C reaches it as it does a foreground command, even
    when this run ignores SIGINT (a shell starts background jobs so; children inherit it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_cli(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real ``edi-migrate`` command, in a subprocess."""
    return subprocess.run(
        cli_command(*args),
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )
