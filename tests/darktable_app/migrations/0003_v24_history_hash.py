"""darktable ``_upgrade_library_schema_step``: ``version == 23``, ``history_hash``: "use the
former dt_image_altered() to initialise the history_hash table", one row per image with a
history, its MD5 over the enabled history items and the module order. SQL verbatim; the C
loop as Python. Approximated: darktable reads two preferences (``plugins/darkroom/workflow``
and ``plugins/darkroom/sharpen/auto_apply``); the port takes the scene-referred workflow (no
``basecurve``) and sharpen applied automatically (README).
"""

import hashlib
import struct

from _dt import DT_IOP_ORDER_CUSTOM, column_bytes, column_int, column_text

BASECURVE_AUTO_APPLY = False  # workflow "scene-referred" (README)
SHARPEN_AUTO_APPLY = True


def _hash(conn, imgid):
    checksum = hashlib.md5()
    rows = conn.execute(
        "SELECT operation, op_params, blendop_params"
        " FROM main.history"
        " WHERE imgid = ?1 AND enabled = 1"
        " ORDER BY num",
        (imgid,),
    ).fetchall()
    for operation, op_params, blendop_params in rows:
        for buf in (column_text(conn, operation), column_bytes(conn, op_params), column_bytes(conn, blendop_params)):
            if buf:
                checksum.update(buf)
    order = conn.execute(
        "SELECT version, iop_list FROM main.module_order WHERE imgid = ?1", (imgid,)
    ).fetchone()
    if order is not None:
        version_h = column_int(conn, order[0])
        checksum.update(struct.pack("=i", version_h))
        if version_h == DT_IOP_ORDER_CUSTOM:
            buf = column_text(conn, order[1])
            if buf:
                checksum.update(buf)
    return checksum.digest()


def upgrade(conn):
    conn.execute(
        "CREATE TABLE main.history_hash (imgid INTEGER PRIMARY KEY, "
        "basic_hash BLOB, auto_hash BLOB, current_hash BLOB)"
    )
    query = (
        "SELECT id, CASE WHEN imgid IS NULL THEN 0 ELSE 1 END as altered "
        "FROM (SELECT DISTINCT id FROM main.images JOIN main.history ON imgid = id) "
        "LEFT JOIN (SELECT DISTINCT imgid FROM main.images JOIN main.history ON imgid = id "
        "           WHERE num < history_end AND enabled = 1"
        "             AND operation NOT IN ('flip', 'dither', 'highlights', 'rawprepare', "
        "             'colorin', 'colorout', 'gamma', 'demosaic', 'temperature'{}{})) "
        "ON imgid = id"
    ).format(  # upstream: dt_util_dstrcat(query, "...%s%s...", ...)
        ", 'basecurve'" if BASECURVE_AUTO_APPLY else "", ", 'sharpen'" if SHARPEN_AUTO_APPLY else ""
    )
    for imgid, altered in conn.execute(query).fetchall():
        digest = _hash(conn, imgid)
        conn.execute(
            "INSERT INTO main.history_hash VALUES (?1, ?2, NULL, ?3)",
            (column_int(conn, imgid), None if altered else digest, digest),
        )
