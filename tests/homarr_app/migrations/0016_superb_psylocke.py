"""Homarr ``packages/db/migrations/sqlite/0015_superb_psylocke.sql``: `search_engine` rebuilt: `url_template` optional, `type` and `integration_id` added."""

from _drizzle import run_statements

from edi_migrations.changes import DropConstraint

# A search engine of an integration has no URL template.
CHANGES = (DropConstraint("search_engine", "not null", column="url_template"),)

LINT_ACKNOWLEDGED = {
    "EM104": "upstream's file, as written; inside the step it changes nothing (the runner has turned foreign keys off)",
}

SQL = r"""
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_search_engine` (
	`id` text PRIMARY KEY NOT NULL,
	`icon_url` text NOT NULL,
	`name` text NOT NULL,
	`short` text NOT NULL,
	`description` text,
	`url_template` text,
	`type` text DEFAULT 'generic' NOT NULL,
	`integration_id` text,
	FOREIGN KEY (`integration_id`) REFERENCES `integration`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_search_engine`("id", "icon_url", "name", "short", "description", "url_template") SELECT "id", "icon_url", "name", "short", "description", "url_template" FROM `search_engine`;--> statement-breakpoint
DROP TABLE `search_engine`;--> statement-breakpoint
ALTER TABLE `__new_search_engine` RENAME TO `search_engine`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
"""


def upgrade(conn):
    run_statements(conn, SQL)
