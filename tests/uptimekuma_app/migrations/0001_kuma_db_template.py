# ruff: noqa: W291 (the template's CREATE statements end their lines with a blank, kept)
"""Uptime Kuma's ``db/kuma.db``, the template a fresh install copies (no ``database_version``
row: upstream then runs ``patch1.sql`` onwards). Its schema as ``sqlite_master`` holds it,
verbatim but for CRLF line ends read as LF; it holds no rows.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE [heartbeat](
  [id] INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, 
  [important] BOOLEAN NOT NULL DEFAULT 0, 
  [monitor_id] INTEGER NOT NULL REFERENCES [monitor]([id]) ON DELETE CASCADE ON UPDATE CASCADE, 
  [status] SMALLINT NOT NULL, 
  [msg] TEXT, 
  [time] DATETIME NOT NULL, 
  [ping] INTEGER, 
  [duration] INTEGER NOT NULL DEFAULT 0);

CREATE TABLE [user](
  [id] INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, 
  [username] VARCHAR(255) NOT NULL UNIQUE, 
  [password] VARCHAR(255), 
  [active] BOOLEAN NOT NULL DEFAULT 1, 
  [timezone] VARCHAR(150));

CREATE TABLE [setting](
  [id] INTEGER PRIMARY KEY AUTOINCREMENT, 
  [key] VARCHAR(200) NOT NULL UNIQUE, 
  [value] VARCHAR(200), 
  [type] VARCHAR(20));

CREATE TABLE [notification](
  [id] INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, 
  [name] VARCHAR(255), 
  [config] VARCHAR(255), 
  [active] BOOLEAN NOT NULL DEFAULT 1, 
  [user_id] INTEGER NOT NULL);

CREATE TABLE [monitor_notification](
  [id] INTEGER PRIMARY KEY NOT NULL, 
  [monitor_id] INTEGER NOT NULL REFERENCES [monitor]([id]) ON DELETE CASCADE ON UPDATE CASCADE, 
  [notification_id] INTEGER NOT NULL REFERENCES [notification]([id]) ON DELETE CASCADE ON UPDATE CASCADE);

CREATE INDEX [monitor_id] ON [heartbeat]([monitor_id]);

CREATE INDEX [important] ON [heartbeat]([important]);

CREATE INDEX [monitor_notification_index]
ON [monitor_notification](
  [monitor_id], 
  [notification_id]);

CREATE TABLE "monitor" (
	"id"	INTEGER NOT NULL,
	"name"	VARCHAR(150),
	"active"	BOOLEAN NOT NULL DEFAULT 1,
	"user_id"	INTEGER,
	"interval"	INTEGER NOT NULL DEFAULT 20,
	"url"	TEXT,
	"type"	VARCHAR(20),
	"weight"	INTEGER DEFAULT 2000,
	"hostname"	VARCHAR(255),
	"port"	INTEGER,
	"created_date"	TIMESTAMP,
	"keyword"	VARCHAR(255),
	"maxretries"	INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY("id" AUTOINCREMENT),
	FOREIGN KEY("user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE INDEX "user_id" ON "monitor" (
	"user_id"
);
'''
    )
