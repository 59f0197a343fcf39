"""What the ``pytest11`` entry point loads in every pytest run of the environment: the
options, the hook specs, the seed, and the one decision whether this project uses the
harness. Only a project that does (a migrations folder configured: settings.py) imports
and registers the hooks and fixtures of the harness (hooks.py, pytest_fixtures.py): the
entry point of an installed plugin is loaded by every project's run, and importing the
harness costs ~150 ms of CPU that a project without migrations would pay for nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from edi_migrations.harness import hookspecs, option_aliases, plain_imports, seeding, settings
from edi_migrations.harness.pytest_options import (
    GROUP,
    pytest_addoption,  # noqa: F401 (a hook)
)

HOOKS = "edi_migrations.hooks"  # the names the harness's modules are registered under
FIXTURES = "edi_migrations.fixtures"
ENTRY = "edi_migrations.plugin"  # the module the entry point and pytest_plugins name


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    pluginmanager.add_hookspecs(hookspecs)


@pytest.hookimpl(tryfirst=True, wrapper=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser):
    """``--sqlite-module NAME``: the DB-API module is chosen once, when ``edi_migrations``
    is first imported (before any option is read), so a run on another module is this
    same command restarted with ``MIGRATIONS_SQLITE_MODULE=NAME``, which xdist workers inherit.

    The harness joins here, before the conftests load: a fixture that a conftest's plugin
    (``pytest_plugins``) defines must be registered after the harness's default to win.
    A conftest adding one of the plugin's options again is a usage error (option_clash)."""
    wanted = getattr(early_config.known_args_namespace, "sqlite_module", None)
    if wanted:
        from edi_migrations.harness import sqlite_choice

        sqlite_choice.restart_with(wanted, early_config.invocation_params.args, early_config)
    if uses_harness(early_config):
        register_harness(early_config.pluginmanager)
    try:
        return (yield)
    except ValueError as exc:
        from edi_migrations.harness import option_clash

        ours = option_clash.plugin_options(parser, GROUP)
        raise option_clash.usage_error(exc, ours) or exc from exc


def uses_harness(early_config: pytest.Config) -> bool:
    """Whether a migrations folder is configured: ``--migrations-dir`` (before the options
    are parsed, as ``pytest`` read it), the ini's key or the pyproject's (settings.py
    decides again, and alone, where the folder is; an xdist worker is handed the
    controller's folder, and its own arguments are the controller's)."""
    if getattr(early_config.known_args_namespace, "migrations_dir", None):
        return True
    return settings.configured_in_files(early_config)


def pytest_plugin_registered(plugin: object, manager: pytest.PytestPluginManager) -> None:
    """Named in a conftest's ``pytest_plugins`` (autoloading off), the plugin arrives after
    ``pytest_load_initial_conftests`` ran: that hook never decided, and no check ran at all.
    A project that names the plugin there asked for it: the harness joins at once (before
    the conftest's next plugins, whose fixtures then still win over its defaults)."""
    if plugin is not sys.modules[__name__] and plugin is not sys.modules.get(ENTRY):
        return
    if manager.get_plugin(HOOKS) is None and _a_conftest_loaded(manager):
        register_harness(manager)


def _a_conftest_loaded(manager: pytest.PytestPluginManager) -> bool:
    """Whether conftests are loading, so ``pytest_load_initial_conftests`` is past."""
    return any(
        Path(getattr(p, "__file__", None) or "x").name == "conftest.py"
        for p in manager.get_plugins()
    )


def register_harness(pluginmanager: pytest.PytestPluginManager) -> None:
    """The harness's hooks and default fixtures, as two plugins of this run, their modules
    imported by Python's own import system (plain_imports)."""
    plain_imports.install()
    from edi_migrations.harness import hooks, pytest_fixtures

    pluginmanager.register(hooks, HOOKS)
    pluginmanager.register(pytest_fixtures, FIXTURES)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """The seed first (a test may ask for it with no folder configured), then the
    harness's own configuration where it joined the run."""
    option_aliases.keep_old_dests(config)
    seeding.choose_seed(config)
    hooks = config.pluginmanager.get_plugin(HOOKS)
    if hooks is not None:
        hooks.configure(config)
    else:  # a misspelt setting, or the matrix's options, must not pass unchecked
        from edi_migrations.harness.unconfigured import refuse_unchecked_run

        refuse_unchecked_run(config)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """xdist controller: every worker gets the controller's folder (or none) and seed."""
    settings.hand_to_worker(node)
    seeding.hand_to_worker(node)


@pytest.fixture(scope="session")
def edi_migrations_seed(pytestconfig: pytest.Config) -> int:
    """The run's seed for generated data: ``--migrations-seed N``, or random and printed."""
    return seeding.run_seed(pytestconfig)
