"""The README's examples run as written: a user copies them first."""

from __future__ import annotations

import re
import subprocess
import sys

from edi_migrations import init
from tests.support import ROOT


def code_block_after(heading: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_python_example_runs_on_a_v1_database(tmp_path):
    init(tmp_path / "edi.db", to=1)
    code = code_block_after("## Use it from Python")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "1"
    assert done.stdout.splitlines()[1].startswith("1 3 ['0002_")
    assert (tmp_path / "new.db").exists() and any((tmp_path / "backups").iterdir())
