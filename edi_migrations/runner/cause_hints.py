"""What a failed step's message adds after SQLite's words: how to mend the usual causes
(malformed JSON in the data, a collation or function only the app's connections have, a
function SQLite itself has only from a newer release, a VACUUM)."""

from __future__ import annotations

from edi_migrations.runner.json_hint import malformed_json_hint
from edi_migrations.runner.vacuum_hint import vacuum_hint
from edi_migrations.sqlite.newer_builtin import newer_builtin_hint
from edi_migrations.sqlite.opener import app_hint


def cause_hint(statement: str | None, cause: BaseException) -> str:
    return (
        malformed_json_hint(statement, cause)
        + (newer_builtin_hint(cause) or app_hint(cause))
        + vacuum_hint(cause)
    )
