"""The toast linkding's hint migrations (``0013``, ``0029``, ``0032``, ``0050``) give every
user: each does ``for user in User.objects.all(): Toast(key=..., message=..., owner=user).save()``
with today's models."""


def toast_every_user(conn, key, message):
    users = conn.execute('SELECT "id" FROM "auth_user"').fetchall()
    for (user_id,) in users:
        conn.execute(
            'INSERT INTO "bookmarks_toast" ("key", "message", "acknowledged", "owner_id") '
            "VALUES (?, ?, ?, ?)",
            (key, message, False, user_id),
        )
