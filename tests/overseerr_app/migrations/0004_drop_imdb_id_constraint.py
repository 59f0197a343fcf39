"""Overseerr ``server/migration/1607928251245-DropImdbIdConstraint.ts``
(``DropImdbIdConstraint1607928251245``): the one file without literal SQL. Its ``up()`` calls
``queryRunner.dropUniqueConstraint('media', 'UQ_7ff2d11f6a83cb52386eaebe74b')`` and its
``down()`` ``createUniqueConstraint`` back; on SQLite, TypeORM (0.3.12, Overseerr's) does
either as its ``recreateTable``: drop the table's indexes, create ``temporary_media`` without
(or with) the UNIQUE on ``imdbId``, copy every column, drop ``media``, rename, create the
indexes again. This is that SQL, written out in the same form as the files TypeORM generated
(``0006``, ``0007`` show the same rebuild of ``media``).
"""


from edi_migrations.changes import DropConstraint

# the class's purpose: two media may share an IMDb id
CHANGES = (DropConstraint("media", "unique", column="imdbId"),)


def upgrade(conn):
    conn.executescript(
        r'''
DROP INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5";
DROP INDEX "IDX_41a289eb1fa489c1bc6f38d9c3";
DROP INDEX "IDX_7ff2d11f6a83cb52386eaebe74";
CREATE TABLE "temporary_media" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "mediaType" varchar NOT NULL, "tmdbId" integer NOT NULL, "tvdbId" integer, "imdbId" varchar, "status" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_7157aad07c73f6a6ae3bbd5ef5e" UNIQUE ("tmdbId"), CONSTRAINT "UQ_41a289eb1fa489c1bc6f38d9c3c" UNIQUE ("tvdbId"));
INSERT INTO "temporary_media"("id", "mediaType", "tmdbId", "tvdbId", "imdbId", "status", "createdAt", "updatedAt") SELECT "id", "mediaType", "tmdbId", "tvdbId", "imdbId", "status", "createdAt", "updatedAt" FROM "media";
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
DROP INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5";
DROP INDEX "IDX_41a289eb1fa489c1bc6f38d9c3";
DROP INDEX "IDX_7ff2d11f6a83cb52386eaebe74";
CREATE TABLE "temporary_media" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "mediaType" varchar NOT NULL, "tmdbId" integer NOT NULL, "tvdbId" integer, "imdbId" varchar, "status" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_7157aad07c73f6a6ae3bbd5ef5e" UNIQUE ("tmdbId"), CONSTRAINT "UQ_41a289eb1fa489c1bc6f38d9c3c" UNIQUE ("tvdbId"), CONSTRAINT "UQ_7ff2d11f6a83cb52386eaebe74b" UNIQUE ("imdbId"));
INSERT INTO "temporary_media"("id", "mediaType", "tmdbId", "tvdbId", "imdbId", "status", "createdAt", "updatedAt") SELECT "id", "mediaType", "tmdbId", "tvdbId", "imdbId", "status", "createdAt", "updatedAt" FROM "media";
DROP TABLE "media";
ALTER TABLE "temporary_media" RENAME TO "media";
CREATE INDEX "IDX_7157aad07c73f6a6ae3bbd5ef5" ON "media" ("tmdbId");
CREATE INDEX "IDX_41a289eb1fa489c1bc6f38d9c3" ON "media" ("tvdbId");
CREATE INDEX "IDX_7ff2d11f6a83cb52386eaebe74" ON "media" ("imdbId");
'''
    )
