"""Signal Desktop ``ts/sql/migrations/51-centralize-conversation-jobs.ts``, ported: its
TypeScript loops as Python doing the same. The ``reactions`` and ``normal send`` queues'
jobs are deleted and inserted again in the one ``conversation`` queue, their ``data``
given a ``type`` (a reaction's also its message's ``conversationId``); a job without a
record for ``data``, or a reaction whose message (or its conversation id) is missing, is
dropped with a warning.
"""

from _upstream import get_jobs_in_queue, get_message_by_id, insert_job

from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (
    # upstream moves both queues' jobs into the conversation queue (new rows, same ids)
    # and drops those it cannot move: every job of the two queues leaves its row
    DeleteRows("jobs", where="queueType IN ('reactions', 'normal send')"),
    AddRows("jobs"),
)


def upgrade(conn):
    delete_jobs_in_queue = "DELETE FROM jobs WHERE queueType = $queueType"

    # First, make sure that reactions job data has a type and conversationId
    reactions_jobs = get_jobs_in_queue(conn, "reactions")
    conn.execute(delete_jobs_in_queue, {"queueType": "reactions"})
    for job in reactions_jobs:
        data = job["data"]
        if not isinstance(data, dict):  # isRecord
            continue
        message_id = data.get("messageId")
        if not isinstance(message_id, str):
            continue
        message = get_message_by_id(conn, message_id)
        if not message:
            continue
        conversation_id = message.get("conversationId")
        if not isinstance(conversation_id, str):
            continue
        insert_job(conn, {
            **job, "queueType": "conversation",
            "data": {**data, "type": "Reaction", "conversationId": conversation_id},
        })

    # Then make sure all normal send job data has a type
    normal_send_jobs = get_jobs_in_queue(conn, "normal send")
    conn.execute(delete_jobs_in_queue, {"queueType": "normal send"})
    for job in normal_send_jobs:
        data = job["data"]
        if not isinstance(data, dict):
            continue
        insert_job(conn, {
            **job, "queueType": "conversation", "data": {**data, "type": "NormalMessage"},
        })
