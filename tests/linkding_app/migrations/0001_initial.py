"""linkding ``bookmarks/migrations/0001_initial.py``: Create model Bookmark.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0001``), less its BEGIN/COMMIT.
First, the two tables of other apps that linkding's migrations refer to, as those
apps' own migrations leave them: ``auth_user`` (its foreign keys' target) and
``authtoken_token`` (read by ``0053``).
What the app writes: Django turns SQLite's foreign keys on and checks them at every
commit, so no token of ``authtoken_token`` names a user that does not exist; rows from
the schema would (``0053`` copies them into ``bookmarks_apitoken``). ``app_writes`` writes
users and a token for most of them, as linkding's sign-up and REST framework do.
"""


def app_writes(conn, ctx):
    """Users (password hashes, dates as Django writes them) and their tokens."""
    for n in range(1, max(ctx.rows, 2) + 1):
        joined = f"2021-{(n % 12) + 1:02d}-{(n % 28) + 1:02d} 10:{n % 60:02d}:00.{n:06d}"
        conn.execute(
            'INSERT INTO "auth_user" ("password", "last_login", "is_superuser", "username", '
            '"last_name", "email", "is_staff", "is_active", "date_joined", "first_name") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                f"pbkdf2_sha256$1000000${ctx.rng.randbytes(8).hex()}${ctx.rng.randbytes(32).hex()}",
                None if n % 3 else joined,
                n == 1,
                f"user{n}",
                ctx.faker.last_name(),
                f"user{n}@example.com",
                n == 1,
                n % 7 != 0,
                joined,
                ctx.faker.first_name(),
            ),
        )
        if n % 4:
            conn.execute(
                'INSERT INTO "authtoken_token" ("key", "created", "user_id") VALUES (?, ?, ?)',
                (ctx.rng.randbytes(20).hex(), joined, conn.execute("SELECT last_insert_rowid()").fetchone()[0]),
            )


def upgrade(conn):
    conn.executescript(
        r'''
-- Django's auth_user, as django.contrib.auth's migrations (0001-0012, Django 6.0.7) leave it
CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL);
-- Django REST framework's authtoken_token, as rest_framework.authtoken's migrations (0001-0004, 3.16.1) leave it
CREATE TABLE "authtoken_token" ("key" varchar(40) NOT NULL PRIMARY KEY, "created" datetime NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
--
-- Create model Bookmark
--
CREATE TABLE "bookmarks_bookmark" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "url" varchar(200) NOT NULL, "title" varchar(512) NOT NULL, "description" text NOT NULL, "website_title" varchar(512) NULL, "website_description" text NULL, "unread" bool NOT NULL, "date_added" datetime NOT NULL, "date_modified" datetime NOT NULL, "date_accessed" datetime NULL, "owner_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "bookmarks_bookmark_owner_id_051b24cc" ON "bookmarks_bookmark" ("owner_id");
'''
    )
