"""``edi-migrate verify``: every problem on stdout, then one line saying where, what and
what to do (verify only reads: the file is never changed)."""

from __future__ import annotations

import argparse
import sys

from edi_migrations.errors import MigrationError
from edi_migrations.runner import api as runner
from edi_migrations.shell_words import shell_arg

# What to do about each kind of problem, by the prefix verify gives its lines.
ADVICE = (
    ("integrity_check: ", "restore it from a backup (edi-migrate restore BACKUP {db})"),
    ("foreign key: ", "fix or remove the rows whose parent row is missing (the app wrote them)"),
    ("recorded v", "the runner's record and the schema disagree: restore it from a backup"),
    ("schema: ", "undo that change, or make it a migration (edi-migrate new)"),
)


def cmd_verify(args: argparse.Namespace) -> int:
    from edi_migrations.runner.verify import verify  # verify's own module: not every run's start-up

    problems = verify(args.db, args.migrations_dir, args.busy_timeout)
    for problem in problems:
        print(problem)
    if problems:
        print(f"edi-migrate: {failure_line(args, problems)}", file=sys.stderr)
        return 1
    version = runner.current_version(args.db, args.migrations_dir, args.busy_timeout)
    print(f"{args.db}: ok (v{version})")
    return 0


def failure_line(args: argparse.Namespace, problems: list[str]) -> str:
    """The file, its version where one can be read, the first problem, what to do."""
    try:
        at = f" at v{runner.current_version(args.db, args.migrations_dir, args.busy_timeout)}"
    except MigrationError:
        at = ""  # a corrupt file has no version to read: its problem says why
    kinds = [advice for prefix, advice in ADVICE if any(p.startswith(prefix) for p in problems)]
    todo = "; ".join(kinds).format(db=shell_arg(args.db))
    return (
        f"{args.db}: verify failed{at}: {len(problems)} problem(s), first: {problems[0]}; "
        f"the file is unchanged. {todo}"
    )
