"""How the command line opens the database: the app's ``connect``, where it registers
collations or SQL functions its schema uses (``runner.opener``: why).

``--connect module:function``, else ``[tool.edi-migrations] connect`` of the nearest
pyproject.toml up from the working directory (where the chain is read from). The module
is imported from the working directory, or from the folder of the pyproject naming it
(and its ``src/``, where a src-layout app's package is), as the app itself would be; one
that does not import is a one-line refusal naming where it was set.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from edi_migrations.errors import Refused
from edi_migrations.runner.project import SECTION, project_table, pyproject_for
from edi_migrations.sqlite.opener import Connect

KEY = "connect"


class BadConnect(Refused):
    def __init__(self, where: str, value: object, reason: str) -> None:
        self.path = Path.cwd()
        super().__init__(
            f"{where} {value!r}: {reason}; it must name module:function, a "
            "connect(database, **kw) that opens the database as the app does; nothing done"
        )


def chosen_connect(args: argparse.Namespace) -> Connect | None:
    """The factory the user named (``None``: ``sqlite3.connect``)."""
    given = getattr(args, "connect", None)
    if given is not None:
        return load_connect(given, "--connect", Path.cwd())
    return project_connect(Path.cwd())


def project_connect(start: Path) -> Connect | None:
    """The factory ``[tool.edi-migrations] connect`` of the nearest pyproject.toml up
    from ``start`` names (``None``: none does), imported beside that file."""
    pyproject = pyproject_for(start)
    value = project_table(pyproject).get(KEY) if pyproject else None
    if value is None:
        return None
    return load_connect(value, f"[tool.{SECTION}] {KEY} in {pyproject}", pyproject.parent)


def load_connect(value: object, where: str, folder: Path) -> Connect:
    """The callable ``value`` ("module:function") names, imported beside ``folder``."""
    if not isinstance(value, str) or value.count(":") != 1 or not all(value.split(":")):
        raise BadConnect(where, value, "not of the form module:function")
    module_name, name = value.split(":")
    places = [str(p) for p in (folder, folder / "src") if p.is_dir()]  # src/: the app's package
    for place in reversed(places):
        if place not in sys.path:
            sys.path.insert(0, place)
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:  # the app's module: any error in it is its own
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())
        if isinstance(exc, ModuleNotFoundError):
            detail += f", looked in {' and '.join(places)} and the installed packages"
        raise BadConnect(where, value, f"cannot import {module_name} ({detail})") from None
    found = getattr(module, name, None)
    if not callable(found):
        raise BadConnect(where, value, f"{module_name} has no function {name}")
    return found
