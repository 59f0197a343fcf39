"""linkding ``bookmarks/migrations/0029_bookmark_list_actions_toast.py``: a data migration only (``sqlmigrate`` shows one Python operation).
``forwards``, by hand (it imports today's ``Toast`` and ``User`` models): a toast for every user.
"""

from _toasts import toast_every_user

from edi_migrations.changes import AddRows

# A hint toast for every user.
CHANGES = (AddRows("bookmarks_toast"),)

KEY = 'bookmark_list_actions_hint'
MESSAGE = (
    'This version adds a new link to each bookmark to view details in a dialog. If you feel there is too much clutter you can now hide individual links in the settings.'
)


def upgrade(conn):
    toast_every_user(conn, KEY, MESSAGE)
