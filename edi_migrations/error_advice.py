"""What a refusal tells its reader to do, in both the words of ``edi-migrate`` and of
the Python API (docs/python-api.md): an app that calls ``upgrade(db, migrations_dir=...)``
at start-up runs no command, so each hint names the call beside the option. And how a
refusal lists what it found: the first few, and how many more.

Kept apart from errors.py, which holds the family and its facts.
"""

from __future__ import annotations

NEWER = (
    "it was migrated by newer migrations: run the code that has them, or pass "
    "--migrations-dir (Python: migrations_dir=) their folder"
)

ALLOW_DRIFT = "pass --allow-drift (Python: allow_drift=True)"
ALLOW_CHANGED = "pass --allow-changed (Python: allow_changed=True)"
# a first start, a file the app made before the runner: met by the app at start-up
INIT = "(Python: init(...))"
UPGRADE = "(Python: upgrade(...))"


def baseline_call(version: int) -> str:
    """``baseline``'s call beside ``edi-migrate baseline DB --version N``."""
    return f"(Python: baseline(..., version={version}))"


def use_instead(command: str, target: int) -> str:
    """``command`` (``downgrade DB --to 1``) as the CLI's and the Python API's call."""
    call = command.split(maxsplit=1)[0]
    return f"use `edi-migrate {command}` (Python: {call}(..., to={target}))"


def first_differences(differences: list[str], shown: int = 3) -> str:
    """The first ``shown`` differences and how many more: a refusal's one line stays short
    (``status`` or ``baseline`` lists every one)."""
    more = f" (+{len(differences) - shown} more)" if len(differences) > shown else ""
    return "; ".join(differences[:shown]) + more
