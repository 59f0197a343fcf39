"""Which chain a command works on: the one the user named, never one they did not.

``--migrations-dir`` when given, else the folder the project's pyproject.toml names
(``[tool.edi-migrations] migrations-dir``, the nearest one up from the working directory,
as the plugin reads it). With neither the command is refused, saying how to name one:
falling back to the chain shipped in the package once made a foreign project's database
look like a newer EDI database, and wrote new migrations into site-packages.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from edi_migrations.runner.project import project_migrations_dir

WITHOUT_A_CHAIN = frozenset({"history", "info", "demo"})  # demo builds EDI's own chain


def choose_chain(args: argparse.Namespace) -> None:
    """Set ``args.migrations_dir`` (and ``migrations_dir_given``: whether the user typed it)."""
    args.migrations_dir_given = args.migrations_dir is not None
    if args.command in WITHOUT_A_CHAIN or args.migrations_dir_given:
        return
    args.migrations_dir = project_migrations_dir(Path.cwd())
