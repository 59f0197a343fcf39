"""``edi_migrations.dbapi``, the import path migrations written before the package was
laid out by role use (``from edi_migrations.dbapi import sqlite3``): the very module
:mod:`edi_migrations.sqlite.dbapi`, not a copy, so the DB-API module it chose is one."""

import sys

from edi_migrations.sqlite import dbapi

sys.modules[__name__] = dbapi
