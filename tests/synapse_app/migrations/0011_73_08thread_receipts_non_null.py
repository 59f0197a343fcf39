"""Synapse ``synapse/storage/schema/main/delta/73/08thread_receipts_non_null.sql.sqlite`` (main store, SQLite only), verbatim, run by ``conn.executescript``."""

from edi_migrations.changes import AddRows, DropConstraint, DropObject

CHANGES = (
    # upstream's point: a background update queued (a data row here: the port does not run it)
    AddRows("background_updates"),
    # upstream's point: the unique indexes without thread_id go with the rebuild, background
    # updates make new ones with it (the columns the rebuild leaves out are not declared)
    DropObject("index", "receipts_linearized_unique_index"),
    DropObject("index", "receipts_graph_unique_index"),
    DropConstraint("receipts_linearized", "unique", column="room_id, receipt_type, user_id"),
    DropConstraint("receipts_graph", "unique", column="room_id, receipt_type, user_id"),
)


def upgrade(conn):
    conn.executescript(
        r"""
/* Copyright 2022 The Matrix.org Foundation C.I.C
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *    http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

-- Drop constraint on (room_id, receipt_type, user_id).
--
-- SQLite doesn't support modifying constraints to an existing table, so it must
-- be recreated.

-- Create the new tables.
CREATE TABLE receipts_linearized_new (
    stream_id BIGINT NOT NULL,
    room_id TEXT NOT NULL,
    receipt_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    thread_id TEXT,
    event_stream_ordering BIGINT,
    data TEXT NOT NULL,
    CONSTRAINT receipts_linearized_uniqueness_thread UNIQUE (room_id, receipt_type, user_id, thread_id)
);

CREATE TABLE receipts_graph_new (
    room_id TEXT NOT NULL,
    receipt_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    event_ids TEXT NOT NULL,
    thread_id TEXT,
    data TEXT NOT NULL,
    CONSTRAINT receipts_graph_uniqueness_thread UNIQUE (room_id, receipt_type, user_id, thread_id)
);

-- Drop the old indexes.
DROP INDEX IF EXISTS receipts_linearized_id;
DROP INDEX IF EXISTS receipts_linearized_room_stream;
DROP INDEX IF EXISTS receipts_linearized_user;

-- Copy the data.
INSERT INTO receipts_linearized_new (stream_id, room_id, receipt_type, user_id, event_id, data)
    SELECT stream_id, room_id, receipt_type, user_id, event_id, data
    FROM receipts_linearized;
INSERT INTO receipts_graph_new (room_id, receipt_type, user_id, event_ids, data)
    SELECT room_id, receipt_type, user_id, event_ids, data
    FROM receipts_graph;

-- Drop the old tables.
DROP TABLE receipts_linearized;
DROP TABLE receipts_graph;

-- Rename the tables.
ALTER TABLE receipts_linearized_new RENAME TO receipts_linearized;
ALTER TABLE receipts_graph_new RENAME TO receipts_graph;

-- Create the indices.
CREATE INDEX receipts_linearized_id ON receipts_linearized( stream_id );
CREATE INDEX receipts_linearized_room_stream ON receipts_linearized( room_id, stream_id );
CREATE INDEX receipts_linearized_user ON receipts_linearized( user_id );

-- Re-run background updates from 72/08thread_receipts.sql.
INSERT INTO background_updates (ordering, update_name, progress_json) VALUES
  (7308, 'receipts_linearized_unique_index', '{}')
  ON CONFLICT (update_name) DO NOTHING;
INSERT INTO background_updates (ordering, update_name, progress_json) VALUES
  (7308, 'receipts_graph_unique_index', '{}')
  ON CONFLICT (update_name) DO NOTHING;
"""
    )
