"""Homarr ``packages/db/migrations/sqlite/0006_windy_doctor_faustus.sql``: `section` rebuilt with offsets, sizes and a parent section (its `position` becomes `y_offset`).

Upstream's `COMMIT TRANSACTION;` / `BEGIN TRANSACTION;` around its PRAGMAs are left out (the
runner owns the step's transaction and denies both; they are there to step out of
Drizzle's one transaction so that `PRAGMA foreign_keys` acts, and inside the runner's
step foreign keys are already off). Every other statement is as written.
"""

from _drizzle import run_statements

from edi_migrations.changes import Backfill, RenameColumn

# `section.position` is copied into the new `y_offset`; every section starts at `x_offset` 0.
CHANGES = (
    RenameColumn("section", "position", "y_offset"),
    Backfill("section", "x_offset", constant=0),
)

LINT_ACKNOWLEDGED = {
    "EM101": "upstream's hand-written rebuild renames section away first; its closing pair of renames (section to __section_old and back) points the references it moved at the new section again",
    "EM104": "upstream's file, as written; inside the step it changes nothing (the runner has turned foreign keys off)",
}

SQL = r"""
PRAGMA foreign_keys = OFF;
--> statement-breakpoint
ALTER TABLE `section` RENAME TO `__section_old`;
--> statement-breakpoint
CREATE TABLE `section` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`kind` text NOT NULL,
	`x_offset` integer NOT NULL,
	`y_offset` integer NOT NULL,
	`width` integer,
	`height` integer,
	`name` text,
    `parent_section_id` text,
	FOREIGN KEY (`board_id`) REFERENCES `board`(`id`) ON UPDATE no action ON DELETE cascade
	FOREIGN KEY (`parent_section_id`) REFERENCES `section`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `section` SELECT `id`, `board_id`, `kind`, 0, `position`, null, null, `name`, null FROM `__section_old`;
--> statement-breakpoint
DROP TABLE `__section_old`;
--> statement-breakpoint
ALTER TABLE `section` RENAME TO `__section_old`;
--> statement-breakpoint
ALTER TABLE `__section_old` RENAME TO `section`;
--> statement-breakpoint
PRAGMA foreign_keys = ON;
--> statement-breakpoint
"""


def upgrade(conn):
    run_statements(conn, SQL)
