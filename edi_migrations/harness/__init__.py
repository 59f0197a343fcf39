"""The migration test harness: a pytest plugin for any chain of SQLite migrations.

Installed with the ``pytest`` extra and loaded through the ``pytest11`` entry point
(:mod:`edi_migrations.plugin`). Nothing here is imported by ``import edi_migrations``:
the runner needs no pytest, Faker or syrupy.

- :mod:`.settings` where the migrations folder and its snapshots are, and when the
  built-in checks run; :mod:`.options` the command-line and ini options;
  :mod:`.hookspecs` the hooks a project implements;
- :mod:`.collect` adds the built-in checks (:mod:`.checks`) to a run, :mod:`.matrix`
  parametrizes them (paths from :mod:`.paths`), :mod:`.pytest_fixtures` the fixtures a
  project overrides, :mod:`.report` the start x target grid;
- :mod:`.invariants` what a path must keep, :mod:`.dbstate` the canonical view of a
  database, :mod:`.rows` rows generated from any schema, :mod:`.schema_starts` start
  databases built from them;
- :mod:`.seeding` one seed per run, :mod:`.ram_tmp` databases on a RAM disk.
"""
