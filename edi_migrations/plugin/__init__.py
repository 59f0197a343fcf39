"""The pytest plugin of edi-migrations, registered by the ``pytest11`` entry point.

It only re-exports: the hooks from :mod:`edi_migrations.harness.hooks` and the
fixtures a project may override from :mod:`edi_migrations.harness.pytest_fixtures`.
"""

from edi_migrations.harness.hooks import (
    pytest_addhooks,
    pytest_addoption,
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_configure_node,
    pytest_generate_tests,
    pytest_ignore_collect,
    pytest_load_initial_conftests,
    pytest_make_collect_report,
    pytest_report_header,
    pytest_runtest_makereport,
    pytest_sessionfinish,
)
from edi_migrations.harness.pytest_fixtures import (
    _edi_migrations_connecting,
    edi_migrations_app_writes,
    edi_migrations_chain,
    edi_migrations_connect,
    edi_migrations_dir,
    edi_migrations_fresh_install,
    edi_migrations_fresh_schema,
    edi_migrations_fresh_schema_sql,
    edi_migrations_path_cache,
    edi_migrations_project_app,
    edi_migrations_schema_snapshot,
    edi_migrations_schema_starts,
    edi_migrations_seed,
    edi_migrations_sqlite_floor,
    edi_migrations_start_database,
    edi_migrations_template_store,
)

__all__ = [
    "_edi_migrations_connecting",
    "edi_migrations_app_writes",
    "edi_migrations_chain",
    "edi_migrations_connect",
    "edi_migrations_dir",
    "edi_migrations_fresh_install",
    "edi_migrations_fresh_schema",
    "edi_migrations_fresh_schema_sql",
    "edi_migrations_path_cache",
    "edi_migrations_project_app",
    "edi_migrations_schema_snapshot",
    "edi_migrations_schema_starts",
    "edi_migrations_seed",
    "edi_migrations_sqlite_floor",
    "edi_migrations_start_database",
    "edi_migrations_template_store",
    "pytest_addhooks",
    "pytest_addoption",
    "pytest_collection_modifyitems",
    "pytest_configure",
    "pytest_configure_node",
    "pytest_generate_tests",
    "pytest_load_initial_conftests",
    "pytest_ignore_collect",
    "pytest_make_collect_report",
    "pytest_report_header",
    "pytest_runtest_makereport",
    "pytest_sessionfinish",
]
