"""Actual ``packages/loot-core/migrations/1722717601000_reports_move_selected_categories.js``:
a custom report's ``selected_categories`` (a JSON list of categories) becomes a filter in
its ``conditions`` (a JSON list): unless every live category is selected, or a category
filter is there already, ``{"field": "category", "op": "oneOf", "value": [ids], "type":
"id"}`` is appended; then every live report's ``selected_categories`` is emptied (NULL).

Ported line by line (``JSON.parse``, ``JSON.stringify``); what the app writes into the two
columns is in ``0029_reports.py``'s ``app_writes``.
"""

import json

from edi_migrations.changes import Recompute

# The JS, in SQLite's JSON functions: the filter appended where the report does not
# select every live category and filters on none yet (SQLite's json_insert writes the
# compact text JSON.stringify writes).
SELECTED_IDS = (
    "(SELECT json_group_array(json_extract(s.value, '$.id'))"
    " FROM json_each(NULLIF(selected_categories, '')) AS s)"
)
EVERY_CATEGORY = (
    "NOT EXISTS (SELECT 1 FROM categories AS c WHERE c.tombstone = 0 AND c.id NOT IN"
    " (SELECT json_extract(s.value, '$.id') FROM json_each(NULLIF(selected_categories, '')) AS s))"
)
FILTERS_CATEGORY = (
    "EXISTS (SELECT 1 FROM json_each(NULLIF(conditions, '')) AS f"
    " WHERE json_extract(f.value, '$.field') = 'category')"
)
MOVED = (
    f"CASE WHEN tombstone = 0 AND selected_categories IS NOT NULL AND NOT {EVERY_CATEGORY}"
    f" AND NOT {FILTERS_CATEGORY} THEN json_insert(COALESCE(NULLIF(conditions, ''), '[]'),"
    f" '$[#]', json_object('field', 'category', 'op', 'oneOf', 'value', json({SELECTED_IDS}),"
    " 'type', 'id')) ELSE conditions END"
)
# Both columns are rewritten on purpose: the selection moves into the filters.
CHANGES = (
    Recompute("custom_reports", "conditions", expression=MOVED),
    Recompute(
        "custom_reports",
        "selected_categories",
        expression="CASE WHEN tombstone = 0 THEN NULL ELSE selected_categories END",
    ),
)


def _stringify(value) -> str:
    """``JSON.stringify``: no spaces, characters as they are."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def upgrade(conn):
    categories = [
        r[0] for r in conn.execute("SELECT id FROM categories WHERE tombstone = 0").fetchall()
    ]
    reports = conn.execute(
        "SELECT id, selected_categories, conditions FROM custom_reports "
        "WHERE tombstone = 0 AND selected_categories IS NOT NULL"
    ).fetchall()
    for report_id, selected_text, conditions_text in reports:
        conditions = json.loads(conditions_text) if conditions_text else []
        selected = json.loads(selected_text) if selected_text else []
        selected_ids = [category.get("id") for category in selected]
        if all(category in selected_ids for category in categories):
            continue  # every category is selected: no filter needed
        if any(condition.get("field") == "category" for condition in conditions):
            continue  # a category filter is there already
        moved = {"field": "category", "op": "oneOf", "value": selected_ids, "type": "id"}
        conn.execute(
            "UPDATE custom_reports SET conditions = ? WHERE id = ?",
            (_stringify([*conditions, moved]), report_id),
        )
    conn.execute("UPDATE custom_reports SET selected_categories = NULL WHERE tombstone = 0")
