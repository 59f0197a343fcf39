"""The harness's own package is no project module a migration imports: its code keys what
a warm run reuses already (template_keys' package digest), and in a checkout of it (the
rootdir holds the package) following its imports read and hashed some 300 files at
every run's collection. A project's own module imported inside ``upgrade()`` still counts."""

from __future__ import annotations

import sys

from edi_migrations.harness import lazy_imports
from edi_migrations.harness.template_keys import PACKAGE

ROOT = PACKAGE.parent
LAZY = """
def upgrade(conn):
    from edi_migrations.changes import Backfill  # the harness's, keyed as its code
    from shoplib.rules import price              # the project's

    conn.execute("CREATE TABLE t (x)")
"""


def test_the_harness_package_is_not_followed_but_the_projects_module_is(tmp_path, monkeypatch):
    project = ROOT / "tests" / "lazy_imports_project"  # under the rootdir, as a project's are
    migration = tmp_path / "0001_t.py"
    migration.write_text(LAZY)
    monkeypatch.setattr(sys, "path", [str(project), *sys.path])
    found = lazy_imports.project_files([migration], ROOT)
    assert not [p for p in found if p.is_relative_to(PACKAGE)]
    assert project / "shoplib" / "rules.py" in found
