"""The schema review of a ``--matrix-report``: what the change does to the schema, drawn
for a reviewer who would rather look than read (a pull request's job summary).

"The change" is the migrations after a base version: ``--review-base N``, by default
the version before head (the one migration a pull request usually adds). The schema
tests read each version's canonical SQL anyway; the two the review needs travel in
their reports (as coverage does), so the review is whole on the xdist controller and
in a sharded run's merged report, whichever worker or shard read them.
"""

from __future__ import annotations

import difflib
import re
from contextlib import closing

import pytest

from edi_migrations.harness.review_option import OPTION
from edi_migrations.schema.dump import schema_objects
from edi_migrations.schema.mermaid import er_diagram, schema_change
from edi_migrations.schema.model import Schema, schema_model
from edi_migrations.schema.sql_file import shadow_tables
from edi_migrations.sqlite.dbapi import sqlite3

REVIEW_KEY = "edi_schema_review"  # user_properties key: (version, base, head, sql)
SELECT_HINT = "--upgrade-path 'schema->*'"


def review_versions(config: pytest.Config, head: int) -> tuple[int, int]:
    """(base, head) of the review; a base outside the chain is a usage error."""
    base = config.getoption("review_base")
    if base is None:
        return (max(head - 1, 0), head)
    if not 0 <= base < head:
        raise pytest.UsageError(
            f"{OPTION} {base}: the chain's head is v{head}; give a version from 0 to {head - 1}"
        )
    return (base, head)


def check_option(config: pytest.Config) -> None:
    """Refuse a bad ``--review-base`` before any test runs (only when it is given)."""
    if config.getoption("review_base") is not None:
        from edi_migrations import load_migrations
        from edi_migrations.harness.settings import require_migrations_dir

        review_versions(config, len(load_migrations(require_migrations_dir(config))))


def record(node: pytest.Item, version: int, head: int, sql: str) -> None:
    """Carry a schema test's SQL in its report when the review needs that version."""
    base, head = review_versions(node.config, head)
    if version in (base, head):
        node.user_properties.append((REVIEW_KEY, (version, base, head, sql)))


def section(versions: tuple[int, int] | None, schemas: dict[int, str]) -> list[str]:
    """The report's Markdown lines: legend, ER diagram and SQL diff, or why there are none."""
    if versions is None:
        return ["### Schema review", "", f"Not in this run: {_select(None)}"]
    base, head = versions
    lines = [f"### Schema review: v{base} → v{head}", ""]
    missing = [v for v in (base, head) if v and v not in schemas]
    if missing:
        return [*lines, f"Not in this run: {_select(missing)}"]
    before, after = _body(schemas.get(base, "")), _body(schemas[head])
    if before == after:
        return [*lines, f"No schema change from v{base} to v{head}: the change is data only."]
    try:
        base_model, head_model = _model(schemas.get(base, "")), _model(schemas[head])
    except sqlite3.Error as exc:
        lines += [f"No ER diagram: the schema's SQL does not run on this SQLite ({exc}).", ""]
    else:
        lines += _diagram(base_model, head_model)
    return [*lines, *_fence("diff", _diff(base, before, head, after))]


def _select(missing: list[int] | None) -> str:
    """Which schema tests the review waited for (they read each version's schema)."""
    which = " and ".join(f"schema->v{v}" for v in missing) if missing else "schema->vN"
    return f"the schema tests (`{which}`) did not run; select them too: `{SELECT_HINT}`"


def _diagram(base: Schema, head: Schema) -> list[str]:
    change = schema_change(base, head)
    diagram = er_diagram(base, head)
    legend = [
        f"**{label}** {', '.join(f'`{t}`' for t in tables)}"
        for label, tables in (
            ("added", change.added),
            ("changed", change.changed),
            ("dropped", change.dropped),
        )
        if tables
    ]
    if not legend:
        return ["Tables unchanged: the change is to views only (below).", ""]
    lines = [" · ".join(legend) + _LEGEND_TAIL, ""]
    return lines + ([*_fence("mermaid", diagram), ""] if diagram else [])


_LEGEND_TAIL = " (new and changed columns marked; unchanged neighbours show key columns only)"


def _body(sql: str) -> list[str]:
    """The statements of a schema file, without its header comment (it names the version)
    and the blank line after it."""
    lines = sql.splitlines()
    while lines and (lines[0].startswith("--") or not lines[0].strip()):
        lines.pop(0)
    return lines


def _diff(base: int, before: list[str], head: int, after: list[str]) -> str:
    name = "(empty)" if base == 0 else f"schema_v{base}.sql"
    diff = difflib.unified_diff(before, after, name, f"schema_v{head}.sql", lineterm="")
    return "\n".join(diff) + "\n"


def _fence(language: str, text: str) -> list[str]:
    """A fenced block longer than any run of backticks in ``text`` (SQL may hold some)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{language}", *text.rstrip("\n").split("\n"), fence]


def _model(sql: str) -> Schema:
    """The canonical model of a schema file, recreated in memory: the file is DDL only
    (nothing of the project's runs but CREATE statements), so no budget is needed."""
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.executescript(sql)
        return schema_model(conn).without(shadow_tables(schema_objects(conn)))
