"""Synapse ``synapse/storage/schema/main/delta/77/05thread_notifications_backfill.sql`` (main store), verbatim, run by ``conn.executescript``."""

from edi_migrations.changes import AddRows, DeleteRows, Recompute

CHANGES = (
    # upstream's point: NULL thread ids become 'main'; summaries without a thread merged
    # into one 'main' row per user and room
    Recompute("event_push_actions_staging", "thread_id", expression="COALESCE(thread_id, 'main')"),
    Recompute("event_push_actions", "thread_id", expression="COALESCE(thread_id, 'main')"),
    DeleteRows("event_push_summary", where="thread_id IS NULL"),
    AddRows("event_push_summary"),
    # upstream's point: the background updates this delta does at once taken off the queue
    DeleteRows(
        "background_updates",
        where="update_name IN ('event_push_backfill_thread_id', 'event_push_actions_thread_id_null',"
        " 'event_push_summary_thread_id_null')",
    ),
)


def app_writes(conn, ctx):
    """From here on Synapse writes every push action and summary with a thread id
    (``'main'`` outside threads): 77/06 then refuses a NULL one."""
    for i in range(ctx.rows):
        event, user, room = f"$push{i}", f"@pushed{i}:example.org", f"!pushroom{i}:example.org"
        thread = "main" if i % 2 else f"$thread{i}"
        conn.execute(
            "INSERT INTO event_push_actions_staging (event_id, user_id, actions, notif, highlight,"
            " unread, thread_id, inserted_ts) VALUES (?, ?, '[\"notify\"]', 1, 0, 0, ?, ?)",
            (event, user, thread, 1_700_000_000_000 + i),
        )
        conn.execute(
            "INSERT INTO event_push_actions (room_id, event_id, user_id, profile_tag, actions,"
            " topological_ordering, stream_ordering, notif, highlight, unread, thread_id)"
            " VALUES (?, ?, ?, NULL, '[\"notify\"]', ?, ?, 1, 0, 0, ?)",
            (room, event, user, i + 1, i + 1, thread),
        )
        conn.execute(
            "INSERT INTO event_push_summary (user_id, room_id, notif_count, stream_ordering,"
            " unread_count, last_receipt_stream_ordering, thread_id) VALUES (?, ?, 1, ?, 1, ?, ?)",
            (user, room, i + 1, i if i % 2 else None, thread),
        )


def upgrade(conn):
    conn.executescript(
        r"""
--
-- This file is licensed under the Affero General Public License (AGPL) version 3.
--
-- Copyright (C) 2023 New Vector, Ltd
--
-- This program is free software: you can redistribute it and/or modify
-- it under the terms of the GNU Affero General Public License as
-- published by the Free Software Foundation, either version 3 of the
-- License, or (at your option) any later version.
--
-- See the GNU Affero General Public License for more details:
-- <https://www.gnu.org/licenses/agpl-3.0.html>.
--
-- Originally licensed under the Apache License, Version 2.0:
-- <http://www.apache.org/licenses/LICENSE-2.0>.
--
-- [This file includes modifications made by New Vector Limited]
--
--
/* Copyright 2023 The Matrix.org Foundation C.I.C
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

-- Force the background updates from 06thread_notifications.sql to run in the
-- foreground as code will now require those to be "done".

DELETE FROM background_updates WHERE update_name = 'event_push_backfill_thread_id';

-- Overwrite any null thread_id values.
UPDATE event_push_actions_staging SET thread_id = 'main' WHERE thread_id IS NULL;
UPDATE event_push_actions SET thread_id = 'main' WHERE thread_id IS NULL;

-- Empirically we can end up with entries in the push summary table with both a
-- `NULL` and `main` thread ID, which causes the insert below to fail. We fudge
-- this by deleting any `NULL` rows that have a corresponding `main`.
DELETE FROM event_push_summary AS a WHERE thread_id IS NULL AND EXISTS (
    SELECT 1 FROM event_push_summary AS b
    WHERE b.thread_id = 'main' AND a.user_id = b.user_id AND a.room_id = b.room_id
);
-- Copy the NULL threads to have a 'main' thread ID.
--
-- Note: Some people seem to have duplicate rows with a `NULL` thread ID, in
-- which case we just fudge it with using MAX of the values. The counts *may* be
-- wrong for such rooms, but a) its an edge case, and b) they'll be fixed when
-- the user reads the room.
INSERT INTO event_push_summary (user_id, room_id, notif_count, stream_ordering, unread_count, last_receipt_stream_ordering, thread_id)
    SELECT user_id, room_id, MAX(notif_count), MAX(stream_ordering), MAX(unread_count), MAX(last_receipt_stream_ordering), 'main'
    FROM event_push_summary
    WHERE thread_id IS NULL
    GROUP BY user_id, room_id, thread_id;

DELETE FROM event_push_summary AS a WHERE thread_id IS NULL;

-- Drop the background updates to calculate the indexes used to find null thread_ids.
DELETE FROM background_updates WHERE update_name = 'event_push_actions_thread_id_null';
DELETE FROM background_updates WHERE update_name = 'event_push_summary_thread_id_null';
"""
    )
