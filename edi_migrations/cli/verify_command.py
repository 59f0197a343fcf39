"""``edi-migrate verify``: every problem on stdout, then one line saying where, what and
what to do (verify only reads: the file is never changed)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from edi_migrations.shell_words import shell_arg

if TYPE_CHECKING:
    from edi_migrations.runner.verify import Verified

# What to do about each kind of problem, by the prefix verify gives its lines.
ADVICE = (
    ("integrity_check: ", "restore it from a backup (edi-migrate restore BACKUP {db})"),
    ("foreign key: ", "fix or remove the rows whose parent row is missing (the app wrote them)"),
    ("recorded v", "the runner's record and the schema disagree: restore it from a backup"),
    ("schema: ", "undo that change, or make it a migration (edi-migrate new)"),
)


def cmd_verify(args: argparse.Namespace) -> int:
    from edi_migrations.runner.verify import verified  # its own module: not every start-up

    found = verified(args.db, args.migrations_dir, args.busy_timeout)
    for problem in found.problems:
        print(problem)
    if found.problems:
        print(f"edi-migrate: {failure_line(args.db, found)}", file=sys.stderr)
        return 1
    print(f"{args.db}: ok (v{found.version})")
    return 0


def failure_line(db: str, found: Verified) -> str:
    """The file, its version where one can be read, the first problem, what to do."""
    problems = found.problems
    at = f" at v{found.version}" if found.version is not None else ""  # corrupt: none
    kinds = [advice for prefix, advice in ADVICE if any(p.startswith(prefix) for p in problems)]
    todo = "; ".join(kinds).format(db=shell_arg(db))
    return (
        f"{db}: verify failed{at}: {len(problems)} problem(s), first: {problems[0]}; "
        f"the file is unchanged. {todo}"
    )
