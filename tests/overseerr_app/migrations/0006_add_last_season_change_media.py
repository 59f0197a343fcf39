"""Overseerr ``server/migration/1608477467935-AddLastSeasonChangeMedia.ts`` (``AddLastSeasonChangeMedia1608477467935``): its ``up()`` and
``down()``, each ``queryRunner.query`` in order.
"""


def upgrade(conn):
    conn.executescript(
        r'''
DROP INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5";
DROP INDEX "IDX_41a289eb1fa489c1bc6f38d9c3";
DROP INDEX "IDX_7ff2d11f6a83cb52386eaebe74";
CREATE TABLE "temporary_media" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "mediaType" varchar NOT NULL, "tmdbId" integer NOT NULL, "tvdbId" integer, "imdbId" varchar, "status" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "lastSeasonChange" datetime NOT NULL DEFAULT (CURRENT_TIMESTAMP), CONSTRAINT "UQ_7157aad07c73f6a6ae3bbd5ef5e" UNIQUE ("tmdbId"), CONSTRAINT "UQ_41a289eb1fa489c1bc6f38d9c3c" UNIQUE ("tvdbId"));
INSERT INTO "temporary_media"("id", "mediaType", "tmdbId", "tvdbId", "imdbId", "status", "createdAt", "updatedAt", "lastSeasonChange") SELECT "id", "mediaType", "tmdbId", "tvdbId", "imdbId", "status", "createdAt", "updatedAt", "lastSeasonChange" FROM "media";
DROP TABLE "media";
ALTER TABLE "temporary_media" RENAME TO "media";
CREATE INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5" ON "media" ("tmdbId");
CREATE INDEX "IDX_41a289eb1fa489c1bc6f38d9c3" ON "media" ("tvdbId");
CREATE INDEX "IDX_7ff2d11f6a83cb52386eaebe74" ON "media" ("imdbId");
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP INDEX "IDX_7ff2d11f6a83cb52386eaebe74";
DROP INDEX "IDX_41a289eb1fa489c1bc6f38d9c3";
DROP INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5";
ALTER TABLE "media" RENAME TO "temporary_media";
CREATE TABLE "media" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "mediaType" varchar NOT NULL, "tmdbId" integer NOT NULL, "tvdbId" integer, "imdbId" varchar, "status" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_7157aad07c73f6a6ae3bbd5ef5e" UNIQUE ("tmdbId"), CONSTRAINT "UQ_41a289eb1fa489c1bc6f38d9c3c" UNIQUE ("tvdbId"));
INSERT INTO "media"("id", "mediaType", "tmdbId", "tvdbId", "imdbId", "status", "createdAt", "updatedAt") SELECT "id", "mediaType", "tmdbId", "tvdbId", "imdbId", "status", "createdAt", "updatedAt" FROM "temporary_media";
DROP TABLE "temporary_media";
CREATE INDEX "IDX_7ff2d11f6a83cb52386eaebe74" ON "media" ("imdbId");
CREATE INDEX "IDX_41a289eb1fa489c1bc6f38d9c3" ON "media" ("tvdbId");
CREATE INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5" ON "media" ("tmdbId");
'''
    )
