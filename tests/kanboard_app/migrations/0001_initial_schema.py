"""Kanboard ``version_1``: the first schema (config, users, projects, columns, tasks).

It also inserts the ``admin`` user and the one ``config`` row holding a webhook token.
Upstream hashes ``admin`` with ``password_hash(..., PASSWORD_BCRYPT)`` (a new salt on
each install) and draws the token with ``Token::getToken()`` (``bin2hex(random_bytes(30))``):
the hash here is one such bcrypt hash of ``admin``, fixed in this file, and the token is
drawn the same way as upstream.
"""

import secrets

ADMIN_PASSWORD = "$2y$10$RdTdVNJgCEw9kbFDm3.oH.2BGyYUaItQpbgBupbCLsUZmrPQXp2WO"


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE config (
            language TEXT DEFAULT 'en_US',
            webhooks_token TEXT DEFAULT ''
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL,
            password TEXT,
            is_admin INTEGER DEFAULT 0
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            name TEXT NOCASE NOT NULL,
            is_active INTEGER DEFAULT 1
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE columns (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            position INTEGER,
            project_id INTEGER NOT NULL,
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
            UNIQUE (title, project_id)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            title TEXT NOCASE NOT NULL,
            description TEXT,
            date_creation INTEGER,
            color_id TEXT,
            project_id INTEGER,
            column_id INTEGER,
            owner_id INTEGER DEFAULT '0',
            position INTEGER,
            is_active INTEGER DEFAULT 1,
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
            FOREIGN KEY(column_id) REFERENCES columns(id) ON DELETE CASCADE
        )
        """
    )
    conn.execute(
        f"""
        INSERT INTO users
        (username, password, is_admin)
        VALUES ('admin', '{ADMIN_PASSWORD}', '1')
        """
    )
    conn.execute(
        f"""
        INSERT INTO config
        (webhooks_token)
        VALUES ('{secrets.token_hex(30)}')
        """
    )
