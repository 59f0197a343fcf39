"""Kodi's video library (``MyVideos109.db``) at schema 109, the base: today's
``CVideoDatabase::CreateTables()`` (commit in the README) less what ``UpdateTables``
adds after 109 (``settings``' four columns of 110-112, ``path.allAudio`` of 119,
``streamdetails.strHdrType`` of 120, the two ``videoversion`` tables of 123), then the
analytics (``CreateAnalytics``, ``CreateViews``) as ``_analytics`` ports them. Why 109 and
not 75, the oldest ``UpdateTables`` upgrades (its first block is ``iVersion < 76``): the
README.
"""

from _app_data import write_app_data
from _kodi import create_analytics


def _c(count, special=()):
    return "".join(
        f",c{i:02} varchar(24)" if i in special else f",c{i:02} text" for i in range(count)
    )


SCHEMA = (
    "CREATE TABLE bookmark ( idBookmark integer primary key, idFile integer, timeInSeconds double, totalTimeInSeconds double, thumbNailImage text, player text, playerState text, type integer)\n",
    "CREATE TABLE settings ( idFile integer, Deinterlace bool,"
    "ViewMode integer,ZoomAmount float, PixelRatio float, VerticalShift float, AudioStream integer, SubtitleStream integer,"
    "SubtitleDelay float, SubtitlesOn bool, Brightness float, Contrast float, Gamma float,"
    "VolumeAmplification float, AudioDelay float, ResumeTime integer,"
    "Sharpness float, NoiseReduction float, NonLinStretch bool, PostProcess bool,"
    "ScalingMethod integer, DeinterlaceMode integer, StereoMode integer, StereoInvert bool, VideoStream integer)",
    "CREATE TABLE stacktimes (idFile integer, times text)\n",
    "CREATE TABLE genre ( genre_id integer primary key, name TEXT)\n",
    "CREATE TABLE genre_link (genre_id integer, media_id integer, media_type TEXT)",
    "CREATE TABLE country ( country_id integer primary key, name TEXT)",
    "CREATE TABLE country_link (country_id integer, media_id integer, media_type TEXT)",
    "CREATE TABLE movie ( idMovie integer primary key, idFile integer"
    + _c(24)
    + ", idSet integer, userrating integer, premiered text)",
    "CREATE TABLE actor ( actor_id INTEGER PRIMARY KEY, name TEXT, art_urls TEXT )",
    "CREATE TABLE actor_link(actor_id INTEGER, media_id INTEGER, media_type TEXT, role TEXT, cast_order INTEGER)",
    "CREATE TABLE director_link(actor_id INTEGER, media_id INTEGER, media_type TEXT)",
    "CREATE TABLE writer_link(actor_id INTEGER, media_id INTEGER, media_type TEXT)",
    "CREATE TABLE path ( idPath integer primary key, strPath text, strContent text, strScraper "
    "text, strHash text, scanRecursive integer, useFolderNames bool, strSettings text, noUpdate "
    "bool, exclude bool, dateAdded text, idParentPath integer)",
    "CREATE TABLE files ( idFile integer primary key, idPath integer, strFilename text, playCount integer, lastPlayed text, dateAdded text)",
    "CREATE TABLE tvshow ( idShow integer primary key"
    + _c(24)
    + ", userrating integer, duration INTEGER)",
    "CREATE TABLE episode ( idEpisode integer primary key, idFile integer"
    + _c(24, special=(12, 13, 17))
    + ", idShow integer, userrating integer, idSeason integer)",
    "CREATE TABLE tvshowlinkpath (idShow integer, idPath integer)\n",
    "CREATE TABLE movielinktvshow ( idMovie integer, IdShow integer)\n",
    "CREATE TABLE studio ( studio_id integer primary key, name TEXT)\n",
    "CREATE TABLE studio_link (studio_id integer, media_id integer, media_type TEXT)",
    "CREATE TABLE musicvideo ( idMVideo integer primary key, idFile integer"
    + _c(24)
    + ", userrating integer, premiered text)",
    "CREATE TABLE streamdetails (idFile integer, iStreamType integer, "
    "strVideoCodec text, fVideoAspect float, iVideoWidth integer, iVideoHeight integer, "
    "strAudioCodec text, iAudioChannels integer, strAudioLanguage text, "
    "strSubtitleLanguage text, iVideoDuration integer, strStereoMode text, strVideoLanguage text)",
    "CREATE TABLE sets ( idSet integer primary key, strSet text, strOverview text)",
    "CREATE TABLE seasons ( idSeason integer primary key, idShow integer, season integer, name text, userrating integer)",
    "CREATE TABLE art(art_id INTEGER PRIMARY KEY, media_id INTEGER, media_type TEXT, type TEXT, url TEXT)",
    "CREATE TABLE tag (tag_id integer primary key, name TEXT)",
    "CREATE TABLE tag_link (tag_id integer, media_id integer, media_type TEXT)",
    "CREATE TABLE rating (rating_id INTEGER PRIMARY KEY, media_id INTEGER, media_type TEXT, rating_type TEXT, rating FLOAT, votes INTEGER)",
    "CREATE TABLE uniqueid (uniqueid_id INTEGER PRIMARY KEY, media_id INTEGER, media_type TEXT, value TEXT, type TEXT)",
)


def upgrade(conn):
    for statement in SCHEMA:
        conn.execute(statement)
    create_analytics(conn)


def app_writes(conn, ctx):
    write_app_data(conn, ctx)
