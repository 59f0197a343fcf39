"""The ``--matrix-report`` (a CI job summary) shows a reviewer what the change does to the
schema: the schema diff base→head as canonical SQL and a Mermaid ER diagram of the tables
it touches. Base is ``--review-base N`` (default: the version before head). The schema
tests (``schema->vN``) read each version's schema, so the report has it whichever shard
ran them; a sharded run's merged report keeps the section. On the example app's chain."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"
SCHEMA_TESTS = ("--upgrade-path", "schema->*", "--snapshot-update")

ENTITY = re.compile(r"^    (\w+) \{$")
ATTRIBUTE = re.compile(r'^        (\w+) (\w+)( (PK|FK|UK)(, (PK|FK|UK))*)?( "[^"]*")?$')
RELATIONSHIP = re.compile(r'^    (\w+) (\|o|\}o)--(\|\||o\|) (\w+) : "[^"]*"$')
COMMENT = re.compile(r"^    %% .*$")

BACKFILL = '''
"""Note bodies lose their surrounding blanks: a data fix, no schema change."""


def upgrade(conn):
    conn.execute("UPDATE notes SET body = trim(body) WHERE body <> trim(body)")
'''


def parse_er(text: str) -> tuple[dict[str, list[tuple[str, str, str]]], set[tuple[str, str]]]:
    """The entities (name -> (type, column, marks)) and relationships (child, parent) of
    an erDiagram, failing on any line that is not one of its forms."""
    lines = text.splitlines()
    assert lines[0] == "erDiagram"
    entities: dict[str, list[tuple[str, str, str]]] = {}
    relationships, current = set(), None
    for line in lines[1:]:
        if current is not None:
            if line == "    }":
                current = None
                continue
            attribute = ATTRIBUTE.match(line)
            assert attribute, f"not an attribute: {line!r}"
            entities[current].append((attribute[1], attribute[2], (attribute[3] or "").strip()))
        elif entity := ENTITY.match(line):
            current = entity[1]
            assert current not in entities, f"entity {current} twice"
            entities[current] = []
        elif relation := RELATIONSHIP.match(line):
            relationships.add((relation[1], relation[4]))
        else:
            assert COMMENT.match(line), f"not erDiagram syntax: {line!r}"
    assert current is None, "an entity block is not closed"
    assert {t for pair in relationships for t in pair} <= entities.keys()
    return entities, relationships


def fenced(markdown: str, language: str) -> list[str]:
    return re.findall(rf"^(`{{3,}}){language}\n(.*?)^\1$", markdown, re.S | re.M)


def block(markdown: str, language: str) -> str:
    found = fenced(markdown, language)
    assert len(found) == 1, f"one ```{language} block expected in:\n{markdown}"
    return found[0][1]


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


def report_of(pytester: pytest.Pytester, chain: Path, *args: str, name: str = "report") -> str:
    path = pytester.path / f"{name}.md"
    result = run_matrix(pytester, chain, *args, "--matrix-report", str(path))
    assert result.ret == 0, result.stdout.str()[-3000:]
    return path.read_text(encoding="utf-8")


def test_the_report_shows_the_last_migrations_schema_diff_and_its_tables(pytester, chain):
    report = report_of(pytester, chain, *SCHEMA_TESTS)
    assert "### Schema review: v6 → v7" in report
    diff = block(report, "diff").splitlines()
    assert diff[:2] == ["--- schema_v6.sql", "+++ schema_v7.sql"]
    assert '-    book_id INT REFERENCES "note books"(id),' in diff
    assert '+    book_id INT REFERENCES "note books"(id) ON DELETE CASCADE,' in diff
    entities, relationships = parse_er(block(report, "mermaid"))
    assert entities.keys() == {"notes", "note_books", "note_tags"}
    assert ("INT", "book_id", "FK") in entities["notes"]
    assert ("INTEGER", "id", "PK") in entities["note_books"]
    assert relationships == {("notes", "note_books"), ("note_tags", "notes")}
    assert "**changed** `notes`" in report


def test_review_base_widens_the_review_to_every_migration_after_it(pytester, chain):
    report = report_of(pytester, chain, *SCHEMA_TESTS, "--review-base", "3")
    assert "### Schema review: v3 → v7" in report
    diff = block(report, "diff")
    assert "+CREATE TABLE tags (\n" in diff and "+CREATE TRIGGER notes_edited" in diff
    entities, relationships = parse_er(block(report, "mermaid"))
    assert {"tags", "note_tags", "edits", "note_search", "notes"} <= entities.keys()
    assert ("note_tags", "tags") in relationships
    assert "**added** `edits`, `note_search`, `note_tags`, `tags`" in report


def test_review_base_zero_reviews_the_whole_schema_from_an_empty_file(pytester, chain):
    report = report_of(pytester, chain, *SCHEMA_TESTS, "--review-base", "0")
    diff = block(report, "diff").splitlines()
    assert diff[:2] == ["--- (empty)", "+++ schema_v7.sql"]
    assert not [line for line in diff[2:] if line.startswith("-")]


def test_a_migration_that_changes_only_data_says_so_and_draws_nothing(pytester, chain):
    add_migration(chain, "trim_bodies", BACKFILL)
    report = report_of(pytester, chain, *SCHEMA_TESTS)
    assert "No schema change from v7 to v8" in report
    assert not fenced(report, "mermaid") and not fenced(report, "diff")


def test_a_run_without_the_schema_tests_says_how_to_get_the_review(pytester, chain):
    report = report_of(pytester, chain, "--upgrade-path", "v6->v7")
    assert "### Schema review" in report
    assert "--upgrade-path 'schema->*'" in report
    assert not fenced(report, "mermaid")


def test_a_review_base_outside_the_chain_is_refused_naming_the_head(pytester, chain):
    result = run_matrix(pytester, chain, *SCHEMA_TESTS, "--review-base", "7")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--review-base 7*head*v7*0 to 6*"])


def test_the_merged_report_of_shards_keeps_the_review(pytester, chain):
    args = (*SCHEMA_TESTS, "--review-base", "3")  # schema->v3 and ->v7 in different shards
    whole = report_of(pytester, chain, *args, name="whole")
    parts = []
    for group in ("1", "2"):
        part = report_of(pytester, chain, *args, "--splits", "2", "--group", group, name=group)
        assert not fenced(part, "mermaid"), "each shard read only one of the two schemas"
        parts.append(pytester.path / f"{group}.md")
    command = [sys.executable, "-m", "edi_migrations.harness.report_merge", *map(str, parts)]
    merged = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    assert merged.stdout == whole
    assert block(merged.stdout, "mermaid") and block(merged.stdout, "diff")
