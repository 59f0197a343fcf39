"""What the benchmark scripts share: running one measurement in a fresh subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(code: str, *args: object) -> dict:
    """Run ``code`` in a new interpreter (clean memory figures) and read its JSON answer.

    Its stderr is the bench's own, so progress and errors show as they happen."""
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)
