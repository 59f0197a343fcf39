"""``--migrations-dir`` and ``--busy-timeout`` go before the command or after it."""

from __future__ import annotations

import argparse

import pytest

from edi_migrations.cli.commands import build_parser, main
from tests.support import run_cli

SHARED = ["--migrations-dir", "--busy-timeout"]
COMMANDS = {  # each command with the arguments it requires
    "init": ["edi.db"],
    "upgrade": ["edi.db"],
    "baseline": ["edi.db", "--version", "1"],
    "downgrade": ["edi.db", "--to", "1"],
    "status": ["edi.db"],
    "history": ["edi.db"],
    "verify": ["edi.db"],
    "backup": ["edi.db"],
    "restore": ["edi.db.v1.backup", "edi.db"],
    "demo": [],
    "new": ["add x"],
    "lint": [],
    "info": [],
}


def parse(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def test_the_table_names_every_command_of_the_parser():
    (sub,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(sub.choices) == set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_the_shared_options_after_it(command):
    args = parse(command, *COMMANDS[command], "--migrations-dir", "mig", "--busy-timeout", "7")
    assert (args.migrations_dir, args.busy_timeout) == ("mig", 7.0)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_still_takes_the_shared_options_before_it(command):
    args = parse("--migrations-dir", "mig", "--busy-timeout", "7", command, *COMMANDS[command])
    assert (args.migrations_dir, args.busy_timeout) == ("mig", 7.0)


@pytest.mark.parametrize("command", COMMANDS)
def test_without_the_options_every_command_gets_the_defaults(command):
    args = parse(command, *COMMANDS[command])
    assert (args.migrations_dir, args.busy_timeout) == (None, 5.0)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("1", "9", 9.0),  # the value after the command wins
        ("3", "3", 3.0),  # or they agree
    ],
)
def test_a_busy_timeout_given_on_both_sides_takes_the_one_after(before, after, expected):
    args = parse("--busy-timeout", before, "status", "edi.db", "--busy-timeout", after)
    assert args.busy_timeout == expected


def test_a_migrations_dir_given_on_both_sides_takes_the_one_after():
    args = parse("--migrations-dir", "first", "new", "add x", "--migrations-dir", "second")
    assert args.migrations_dir == "second"


def test_an_option_given_before_is_kept_when_another_follows_the_command():
    args = parse("--migrations-dir", "mig", "status", "edi.db", "--busy-timeout", "2")
    assert (args.migrations_dir, args.busy_timeout) == ("mig", 2.0)


@pytest.mark.parametrize("command", COMMANDS)
def test_the_help_of_every_command_lists_the_shared_options(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    shown = capsys.readouterr().out
    assert all(option in shown for option in SHARED), shown


@pytest.mark.parametrize(
    "argv",
    [
        ["status", "edi.db", "--no-such-option"],
        ["--no-such-option", "status", "edi.db"],
        ["new", "add x", "--migrations-dir"],  # the option without its value
        ["status", "edi.db", "--busy-timeout", "soon"],
    ],
)
def test_a_wrong_option_is_still_a_usage_error(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_new_writes_into_the_migrations_dir_given_after_the_command(migrations_copy):
    result = run_cli("new", "add x", "--migrations-dir", migrations_copy)
    assert result.returncode == 0, result.stderr
    assert (migrations_copy / "0004_add_x.py").exists()


def test_status_reads_with_the_migrations_dir_given_after_the_database(migrations_copy, fresh_db):
    run_cli("new", "add x", "--migrations-dir", migrations_copy)
    result = run_cli("status", fresh_db, "--migrations-dir", migrations_copy, "--busy-timeout", "1")
    assert result.returncode == 0, result.stderr
    assert "pending: 0004_add_x" in result.stdout
