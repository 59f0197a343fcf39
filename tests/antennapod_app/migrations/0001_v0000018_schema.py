"""AntennaPod's podcast database (``Antennapod.db``) as a version-18 install holds it, the
base: the ``CREATE_TABLE_*`` statements of an older ``PodDBAdapter`` (the one whose
``Feeds`` ends at ``next_page_link``: fresh installs of the ``<= 12`` era, with
``FeedImages`` and the ``image`` and ``flattr_status`` columns today's fresh schema no
longer has), then the schema statements of ``DBUpgrader``'s ``<= 13`` to ``<= 17`` blocks
(14's three columns and four indexes, 15's ``has_embedded_picture``, 17's
``auto_delete_action``), in their order. Why this base: the README.
"""

from _app_data import write_app_data

SCHEMA = (
    "CREATE TABLE Feeds (id INTEGER PRIMARY KEY AUTOINCREMENT ,title TEXT,file_url TEXT,"
    "download_url TEXT,downloaded INTEGER,link TEXT,description TEXT,payment_link TEXT,"
    "last_update TEXT,language TEXT,author TEXT,image INTEGER,type TEXT,"
    "feed_identifier TEXT,auto_download INTEGER DEFAULT 1,flattr_status INTEGER,"
    "username TEXT,password TEXT,is_paged INTEGER DEFAULT 0,next_page_link TEXT)",
    "CREATE TABLE FeedItems (id INTEGER PRIMARY KEY AUTOINCREMENT ,title TEXT,"
    "content_encoded TEXT,pubDate INTEGER,read INTEGER,link TEXT,description TEXT,"
    "payment_link TEXT,media INTEGER,feed INTEGER,has_simple_chapters INTEGER,"
    "item_identifier TEXT,flattr_status INTEGER,image INTEGER)",
    "CREATE TABLE FeedImages (id INTEGER PRIMARY KEY AUTOINCREMENT ,title TEXT,"
    "file_url TEXT,download_url TEXT,downloaded INTEGER)",
    "CREATE TABLE FeedMedia (id INTEGER PRIMARY KEY AUTOINCREMENT ,duration INTEGER,"
    "file_url TEXT,download_url TEXT,downloaded INTEGER,position INTEGER,filesize INTEGER,"
    "mime_type TEXT,playback_completion_date INTEGER,feeditem INTEGER,"
    "played_duration INTEGER)",
    "CREATE TABLE DownloadLog (id INTEGER PRIMARY KEY AUTOINCREMENT ,feedfile INTEGER,"
    "feedfile_type INTEGER,reason INTEGER,successful INTEGER,completion_date INTEGER,"
    "reason_detailed TEXT,title TEXT)",
    "CREATE TABLE Queue(id INTEGER PRIMARY KEY,feeditem INTEGER,feed INTEGER)",
    "CREATE TABLE SimpleChapters (id INTEGER PRIMARY KEY AUTOINCREMENT ,title TEXT,"
    "start INTEGER,feeditem INTEGER,link TEXT,type INTEGER)",
    # DBUpgrader `oldVersion <= 14`
    "ALTER TABLE FeedItems ADD COLUMN auto_download INTEGER",
    "ALTER TABLE Feeds ADD COLUMN hide TEXT",
    "ALTER TABLE Feeds ADD COLUMN last_update_failed INTEGER DEFAULT 0",
    "CREATE INDEX FeedItems_feed ON FeedItems (feed)",
    "CREATE INDEX FeedMedia_feeditem ON FeedMedia (feeditem)",
    "CREATE INDEX Queue_feeditem ON Queue (feeditem)",
    "CREATE INDEX SimpleChapters_feeditem ON SimpleChapters (feeditem)",
    # `oldVersion <= 15`
    "ALTER TABLE FeedMedia ADD COLUMN has_embedded_picture INTEGER DEFAULT -1",
    # `oldVersion <= 17`
    "ALTER TABLE Feeds ADD COLUMN auto_delete_action INTEGER DEFAULT 0",
)


def upgrade(conn):
    for statement in SCHEMA:
        conn.execute(statement)


def app_writes(conn, ctx):
    write_app_data(conn, ctx)
