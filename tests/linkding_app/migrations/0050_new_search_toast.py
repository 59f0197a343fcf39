"""linkding ``bookmarks/migrations/0050_new_search_toast.py``: a data migration only (``sqlmigrate`` shows one Python operation).
``forwards``, by hand (it imports today's ``Toast`` and ``User`` models): a toast for every user.
"""

from _toasts import toast_every_user

from edi_migrations.changes import AddRows

# A hint toast for every user.
CHANGES = (AddRows("bookmarks_toast"),)

KEY = 'new_search_toast'
MESSAGE = (
    'This version replaces the search engine with a new implementation that supports logical operators (and, or, not). If you run into any issues with the new search, you can switch back to the old one by enabling legacy search in the settings.'
)


def upgrade(conn):
    toast_every_user(conn, KEY, MESSAGE)
