"""What ``71``, ``73`` and ``81`` declare alike (not a migration: its name starts with
``_``): each drops ``messages``' three generated columns and adds them again under the same
names from a longer or shorter list of message types, so their values may change.
"""

from edi_migrations.changes import DropColumn

REMADE = tuple(
    DropColumn("messages", column)
    for column in ("shouldAffectActivity", "shouldAffectPreview", "isUserInitiatedMessage")
)
