"""Mealie ``alembic/versions/2023-02-21-22.03.19_b04a08da2108_added_shopping_list_label_settings.py``: added shopping list label settings.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

import uuid

from _alembic import run_statements

from edi_migrations.changes import RandomValue

# The ORM query upstream ran per list: its filter names the class column
# ``ShoppingList.group_id``, not the list's, so SQLAlchemy adds ``shopping_lists`` to FROM
# and every list gets the labels of every group that has a list (captured, README.md).
_LABELS = (
    "SELECT multi_purpose_labels.id AS multi_purpose_labels_id, "
    "multi_purpose_labels.group_id AS multi_purpose_labels_group_id \n"
    "FROM multi_purpose_labels, shopping_lists \n"
    "WHERE multi_purpose_labels.group_id = shopping_lists.group_id"
)


def populate_shopping_list_labels(conn) -> None:
    """``populate_shopping_lists_multi_purpose_labels``: for each list, the labels its
    query returns (the ORM keeps each label once, first seen), numbered from 0, inserted
    with a new uuid4 id as ``op.bulk_insert`` did."""
    lists = conn.execute(
        "SELECT shopping_lists.id AS shopping_lists_id, shopping_lists.group_id AS "
        "shopping_lists_group_id \nFROM shopping_lists"
    ).fetchall()
    rows = []
    for list_id, _group_id in lists:
        labels = list(dict.fromkeys(label_id for label_id, _ in conn.execute(_LABELS)))
        for position, label_id in enumerate(labels):
            rows.append((uuid.uuid4().hex, list_id, label_id, position))
    if rows:
        conn.executemany(
            "INSERT INTO shopping_lists_multi_purpose_labels (id, shopping_list_id, "
            "label_id, position) VALUES (?, ?, ?, ?)",
            rows,
        )

# upstream's point: each list-label link gets a new uuid4 id (``op.bulk_insert``)
CHANGES = (RandomValue("shopping_lists_multi_purpose_labels", "id"),)

UPGRADE = [
    ('CREATE TABLE shopping_lists_multi_purpose_labels (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid CHAR(32) NOT NULL, \n\tshopping_list_id CHAR(32) NOT NULL, \n\tlabel_id CHAR(32) NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (id, shopping_list_id, label_id), \n\tFOREIGN KEY(label_id) REFERENCES multi_purpose_labels (id), \n\tFOREIGN KEY(shopping_list_id) REFERENCES shopping_lists (id)\n)', [], False),
]

DOWNGRADE = [
    ('DROP TABLE shopping_lists_multi_purpose_labels', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)
    populate_shopping_list_labels(conn)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)
