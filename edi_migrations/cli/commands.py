"""``edi-migrate``: the command line. The database path comes right after the command.

``--migrations-dir`` and ``--busy-timeout`` go before the command or after it.

Exit status 0 when all is well; 1 with one line on stderr when a command refuses or
fails (the file left as the message says); 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from edi_migrations.cli.chain_choice import choose_chain
from edi_migrations.cli.connect_choice import chosen_connect
from edi_migrations.cli.option_types import positive_seconds
from edi_migrations.cli.option_types import seconds as busy_seconds
from edi_migrations.cli.status import cmd_status
from edi_migrations.cli.verify_command import cmd_verify
from edi_migrations.errors import BackupFailed, MigrationError
from edi_migrations.runner import api as runner
from edi_migrations.runner import bookkeeping
from edi_migrations.runner.backup import backup_database, restore
from edi_migrations.runner.newer_file import nothing_to_do
from edi_migrations.runner.one_folder import refuse_two_folders
from edi_migrations.runner.progress import terminal_progress
from edi_migrations.sqlite.dbapi import in_use, sqlite3
from edi_migrations.sqlite.files import check_file
from edi_migrations.sqlite.opener import connecting_with
from edi_migrations.sqlite.read_only import read_only

# What only one command uses is imported inside it: every module imported here is
# start-up time of every run (tests/cli/test_cli_startup.py names them).


def _options(args: argparse.Namespace) -> dict:
    return {
        "backup": not getattr(args, "no_backup", False),
        "backup_dir": getattr(args, "backup_dir", None),
        "allow_drift": getattr(args, "allow_drift", False),
        "allow_changed": getattr(args, "allow_changed", False),
        "busy_timeout": args.busy_timeout,
        "progress": terminal_progress(),
    }


def _report(outcome: runner.Outcome) -> None:
    if not outcome.steps:  # up to date, done meanwhile by another process, or newer
        print(nothing_to_do(outcome.path, outcome.to_version, outcome.newer_version))
        if outcome.backup is not None:
            print(f"backup: {outcome.backup}")
        return
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    for step in outcome.steps:
        print(
            f"{step.migration}: v{step.from_version} -> v{step.to_version} ({step.seconds:.3f} s)"
        )
    if outcome.backup is not None:
        print(f"backup: {outcome.backup}")
    print(f"{outcome.path}: now at v{outcome.to_version}")


def cmd_init(args: argparse.Namespace) -> int:
    _report(runner.init(args.db, args.to, args.migrations_dir, **_options(args)))
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    _report(runner.upgrade(args.db, args.to, args.migrations_dir, **_options(args)))
    return 0


def cmd_downgrade(args: argparse.Namespace) -> int:
    _report(runner.downgrade(args.db, args.to, args.migrations_dir, **_options(args)))
    return 0


def cmd_baseline(args: argparse.Namespace) -> int:
    from edi_migrations.cli.listing import baselined
    from edi_migrations.runner.baseline import baseline  # baseline's own: not every run's

    print(baselined(baseline(args.db, args.version, args.migrations_dir, args.busy_timeout)))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    check_file(Path(args.db))
    with read_only(Path(args.db), args.busy_timeout) as conn:
        rows = bookkeeping.logged_runs(conn)
    if not rows:
        print(f"{args.db}: no migrations recorded")
    for name, frm, to, status, started, seconds in rows:
        took = f"{seconds:.3f} s" if seconds is not None else "-"
        print(f"{started}  {name}  {frm} -> {to}  {status}  {took}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    path = Path(args.db)
    found = runner.inspect(path, args.migrations_dir, args.busy_timeout)
    with read_only(path, args.busy_timeout) as conn:
        try:
            saved = backup_database(conn, path, found.version, args.dest or None)
        except BackupFailed as exc:
            raise BackupFailed(
                exc.path,
                exc.dest,
                exc.cause,
                "no backup written; pass DEST, a file or folder you can write",
            ) from exc
    print(saved)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    safety = restore(args.backup, args.db, args.migrations_dir, args.busy_timeout)
    if safety is not None:
        print(f"previous content of {args.db} saved to {safety}")
    print(f"{args.db}: restored from {args.backup}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    import tempfile  # and random with it: only demo makes a temp folder

    from edi_migrations.cli.demo import demo_summary, populate_v1
    from edi_migrations.runner.verify import verify

    folder = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="edi-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "edi_demo.db"
    if db.exists():
        db.unlink()
    runner.init(db, to=1)
    counts = populate_v1(db, args.sessions, seed=args.seed)
    print(f"built {db}: v1 with " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    outcome = runner.upgrade(db, backup_dir=folder, progress=terminal_progress())
    _report(outcome)
    orphans, summary = demo_summary(db)
    print(
        f"session_summary: {summary[0]} sessions, {summary[1]} prompts, {summary[2]} entities, "
        f"{summary[3]} validations; {orphans} orphan rows quarantined in orphaned_rows"
    )
    problems = verify(db)
    print("verify: " + ("ok" if not problems else "; ".join(problems)))
    return 0 if not problems else 1


def cmd_new(args: argparse.Namespace) -> int:
    from edi_migrations.cli.scaffold import (
        new_migration,  # new's own module: not every run's start-up
    )
    from edi_migrations.shell_words import shell_arg

    try:
        path = new_migration(args.message, args.migrations_dir)
    except ValueError as exc:  # a name that makes no file name: a usage error
        print(f"edi-migrate new: error: {exc}", file=sys.stderr)
        return 2
    number = int(path.name[:4])
    where = f" --migrations-dir={shell_arg(path.parent)}" if args.migrations_dir_given else ""
    print(f"created {path}")
    print("declare its CHANGES, then see the matrix fail on its paths:")
    print(f"  pytest --upgrade-path '*->v{number}*'{where}")
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    from edi_migrations.lint.run import lint_folder, resolve_floor
    from edi_migrations.lint.terminal import report
    from edi_migrations.runner.step_limit import limited_to

    floor = resolve_floor(args.migrations_dir, args.sqlite_floor)
    with limited_to(args.statement_timeout, LINT_LIMIT):  # a fresh install must end
        result = lint_folder(args.migrations_dir, floor, downgrades=args.downgrades)
    print(report(result, floor))
    return 0 if result.clean else 1


LINT_LIMIT = "if it does end, raise it with edi-migrate lint --statement-timeout SECONDS"
MIGRATIONS_DIR = None  # the project's: [tool.edi-migrations] migrations-dir
BUSY_TIMEOUT = 5.0


def cmd_info(args: argparse.Namespace) -> int:
    from edi_migrations.cli.about import (  # reads package metadata: only info asks
        info_fields,
        info_text,
    )

    found = in_use()
    print(json.dumps(info_fields(found), indent=2) if args.json else info_text(found))
    return 0


class _Version(argparse.Action):
    """``--version``, worked out when given: argparse's own action takes the text up
    front, and reading the package's metadata is a fifth of every other run's start-up."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show the version and the SQLite library in use, and exit",
        )

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from edi_migrations.cli.about import version_line

        print(version_line(in_use()))
        parser.exit()


def _shared_options(with_defaults: bool) -> argparse.ArgumentParser:
    """The options every command takes, before it or after it (as sqlite-utils does).

    Only the top-level copy has defaults: a command's copy leaves the attribute unset
    when not given, so a value given before the command is not overwritten.
    """

    def default(value: object) -> object:
        return value if with_defaults else argparse.SUPPRESS

    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument(
        "--migrations-dir",
        default=default(MIGRATIONS_DIR),
        help="folder of NNNN_name.py migrations (default: [tool.edi-migrations] "
        "migrations-dir of the nearest pyproject.toml)",
    )
    shared.add_argument(
        "--busy-timeout",
        type=busy_seconds,
        default=default(BUSY_TIMEOUT),
        help=f"seconds to wait for a lock (default: {BUSY_TIMEOUT:g})",
    )
    shared.add_argument(
        "--connect",
        default=default(None),
        metavar="MODULE:FUNCTION",
        help="the app's connect(database, **kw), for the collations and SQL functions it "
        "registers (default: [tool.edi-migrations] connect)",
    )
    return shared


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="edi-migrate",
        description="Migrate a SQLite database; the database path comes right after the command.",
        parents=[_shared_options(with_defaults=True)],
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True)
    after_command = _shared_options(with_defaults=False)

    def command(name: str, func, help_text: str, db: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[after_command])
        if db:
            p.add_argument("db", help="path of the SQLite database")
        p.set_defaults(func=func)
        return p

    def careful(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--no-backup", action="store_true", help="skip the backup taken before changes"
        )
        p.add_argument(
            "--backup-dir", type=Path, help="where backups go (default: beside the database)"
        )
        p.add_argument("--allow-drift", action="store_true", help="proceed on a drifted schema")
        p.add_argument(
            "--allow-changed",
            action="store_true",
            help="proceed although an applied migration changed",
        )

    p = command("init", cmd_init, "create a new database at the newest version")
    p.add_argument("--to", type=int, help="create at this version instead")
    p = command("upgrade", cmd_upgrade, "upgrade to the newest version (or --to N)")
    p.add_argument("--to", type=int)
    careful(p)
    p = command("downgrade", cmd_downgrade, "downgrade to version N")
    p.add_argument("--to", type=int, required=True)
    careful(p)
    p = command("baseline", cmd_baseline, "adopt a database the app made: record it at version N")
    p.add_argument("--version", type=int, required=True, help="the version its schema is")
    p = command("status", cmd_status, "version, pending migrations and drift")
    p.add_argument("--json", action="store_true")
    command("history", cmd_history, "migrations applied to the database")
    command("verify", cmd_verify, "integrity, foreign keys, schema matches its version")
    p = command("backup", cmd_backup, "consistent backup (default: beside the database)")
    p.add_argument("dest", nargs="?", help="backup file or folder")
    p = command(
        "restore", cmd_restore, "replace DB with a backup (current content saved first)", db=False
    )
    p.add_argument("backup")
    p.add_argument("db")
    p = command("demo", cmd_demo, "build a synthetic v1 database and upgrade it", db=False)
    p.add_argument("dir", nargs="?", help="folder for the demo database (default: a temp folder)")
    p.add_argument("--sessions", type=int, default=3000)
    p.add_argument("--seed", type=int, default=0)
    p = command("info", cmd_info, "this version and the SQLite library in use", db=False)
    p.add_argument("--json", action="store_true")
    p = command("new", cmd_new, "write the next migration file from a template", db=False)
    p.add_argument("message")
    p = command(
        "lint", cmd_lint, "risky operations and features newer than the SQLite floor", db=False
    )
    p.add_argument("--sqlite-floor", help="oldest SQLite supported, X.Y (default: pyproject's)")
    p.add_argument("--downgrades", action="store_true", help="lint each downgrade() too")
    p.add_argument(
        "--statement-timeout", type=positive_seconds, default=30.0,
        help="seconds each migration may run on the fresh install it is traced on (default: 30)",
    )  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = refuse_two_folders(build_parser(), argv).parse_args(argv)
    try:
        choose_chain(args)
        with connecting_with(chosen_connect(args)):
            return args.func(args)
    except BrokenPipeError:  # the reader stopped reading (| head): closed_pipe
        from edi_migrations.cli.closed_pipe import quietly

        return quietly()
    except MigrationError as exc:
        print("edi-migrate: " + " ".join(str(exc).split()), file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # one the refusals did not foresee: still one line
        db = getattr(args, "db", "")
        print(f"edi-migrate: {db}: SQLite error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        detail = str(exc) or "interrupted"
        print(f"edi-migrate: {detail}", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
