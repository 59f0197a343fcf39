"""Ctrl-C and elapsed time during a run, both through SQLite's progress handler.

A KeyboardInterrupt raised inside SQLite's callback would be swallowed, so SIGINT only
sets a flag that the next tick turns into an abort of the running statement.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from edi_migrations.runner.progress import Progress, StepElapsed, StepStarted

PROGRESS_EVERY = 200_000  # SQLite VM instructions between progress-handler calls
PROGRESS_SECONDS = 0.5  # at most one "elapsed" report this often (a terminal, not a log)


class Ticker:
    """SQLite's progress handler: reports elapsed time, and turns Ctrl-C into an abort.

    While it is installed, SIGINT sets a flag that the next tick turns into an abort of
    the running statement; inside a step, before its COMMIT, it also raises
    KeyboardInterrupt so a migration's own Python stops too. Either way the runner rolls
    the step back and raises KeyboardInterrupt saying so. Between steps, the run stops
    at the next one.
    """

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.started = time.monotonic()
        self.shown = self.started
        self.interrupted = False
        self.raising = False  # True while a step can still be rolled back
        self.step: StepStarted | None = None  # the step the ticks belong to

    def __call__(self) -> int:
        if self.interrupted:
            return 1
        if self.progress is not None and self.step is not None:
            now = time.monotonic()
            if now - self.shown >= PROGRESS_SECONDS:
                self.shown = now
                s = self.step
                self.progress(
                    StepElapsed(
                        s.direction, s.migration, s.from_version, s.to_version, now - self.started
                    )
                )
        return 0

    def on_sigint(self, signum, frame) -> None:
        self.interrupted = True
        if self.raising:
            raise KeyboardInterrupt

    @contextmanager
    def catching_sigint(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.signal(signal.SIGINT, self.on_sigint)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
