"""``edi-migrate``: the command line (``commands``) and what only it uses (``about``,
``demo``, ``scaffold``).

``main`` is the console script's entry point (``edi_migrations.cli:main``); it imports
the commands when called, so importing one of this package's helpers stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``edi-migrate`` with ``argv`` (the process's arguments when None)."""
    from edi_migrations.cli.commands import main as run

    return run(argv)
