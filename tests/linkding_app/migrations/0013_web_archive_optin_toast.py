"""linkding ``bookmarks/migrations/0013_web_archive_optin_toast.py``: a data migration only (``sqlmigrate`` shows one Python operation).
``forwards``, by hand (it imports today's ``Toast`` and ``User`` models): a toast for every user.
"""

from _toasts import toast_every_user

from edi_migrations.changes import AddRows

# A hint toast for every user.
CHANGES = (AddRows("bookmarks_toast"),)

KEY = 'web_archive_opt_in_hint'
MESSAGE = (
    'The Internet Archive Wayback Machine integration has been disabled by default. Check the Settings to re-enable it.'
)


def upgrade(conn):
    toast_every_user(conn, KEY, MESSAGE)
