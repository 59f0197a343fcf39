"""memos 0.1 (``store/db/migration/LATEST__SCHEMA.sql`` before 0.2): the first schema (``user``, ``memo``, ``memo_organizer``, ``shortcut``, ``resource``) with their
``updated_ts`` triggers, each AUTOINCREMENT sequence started at 100.

``app_writes`` says how memos fills these tables while foreign keys join them (v1-v10;
0.7, ``0011``, removes them): every ``creator_id``, ``user_id``, ``memo_id`` and
``resource_id`` is the id of a row the app wrote, as a signed-in user's writes are. From
``0011`` on nothing joins them and the rows from the schema fill them.
"""


def upgrade(conn):
    conn.execute(
        """
        -- drop all tables
        DROP TABLE IF EXISTS `memo_organizer`
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS `memo`
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS `shortcut`
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS `resource`
        """
    )
    conn.execute(
        """
        DROP TABLE IF EXISTS `user`
        """
    )
    conn.execute(
        """
        -- user
        CREATE TABLE user (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          -- allowed row status are 'NORMAL', 'ARCHIVED'.
          row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
          email TEXT NOT NULL UNIQUE,
          role TEXT NOT NULL CHECK (role IN ('OWNER', 'USER')) DEFAULT 'USER',
          name TEXT NOT NULL,
          password_hash TEXT NOT NULL,
          open_id TEXT NOT NULL UNIQUE
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          sqlite_sequence (name, seq)
        VALUES
          ('user', 100)
        """
    )
    conn.execute(
        """
        CREATE TRIGGER IF NOT EXISTS `trigger_update_user_modification_time`
        AFTER
        UPDATE
          ON `user` FOR EACH ROW BEGIN
        UPDATE
          `user`
        SET
          updated_ts = (strftime('%s', 'now'))
        WHERE
          rowid = old.rowid;
        END
        """
    )
    conn.execute(
        """
        -- memo
        CREATE TABLE memo (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          creator_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
          content TEXT NOT NULL DEFAULT '',
          FOREIGN KEY(creator_id) REFERENCES user(id) ON DELETE CASCADE
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          sqlite_sequence (name, seq)
        VALUES
          ('memo', 100)
        """
    )
    conn.execute(
        """
        CREATE TRIGGER IF NOT EXISTS `trigger_update_memo_modification_time`
        AFTER
        UPDATE
          ON `memo` FOR EACH ROW BEGIN
        UPDATE
          `memo`
        SET
          updated_ts = (strftime('%s', 'now'))
        WHERE
          rowid = old.rowid;
        END
        """
    )
    conn.execute(
        """
        -- memo_organizer
        CREATE TABLE memo_organizer (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          memo_id INTEGER NOT NULL,
          user_id INTEGER NOT NULL,
          pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)) DEFAULT 0,
          FOREIGN KEY(memo_id) REFERENCES memo(id) ON DELETE CASCADE,
          FOREIGN KEY(user_id) REFERENCES user(id) ON DELETE CASCADE,
          UNIQUE(memo_id, user_id)
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          sqlite_sequence (name, seq)
        VALUES
          ('memo_organizer', 100)
        """
    )
    conn.execute(
        """
        -- shortcut
        CREATE TABLE shortcut (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          creator_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
          title TEXT NOT NULL DEFAULT '',
          payload TEXT NOT NULL DEFAULT '{}',
          FOREIGN KEY(creator_id) REFERENCES user(id) ON DELETE CASCADE
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          sqlite_sequence (name, seq)
        VALUES
          ('shortcut', 100)
        """
    )
    conn.execute(
        """
        CREATE TRIGGER IF NOT EXISTS `trigger_update_shortcut_modification_time`
        AFTER
        UPDATE
          ON `shortcut` FOR EACH ROW BEGIN
        UPDATE
          `shortcut`
        SET
          updated_ts = (strftime('%s', 'now'))
        WHERE
          rowid = old.rowid;
        END
        """
    )
    conn.execute(
        """
        -- resource
        CREATE TABLE resource (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          creator_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          updated_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          filename TEXT NOT NULL DEFAULT '',
          blob BLOB NOT NULL,
          type TEXT NOT NULL DEFAULT '',
          size INTEGER NOT NULL DEFAULT 0,
          FOREIGN KEY(creator_id) REFERENCES user(id) ON DELETE CASCADE
        )
        """
    )
    conn.execute(
        """
        INSERT INTO
          sqlite_sequence (name, seq)
        VALUES
          ('resource', 100)
        """
    )
    conn.execute(
        """
        CREATE TRIGGER IF NOT EXISTS `trigger_update_resource_modification_time`
        AFTER
        UPDATE
          ON `resource` FOR EACH ROW BEGIN
        UPDATE
          `resource`
        SET
          updated_ts = (strftime('%s', 'now'))
        WHERE
          rowid = old.rowid;
        END
        """
    )


def app_writes(conn, ctx):
    """A few users, their memos, pins, shortcuts, resources, settings and links, in the
    columns the database's version has (v1-v10 only: see the module's docstring)."""
    if ctx.version > 10:
        return
    rng = ctx.rng
    owner = "OWNER" if ctx.version < 2 else "HOST"
    visibility = ("PUBLIC", "PRIVATE") + (("PROTECTED",) if ctx.version >= 4 else ())
    users = [
        _write(
            conn,
            "user",
            {
                "email": f"user{n}@example.com",
                "role": owner if n == 0 else "USER",
                "name": ctx.faker.name(),
                "password_hash": "$2a$10$" + f"{rng.getrandbits(212):053x}",
                "open_id": f"{rng.getrandbits(128):032x}",
            },
        )
        for n in range(max(3, ctx.rows // 10))
    ]
    memos = [
        _write(
            conn,
            "memo",
            {
                "creator_id": rng.choice(users),
                "content": ctx.faker.sentence(),
                "visibility": rng.choice(visibility),
            },
        )
        for _ in range(ctx.rows)
    ]
    for memo in rng.sample(memos, len(memos) // 3):
        _write(
            conn,
            "memo_organizer",
            {"memo_id": memo, "user_id": rng.choice(users), "pinned": rng.randint(0, 1)},
        )
    for user in users:
        _write(
            conn,
            "shortcut",
            {"creator_id": user, "title": ctx.faker.word(), "payload": '{"filters":[]}'},
        )
    resources = [
        _write(
            conn,
            "resource",
            {
                "creator_id": rng.choice(users),
                "filename": f"{ctx.faker.word()}.png",
                "blob": bytes(rng.getrandbits(8) for _ in range(16)),
                "type": "image/png",
                "size": 16,
            },
        )
        for _ in range(ctx.rows // 2)
    ]
    if _columns(conn, "user_setting"):
        for user in users:
            _write(conn, "user_setting", {"user_id": user, "key": "locale", "value": '"en"'})
    if _columns(conn, "memo_resource"):
        for resource in resources:
            _write(conn, "memo_resource", {"memo_id": rng.choice(memos), "resource_id": resource})


def _columns(conn, table):
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _write(conn, table, row):
    """Insert ``row`` (only the columns ``table`` has at this version); its rowid."""
    row = {k: v for k, v in row.items() if k in _columns(conn, table)}
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return conn.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values())
    ).lastrowid
