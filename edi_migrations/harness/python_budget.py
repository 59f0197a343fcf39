"""The statement budget over a project's Python as well as its SQL.

SQLite's progress handler (``budget.py``) interrupts a statement that runs too long, but
an ``app_writes`` looping in Python, or sleeping, runs no statement at all: the run hung
for good. SIGALRM stops that Python past the same budget, as the
:class:`~edi_migrations.harness.budget.StatementTimeout` naming the writer that a
statement would have met. Only in the main thread where SIGALRM exists (not Windows),
as the migrations' own limit (``runner/step_limit.py``); a timer someone else had set (a
per-test timeout plugin) is re-armed afterwards, less the time taken.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager

from edi_migrations.harness.budget import StatementTimeout, seconds
from edi_migrations.runner.step_limit import AGAIN_SECONDS, _can_alarm, _restore


class _Alarm(BaseException):
    """Raised into the project's code by the signal: not an ``Exception`` it may catch."""


@contextmanager
def python_limited(what: str) -> Iterator[None]:
    """Run the project's code ``what`` names inside; past the budget raise
    :class:`StatementTimeout` naming it, whatever the code was doing when stopped."""
    if not _can_alarm():
        yield
        return
    budget, fired = seconds(), []

    def on_alarm(signum, frame) -> None:
        fired.append(True)
        raise _Alarm

    previous = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    pending = signal.setitimer(signal.ITIMER_REAL, budget, AGAIN_SECONDS)
    try:
        yield
    except BaseException as exc:
        if fired:
            raise StatementTimeout(what, budget) from exc
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _restore(pending, time.monotonic() - started)
