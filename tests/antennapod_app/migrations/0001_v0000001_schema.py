"""AntennaPod's podcast database (``Antennapod.db``) at version 1, the base: the
``CREATE_TABLE_*`` statements of ``PodDBAdapter`` at ``DATABASE_VERSION = 1`` (``Feeds``,
``FeedItems``, ``FeedImages``, ``FeedMedia``, ``DownloadLog``, ``Queue``,
``SimpleChapters``), verbatim with its constants expanded, in its order. Every
``DBUpgrader`` block from ``<= 1`` on meets this file. Why this base: the README.
"""

from _app_data import write_app_data

SCHEMA = (
    "CREATE TABLE Feeds (id INTEGER PRIMARY KEY AUTOINCREMENT ,title TEXT,file_url TEXT,"
    "download_url TEXT,downloaded INTEGER,link TEXT,description TEXT,payment_link TEXT,"
    "last_update TEXT,language TEXT,author TEXT,image INTEGER)",
    "CREATE TABLE FeedItems (id INTEGER PRIMARY KEY AUTOINCREMENT ,title TEXT,"
    "content_encoded TEXT,pubDate INTEGER,read INTEGER,link TEXT,description TEXT,"
    "payment_link TEXT,media INTEGER,feed INTEGER,has_simple_chapters INTEGER)",
    "CREATE TABLE FeedImages (id INTEGER PRIMARY KEY AUTOINCREMENT ,title TEXT,"
    "file_url TEXT,download_url TEXT,downloaded INTEGER)",
    "CREATE TABLE FeedMedia (id INTEGER PRIMARY KEY AUTOINCREMENT ,duration INTEGER,"
    "file_url TEXT,download_url TEXT,downloaded INTEGER,position INTEGER,filesize INTEGER,"
    "mime_type TEXT)",
    "CREATE TABLE DownloadLog (id INTEGER PRIMARY KEY AUTOINCREMENT ,feedfile INTEGER,"
    "feedfile_type INTEGER,reason INTEGER,successful INTEGER,completion_date INTEGER)",
    "CREATE TABLE Queue(id INTEGER PRIMARY KEY,feeditem INTEGER,feed INTEGER)",
    "CREATE TABLE SimpleChapters (id INTEGER PRIMARY KEY AUTOINCREMENT ,title TEXT,"
    "start INTEGER,feeditem INTEGER)",
)


def upgrade(conn):
    for statement in SCHEMA:
        conn.execute(statement)


def app_writes(conn, ctx):
    write_app_data(conn, ctx)
