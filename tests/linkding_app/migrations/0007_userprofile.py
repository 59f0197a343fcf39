"""linkding ``bookmarks/migrations/0007_userprofile.py``: Create model UserProfile.

The SQL is Django's for SQLite (``sqlmigrate bookmarks 0007``), less its BEGIN/COMMIT.
Then ``forwards``, by hand: a profile (theme ``auto``, the field's default) for every user that has none.
"""


def upgrade(conn):
    conn.executescript(
        r'''
--
-- Create model UserProfile
--
CREATE TABLE "bookmarks_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "theme" varchar(10) NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
'''
    )
    # for user in User.objects.all(): UserProfile(user=user).save() unless user.profile
    users = conn.execute('SELECT "id" FROM "auth_user"').fetchall()
    for (user_id,) in users:
        if conn.execute(
            'SELECT 1 FROM "bookmarks_userprofile" WHERE "user_id" = ?', (user_id,)
        ).fetchone():
            continue
        conn.execute(
            'INSERT INTO "bookmarks_userprofile" ("theme", "user_id") VALUES (?, ?)',
            ("auto", user_id),
        )
