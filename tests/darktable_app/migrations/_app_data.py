"""What darktable writes that the steps read back, shaped by the columns the database has at
its version: two film rolls, a group of two images and a third image, their history (one
with a mask), a module order, tags (one ``darktable|changed``, the tag the data database's
``TAGS`` holds as id 1), colour labels, metadata (one key written twice for an image, as the
duplicates block 31 removes) and a selection.
"""

ROWS = {
    "film_rolls": (
        {"id": 1, "datetime_accessed": "2020:06:01 10:00:00", "access_timestamp": 1590998400, "folder": "/home/me/Pictures/2020/Paris"},
        {"id": 2, "datetime_accessed": "2020:07:14 18:30:00", "access_timestamp": 1594751400, "folder": "/home/me/Pictures/2020/Alps"},
    ),
    "images": (
        {"id": 1, "group_id": 1, "film_id": 1, "width": 6000, "height": 4000, "filename": "DSC_0001.NEF", "maker": "Nikon", "model": "D750", "datetime_taken": "2020:06:01 09:12:00", "flags": 3, "orientation": 0, "version": 0, "max_version": 1, "write_timestamp": 1591000000, "history_end": 2, "position": 1 << 32, "aspect_ratio": 1.5, "caption": "Louvre", "description": "at dawn", "latitude": 48.86, "longitude": 2.33},
        {"id": 2, "group_id": 1, "film_id": 1, "width": 6000, "height": 4000, "filename": "DSC_0001.NEF", "maker": "Nikon", "model": "D750", "datetime_taken": "2020:06:01 09:12:00", "flags": 6, "orientation": 0, "version": 1, "max_version": 1, "write_timestamp": 1591000100, "history_end": 1, "position": 2 << 32, "aspect_ratio": 1.5},
        {"id": 3, "group_id": 3, "film_id": 2, "width": 4000, "height": 6000, "filename": "IMG_1001.CR2", "maker": "Canon", "model": "EOS R", "datetime_taken": "2020:07:14 12:00:00", "flags": 1, "orientation": 6, "version": 0, "max_version": 0, "history_end": 0, "position": 3 << 32, "aspect_ratio": 0.0},
    ),
    "history": (
        {"imgid": 1, "num": 0, "module": 1, "operation": "mask_manager", "op_params": None, "enabled": 0, "blendop_version": 0, "multi_priority": 0, "multi_name": ""},
        {"imgid": 1, "num": 1, "module": 7, "operation": "exposure", "op_params": b"\x00\x00\x80\x3f", "enabled": 1, "blendop_params": b"\x01\x02", "blendop_version": 9, "multi_priority": 0, "multi_name": ""},
        {"imgid": 2, "num": 0, "module": 2, "operation": "flip", "op_params": b"\x06\x00\x00\x00", "enabled": 1, "blendop_version": 9, "multi_priority": 0, "multi_name": ""},
    ),
    "masks_history": (
        {"imgid": 1, "num": 0, "formid": 1590999999, "form": 1, "name": "circle #1", "version": 6, "points": b"\x00" * 8, "points_count": 1, "source": b"\x00" * 8},
    ),
    "module_order": ({"imgid": 1, "version": 2, "iop_list": None}, {"imgid": 2, "version": 0, "iop_list": "rawprepare,0,flip,0"}),
    "tagged_images": ({"imgid": 1, "tagid": 1}, {"imgid": 1, "tagid": 2}, {"imgid": 3, "tagid": 3}),
    "color_labels": ({"imgid": 1, "color": 0}, {"imgid": 3, "color": 2}),
    "meta_data": (
        {"id": 1, "key": 0, "value": "me"},
        {"id": 1, "key": 0, "value": "me, again"},
        {"id": 1, "key": 1, "value": "Paris at dawn"},
    ),
    "selected_images": ({"imgid": 3},),
}


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]


def _put(conn, table, row):
    names = _columns(conn, table)
    if not names:
        return
    row = {k: v for k, v in row.items() if k in names}
    conn.execute(
        f"INSERT OR IGNORE INTO main.{table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )


def write_app_data(conn, ctx):
    for table, rows in ROWS.items():
        for row in rows:
            _put(conn, table, row)
