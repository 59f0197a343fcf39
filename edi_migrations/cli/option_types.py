"""Option values the command line checks before any command runs (a usage error, exit 2)."""

from __future__ import annotations

import argparse


def seconds(text: str) -> float:
    """A number of seconds to wait: 0 or more (a negative or nan one waited not at all)."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0 or more)")
    return value


def positive_seconds(text: str) -> float:
    """A time limit: a number of seconds above 0 (0 would stop everything at once)."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value
