"""Home Assistant recorder, schema version 0: the tables SQLAlchemy made from the
recorder's ``models.py`` before schema versions were tracked, as the home-assistant.io
"Database" page (2016-10-10) lists them from `sqlite_master`; and `schema_changes` with
the row (0) the first versioned release wrote into such a database
(`_inspect_schema_version`: no index on `events.time_fired`, so version 0).
"""


def upgrade(conn):
    conn.executescript(
        """
CREATE TABLE events (
	event_id INTEGER NOT NULL,
	event_type VARCHAR(32),
	event_data TEXT,
	origin VARCHAR(32),
	time_fired DATETIME,
	created DATETIME,
	PRIMARY KEY (event_id)
);
CREATE INDEX ix_events_event_type ON events (event_type);
CREATE TABLE recorder_runs (
	run_id INTEGER NOT NULL,
	start DATETIME,
	"end" DATETIME,
	closed_incorrect BOOLEAN,
	created DATETIME,
	PRIMARY KEY (run_id),
	CHECK (closed_incorrect IN (0, 1))
);
CREATE TABLE states (
	state_id INTEGER NOT NULL,
	domain VARCHAR(64),
	entity_id VARCHAR(64),
	state VARCHAR(255),
	attributes TEXT,
	event_id INTEGER,
	last_changed DATETIME,
	last_updated DATETIME,
	created DATETIME,
	PRIMARY KEY (state_id),
	FOREIGN KEY(event_id) REFERENCES events (event_id)
);
CREATE INDEX states__significant_changes ON states (domain, last_updated, entity_id);
CREATE INDEX states__state_changes ON states (last_changed, last_updated, entity_id);
CREATE TABLE schema_changes (
	change_id INTEGER NOT NULL,
	schema_version INTEGER,
	changed DATETIME,
	PRIMARY KEY (change_id)
);
"""
    )
    conn.execute(
        "INSERT INTO schema_changes (schema_version, changed) VALUES (0, '2017-02-26 00:00:00.000000')"
    )
