"""Places ``Database::MigrateV67Up()``: every input of ``moz_inputhistory`` in lowercase;
inputs that become one keep the largest ``use_count``. The SQL verbatim."""

from edi_migrations.changes import AddRows, DeleteRows, Recompute

CHANGES = (
    # upstream: "Align all input field in moz_inputhistory to lowercase": the lowercase
    # row of an input typed only in capitals is new ...
    AddRows("moz_inputhistory"),
    # ... "use maximum use_count from them to carry on the experience of the past" ...
    Recompute(
        "moz_inputhistory",
        "use_count",
        expression="(SELECT MAX(i.use_count) FROM moz_inputhistory i "
        "WHERE i.place_id = moz_inputhistory.place_id AND LOWER(i.input) = moz_inputhistory.input)",
    ),
    # ... and the rows not in lowercase go
    DeleteRows("moz_inputhistory", where="LOWER(input) <> input"),
)


def upgrade(conn):
    conn.execute(
        "INSERT INTO moz_inputhistory "
        "SELECT place_id, LOWER(input), use_count FROM moz_inputhistory "
        "  WHERE LOWER(input) <> input "
        "ON CONFLICT DO "
        "  UPDATE SET use_count = MAX(use_count, EXCLUDED.use_count)"
    )
    conn.execute("DELETE FROM moz_inputhistory WHERE LOWER(input) <> input")
