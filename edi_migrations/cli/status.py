"""``edi-migrate status``: what the database is, and what ``upgrade`` would do or refuse."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from edi_migrations.runner import api as runner
from edi_migrations.runner.discovery import load_migrations
from edi_migrations.runner.preflight import changed_since_applied
from edi_migrations.sqlite.read_only import read_only


def cmd_status(args: argparse.Namespace) -> int:
    found = runner.inspect(args.db, args.migrations_dir, args.busy_timeout)
    migrations = load_migrations(args.migrations_dir)
    with read_only(Path(args.db), args.busy_timeout) as conn:
        changed = changed_since_applied(conn, migrations, found.version)
    state = {
        "database": str(args.db),
        "version": found.version,
        "recorded": found.recorded,
        "head": len(migrations),
        "how": found.how,
        "pending": [m.name for m in migrations[found.version :]],
        "drift": list(found.drift),
        "changed": [migration.name for migration, _ in changed],
    }
    if args.json:
        print(json.dumps(state, indent=2))
        return 0
    print(f"{args.db}: v{found.version} ({found.how}); code knows up to v{state['head']}")
    print("pending: " + (", ".join(state["pending"]) or "none"))
    print("drift: " + ("; ".join(state["drift"]) or "none"))
    refused = " (upgrade refuses it: restore the file, or pass --allow-changed)" if changed else ""
    print("changed since applied: " + (", ".join(state["changed"]) or "none") + refused)
    return 0
