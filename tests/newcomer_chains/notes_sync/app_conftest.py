"""The notes app's conftest (copied into a project as ``conftest.py``): what the app
writes at each version. Notes keyed by UUID text, bodies of JSON; every fifth note is
older than the ``pinned`` key, every third of the others is pinned, every fourth note is
a tombstone (``deleted_at``): notes 12 and 24 are pinned tombstones, the edge a backfill
forgetting tombstoned rows misses."""

import json
import uuid

import pytest


def _body(ctx, i):
    body = {"title": ctx.faker.sentence(nb_words=4), "text": ctx.faker.paragraph()}
    if i % 5:
        body["pinned"] = i % 3 == 0
    return json.dumps(body)


def _uuid(ctx):
    return str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4))


@pytest.fixture(scope="session")
def edi_migrations_app_writes():
    def writes(conn, ctx):
        ids = []
        for i in range(ctx.rows):
            note_id, created = _uuid(ctx), f"2025-0{1 + i % 9}-1{i % 10}T08:00:00.000Z"
            conn.execute(
                "INSERT INTO notes (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (note_id, _body(ctx, i), created, created),
            )
            ids.append(note_id)
        for note_id in ids[::4]:
            conn.execute(
                "UPDATE notes SET deleted_at = '2025-12-01T09:00:00.000Z' WHERE id = ?",
                (note_id,),
            )
        if ctx.version >= 3:
            for note_id in ids[::2]:
                for tag in ctx.rng.sample(["work", "home", "Ideas", "todo"], 2):
                    conn.execute(
                        "INSERT INTO note_tags (note_id, tag) VALUES (?, ?)", (note_id, tag)
                    )
        if ctx.version >= 4:
            for n in range(3):
                conn.execute(
                    "INSERT INTO devices (device_id, name, last_seq, last_synced_at)"
                    " VALUES (?, ?, ?, ?)",
                    (_uuid(ctx), f"laptop {n}", n * 7, None if n == 2 else "2025-12-02T10:00:00.000Z"),
                )

    return writes
