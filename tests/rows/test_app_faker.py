"""``ctx.faker`` of ``app_writes``: a Faker seeded for the writer and the version, as
``ctx.rng`` is, so a start database holds the same words whatever was built before it in
the process (a template built by another worker, or after other templates, is the same
file); imported only when used, and without Faker (the wheel installed without its
``[pytest]`` extra) one line says what to install."""

from __future__ import annotations

import random
import sys

import pytest

from edi_migrations.harness.rows.app_data import AppContext


def context(version: int, writer: str) -> AppContext:
    draw = f"7:v{version}:app:{writer}"
    return AppContext(version, 7, 10, random.Random(draw), False, draw=draw)


def test_a_writers_words_do_not_depend_on_what_was_drawn_before():
    words = [context(2, "notes").faker.word() for _ in range(1)]
    first = context(2, "notes")
    drawn = [first.faker.word() for _ in range(3)]
    other = context(3, "tags")
    [other.faker.word() for _ in range(5)]  # another writer, another version, in between
    again = context(2, "notes")
    assert [again.faker.word() for _ in range(3)] == drawn
    assert drawn[0] == words[0]


def test_one_writers_faker_goes_on_drawing():
    ctx = context(2, "notes")
    assert len({ctx.faker.sentence() for _ in range(5)}) > 1


def test_without_faker_the_error_says_to_install_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "faker", None)  # import faker now raises ImportError
    with pytest.raises(ModuleNotFoundError) as caught:
        context(2, "notes").faker.word()
    message = str(caught.value)
    assert "ctx.faker needs Faker" in message
    assert "pip install 'edi-migrations[pytest]'" in message
