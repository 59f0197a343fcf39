"""linkding ``bookmarks/migrations/0032_html_snapshots_hint_toast.py``: a data migration only (``sqlmigrate`` shows one Python operation).
``forwards``, by hand (it imports today's ``Toast`` and ``User`` models): a toast for every user.
"""

from _toasts import toast_every_user

from edi_migrations.changes import AddRows

# A hint toast for every user.
CHANGES = (AddRows("bookmarks_toast"),)

KEY = 'html_snapshots_hint'
MESSAGE = (
    'This version adds a new feature for archiving snapshots of websites locally. To use it, you need to switch to a different Docker image. See the installation instructions on GitHub for details.'
)


def upgrade(conn):
    toast_every_user(conn, KEY, MESSAGE)
