"""The pytest plugin of edi-migrations, registered by the ``pytest11`` entry point.

It only re-exports what every pytest run of the environment loads:
:mod:`edi_migrations.harness.plugin_start`'s options, hook specs and seed. A project that
configures a migrations folder gets the harness's hooks (:mod:`edi_migrations.harness.hooks`)
and the fixtures it may override (:mod:`edi_migrations.harness.pytest_fixtures`), which
plugin_start registers then; any other project never imports them. Every module of the
package imported after this one loads through Python's own import system, not through
pytest's assertion rewriting (:mod:`edi_migrations.harness.plain_imports`).
"""

from edi_migrations.harness import plain_imports

plain_imports.install()

from edi_migrations.harness.plugin_start import (  # noqa: E402 (after the finder)
    edi_migrations_seed,
    pytest_addhooks,
    pytest_addoption,
    pytest_configure,
    pytest_configure_node,
    pytest_load_initial_conftests,
    pytest_plugin_registered,
)

__all__ = [
    "edi_migrations_seed",
    "pytest_addhooks",
    "pytest_addoption",
    "pytest_configure",
    "pytest_configure_node",
    "pytest_load_initial_conftests",
    "pytest_plugin_registered",
]
