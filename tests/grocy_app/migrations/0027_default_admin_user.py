"""grocy ``migrations/0027.php``: the first user. grocy's HTTP user from the config file
moves into ``users``; without one (as here), a default user ``admin`` with the password
``admin`` is created.
"""

from edi_migrations.changes import AddRows

# A new row in a table that existed before (0026 created users): the first user, on purpose.
CHANGES = (AddRows("users"),)

# password_hash('admin', PASSWORD_ARGON2ID): PHP draws a salt on each install; this is
# one such hash of ``admin`` (PHP's defaults: m=65536, t=4, p=1), fixed in the file.
ADMIN_PASSWORD_HASH = (
    "$argon2id$v=19$m=65536,t=4,p=1$"
    "T/5PmNcW88udPhenPK0fGg$u2jtsYVJoiUTJ8KcP7AKpRtANihdyDtKuXFoajpb4Zw"
)


def upgrade(conn):
    conn.execute(
        "INSERT INTO users (username, password) VALUES (?, ?)", ("admin", ADMIN_PASSWORD_HASH)
    )
