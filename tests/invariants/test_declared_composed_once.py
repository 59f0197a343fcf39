"""A path's declarations are composed once per process for the same migration files:
the paths of one start version share them; another file (another checksum) does not."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from edi_migrations.harness.invariants.declared import declared_between
from edi_migrations.runner.discovery import load_migrations

EXAMPLE = Path(__file__).resolve().parents[1] / "example_app" / "migrations"


def test_the_same_files_give_the_same_declarations_composed_once():
    chain = load_migrations(EXAMPLE)
    first = declared_between(chain, 1, len(chain))
    assert declared_between(load_migrations(EXAMPLE), 1, len(chain)) is first


def test_an_edited_migration_is_composed_again():
    chain = load_migrations(EXAMPLE)
    first = declared_between(chain, 0, len(chain))
    edited = (*chain[:-1], replace(chain[-1], checksum="edited", changes=()))
    again = declared_between(edited, 0, len(chain))
    assert again is not first
    assert again == declared_between(chain[:-1], 0, len(chain) - 1)


def test_a_downgrade_path_is_not_an_upgrade_path():
    chain = load_migrations(EXAMPLE)
    assert declared_between(chain, 1, 2) is not declared_between(chain, 2, 1)
