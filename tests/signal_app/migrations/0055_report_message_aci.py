"""Signal Desktop ``ts/sql/migrations/55-report-message-aci.ts``, ported: its TypeScript
loop as Python doing the same. The ``report spam`` queue's jobs are deleted and inserted
again with ``data`` holding ``uuid`` (the old ``e164``) and ``serverGuids``; a job whose
``data`` is no record, whose ``e164`` is no string or whose ``serverGuids`` is not
iterable is dropped with a warning.
"""

from _upstream import get_jobs_in_queue, insert_job

from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (
    # upstream rewrites each report-spam job as a new row (same id), dropping bad ones
    DeleteRows("jobs", where="queueType = 'report spam'"),
    AddRows("jobs"),
)


def _is_iterable(value):
    """``isIterable``: what has ``Symbol.iterator`` (a string or an array, from JSON)."""
    return isinstance(value, (str, list))


def upgrade(conn):
    report_spam_jobs = get_jobs_in_queue(conn, "report spam")
    conn.execute("DELETE FROM jobs WHERE queueType = $queueType", {"queueType": "report spam"})
    for job in report_spam_jobs:
        data = job["data"]
        if not isinstance(data, dict):
            continue
        e164, server_guids = data.get("e164"), data.get("serverGuids")
        if not isinstance(e164, str) or not _is_iterable(server_guids):
            continue
        insert_job(conn, {
            **job, "queueType": "report spam",
            # this looks odd, but they are both strings and interchangeable in the server API
            "data": {"uuid": e164, "serverGuids": server_guids},
        })
