"""The lint's rules: each a code, a title, why it is risky and the fix.

Data only; ``matcher.py`` holds the matcher (``refused.py`` EM117's finding). Codes are
stable (a migration acknowledges one by its code in ``LINT_ACKNOWLEDGED``); EM001 is the
floor check's.
"""

from __future__ import annotations

from dataclasses import dataclass

from edi_migrations.runner import attach_refusal


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    why: str
    fix: str


TWELVE_STEPS = "https://sqlite.org/lang_altertable.html#otheralter"

RULES: tuple[Rule, ...] = (
    Rule(
        "EM101",
        "table rebuild renames the old table first",
        "from SQLite 3.26 a table rename rewrites the foreign keys, views and triggers "
        "that name the table, so renaming the old table away points them at the copy "
        "that is then dropped (Django shipped this bug before its 3.26 fix)",
        "create the new table under a temporary name, copy the rows, drop the old table, "
        f"then rename the new one into place ({TWELVE_STEPS}; "
        "edi_migrations.rebuild.rebuild_tables does this)",
    ),
    Rule(
        "EM102",
        "table rebuild does not recreate an index, trigger or view",
        "dropping a table drops its indexes and triggers, and a view that read it breaks; "
        "after the rebuild they are gone unless the migration creates them again",
        "save the table's indexes, triggers and views from sqlite_master before the rebuild "
        "and run their SQL after the rename (rebuild_tables does), or declare the drop "
        "with DropObject(kind, name)",
    ),
    Rule(
        "EM103",
        "foreign keys switched ON during a table rebuild",
        "with foreign keys ON, dropping the old table deletes its rows first: ON DELETE "
        "CASCADE empties the child tables and other references make the DROP fail; the "
        "12-step procedure keeps them OFF and runs foreign_key_check after",
        "leave PRAGMA foreign_keys to the runner: OFF around the migration, "
        "foreign_key_check after it",
    ),
    Rule(
        "EM104",
        "PRAGMA foreign_keys inside a transaction",
        "SQLite ignores PRAGMA foreign_keys inside a transaction, and every migration runs "
        "inside the runner's: the statement neither enables nor disables enforcement",
        "remove it: the runner turns foreign keys off before the transaction and checks "
        "for violations before COMMIT",
    ),
    Rule(
        "EM105",
        "ADD COLUMN with a non-constant default",
        "on a table that has rows SQLite refuses ALTER TABLE ADD COLUMN whose DEFAULT is "
        "CURRENT_TIME/DATE/TIMESTAMP or an expression ('Cannot add a column with "
        "non-constant default'); a fresh install's empty table passes (sqldelight#5632)",
        "add the column with a constant default (or none) and fill it with an UPDATE, "
        "or rebuild the table with the new default",
    ),
    Rule(
        "EM106",
        "ADD COLUMN NOT NULL without a default",
        "on a table that has rows SQLite refuses it ('Cannot add a NOT NULL column with "
        "default value NULL'); a fresh install's empty table passes",
        "give the column a constant DEFAULT, or add it nullable, backfill it and rebuild "
        "the table with NOT NULL",
    ),
    Rule(
        "EM107",
        "UNIQUE index created over existing data",
        "rows already in the table may hold duplicates: CREATE UNIQUE INDEX then fails on "
        "those users' databases, never on a fresh install",
        "resolve or quarantine duplicates in the same migration before creating the index, "
        "then acknowledge the rule saying how (the lint cannot see them gone); or "
        "acknowledge it when the data cannot hold duplicates, saying why",
    ),
    Rule(
        "EM108",
        "VACUUM in a migration",
        "VACUUM cannot run inside the migration's transaction, cannot be rolled back and "
        "rewrites the whole file (it needs as much free disk again)",
        "run VACUUM outside the migrations, as maintenance after the upgrade",
    ),
    Rule(
        "EM109",
        "PRAGMA legacy_alter_table in a migration",
        "it switches table renames back to pre-3.26 behaviour (references not rewritten) "
        "for the rest of the connection; the runner and the harness run with it OFF",
        "remove it and rebuild tables the 12-step way, which needs no legacy behaviour",
    ),
    Rule(
        "EM110",
        "DROP of a table other tables reference",
        "tables whose foreign keys name the dropped table are left pointing at nothing: "
        "foreign_key_check reports their rows and, with enforcement on, writes to them fail",
        "in the same migration drop or rebuild the referencing tables without the "
        "reference, or recreate the table under its name",
    ),
    Rule(
        "EM115",
        "PRAGMA journal_mode inside a transaction",
        "SQLite changes no journal mode inside a transaction, and every migration runs "
        "inside the runner's: the statement returns the mode the file has and sets none",
        "remove it: set the mode where the app opens its connection (WAL, once set "
        "outside a transaction, stays with the file)",
    ),
    # Found from the runner's refusal, not the statements (lint/refused.py): SQLite's
    # authorizer denies the statement before it runs, so no trace holds it.
    Rule(
        "EM117",
        "another database file attached, or written through the app's connect",
        attach_refusal.WHY,
        attach_refusal.FIX,
    ),
)

PREVIOUS_APP = (
    "the app one version back (an update rolled back, a second machine, a worker not yet "
    "restarted) runs its statements on the upgraded file"
)
PROOF = (
    "test_previous_app_still_works runs the previous app on the upgraded file and says; "
    'a break on purpose is declared with BreaksPreviousApp("why") in CHANGES'
)
# Advisory (edi_migrations.lint.previous_app_rules): reported, never failing the lint.
PREVIOUS_APP_RULES: tuple[Rule, ...] = (
    Rule("EM111", "RENAME COLUMN of a column the previous app may name",
         f"{PREVIOUS_APP}: each of its reads and writes naming the old column fails", PROOF),
    Rule("EM112", "RENAME TABLE of a table the previous app may name",
         f"{PREVIOUS_APP}: each of its statements naming the old table fails", PROOF),
    Rule("EM113", "DROP COLUMN of a column the previous app may name",
         f"{PREVIOUS_APP}: its reads and INSERTs naming the column fail", PROOF),
    Rule("EM114", "CHECK added or changed on a table the previous app writes",
         f"{PREVIOUS_APP}: a narrower CHECK refuses rows it still writes", PROOF),
)  # fmt: skip

# Advisory: about the migration file itself, not its statements.
NO_DOCSTRING = Rule(
    "EM116",
    "migration file without a docstring",
    "the reviewer of a migration reads what it does and why in its docstring; the "
    "runner and the harness run it all the same",
    'open the file with a docstring: """What it changes, and why."""',
)

BY_CODE = {rule.code: rule for rule in (*RULES, *PREVIOUS_APP_RULES, NO_DOCSTRING)}
