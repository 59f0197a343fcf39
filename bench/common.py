"""What the benchmark scripts share: running one measurement in a fresh subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(code: str, *args: object) -> dict:
    """Run ``code`` in a new interpreter (clean memory figures) and read its JSON answer."""
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)
