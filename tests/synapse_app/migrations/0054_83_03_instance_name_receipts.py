"""Synapse ``synapse/storage/schema/main/delta/83/03_instance_name_receipts.sql.sqlite`` (main store, SQLite only), verbatim, run by ``conn.executescript``."""


def upgrade(conn):
    conn.executescript(
        r"""
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

-- This already exists on Postgres.
ALTER TABLE receipts_linearized ADD COLUMN instance_name TEXT;
"""
    )
