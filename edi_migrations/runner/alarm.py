"""SIGALRM for a time limit, shared with whoever had armed it first.

The harness stops a migration, or an ``app_writes``, that runs past its budget by
SIGALRM. A per-test timeout plugin (pytest-timeout's signal method) arms the same
signal for the whole test; taking it over hid that timer, so a test stuck in a
migration ran the whole budget (30 s by default) before the plugin's shorter timeout
was said. Here the earlier of the two fires first: the other timer's own handler runs
when it is due, and afterwards it is re-armed, less the time taken, if it has not fired.
Only in the main thread where SIGALRM exists (not Windows); elsewhere nothing is limited.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

AGAIN_SECONDS = 0.5  # code that swallowed the first alarm is interrupted again


class Alarm(BaseException):
    """Raised into the limited code by the signal: not an ``Exception`` it may catch."""


def can_alarm() -> bool:
    return hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()


@contextmanager
def alarm_after(seconds: float) -> Iterator[list[bool]]:
    """Inside, :class:`Alarm` is raised into the running code past ``seconds`` (and
    again every half second if it swallows it); the list yielded holds ``True`` once it
    was. Call only where :func:`can_alarm`."""
    fired: list[bool] = []
    previous = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    theirs: list[float] = []  # the earlier timer of the handler before ours, while due

    def on_alarm(signum, frame) -> None:
        if theirs:
            due = theirs.pop()
            signal.setitimer(signal.ITIMER_REAL, max(seconds - due, 0.001), AGAIN_SECONDS)
            if callable(previous):
                previous(signum, frame)  # theirs to say (pytest-timeout fails the test)
            return
        fired.append(True)
        raise Alarm

    signal.signal(signal.SIGALRM, on_alarm)
    pending = signal.setitimer(signal.ITIMER_REAL, seconds, AGAIN_SECONDS)
    earlier = 0 < pending[0] < seconds and callable(previous)
    if earlier:
        theirs.append(pending[0])
        signal.setitimer(signal.ITIMER_REAL, pending[0])
    try:
        yield fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if pending[0] > 0 and not (earlier and not theirs):  # theirs, unless it fired
            delay, interval = pending
            elapsed = time.monotonic() - started
            signal.setitimer(signal.ITIMER_REAL, max(delay - elapsed, 0.001), interval)
