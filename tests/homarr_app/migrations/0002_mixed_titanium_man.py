"""Homarr ``packages/db/migrations/sqlite/0001_mixed_titanium_man.sql``: `user` gets `homeBoardId` (a foreign key to `board`) by a hand-written rebuild through `__user_old`.

Upstream's `COMMIT TRANSACTION;` / `BEGIN TRANSACTION;` around its PRAGMAs are left out (the
runner owns the step's transaction and denies both; they are there to step out of
Drizzle's one transaction so that `PRAGMA foreign_keys` acts, and inside the runner's
step foreign keys are already off). Every other statement is as written.
"""

from _drizzle import run_statements

LINT_ACKNOWLEDGED = {
    "EM101": "upstream's hand-written rebuild renames user away first; its closing pair of renames (user to __user_old and back) points the references it moved at the new user again",
    "EM104": "upstream's file, as written; inside the step it changes nothing (the runner has turned foreign keys off)",
}

SQL = r"""
PRAGMA foreign_keys = OFF;
--> statement-breakpoint
ALTER TABLE `user` RENAME TO `__user_old`;
--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text,
	`email` text,
	`emailVerified` integer,
	`image` text,
	`password` text,
	`salt` text,
    `homeBoardId` text,
    FOREIGN KEY (`homeBoardId`) REFERENCES `board`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `user` SELECT `id`, `name`, `email`, `emailVerified`, `image`, `password`, `salt`, null FROM `__user_old`;
--> statement-breakpoint
DROP TABLE `__user_old`;
--> statement-breakpoint
ALTER TABLE `user` RENAME TO `__user_old`;
--> statement-breakpoint
ALTER TABLE `__user_old` RENAME TO `user`;
--> statement-breakpoint
PRAGMA foreign_keys = ON;
--> statement-breakpoint
"""


def upgrade(conn):
    run_statements(conn, SQL)
