"""``edi-migrate status``: what the database is, and what ``upgrade`` would do or refuse."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from edi_migrations.runner import api as runner
from edi_migrations.runner.detect import Detected, parse_version
from edi_migrations.runner.discovery import load_migrations
from edi_migrations.runner.newer_file import NewerVersion
from edi_migrations.runner.preflight import changed_since_applied
from edi_migrations.sqlite.read_only import read_only


def cmd_status(args: argparse.Namespace) -> int:
    migrations = load_migrations(args.migrations_dir)
    refused: NewerVersion | None = None
    try:
        found = runner.inspect(args.db, args.migrations_dir, args.busy_timeout)
    except NewerVersion as exc:  # still a report: what the file is and why, then exit 1
        refused, version = exc, parse_version(exc.version) or 0
        how = f"newer than this chain (v{exc.known}); this build may not start on it: {exc.why}"
        found = Detected(version, version, how, newer=True)
    with read_only(Path(args.db), args.busy_timeout) as conn:
        changed = changed_since_applied(conn, migrations, found.version)
    state = {
        "database": str(args.db),
        "version": found.version,
        "recorded": found.recorded,
        "head": len(migrations),
        "how": found.how,
        "starts": refused is None,
        "pending": [m.name for m in migrations[found.version :]],
        "drift": list(found.drift),
        "changed": [migration.name for migration, _ in changed],
    }
    if args.json:
        print(json.dumps(state, indent=2))
    else:
        print(f"{args.db}: v{found.version} ({found.how}); code knows up to v{state['head']}")
        print("pending: " + (", ".join(state["pending"]) or "none"))
        print("drift: " + ("; ".join(state["drift"]) or "none"))
        refuses = " (upgrade refuses it: restore the file, or pass --allow-changed)"
        listed = ", ".join(state["changed"]) or "none"
        print("changed since applied: " + listed + (refuses if changed else ""))
    if refused is not None:
        raise refused  # the one line on stderr, exit 1 (docs/cli.md)
    return 0
