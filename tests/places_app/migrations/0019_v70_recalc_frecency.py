"""Places ``Database::MigrateV70Up()``: ``recalc_frecency`` on ``moz_places`` replaces
negative frecencies as the "recalculate me" mark: the flipped frecencies are added to their
origins, the origins' statistics written to ``moz_meta``, then each negative frecency made
positive (but ``-1``) and marked. The SQL verbatim; "the following updates regardless, for
downgrade/upgrade cases".
"""

from _places import prepares

from edi_migrations.changes import AddRows, Recompute

CHANGES = (
    # upstream: "Frecencies that were set to negative to request recalculation are thus
    # not accounted for, and since we're about to flip them to positive we should add them
    # to their origin" (ignoring -1, "not an actual frecency value")
    Recompute(
        "moz_origins",
        "frecency",
        expression="frecency + IFNULL((SELECT SUM(ABS(p.frecency)) FROM moz_places p "
        "WHERE p.origin_id = moz_origins.id AND p.frecency < -1), 0)",
    ),
    # upstream: "Then we must also update origins stats."
    AddRows("moz_meta"),
    # upstream: "set recalc_frecency = 1 and positive frecency to any page having a
    # negative frecency", -1 kept
    Recompute(
        "moz_places",
        "frecency",
        expression="CASE WHEN frecency < 0 AND frecency <> -1 THEN ABS(frecency) ELSE frecency END",
    ),
    Recompute(
        "moz_places",
        "recalc_frecency",
        expression="CASE WHEN frecency < 0 THEN 1 ELSE 0 END",
    ),
)


def upgrade(conn):
    if not prepares(conn, "SELECT recalc_frecency FROM moz_places LIMIT 1 "):
        conn.execute(
            "ALTER TABLE moz_places "
            "ADD COLUMN recalc_frecency INTEGER NOT NULL DEFAULT 0 "
        )
    conn.execute(
        "UPDATE moz_origins "
        "SET frecency = frecency + abs_frecency "
        "FROM (SELECT origin_id, ABS(frecency) AS abs_frecency FROM moz_places "
        "WHERE frecency < -1) AS places "
        "WHERE moz_origins.id = places.origin_id"
    )
    conn.execute(
        "INSERT OR REPLACE INTO moz_meta(key, value) VALUES "
        "('origin_frecency_count', "
        "(SELECT COUNT(*) FROM moz_origins WHERE frecency > 0) "
        "), "
        "('origin_frecency_sum', "
        "(SELECT TOTAL(frecency) FROM moz_origins WHERE frecency > 0) "
        "), "
        "('origin_frecency_sum_of_squares', "
        "(SELECT TOTAL(frecency * frecency) FROM moz_origins WHERE frecency > 0) "
        ") "
    )
    conn.execute(
        "UPDATE moz_places "
        "SET recalc_frecency = 1, "
        "    frecency = CASE WHEN frecency = -1 THEN -1 ELSE ABS(frecency) END "
        "WHERE frecency < 0 "
    )
