"""One migrations folder per run, said in one line wherever two are named.

An app with two databases (a photo library and its thumbnail cache) has two chains. The
plugin and ``edi-migrate`` check or migrate one chain at a time: ``--migrations-dir``
given twice used to keep the last folder, so the other chain's checks silently never
ran. Every way of naming two folders is now refused, naming the way that works.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

OPTION = "--migrations-dir"
ONE_PER_RUN = (
    "one migrations folder per run: check each folder in its own run (pytest "
    "--migrations-dir migrations/a, then pytest --migrations-dir migrations/b), and "
    "migrate each database with its own folder (edi-migrate --migrations-dir DIR ...)"
)


class OnceOnly(argparse.Action):
    """``--migrations-dir``'s action: a second, different folder is refused, not kept."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        before = getattr(namespace, self.dest, None)
        if before not in (None, self.default) and before != values:
            raise argparse.ArgumentError(self, f"{before} and {values}: {ONE_PER_RUN}")
        setattr(namespace, self.dest, values)


def folders_given(argv: Sequence[str]) -> list[str]:
    """The distinct folders ``argv`` names with ``--migrations-dir``, before and after a
    command alike (argparse lets the command's copy overwrite the one before it)."""
    found: list[str] = []
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == OPTION and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith(OPTION + "="):
            value = arg.split("=", 1)[1]
        if value is not None and value not in found:
            found.append(value)
    return found


def several_in_one_value(value: object) -> bool:
    """Whether a configured value names more than one folder (a list, or lines)."""
    if isinstance(value, list | tuple):
        return len(value) > 1
    return isinstance(value, str) and len(value.strip().splitlines()) > 1


def refuse_two_folders(
    parser: argparse.ArgumentParser, argv: Sequence[str] | None
) -> argparse.ArgumentParser:
    """``edi-migrate``: stop (exit 2) when ``argv`` names two folders; else the parser."""
    if len(folders_given(sys.argv[1:] if argv is None else argv)) > 1:
        parser.error(ONE_PER_RUN)
    return parser
