"""What ``56-add-unseen-to-message.ts`` and ``58-update-unread.ts`` set, as SQL over a
message row (not a migration: its name starts with ``_``): ``ReadStatus`` (Unread 1, Read
0, Viewed 2, ``ts/messages/MessageReadStatus.ts``) and ``SeenStatus`` (NotApplicable 0,
Unseen 1, Seen 2, ``ts/MessageSeenStatus.ts``), the values their template strings hold.
"""

# the message types a user sees as unread (56's lists, repeated by 58)
UNSEEN_TYPES = (
    "('call-history', 'change-number-notification', 'chat-session-refreshed', "
    "'delivery-issue', 'group', 'incoming', 'keychange', 'timer-notification', "
    "'verified-change')"
)
NEVER_UNSEEN = (
    "('group-v1-migration', 'message-history-unsynced', 'outgoing', 'profile-change', "
    "'universal-timer-notification')"
)
TYPE = "messages.type"


def _case(condition, then, other):
    return f"(CASE WHEN {condition} THEN {then} ELSE {other} END)"


def unseen_after(read, seen):
    """56's first UPDATE: an unread message of a type seen as unread becomes unseen."""
    return _case(f"{read} = 1 AND ({TYPE} IS NULL OR {TYPE} IN {UNSEEN_TYPES})", "1", seen)


def read_after(read):
    """56's second UPDATE: an unread message of any other (known) type becomes read."""
    return _case(f"{read} = 1 AND {TYPE} IS NOT NULL AND {TYPE} NOT IN {UNSEEN_TYPES}", "0", read)


def statuses_after_58(read, seen, body):
    """58's UPDATEs in order over a row holding ``read``, ``seen`` and ``body`` (its
    json): (readStatus, seenStatus, json) as SQL."""
    unread = (
        f"(json_extract({body}, '$.unread') IS true OR json_extract({body}, '$.unread') IS 1)"
    )
    read1, seen1 = _case(unread, "1", read), _case(unread, "1", seen)
    read2 = f"coalesce({read1}, 0)"
    seen3 = unseen_after(read2, seen1)
    read4 = read_after(read2)
    read5 = _case(
        f"{read4} = 1 AND ({TYPE} IN ('change-number-notification', 'keychange'))", "0", read4
    )
    read6, seen6 = _case(f"{TYPE} IN {NEVER_UNSEEN}", "0", read5), _case(
        f"{TYPE} IN {NEVER_UNSEEN}", "2", seen3
    )
    patched = _case(
        f"{read6} IS NOT NULL OR {seen6} IS NOT 0",
        f"json_patch({body}, json_object('readStatus', {read6}, 'seenStatus', {seen6}))",
        body,
    )
    return read6, seen6, patched
