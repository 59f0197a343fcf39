"""``CVideoDatabase::CreateAnalytics`` (indexes, triggers) and ``CreateViews`` at the commit
in the README, verbatim with their ``%02d`` and ``{:02}`` filled (``VIDEODB_ID_*`` of
``VideoDatabase.h``); ``CreateLinkIndex``/``CreateForeignLinkIndex`` written out."""


def _link_index(table):
    return (
        f"CREATE UNIQUE INDEX ix_{table}_1 ON {table} (name(255))",
        f"CREATE UNIQUE INDEX ix_{table}_link_1 ON {table}_link ({table}_id, media_type(20), media_id)",
        f"CREATE UNIQUE INDEX ix_{table}_link_2 ON {table}_link (media_id, media_type(20), {table}_id)",
        f"CREATE INDEX ix_{table}_link_3 ON {table}_link (media_type(20))",
    )


def _foreign_link_index(table, key):
    return (
        f"CREATE UNIQUE INDEX ix_{table}_link_1 ON {table}_link ({key}_id, media_type(20), media_id)",
        f"CREATE UNIQUE INDEX ix_{table}_link_2 ON {table}_link (media_id, media_type(20), {key}_id)",
        f"CREATE INDEX ix_{table}_link_3 ON {table}_link (media_type(20))",
    )


INDEXES = (
    "CREATE INDEX ix_bookmark ON bookmark (idFile, type)",
    "CREATE UNIQUE INDEX ix_settings ON settings ( idFile )\n",
    "CREATE UNIQUE INDEX ix_stacktimes ON stacktimes ( idFile )\n",
    "CREATE INDEX ix_path ON path ( strPath(255) )",
    "CREATE INDEX ix_path2 ON path ( idParentPath )",
    "CREATE INDEX ix_files ON files ( idPath, strFilename(255) )",
    "CREATE UNIQUE INDEX ix_movie_file_1 ON movie (idFile, idMovie)",
    "CREATE UNIQUE INDEX ix_movie_file_2 ON movie (idMovie, idFile)",
    "CREATE UNIQUE INDEX ix_tvshowlinkpath_1 ON tvshowlinkpath ( idShow, idPath )\n",
    "CREATE UNIQUE INDEX ix_tvshowlinkpath_2 ON tvshowlinkpath ( idPath, idShow )\n",
    "CREATE UNIQUE INDEX ix_movielinktvshow_1 ON movielinktvshow ( idShow, idMovie)\n",
    "CREATE UNIQUE INDEX ix_movielinktvshow_2 ON movielinktvshow ( idMovie, idShow)\n",
    "CREATE UNIQUE INDEX ix_episode_file_1 on episode (idEpisode, idFile)",
    "CREATE UNIQUE INDEX id_episode_file_2 on episode (idFile, idEpisode)",
    "CREATE INDEX ix_episode_season_episode on episode (c12, c13)",
    "CREATE INDEX ix_episode_bookmark on episode (c17)",
    "CREATE INDEX ix_episode_show1 on episode(idEpisode,idShow)",
    "CREATE INDEX ix_episode_show2 on episode(idShow,idEpisode)",
    "CREATE UNIQUE INDEX ix_musicvideo_file_1 on musicvideo (idMVideo, idFile)",
    "CREATE UNIQUE INDEX ix_musicvideo_file_2 on musicvideo (idFile, idMVideo)",
    "CREATE INDEX ixMovieBasePath ON movie ( c23(12) )",
    "CREATE INDEX ixMusicVideoBasePath ON musicvideo ( c14(12) )",
    "CREATE INDEX ixEpisodeBasePath ON episode ( c19(12) )",
    "CREATE INDEX ix_streamdetails ON streamdetails (idFile)",
    "CREATE INDEX ix_seasons ON seasons (idShow, season)",
    "CREATE INDEX ix_art ON art(media_id, media_type(20), type(20))",
    "CREATE INDEX ix_rating ON rating(media_id, media_type(20))",
    "CREATE INDEX ix_uniqueid1 ON uniqueid(media_id, media_type(20), type(20))",
    "CREATE INDEX ix_uniqueid2 ON uniqueid(media_type(20), value(20))",
    "CREATE UNIQUE INDEX ix_actor_1 ON actor (name(255))",
    "CREATE UNIQUE INDEX ix_actor_link_1 ON actor_link (actor_id, media_type(20), media_id, role(255))",
    "CREATE INDEX ix_actor_link_2 ON actor_link (media_id, media_type(20), actor_id)",
    "CREATE INDEX ix_actor_link_3 ON actor_link (media_type(20))",
    "CREATE INDEX ix_movie_title ON movie (c00(255))",
    *_link_index("tag"),
    *_foreign_link_index("director", "actor"),
    *_foreign_link_index("writer", "actor"),
    *_link_index("studio"),
    *_link_index("genre"),
    *_link_index("country"),
)

TRIGGERS = (
    "CREATE TRIGGER delete_tvshow AFTER DELETE ON tvshow FOR EACH ROW BEGIN "
    "DELETE FROM actor_link WHERE media_id=old.idShow AND media_type='tvshow'; "
    "DELETE FROM director_link WHERE media_id=old.idShow AND media_type='tvshow'; "
    "DELETE FROM studio_link WHERE media_id=old.idShow AND media_type='tvshow'; "
    "DELETE FROM tvshowlinkpath WHERE idShow=old.idShow; "
    "DELETE FROM genre_link WHERE media_id=old.idShow AND media_type='tvshow'; "
    "DELETE FROM movielinktvshow WHERE idShow=old.idShow; "
    "DELETE FROM seasons WHERE idShow=old.idShow; "
    "DELETE FROM art WHERE media_id=old.idShow AND media_type='tvshow'; "
    "DELETE FROM tag_link WHERE media_id=old.idShow AND media_type='tvshow'; "
    "DELETE FROM rating WHERE media_id=old.idShow AND media_type='tvshow'; "
    "DELETE FROM uniqueid WHERE media_id=old.idShow AND media_type='tvshow'; "
    "END",
    "CREATE TRIGGER delete_musicvideo AFTER DELETE ON musicvideo FOR EACH ROW BEGIN "
    "DELETE FROM actor_link WHERE media_id=old.idMVideo AND media_type='musicvideo'; "
    "DELETE FROM director_link WHERE media_id=old.idMVideo AND media_type='musicvideo'; "
    "DELETE FROM genre_link WHERE media_id=old.idMVideo AND media_type='musicvideo'; "
    "DELETE FROM studio_link WHERE media_id=old.idMVideo AND media_type='musicvideo'; "
    "DELETE FROM art WHERE media_id=old.idMVideo AND media_type='musicvideo'; "
    "DELETE FROM tag_link WHERE media_id=old.idMVideo AND media_type='musicvideo'; "
    "DELETE FROM uniqueid WHERE media_id=old.idMVideo AND media_type='musicvideo'; "
    "END",
    "CREATE TRIGGER delete_episode AFTER DELETE ON episode FOR EACH ROW BEGIN "
    "DELETE FROM actor_link WHERE media_id=old.idEpisode AND media_type='episode'; "
    "DELETE FROM director_link WHERE media_id=old.idEpisode AND media_type='episode'; "
    "DELETE FROM writer_link WHERE media_id=old.idEpisode AND media_type='episode'; "
    "DELETE FROM art WHERE media_id=old.idEpisode AND media_type='episode'; "
    "DELETE FROM rating WHERE media_id=old.idEpisode AND media_type='episode'; "
    "DELETE FROM uniqueid WHERE media_id=old.idEpisode AND media_type='episode'; "
    "END",
    "CREATE TRIGGER delete_season AFTER DELETE ON seasons FOR EACH ROW BEGIN "
    "DELETE FROM art WHERE media_id=old.idSeason AND media_type='season'; "
    "END",
    "CREATE TRIGGER delete_set AFTER DELETE ON sets FOR EACH ROW BEGIN "
    "DELETE FROM art WHERE media_id=old.idSet AND media_type='set'; "
    "END",
    "CREATE TRIGGER delete_person AFTER DELETE ON actor FOR EACH ROW BEGIN "
    "DELETE FROM art WHERE media_id=old.actor_id AND media_type IN ('actor','artist','writer','director'); "
    "END",
    "CREATE TRIGGER delete_tag AFTER DELETE ON tag_link FOR EACH ROW BEGIN "
    "DELETE FROM tag WHERE tag_id=old.tag_id AND tag_id NOT IN (SELECT DISTINCT tag_id FROM tag_link); "
    "END",
)

_MOVIE_LINKS = (
    "DELETE FROM genre_link WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM actor_link WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM director_link WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM studio_link WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM country_link WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM writer_link WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM movielinktvshow WHERE idMovie=old.idMovie; "
    "DELETE FROM art WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM tag_link WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM rating WHERE media_id=old.idMovie AND media_type='movie'; "
    "DELETE FROM uniqueid WHERE media_id=old.idMovie AND media_type='movie'; "
)
_FILE_LINKS = (
    "DELETE FROM bookmark WHERE idFile=old.idFile; "
    "DELETE FROM settings WHERE idFile=old.idFile; "
    "DELETE FROM stacktimes WHERE idFile=old.idFile; "
    "DELETE FROM streamdetails WHERE idFile=old.idFile; "
)


def videoversion_analytics(media_type):
    """``delete_movie`` and ``delete_file`` with their ``videoversion`` lines where the
    table exists (``media_type`` its column's name then, ``None`` before 123), and the
    ``videoversion`` index and trigger."""
    if media_type is None:
        return (
            "CREATE TRIGGER delete_movie AFTER DELETE ON movie FOR EACH ROW BEGIN "
            + _MOVIE_LINKS + "END",
            "CREATE TRIGGER delete_file AFTER DELETE ON files FOR EACH ROW BEGIN "
            + _FILE_LINKS + "END",
        )
    return (
        f"CREATE INDEX ix_videoversion ON videoversion (idMedia, {media_type}(20))",
        "CREATE TRIGGER delete_movie AFTER DELETE ON movie FOR EACH ROW BEGIN "
        + _MOVIE_LINKS
        + "DELETE FROM videoversion "
        f"WHERE idFile=old.idFile AND idMedia=old.idMovie AND {media_type}='movie'; "
        "END",
        "CREATE TRIGGER delete_file AFTER DELETE ON files FOR EACH ROW BEGIN "
        + _FILE_LINKS
        + "DELETE FROM videoversion WHERE idFile=old.idFile; "
        "DELETE FROM art WHERE media_id=old.idFile AND media_type='videoversion'; "
        "END",
        "CREATE TRIGGER delete_videoversion AFTER DELETE ON videoversion FOR EACH ROW BEGIN "
        "DELETE FROM art WHERE media_id=old.idFile AND media_type='videoversion'; "
        "DELETE FROM streamdetails WHERE idFile=old.idFile; "
        "END",
    )


VIEWS = (
    "CREATE VIEW episode_view AS SELECT "
    "  episode.*,"
    "  files.strFileName AS strFileName,"
    "  path.strPath AS strPath,"
    "  files.playCount AS playCount,"
    "  files.lastPlayed AS lastPlayed,"
    "  files.dateAdded AS dateAdded,"
    "  tvshow.c00 AS strTitle,"
    "  tvshow.c08 AS genre,"
    "  tvshow.c14 AS studio,"
    "  tvshow.c05 AS premiered,"
    "  tvshow.c13 AS mpaa,"
    "  bookmark.timeInSeconds AS resumeTimeInSeconds, "
    "  bookmark.totalTimeInSeconds AS totalTimeInSeconds, "
    "  bookmark.playerState AS playerState, "
    "  rating.rating AS rating, "
    "  rating.votes AS votes, "
    "  rating.rating_type AS rating_type, "
    "  uniqueid.value AS uniqueid_value, "
    "  uniqueid.type AS uniqueid_type "
    "FROM episode"
    "  JOIN files ON"
    "    files.idFile=episode.idFile"
    "  JOIN tvshow ON"
    "    tvshow.idShow=episode.idShow"
    "  JOIN path ON"
    "    files.idPath=path.idPath"
    "  LEFT JOIN bookmark ON"
    "    bookmark.idFile=episode.idFile AND bookmark.type=1"
    "  LEFT JOIN rating ON"
    "    rating.rating_id=episode.c03"
    "  LEFT JOIN uniqueid ON"
    "    uniqueid.uniqueid_id=episode.c20",
    "CREATE VIEW tvshowcounts AS SELECT "
    "      tvshow.idShow AS idShow,"
    "      MAX(files.lastPlayed) AS lastPlayed,"
    "      NULLIF(COUNT(episode.c12), 0) AS totalCount,"
    "      COUNT(files.playCount) AS watchedcount,"
    "      NULLIF(COUNT(DISTINCT(episode.c12)), 0) AS totalSeasons, "
    "      MAX(files.dateAdded) as dateAdded, "
    "      COUNT(bookmark.type) AS inProgressCount "
    "    FROM tvshow"
    "      LEFT JOIN episode ON"
    "        episode.idShow=tvshow.idShow"
    "      LEFT JOIN files ON"
    "        files.idFile=episode.idFile "
    "      LEFT JOIN bookmark ON"
    "        bookmark.idFile=files.idFile AND bookmark.type=1 "
    "GROUP BY tvshow.idShow",
    "CREATE VIEW tvshowlinkpath_minview AS SELECT "
    "  idShow, "
    "  min(idPath) AS idPath "
    "FROM tvshowlinkpath "
    "GROUP BY idShow",
    "CREATE VIEW tvshow_view AS SELECT "
    "  tvshow.*,"
    "  path.idParentPath AS idParentPath,"
    "  path.strPath AS strPath,"
    "  tvshowcounts.dateAdded AS dateAdded,"
    "  lastPlayed, totalCount, watchedcount, totalSeasons, "
    "  rating.rating AS rating, "
    "  rating.votes AS votes, "
    "  rating.rating_type AS rating_type, "
    "  uniqueid.value AS uniqueid_value, "
    "  uniqueid.type AS uniqueid_type, "
    "  tvshowcounts.inProgressCount AS inProgressCount "
    "FROM tvshow"
    "  LEFT JOIN tvshowlinkpath_minview ON "
    "    tvshowlinkpath_minview.idShow=tvshow.idShow"
    "  LEFT JOIN path ON"
    "    path.idPath=tvshowlinkpath_minview.idPath"
    "  INNER JOIN tvshowcounts ON"
    "    tvshow.idShow = tvshowcounts.idShow "
    "  LEFT JOIN rating ON"
    "    rating.rating_id=tvshow.c04 "
    "  LEFT JOIN uniqueid ON"
    "    uniqueid.uniqueid_id=tvshow.c12 ",
)
