"""Home Assistant ``homeassistant/components/recorder/migration.py`` (upstream commit
0089e84a453e75497193e33a1d92dc71a765a09f): the helpers `_apply_update` calls, their
SQLite branches, Python as Python. Upstream runs each helper in a session of its own;
here they share the step's transaction.
"""

import sqlite3
from datetime import UTC, datetime

# `_create_index` looks the name up in the model (`db_schema.py`'s `Base.metadata`) and
# creates that index; a name the model no longer has is skipped ("no longer exists").
# The SQL is what SQLAlchemy emits on SQLite for the model's `Index`; None: not in it.
_MODEL_INDEXES = {
    ("recorder_runs", "ix_recorder_runs_start_end"): (
        'CREATE INDEX ix_recorder_runs_start_end ON recorder_runs (start, "end")'
    ),
    ("states", "ix_states_event_id"): None,  # LEGACY_STATES_EVENT_ID_INDEX
    ("events", "ix_events_context_id"): None,
    ("states", "ix_states_context_id"): None,
    ("states", "ix_states_old_state_id"): (
        "CREATE INDEX ix_states_old_state_id ON states (old_state_id)"
    ),
}


def _raise_if_exception_missing_str(err, match_substrs):
    if not any(sub in str(err).lower() for sub in match_substrs):
        raise err


def create_index(conn, table_name, index_name):
    """`_create_index`."""
    sql = _MODEL_INDEXES[(table_name, index_name)]
    if sql is None:
        return
    try:
        conn.execute(sql)
    except sqlite3.OperationalError as err:
        _raise_if_exception_missing_str(err, ["already exists", "duplicate"])


def _get_index_by_name(conn, table_name, index_name):
    """`util.get_index_by_name`: the inspector's indexes (no sqlite_autoindex_*)."""
    names = [row[1] for row in conn.execute(f"PRAGMA index_list({table_name})")]
    return next(
        (
            name
            for name in names
            if not name.startswith("sqlite_autoindex_")
            and (name == index_name or name.endswith(f"_{index_name}"))
        ),
        None,
    )


def drop_index(conn, table_name, index_name):
    """`_drop_index`: nothing when the index is not there, else the first DROP that works."""
    index_to_drop = _get_index_by_name(conn, table_name, index_name)
    if index_to_drop is None:
        return
    for query in (
        f"DROP INDEX {index_name}",
        f"DROP INDEX {table_name}.{index_name}",
        f"DROP INDEX {index_name} ON {table_name}",
        f"DROP INDEX {index_to_drop}",
    ):
        try:
            conn.execute(query)
        except sqlite3.Error:
            continue
        return


def add_columns(conn, table_name, columns_def):
    """`_add_columns`: all at once (SQLite refuses more than one ADD), else one by one."""
    columns_def = [f"ADD {col_def}" for col_def in columns_def]
    try:
        conn.execute(f"ALTER TABLE {table_name} {', '.join(columns_def)}")
    except sqlite3.OperationalError:
        pass
    else:
        return
    for column_def in columns_def:
        try:
            conn.execute(f"ALTER TABLE {table_name} {column_def}")
        except sqlite3.OperationalError as err:
            _raise_if_exception_missing_str(err, ["already exists", "duplicate"])


def record_version(conn, new_version):
    """`migrate_schema`'s `session.add(SchemaChanges(schema_version=new_version))`;
    `changed` defaults to `dt_util.utcnow`, stored as SQLAlchemy stores a DATETIME."""
    changed = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute(
        "INSERT INTO schema_changes (schema_version, changed) VALUES (?, ?)",
        (new_version, changed),
    )
