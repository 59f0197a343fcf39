"""Homarr ``packages/db/migrations/sqlite/0030_migrate_item_and_section_for_layouts.sql``: `item` and `section` lose their positions (now in the layouts), `board` loses `column_count`.

Upstream's `COMMIT TRANSACTION;` / `BEGIN TRANSACTION;` around its PRAGMAs are left out (the
runner owns the step's transaction and denies both; they are there to step out of
Drizzle's one transaction so that `PRAGMA foreign_keys` acts, and inside the runner's
step foreign keys are already off). Every other statement is as written.
"""

from _drizzle import run_statements

from edi_migrations.changes import Backfill, DropColumn, DropConstraint, Recompute

# Positions move into the layouts (`0030`): items lose theirs and their section and take
# their section's board; sections lose their size and parent, a dynamic section its
# offsets; boards lose their column count (now each layout's).
CHANGES = (
    Backfill(
        "item",
        "board_id",
        expression="(SELECT board_id FROM section WHERE section.id = item.section_id)",
    ),
    *(DropColumn("item", c) for c in ("section_id", "x_offset", "y_offset", "width", "height")),
    *(DropColumn("section", c) for c in ("width", "height", "parent_section_id")),
    *(DropConstraint("section", "not null", column=c) for c in ("x_offset", "y_offset")),
    *(
        Recompute("section", c, expression=f"CASE WHEN kind = 'dynamic' THEN NULL ELSE {c} END")
        for c in ("x_offset", "y_offset")
    ),
    DropColumn("board", "column_count"),
)

LINT_ACKNOWLEDGED = {
    "EM104": "upstream's file, as written; inside the step it changes nothing (the runner has turned foreign keys off)",
}

SQL = r"""
-- Custom SQL migration file, put your code below! --
PRAGMA foreign_keys=OFF;
--> statement-breakpoint
CREATE TABLE `__new_item` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`kind` text NOT NULL,
	`options` text DEFAULT '{"json": {}}' NOT NULL,
	`advanced_options` text DEFAULT '{"json": {}}' NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `board`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_item`("id", "board_id", "kind", "options", "advanced_options") SELECT "item"."id", "section"."board_id", "item"."kind", "item"."options", "item"."advanced_options" FROM `item` LEFT JOIN `section` ON section.id=item.section_id;
--> statement-breakpoint
DROP TABLE `item`;
--> statement-breakpoint
ALTER TABLE `__new_item` RENAME TO `item`;
--> statement-breakpoint
CREATE TABLE `__new_section` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`kind` text NOT NULL,
	`x_offset` integer,
	`y_offset` integer,
	`name` text,
	FOREIGN KEY (`board_id`) REFERENCES `board`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_section`("id", "board_id", "kind", "x_offset", "y_offset", "name") SELECT "id", "board_id", "kind", "x_offset", "y_offset", "name" FROM `section`;
--> statement-breakpoint
DROP TABLE `section`;
--> statement-breakpoint
ALTER TABLE `__new_section` RENAME TO `section`;
--> statement-breakpoint
UPDATE `section` SET `x_offset` = NULL, `y_offset` = NULL WHERE `kind` = 'dynamic';
--> statement-breakpoint
ALTER TABLE `board` DROP COLUMN `column_count`;
--> statement-breakpoint
PRAGMA foreign_keys=ON;
--> statement-breakpoint
"""


def upgrade(conn):
    run_statements(conn, SQL)
