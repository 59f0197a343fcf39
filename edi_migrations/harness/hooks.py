"""The harness's pytest hooks, each defined once and handing off to the module whose
job it is. Registered (plugin_start.py) only in a run whose project configures a
migrations folder: the options, the hook specs and the seed are plugin_start's, loaded
by every run, so an installed plugin never changes, nor slows, another project's run."""

from __future__ import annotations

import pytest

from edi_migrations.errors import BadMigrationsFolder
from edi_migrations.harness import (
    app_fk_setting,
    budget_option,
    collect,
    evidence_report,
    jump_prefix,
    kept_databases,
    keyword_paths,
    matrix,
    node_id_args,
    ram_tmp,
    rerun_setting,
    review,
    round_trip_skip,
    seed_notice,
    seeding,
    settings,
    sqlite_choice,
    start_copies,
    template_store,
    verdict_inputs,
    verdict_setting,
    verdicts,
)
from edi_migrations.harness.cache_dirs import cache_folder
from edi_migrations.harness.names import NAME_WARNING_FILTER
from edi_migrations.harness.report import MatrixReporter
from edi_migrations.harness.stale_snapshots import StaleSnapshots

REPORTER = "edi-migrations-report"
STALE_SNAPSHOTS = "edi-migrations-stale-snapshots"
KEPT_COUNTER = "edi-migrations-kept-verdicts"
RUN_STARTED = pytest.StashKey[float]()


def configure(config: pytest.Config) -> None:
    """plugin_start's ``pytest_configure`` calls it, after choosing the seed."""
    if not settings.active(config):
        return
    rerun_setting.rerun_check_on(config)  # a value that is no mode stops the run here
    app_fk_setting.app_enforces_foreign_keys(config)  # here too
    budget_option.statement_seconds(config)  # a bad budget is refused before any test
    review.check_option(config)  # a base outside the chain too
    verdict_setting.mode(config)  # and a MIGRATIONS_VERDICTS that is no choice
    keyword_paths.check_keyword(config)  # and a -k naming a path by its arrow
    node_id_args.take_pasted_ids(config)  # a check's printed id, given back, collects it
    ram_tmp.choose_temproot(config)
    config.stash[RUN_STARTED] = template_store.run_started()
    config.addinivalue_line("filterwarnings", NAME_WARNING_FILTER)
    config.pluginmanager.register(evidence_report.EvidenceReports(), evidence_report.PLUGIN)
    if not hasattr(config, "workerinput"):  # the controller sees every worker's reports
        config.pluginmanager.register(MatrixReporter(config), REPORTER)
        config.pluginmanager.register(StaleSnapshots(config), STALE_SNAPSHOTS)
        config.pluginmanager.register(verdicts.KeptCounter(), KEPT_COUNTER)
        config.pluginmanager.register(seed_notice.SeedNotice(config), seed_notice.PLUGIN)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    kept_databases.hand_to_worker(node)  # the folder and the seed: plugin_start


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids: list[str]) -> None:
    node_id_args.check_worker_ids(node.config, ids)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The controller (or a run without xdist) evicts the templates of old keys: every
    worker is done by now, so nothing of this run is being copied."""
    config = session.config
    cache = getattr(config, "cache", None)
    if cache is None or hasattr(config, "workerinput") or RUN_STARTED not in config.stash:
        return
    root = cache_folder(config, template_store.CACHE_NAME)
    if root is not None:
        template_store.evict(root, config.stash[RUN_STARTED])
    verdicts.evict_old(config, config.stash[RUN_STARTED])


def pytest_report_header(config: pytest.Config) -> list[str] | None:
    if not settings.active(config):
        return None
    folder = settings.require_migrations_dir(config)
    return [
        f"migrations: {folder}",
        sqlite_header(config, folder),
        *seeding.header(config),
        templates_header(config),
        verdict_setting.header(config),
        ram_tmp.header(config),
    ]


def templates_header(config: pytest.Config) -> str:
    """Where the start templates are, and whether the next run finds them."""
    cache = getattr(config, "cache", None)
    if cache is None:
        return "templates: this session's tmp (-p no:cacheprovider: rebuilt every run)"
    root = cache_folder(config, template_store.CACHE_NAME)
    if root is None:
        return "templates: this session's tmp (the cache cannot be written: rebuilt every run)"
    return f"templates: {root} (kept between runs; --cache-clear rebuilds them)"


def sqlite_header(config: pytest.Config, folder) -> str:
    """The SQLite every check runs on, and the oldest one the app declares it supports."""
    from edi_migrations.lint.errors import BadFloor
    from edi_migrations.lint.run import resolve_floor

    try:
        floor = resolve_floor(folder, config.getoption("sqlite_floor"))
        declared = f"floor {floor.text}" if floor else "no floor declared"
    except BadFloor as exc:
        declared = f"floor unreadable: {exc}"
    return f"sqlite: {sqlite_choice.in_use_line()}; {declared}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A folder the runner refuses is one collection error saying the refusal alone."""
    try:
        matrix.pytest_generate_tests(metafunc)
    except BadMigrationsFolder as exc:
        raise pytest.Collector.CollectError(str(exc)) from exc


pytest_make_collect_report = collect.pytest_make_collect_report
pytest_ignore_collect = collect.pytest_ignore_collect


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not settings.active(config):
        return
    collect.drop_duplicates(items)
    node_id_args.keep_named(config, items)
    matrix.select_paths(config, items)
    rerun_setting.skip_reruns(config, items)
    round_trip_skip.skip_irreversible(config, items)


def pytest_collection_finish(session: pytest.Session) -> None:
    if settings.active(session.config):
        verdict_inputs.note_collected(session)  # a key of kept jumps and stepped starts
    verdicts.note_run(session)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """A built-in check whose verdict is kept is skipped, saying so (harness.verdicts)."""
    if settings.active(item.config):
        verdicts.before_call(item)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if settings.active(item.config):
        seeding.attach_reproduce_command(item, report)
        kept_databases.keep_on_failure(item, report)
        jump_prefix.attach_note(item, report)
        start_copies.note_outcome(item, report)
        verdicts.after_call(item, report)
    return report
