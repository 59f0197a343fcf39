"""Every SQLite feature a migration may use that not every user's SQLite has.

EDI runs on its users' SQLite (Ubuntu 20.04 links 3.31.1, python.org builds bundle
3.45 and later), so each feature names the release that added it, its release note,
and how to recognise it in a traced statement (tokens, never raw text). Behaviour
changes are here too: the statement runs everywhere but does something else below
the version. ``docs/sqlite-features.md`` is rendered from this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from edi_migrations.lint import ddl
from edi_migrations.lint.behaviour import checked_add_column, generated, repointing_rename
from edi_migrations.lint.replay import Schema
from edi_migrations.lint.statements import Statement, Token, closing, find_words

Version = tuple[int, int, int]
Matcher = Callable[[Statement, Schema], bool]
RELEASE_LOG = "https://sqlite.org/releaselog/{}.html"


def parse_version(text: str) -> Version:
    """``"3.31"`` or ``"3.31.1"`` as a comparable tuple; ValueError naming the text."""
    parts = text.strip().split(".")
    if not 2 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"SQLite version {text!r} is not X.Y or X.Y.Z")
    major, minor, patch = (int(p) for p in [*parts, "0"][:3])
    return major, minor, patch


def version_text(version: Version) -> str:
    return ".".join(str(p) for p in version)


@dataclass(frozen=True)
class Feature:
    name: str
    added: Version
    kind: str  # syntax, function, behaviour
    recognised_by: str  # what the matcher looks for, for the docs
    matches: Matcher

    @property
    def source(self) -> str:
        return RELEASE_LOG.format("_".join(str(p) for p in self.added))


def _syntax(test: Callable[[tuple[Token, ...]], bool]) -> Matcher:
    return lambda statement, schema: test(statement.tokens)


def _words(*words: str) -> Matcher:
    return _syntax(lambda toks: find_words(toks, *words) is not None)


def _any_words(*runs: tuple[str, ...]) -> Matcher:
    return _syntax(lambda toks: any(find_words(toks, *run) is not None for run in runs))


_NAMES_NEXT = ("table", "into", "references", "exists", "index", "view", "trigger", "with")


def _function(*names: str, prefix: str = "") -> Matcher:
    def test(toks: tuple[Token, ...]) -> bool:
        return any(
            t.kind == "word"
            and (t.text in names or (prefix and t.text.startswith(prefix)))
            and _called(toks, i)
            for i, t in enumerate(toks)
        )

    return _syntax(test)


def _called(toks: tuple[Token, ...], at: int) -> bool:
    """Whether the word at ``at`` is a function call, not a table named like one
    (``INSERT INTO json_cache (...)``, ``CREATE INDEX i ON concat(x)``)."""
    if at + 1 >= len(toks) or not toks[at + 1].is_op("("):
        return False
    if at == 0:
        return True
    before = toks[at - 1]
    if before.is_op(".") or before.is_word(*_NAMES_NEXT):
        return False
    index = toks[0].is_word("create") and find_words(toks[:at], "index") is not None
    return not (before.is_word("on") and index)


def _after_paren(word: str) -> Matcher:
    """``word`` right after a closing parenthesis: ``count(*) OVER``, ``sum(x) FILTER``."""
    return _syntax(
        lambda toks: any(
            t.is_word(word) and toks[i - 1].is_op(")") for i, t in enumerate(toks) if i
        )
    )


def _upsert(toks: tuple[Token, ...]) -> bool:
    at = find_words(toks, "on", "conflict")
    while at is not None:
        if at + 2 < len(toks) and (toks[at + 2].is_op("(") or toks[at + 2].is_word("do")):
            return True
        at = find_words(toks, "on", "conflict", start=at + 1)
    return False


def _arrow(toks: tuple[Token, ...]) -> bool:
    return any(
        a.is_op("-") and b.is_op(">", ">>") and a.end == b.start
        for a, b in zip(toks, toks[1:], strict=False)
    )


def _generated_column(statement: Statement, schema: Schema) -> bool:
    effect = ddl.read(statement)
    if effect.action == "add column":
        return generated(effect.body)
    if effect.action == "create" and effect.kind == "table":
        return any(generated(d) for d in ddl.column_definitions(effect.body))
    return False


def _strict(statement: Statement, schema: Schema) -> bool:
    effect = ddl.read(statement)
    toks = statement.tokens
    if effect.action != "create" or effect.kind != "table" or find_words(toks, "(") is None:
        return False
    tail = toks[closing(toks, find_words(toks, "(") or 0) + 1 :]
    return any(t.is_word("strict") for t in tail)


def _action(action: str) -> Matcher:
    return lambda statement, schema: ddl.read(statement).action == action


def _returning(statement: Statement, schema: Schema) -> bool:
    dml = statement.starts("insert") or statement.starts("replace") or statement.starts("update")
    dml = dml or statement.starts("delete") or statement.starts("with")
    return dml and statement.has_words("returning")


FEATURES: tuple[Feature, ...] = (
    Feature("UPSERT (INSERT ... ON CONFLICT DO)", (3, 24, 0), "syntax",
            "`ON CONFLICT` followed by `(` or `DO`", _syntax(_upsert)),
    Feature("ALTER TABLE ... RENAME COLUMN", (3, 25, 0), "syntax",
            "`ALTER TABLE t RENAME [COLUMN] a TO b`", _action("rename column")),
    Feature("window functions (OVER)", (3, 25, 0), "syntax",
            "`OVER` right after a function call's `)`", _after_paren("over")),
    Feature("table rename rewrites references to it", (3, 26, 0), "behaviour",
            "`ALTER TABLE t RENAME TO u` while other tables' foreign keys, views or "
            "triggers name `t` (triggers and views follow from 3.25.0, foreign keys "
            "always from 3.26.0; below, they keep naming `t`)", repointing_rename),
    Feature("FILTER clause on aggregate functions", (3, 30, 0), "syntax",
            "`FILTER` right after a function call's `)`", _after_paren("filter")),
    Feature("NULLS FIRST / NULLS LAST", (3, 30, 0), "syntax",
            "`NULLS FIRST` or `NULLS LAST`", _any_words(("nulls", "first"), ("nulls", "last"))),
    Feature("generated columns", (3, 31, 0), "syntax",
            "a column definition with `AS (` (CREATE TABLE or ADD COLUMN)", _generated_column),
    Feature("iif()", (3, 32, 0), "function", "`iif(`", _function("iif")),
    Feature("ALTER TABLE ... DROP COLUMN", (3, 35, 0), "syntax",
            "`ALTER TABLE t DROP [COLUMN] c`", _action("drop column")),
    Feature("RETURNING", (3, 35, 0), "syntax",
            "`RETURNING` in INSERT, UPDATE or DELETE", _returning),
    Feature("MATERIALIZED CTE hints", (3, 35, 0), "syntax",
            "`AS MATERIALIZED (` or `AS NOT MATERIALIZED (`",
            _any_words(("as", "materialized", "("), ("as", "not", "materialized", "("))),
    Feature("ADD COLUMN validates CHECK on existing rows", (3, 37, 0), "behaviour",
            "`ADD COLUMN` with a CHECK its DEFAULT does not satisfy (or a generated NOT NULL "
            "column) on a table with rows: from 3.37.0 it fails, below, rows stay in "
            "violation", checked_add_column),
    Feature("STRICT tables", (3, 37, 0), "syntax",
            "`STRICT` after a CREATE TABLE's column list", _strict),
    Feature("-> and ->> JSON operators", (3, 38, 0), "syntax", "`->` or `->>`", _syntax(_arrow)),
    Feature("built-in JSON functions", (3, 38, 0), "function",
            "`json(` or `json_...(` (before 3.38.0 only where compiled with JSON1)",
            _function("json", prefix="json_")),
    Feature("unixepoch()", (3, 38, 0), "function", "`unixepoch(`", _function("unixepoch")),
    Feature("format()", (3, 38, 0), "function", "`format(` (printf() is older)",
            _function("format")),
    Feature("IS [NOT] DISTINCT FROM", (3, 39, 0), "syntax", "`IS [NOT] DISTINCT FROM`",
            _any_words(("is", "distinct", "from"), ("is", "not", "distinct", "from"))),
    Feature("RIGHT and FULL OUTER JOIN", (3, 39, 0), "syntax",
            "`RIGHT [OUTER] JOIN` or `FULL [OUTER] JOIN`",
            _any_words(("right", "join"), ("right", "outer", "join"), ("full", "join"),
                       ("full", "outer", "join"))),
    Feature("unhex()", (3, 41, 0), "function", "`unhex(`", _function("unhex")),
    Feature("octet_length() and timediff()", (3, 43, 0), "function",
            "`octet_length(` or `timediff(`", _function("octet_length", "timediff")),
    Feature("concat() and concat_ws()", (3, 44, 0), "function", "`concat(` or `concat_ws(`",
            _function("concat", "concat_ws")),
    Feature("string_agg()", (3, 44, 0), "function", "`string_agg(`", _function("string_agg")),
    Feature("JSONB functions", (3, 45, 0), "function", "`jsonb(` or `jsonb_...(`",
            _function("jsonb", prefix="jsonb_")),
)  # fmt: skip


def used_by(statement: Statement, schema: Schema) -> list[Feature]:
    """The features ``statement`` uses (or whose behaviour it depends on) in ``schema``."""
    return [f for f in FEATURES if f.matches(statement, schema)]


def render_markdown() -> str:
    """docs/sqlite-features.md: the table above, with the source of each row."""
    lines = [
        "# SQLite features and the versions that added them",
        "",
        "Generated from `edi_migrations/sqlite_features.py` "
        "(`python -m edi_migrations.lint.features > docs/sqlite-features.md`);",
        "a test keeps the two in agreement. The floor check fails a migration whose traced",
        "statements use a feature newer than the declared floor "
        '(`[tool.edi-migrations] sqlite-floor = "X.Y"`).',
        "",
        "| Feature | Since | Kind | Recognised by | Source |",
        "|---|---|---|---|---|",
    ]
    for f in FEATURES:
        row = [f.name, version_text(f.added), f.kind, f.recognised_by, f"<{f.source}>"]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render_markdown(), end="")
