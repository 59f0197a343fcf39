"""What Kodi writes that the steps read back, shaped by the tables and columns the database
has at its version: a movie library, a TV show (an episode whose ``idSeason`` names no
season, as databases converted in 2015 hold), a plugin file still filed under the plugin's
root (113), a PVR recording named with a bogus year (121), and, from 123 on, user-defined
version types, extras and versions on system types (127, 128, 131).
"""

ROWS = {
    "path": (
        {"idPath": 1, "strPath": "/media/movies/", "strContent": "movies", "strScraper": "metadata.themoviedb.org", "dateAdded": "2020-01-01 10:00:00"},
        {"idPath": 2, "strPath": "/media/tv/Show/", "strContent": "tvshows", "dateAdded": "2020-01-02 10:00:00"},
        {"idPath": 3, "strPath": "plugin://plugin.video.demo/", "dateAdded": "2020-01-03 10:00:00"},
        {"idPath": 4, "strPath": "pvr://recordings/tv/active/", "dateAdded": "2020-01-04 10:00:00"},
        {"idPath": 5, "strPath": "/media/tv/", "dateAdded": "2020-01-02 09:00:00"},
    ),
    "files": (
        {"idFile": 1, "idPath": 1, "strFilename": "Heat.mkv", "playCount": 2, "lastPlayed": "2021-05-01 20:00:00"},
        {"idFile": 2, "idPath": 2, "strFilename": "S01E01.mkv"},
        {"idFile": 3, "idPath": 2, "strFilename": "S02E01.mkv"},
        {"idFile": 4, "idPath": 3, "strFilename": "plugin://plugin.video.demo/play/?id=7"},
        {"idFile": 5, "idPath": 4, "strFilename": "Evening News (1969), BBC One.pvr"},
        {"idFile": 6, "idPath": 1, "strFilename": "Heat - Making of.mkv"},
        {"idFile": 7, "idPath": 1, "strFilename": "Heat - Trailer.mkv"},
        {"idFile": 8, "idPath": 1, "strFilename": "Heat 4K.mkv"},
    ),
    "movie": ({"idMovie": 1, "idFile": 1, "c00": "Heat", "c05": "1", "c09": "1", "c07": "1995", "premiered": "1995-12-15", "idSet": 1},),
    "sets": ({"idSet": 1, "strSet": "Crime", "strOverview": "Crime films"},),
    "tvshow": ({"idShow": 1, "c00": "Show", "c04": "2", "c12": "2", "duration": 2700},),
    "tvshowlinkpath": ({"idShow": 1, "idPath": 2},),
    "seasons": ({"idSeason": 1, "idShow": 1, "season": 1, "name": "Season 1"},),
    "episode": (
        {"idEpisode": 1, "idFile": 2, "c00": "Pilot", "c12": "1", "c13": "1", "c03": "3", "idShow": 1, "idSeason": 1},
        {"idEpisode": 2, "idFile": 3, "c00": "Lost", "c12": "2", "c13": "1", "idShow": 1, "idSeason": 99},
    ),
    "settings": ({"idFile": 1, "Deinterlace": 0, "ViewMode": 0, "AudioStream": 1, "VideoStream": 0},),
    "streamdetails": ({"idFile": 1, "iStreamType": 0, "strVideoCodec": "h264", "iVideoWidth": 1920, "iVideoHeight": 1080, "iVideoDuration": 10200},),
    "bookmark": ({"idBookmark": 1, "idFile": 2, "timeInSeconds": 60.0, "totalTimeInSeconds": 2700.0, "type": 1},),
    "rating": (
        {"rating_id": 1, "media_id": 1, "media_type": "movie", "rating_type": "default", "rating": 8.3, "votes": 700},
        {"rating_id": 2, "media_id": 1, "media_type": "tvshow", "rating_type": "default", "rating": 7.0, "votes": 30},
        {"rating_id": 3, "media_id": 1, "media_type": "episode", "rating_type": "default", "rating": 6.5, "votes": 4},
    ),
    "uniqueid": (
        {"uniqueid_id": 1, "media_id": 1, "media_type": "movie", "value": "tt0113277", "type": "imdb"},
        {"uniqueid_id": 2, "media_id": 1, "media_type": "tvshow", "value": "81189", "type": "tvdb"},
    ),
    "actor": ({"actor_id": 1, "name": "Al Pacino"}, {"actor_id": 2, "name": "Guest Star"}),
    "actor_link": (
        {"actor_id": 1, "media_id": 1, "media_type": "movie", "role": "Hanna", "cast_order": 0},
        {"actor_id": 2, "media_id": 2, "media_type": "episode", "role": "Guest", "cast_order": 0},
    ),
    "genre": ({"genre_id": 1, "name": "Crime"},),
    "genre_link": ({"genre_id": 1, "media_id": 1, "media_type": "movie"},),
    "art": (
        {"art_id": 1, "media_id": 1, "media_type": "movie", "type": "poster", "url": "image://heat.jpg/"},
        {"art_id": 2, "media_id": 2, "media_type": "episode", "type": "thumb", "url": "image://lost.jpg/"},
    ),
}

# From 123 (videoversion exists): user-defined types and the assets using them.
VERSION_TYPES = (
    {"id": 40801, "name": "Director's cut", "owner": 2, "itemType": 1},
    {"id": 40802, "name": "Unused name", "owner": 2, "itemType": 0},
)
ASSETS = (
    {"idFile": 6, "idMedia": 1, "itemType": 1, "idType": 40801},  # an extra on a user type
    {"idFile": 7, "idMedia": 1, "itemType": 1, "idType": 40401},  # an extra on a system type
    {"idFile": 8, "idMedia": 1, "itemType": 0, "idType": 40405},  # a version on 40405 (131)
)


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _put(conn, table, row):
    names = _columns(conn, table)
    if not names:
        return
    row = {k: v for k, v in row.items() if k in names}
    conn.execute(
        f"INSERT OR IGNORE INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )


def write_app_data(conn, ctx):
    for table, rows in ROWS.items():
        for row in rows:
            _put(conn, table, row)
    names = _columns(conn, "videoversion")
    if not names:
        return
    media_type = "media_type" if "media_type" in names else "mediaType"
    for row in VERSION_TYPES:
        _put(conn, "videoversiontype", row)
    types = {r[0] for r in conn.execute("SELECT id FROM videoversiontype")}
    for row in ASSETS:
        if row["idType"] in types:  # 131 on: no 40405 any more
            _put(conn, "videoversion", {**row, media_type: "movie"})
