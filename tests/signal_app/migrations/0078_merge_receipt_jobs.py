"""Signal Desktop ``ts/sql/migrations/78-merge-receipt-jobs.ts``, ported: its TypeScript loop
as Python doing the same. The delivery, read and viewed receipt queues' jobs are deleted
and inserted again in the ``conversation`` queue as one ``Receipts`` job each (its receipts
given the message's ``conversationId``); a job without a record for ``data``, a string
``messageId``, a message, its string conversation id or an array of receipts is dropped
with a warning, as is a receipt that is no record.
"""

from _upstream import get_jobs_in_queue, get_message_by_id, insert_job

from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (
    # upstream moves the three receipt queues' jobs into the conversation queue (new rows,
    # same ids) and drops those it cannot move
    DeleteRows("jobs", where="queueType IN ('delivery receipts', 'read receipts', 'viewed receipts')"),
    AddRows("jobs"),
)

QUEUES = (
    ("delivery receipts", "deliveryReceipts", True, "deliveryReceipt"),
    ("read receipts", "readReceipts", True, "readReceipt"),
    ("viewed receipts", "viewedReceipt", False, "viewedReceipt"),
)


def _conversation_of(conn, data):
    """The message's conversation id, or None where upstream warns and drops the job."""
    if not isinstance(data, dict):
        return None
    message_id = data.get("messageId")
    if not isinstance(message_id, str):
        return None
    message = get_message_by_id(conn, message_id)
    if not message:
        return None
    conversation_id = message.get("conversationId")
    return conversation_id if isinstance(conversation_id, str) else None


def upgrade(conn):
    for queue_type, data_key, is_array, receipts_type in QUEUES:
        prev_jobs = get_jobs_in_queue(conn, queue_type)
        conn.execute("DELETE FROM jobs WHERE queueType = $queueType", {"queueType": queue_type})
        for job in prev_jobs:
            data = job["data"]
            conversation_id = _conversation_of(conn, data)
            if conversation_id is None:
                continue
            old_receipts = data.get(data_key) if is_array else [data.get(data_key)]
            if not isinstance(old_receipts, list):
                continue
            new_receipts = [
                {**receipt, "conversationId": conversation_id}
                for receipt in old_receipts
                if isinstance(receipt, dict)
            ]
            insert_job(conn, {
                **job, "queueType": "conversation",
                "data": {"type": "Receipts", "conversationId": conversation_id,
                         "receiptsType": receipts_type, "receipts": new_receipts},
            })
