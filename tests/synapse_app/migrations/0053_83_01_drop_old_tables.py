"""Synapse ``synapse/storage/schema/main/delta/83/01_drop_old_tables.sql`` (main store), verbatim, run by ``conn.executescript``."""

from edi_migrations.changes import DropTable

CHANGES = (
    # upstream's point: tables of features removed from Synapse dropped
    DropTable("event_txn_id"),
    DropTable("insertion_events"),
    DropTable("insertion_event_edges"),
    DropTable("insertion_event_extremities"),
    DropTable("batch_events"),
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

-- Drop the old event transaction ID table, the event_txn_id_device_id table
-- should be used instead.
DROP TABLE IF EXISTS event_txn_id;

-- Drop tables related to MSC2716 since the implementation is being removed
DROP TABLE IF EXISTS insertion_events;
DROP TABLE IF EXISTS insertion_event_edges;
DROP TABLE IF EXISTS insertion_event_extremities;
DROP TABLE IF EXISTS batch_events;
"""
    )
