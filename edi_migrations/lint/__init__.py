"""Lint of a chain's traced statements: features newer than the declared SQLite floor
(:mod:`.features`, :mod:`.behaviour`, :mod:`.floor`) and risky operations (:mod:`.rules`
as data, :mod:`.matcher` on the statements and the replayed schema, :mod:`.replay`,
:mod:`.ddl`, :mod:`.statements`). :mod:`.trace` records what each migration runs through
the runner's trace callback, :mod:`.run` checks a migration or a folder, :mod:`.report`
prints the findings (``edi-migrate lint``)."""
