"""What a migration's text names (the project modules it imports inside its functions, the
environment variables it reads) is kept by the text's digest in pytest's cache: a warm run
parses none of the chain's files again, and an edited file is parsed afresh, never
answered from an older text. Real files; the parses counted, never timed."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from edi_migrations.harness import environment_reads, lazy_imports
from edi_migrations.harness.source_reads import SourceReads

MIGRATION = """
import os

def upgrade(conn):
    from shoplib.rules import price
    if os.environ.get("PURGE_DRAFTS"):
        conn.execute("DELETE FROM drafts")
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """A rootdir with a migration and the helper module it imports inside upgrade()."""
    (tmp_path / "shoplib").mkdir()
    (tmp_path / "shoplib" / "__init__.py").write_text("")
    (tmp_path / "shoplib" / "rules.py").write_text("def price():\n    return 1\n")
    (tmp_path / "0001_drafts.py").write_text(MIGRATION)
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    return tmp_path


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The files ``ast.parse`` was given, by name."""
    names: list[str] = []
    real = ast.parse

    def counting(source, filename="<unknown>", *args, **kwargs):
        names.append(Path(str(filename)).name)
        return real(source, filename, *args, **kwargs)

    monkeypatch.setattr(ast, "parse", counting)
    return names


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """The plugin's folder in pytest's cache (cache_dirs makes it)."""
    folder = tmp_path / "cache"
    folder.mkdir()
    return folder


def reads_of(project: Path, reads: SourceReads) -> tuple[tuple[str, ...], list[Path]]:
    """The two questions in the order a run asks them, each read kept as it is answered
    (harness.verdict_inputs)."""
    migration = project / "0001_drafts.py"
    files = lazy_imports.project_files([migration], project, reads)
    reads.save()
    names = environment_reads.names_read([migration, *files], reads)
    reads.save()
    return names, files


def test_a_later_run_parses_none_of_the_files_it_read_before(project, parsed, store):
    first = SourceReads.load(store)
    found = reads_of(project, first)
    first.save()
    helpers = [project / "shoplib" / "__init__.py", project / "shoplib" / "rules.py"]
    assert found == (("PURGE_DRAFTS",), helpers)
    parsed.clear()
    assert reads_of(project, SourceReads.load(store)) == found  # the next run's process
    assert parsed == []


def test_an_edited_file_is_parsed_afresh(project, parsed, store):
    first = SourceReads.load(store)
    reads_of(project, first)
    first.save()
    migration = project / "0001_drafts.py"
    edited = MIGRATION.replace("PURGE_DRAFTS", "PURGE_ORDERS").replace("shoplib.rules", "shoplib")
    migration.write_text(edited)
    parsed.clear()
    names, files = reads_of(project, SourceReads.load(store))
    assert names == ("PURGE_ORDERS",)
    assert files == [project / "shoplib" / "__init__.py"]
    assert parsed.count("0001_drafts.py") == 2  # once for each question: a new text
    assert "rules.py" not in parsed  # the helper's text is the one read before


def test_what_is_kept_is_this_runs_texts_only(project, store):
    """An edit a minute leaves one text of each file kept, not every text it ever had."""
    first = SourceReads.load(store)
    reads_of(project, first)
    first.save()
    (project / "0001_drafts.py").write_text(MIGRATION.replace("PURGE_DRAFTS", "PURGE_ORDERS"))
    second = SourceReads.load(store)
    reads_of(project, second)
    second.save()
    kept = SourceReads.load(store).kept
    assert kept.keys() == second.used.keys()
    assert len(kept) == 6  # two reads of each: the migration, its helper package and module
    assert len(first.used.keys() - kept.keys()) == 2  # the old text's two reads: gone


def test_without_a_cache_each_run_reads_the_files_itself(project, parsed):
    reads = SourceReads.load(None)
    found = reads_of(project, reads)
    reads.save()
    assert found[0] == ("PURGE_DRAFTS",)
    assert parsed.count("0001_drafts.py") == 2
