"""The statement budget over a project's Python as well as its SQL.

SQLite's progress handler (``budget.py``) interrupts a statement that runs too long, but
an ``app_writes`` looping in Python, or sleeping, runs no statement at all: the run hung
for good. SIGALRM stops that Python past the same budget (``runner/alarm.py``, as the
migrations' own limit), as the
:class:`~edi_migrations.harness.budget.StatementTimeout` naming the writer that a
statement would have met.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from edi_migrations.harness.budget import StatementTimeout, seconds
from edi_migrations.runner.alarm import alarm_after, can_alarm


@contextmanager
def python_limited(what: str) -> Iterator[None]:
    """Run the project's code ``what`` names inside; past the budget raise
    :class:`StatementTimeout` naming it, whatever the code was doing when stopped."""
    if not can_alarm():
        yield
        return
    budget = seconds()
    with alarm_after(budget) as fired:
        try:
            yield
        except BaseException as exc:
            if fired:
                raise StatementTimeout(what, budget) from exc
            raise
