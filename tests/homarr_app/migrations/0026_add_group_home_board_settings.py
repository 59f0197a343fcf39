"""Homarr ``packages/db/migrations/sqlite/0025_add-group-home-board-settings.sql``: `group` rebuilt with home boards and a `position` ('everyone' first, the rest by name).

Upstream's `COMMIT TRANSACTION;` / `BEGIN TRANSACTION;` around its PRAGMAs are left out (the
runner owns the step's transaction and denies both; they are there to step out of
Drizzle's one transaction so that `PRAGMA foreign_keys` acts, and inside the runner's
step foreign keys are already off). Every other statement is as written.
"""

from _drizzle import run_statements

from edi_migrations.changes import Backfill

# Groups get a position: 'everyone' first (-1), the others numbered by name (ROW_NUMBER).
CHANGES = (
    Backfill(
        "group",
        "position",
        expression="CASE WHEN name = 'everyone' THEN -1 ELSE (SELECT count(*) FROM \"group\" AS g "
        "WHERE g.name != 'everyone' AND g.name <= \"group\".name) END",
    ),
)

LINT_ACKNOWLEDGED = {
    "EM104": "upstream's file, as written; inside the step it changes nothing (the runner has turned foreign keys off)",
}

SQL = r"""
PRAGMA foreign_keys = OFF;
--> statement-breakpoint
CREATE TABLE `__new_group` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`owner_id` text,
    `home_board_id` text,
    `mobile_home_board_id` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`home_board_id`) REFERENCES `board`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`mobile_home_board_id`) REFERENCES `board`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_group`("id", "name", "owner_id", "position") SELECT "id", "name", "owner_id", -1 FROM `group` WHERE "name" = 'everyone';
--> statement-breakpoint
INSERT INTO `__new_group`("id", "name", "owner_id", "position") SELECT "id", "name", "owner_id", ROW_NUMBER() OVER(ORDER BY "name") FROM `group` WHERE "name" != 'everyone';
--> statement-breakpoint
DROP TABLE `group`;
--> statement-breakpoint
ALTER TABLE `__new_group` RENAME TO `group`;
--> statement-breakpoint
CREATE UNIQUE INDEX `group_name_unique` ON `group` (`name`);
--> statement-breakpoint
PRAGMA foreign_keys = ON;
--> statement-breakpoint
"""


def upgrade(conn):
    run_statements(conn, SQL)
