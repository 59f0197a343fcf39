"""A reader that stops reading (``edi-migrate status app.db | head -1``) is not an error.

Python ignores SIGPIPE, so the next line written to the closed pipe raises
``BrokenPipeError``, and the interpreter's final flush of stdout raises it again. The
command ends quietly instead, with the status a shell gives a command SIGPIPE stopped
(128 + 13), as Python's own documentation of SIGPIPE advises: stdout is pointed at the
null device so the final flush has nowhere to fail.
"""

from __future__ import annotations

import os
import sys

CLOSED_PIPE_STATUS = 141


def quietly() -> int:
    """After ``BrokenPipeError`` on stdout: nothing more is written to it; the exit status."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return CLOSED_PIPE_STATUS
