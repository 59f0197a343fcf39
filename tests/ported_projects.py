"""A ported chain (``tests/<project>_app``) copied out as a project of its own.

Its ``project_pytest.ini`` (and ``project_conftest.py``, where the project has one) is kept
under another name so that this repository's pytest never loads it; the copy holds it as
``pytest.ini`` (``conftest.py``) beside the migrations.
"""

from __future__ import annotations

import shutil
from pathlib import Path

TESTS = Path(__file__).parent

# Every ported chain, ``tests/<name>_app``, in the order they were ported, with the label
# its bench rows carry (``bench/bench_ported_chain.py``). A new port adds its line here.
PORTED_CHAINS: dict[str, str] = {
    "kanboard": "Kanboard v1-v71",
    "memos": "memos 0.1-0.31",
    "grocy": "grocy 0001-0102",
    "actual": "Actual Budget init-1759842823172",
    "authelia": "Authelia V0001-V0024",
    "linkding": "linkding 0001-0054 (Django)",
    "overseerr": "Overseerr InitialMigration-UpdateWebPush",
    "homarr": "Homarr talented_ben_parker-add_right_click_preference",
    "powerdnsadmin": "PowerDNS-Admin init_db-add_api_access_path_indexes",
    "ntfy": "ntfy message cache v0-v13",
    "mealie": "Mealie Alembic 6b0f5f32d602-b3dbb554ba53",
    "homeassistant": "Home Assistant recorder v0-v17",
    "navidrome": "navidrome goose v1-v40",
    "anki": "Anki collection schema 11-18",
    "calibre": "calibre metadata.db v1-v27",
    "vaultwarden": "Vaultwarden Diesel SQLite 2018-01-14..2026-05-05",
    "signal": "Signal Desktop SQLite v1-v84",
    "sonarr": "Sonarr FluentMigrator main database 1..35",
    "joplin": "Joplin desktop database 1..47",
    "zotero": "Zotero userdata 80-129",
    "synapse": "Synapse SQLite schema 72 + deltas to 94",
    "uptimekuma": "Uptime Kuma kuma.db + patch1-10 + patchList (44)",
    "trilium": "Trilium Notes dbVersion 183-228",
    "places": "Firefox Places schema 52-78",
    "kodi": "Kodi MyVideos schema 109-133",
    "darktable": "darktable library.db 22-34",
    "chromiumcookies": "Chromium cookie store 18-24",
    "chromiumhistory": "Chromium History 57-69",
    "antennapod": "AntennaPod Antennapod.db 1-3030000",
}


def make_ported_project(source: Path, folder: Path) -> Path:
    """``folder`` holding ``source``'s migrations, pytest.ini and conftest.py (if it has
    one), nothing else (no schema snapshots: a run writes them); returns ``folder``."""
    shutil.copytree(
        source / "migrations",
        folder / "migrations",
        ignore=shutil.ignore_patterns("__pycache__", "schema_snapshots"),
    )
    shutil.copy(source / "project_pytest.ini", folder / "pytest.ini")
    if (source / "project_conftest.py").exists():
        shutil.copy(source / "project_conftest.py", folder / "conftest.py")
    return folder


def ported_project(name: str, folder: Path) -> Path:
    """``folder`` holding the ported chain ``tests/<name>_app`` as its users would run it
    (:func:`make_ported_project`); returns ``folder``."""
    if name not in PORTED_CHAINS:
        raise KeyError(f"{name!r} is not a ported chain: {', '.join(PORTED_CHAINS)}")
    return make_ported_project(TESTS / f"{name}_app", folder)
