"""``find_words``: where a run of keywords (and punctuation) starts among a statement's
tokens. The lint's floor check asks it of every traced statement for every feature, so
it is the lint's inner loop; these specs pin what it answers."""

from __future__ import annotations

import pytest

from edi_migrations.lint.statements import find_words, lex

CASES = [
    # sql, words, start, expected index
    ("ALTER TABLE t DROP COLUMN c", ("drop", "column"), 0, 3),
    ("alter table t drop column c", ("DROP",), 0, None),  # words are given lower-case
    ("CREATE TABLE t (x) STRICT", ("(",), 0, 3),  # punctuation matches operator tokens
    ('CREATE TABLE "drop" (x)', ("drop",), 0, None),  # a quoted identifier is no keyword
    ("SELECT 'on conflict'", ("on", "conflict"), 0, None),  # nor is a string
    ("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING", ("on", "conflict"), 0, 7),
    ("CHECK (a) CHECK (b)", ("check", "("), 0, 0),
    ("CHECK (a) CHECK (b)", ("check", "("), 1, 4),  # from ``start`` on
    ("CHECK (a) CHECK (b)", ("check", "("), 5, None),
    ("DROP", ("drop", "column"), 0, None),  # a run longer than what is left
    ("a b a b c", ("a", "b", "c"), 0, 2),  # the first full run, not the first partial one
    ("", ("drop",), 0, None),
]


@pytest.mark.parametrize(("sql", "words", "start", "expected"), CASES)
def test_find_words_answers_the_index_of_the_first_run_at_or_after_start(
    sql, words, start, expected
):
    assert find_words(lex(sql), *words, start=start) == expected
