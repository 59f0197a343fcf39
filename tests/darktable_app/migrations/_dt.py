"""What the ported steps share: darktable's library version for the runner's, and
``sqlite3_column_int`` / ``sqlite3_column_blob`` as the C loops read a value."""

FIRST = 21  # runner version 1 is darktable's library version 22

DT_IOP_ORDER_CUSTOM = 0  # dt_iop_order_t (src/common/iop_order.h)


def dt_version(version):
    """The library version darktable's ``db_info`` would hold for the runner's ``version``."""
    return FIRST + version


def column_int(conn, value):
    """``sqlite3_column_int``: SQLite's own conversion of the value to an integer (NULL is 0),
    truncated to 32 bits as a C ``int``."""
    number = conn.execute("SELECT CAST(? AS INTEGER)", (value,)).fetchone()[0] or 0
    return (number + 2**31) % 2**32 - 2**31


def column_bytes(conn, value):
    """``sqlite3_column_blob``: the value's bytes as SQLite gives them (text and numbers
    converted by SQLite), or None for NULL and for an empty value (C's NULL pointer)."""
    if value is None:
        return None
    data = conn.execute("SELECT CAST(? AS BLOB)", (value,)).fetchone()[0]
    return bytes(data) or None


def column_text(conn, value):
    """``sqlite3_column_text`` read as a C string (``g_checksum_update(..., -1)``): its bytes
    up to the first NUL, or None for NULL."""
    data = column_bytes(conn, value)
    if value is None:
        return None
    return (data or b"").split(b"\0", 1)[0]
