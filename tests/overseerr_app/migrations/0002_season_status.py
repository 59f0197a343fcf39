"""Overseerr ``server/migration/1605085519544-SeasonStatus.ts`` (``SeasonStatus1605085519544``): its ``up()`` and
``down()``, each ``queryRunner.query`` in order.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE "season" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "seasonNumber" integer NOT NULL, "status" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "mediaId" integer);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE "season";
'''
    )


def app_writes(conn, ctx):
    """Shows and their seasons as Overseerr writes them: a season is saved with its show
    (``media.seasons``), never of a media id that does not exist. Only while
    ``season.mediaId`` has no foreign key (``0003`` adds it; rows from the schema respect
    it from then on)."""
    if ctx.version >= 3:
        return
    conn.executemany(
        'INSERT INTO "media" ("mediaType", "tmdbId", "tvdbId", "imdbId", "status") '
        "VALUES ('tv', ?, ?, ?, ?)",
        [(1000 + n, 70000 + n, f"tt{n:07d}", ctx.rng.randint(1, 5)) for n in range(ctx.rows)],
    )
    shows = [row[0] for row in conn.execute('SELECT "id" FROM "media"')]
    conn.executemany(
        'INSERT INTO "season" ("seasonNumber", "status", "mediaId") VALUES (?, ?, ?)',
        [(n % 10, ctx.rng.randint(1, 5), ctx.rng.choice(shows)) for n in range(ctx.rows)],
    )
