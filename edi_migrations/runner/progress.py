"""Progress as events: what a run hands its ``progress`` callback, and the text a terminal shows.

Callers read fields, not text, so the wording on a terminal can change without breaking
anything that follows a run (the fault harness, the lint's tracer, the CLI).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Direction = Literal["upgrade", "downgrade"]
"""Which way a run goes: every step of it runs that function of its migration."""


@dataclass(frozen=True)
class StepStarted:
    """A step is about to begin its write transaction."""

    direction: Direction
    migration: str
    from_version: int
    to_version: int


@dataclass(frozen=True)
class StepElapsed:
    """A step is still running; ``seconds`` counts from the start of the run."""

    direction: Direction
    migration: str
    from_version: int
    to_version: int
    seconds: float


@dataclass(frozen=True)
class StepDone:
    """A step committed; ``seconds`` is the time its ``Step`` records."""

    direction: Direction
    migration: str
    from_version: int
    to_version: int
    seconds: float


ProgressEvent = StepStarted | StepElapsed | StepDone
Progress = Callable[[ProgressEvent], None]


def describe(event: ProgressEvent) -> str | None:
    """The terminal's text for ``event``: a step line, an elapsed tick, or nothing."""
    if isinstance(event, StepStarted):
        return f"{event.direction} {event.migration}: v{event.from_version} -> v{event.to_version}"
    if isinstance(event, StepElapsed):
        return f"… {event.seconds:.1f} s"
    return None


def terminal_progress() -> Progress | None:
    """Progress on a terminal only: a line on stderr that rewrites itself as time passes."""
    if not sys.stderr.isatty():
        return None
    state = {"step": ""}

    def show(event: ProgressEvent) -> None:
        text = describe(event)
        if text is None:
            return
        if not isinstance(event, StepStarted):
            sys.stderr.write(f"\r{state['step']} {text}\033[K")
        else:
            if state["step"]:
                sys.stderr.write("\n")
            state["step"] = text
            sys.stderr.write(text)
        sys.stderr.flush()

    return show
