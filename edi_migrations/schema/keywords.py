"""SQLite's keywords, and names written bare or quoted by them.

Canonical SQL upper-cases keywords and leaves every other word as written; a name is
quoted only when it must be (a keyword, a space, a quote), so snapshots read plainly.
The list is SQLite's own (https://www.sqlite.org/lang_keywords.html, 147 words).
"""

from __future__ import annotations

import re

from edi_migrations.identifiers import quote_identifier

KEYWORDS = frozenset(
    """
    ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT
    BEFORE BEGIN BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT
    CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE
    DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE
    EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM
    FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED
    INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT
    MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR ORDER
    OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE RECURSIVE
    REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK
    ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER
    UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH
    WITHOUT
    """.split()
)

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def is_keyword(word: str) -> bool:
    return word.upper() in KEYWORDS


def sql_name(name: str) -> str:
    """``name`` bare when SQLite reads it back as exactly itself, else double-quoted."""
    if _PLAIN.match(name) and not is_keyword(name):
        return name
    return quote_identifier(name)
