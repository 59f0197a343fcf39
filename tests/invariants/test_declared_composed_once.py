"""A path's declarations are composed once per process for the same declarations: the
paths of one start version share them; other declarations (an edited migration) are
composed anew."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from edi_migrations.harness.invariants.declared import Declared, declared_between
from edi_migrations.runner.discovery import load_migrations

EXAMPLE = Path(__file__).resolve().parents[1] / "example_app" / "migrations"


def test_the_same_declarations_are_composed_once():
    chain = load_migrations(EXAMPLE)
    first = declared_between(chain, 1, len(chain))
    assert declared_between(load_migrations(EXAMPLE), 1, len(chain)) is first


def test_an_edited_migration_is_composed_again():
    chain = load_migrations(EXAMPLE)
    first = declared_between(chain, 0, len(chain))
    edited = (*chain[:-1], replace(chain[-1], changes=()))
    again = declared_between(edited, 0, len(chain))
    assert again is not first
    assert again == Declared.of([c for m in chain[:-1] for c in m.changes])
