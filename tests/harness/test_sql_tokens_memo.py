"""``tokenize`` is remembered by its text (a long chain's spec tokenized the same views'
and triggers' SQL thousands of times): a caller changing the list it got back never
changes what the next caller of the same text gets."""

from __future__ import annotations

from edi_migrations.harness.rows.sql_tokens import tokenize

VIEW = "CREATE VIEW totals AS SELECT sum(amount) FROM \"line items\" WHERE x = 'a''b'"


def test_a_changed_token_list_is_not_what_the_next_caller_gets():
    first = tokenize(VIEW)
    expected = list(first)
    first.append(("op", ";"))
    first[0] = ("word", "drop")
    assert tokenize(VIEW) == expected


def test_two_texts_are_two_token_lists():
    assert tokenize("sum(a)") == [("word", "sum"), ("op", "("), ("word", "a"), ("op", ")")]
    assert tokenize("sum([b c])") == [("word", "sum"), ("op", "("), ("name", "b c"), ("op", ")")]
    assert tokenize(VIEW)[-1] == ("str", "'a''b'")
