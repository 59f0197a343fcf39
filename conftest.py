"""EDI's fixture suite on top of the harness plugin (``edi_migrations.plugin``, loaded by
its ``pytest11`` entry point): EDI's start databases, the fault tooling, the test helpers."""

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from edi_migrations.harness.template_store import TemplateStore
from tests.bytecode_cache import keep_bytecode_in, prune
from tests.pytester_startup import import_the_package, start_up_once
from tests.run_tmp import template_root

ROOT = Path(__file__).resolve().parent
PYCACHE = ROOT / ".pytest_cache" / "pycache"
KEEPS_BYTECODE = keep_bytecode_in(PYCACHE)  # PYTHONDONTWRITEBYTECODE=1: see bytecode_cache
INNER_ADDOPTS = "-p no:faker -p no:hypothesispytest"  # see the pytester fixture

pytest_plugins = [
    "fixtures.edi.provider",
    "fixtures.faults.plugin",
    "tests.support",
    "tests.harness_projects",
    "tests.shared_runs",
    "tests.venv_ahead",
    "pytester",
]


@pytest.fixture(scope="session", autouse=True)
def _scratch_files_in_the_run_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """``tempfile``'s folder, for this process and the commands it starts (``TMPDIR``),
    is under the run's temporary root (RAM when the harness chose it, see
    harness/ram_tmp.py), as every ``tmp_path`` is: the scratch databases that specs
    inside ``@given`` and the lint make with ``tempfile`` then commit without waiting for
    a disk's fsync (seconds per run on a busy disk)."""
    previous = tempfile.tempdir
    scratch = str(tmp_path_factory.mktemp("tempfile"))
    tempfile.tempdir = scratch
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TMPDIR", scratch)
        yield
    tempfile.tempdir = previous


@pytest.fixture(scope="session")
def edi_migrations_template_store(
    pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory
) -> TemplateStore:
    """The plugin's store, but one for every xdist worker of a run without pytest's cache
    (CI) too, as with it (tests/run_tmp.py); builds happen in this worker's tmp."""
    return TemplateStore(template_root(pytestconfig), tmp_path_factory.mktemp("building"))


@pytest.fixture(scope="session")
def _imported_before_any_pytester() -> None:
    """What every in-process run imports, imported once before the first pytester takes
    its snapshot of ``sys.modules``: pytester drops what was imported after it, so each
    run would import (and assertion-rewrite) anew Faker's 70 modules (its plugin, loaded
    by entry point; this run has it off in addopts, so that a run without pytester imports
    no Faker) and Hypothesis's 80 (its plugin's summary), and every module of the harness
    (tests/pytester_startup.py). Session-scoped, so it is set up before the
    function-scoped pytester, not inside its snapshot."""
    import email.parser  # noqa: F401  (entry-point metadata, read by each run)
    import getpass  # noqa: F401  (tmp_path's user name)

    import _pytest.stepwise  # noqa: F401  (off in this run's process with no cache)
    import faker.contrib.pytest.plugin  # noqa: F401
    import hypothesis.internal.observability  # noqa: F401
    import syrupy.extensions.single_file  # noqa: F401  (the schema snapshots' extension)

    import_the_package()


@pytest.fixture
def pytester(
    _imported_before_any_pytester: None, pytester: pytest.Pytester, monkeypatch
) -> pytest.Pytester:
    """Pytester, with Faker's and Hypothesis's modules kept across its runs, and every
    check of its runs run (``MIGRATIONS_VERDICTS=run``): specs that run a project twice
    count what ran, on a developer's machine as on CI; the kept-verdict specs say
    otherwise where they mean it. Each run reads the installed distributions as the first
    did (tests/pytester_startup.py). Faker's and Hypothesis's pytest plugins, loaded by
    entry point, are off in its runs (``PYTEST_ADDOPTS``; the harness uses neither, the
    suite's own run has Faker's off too): importing them was three quarters of each
    subprocess run's start (1.0 -> 0.25 CPU-s). The installed-wheel runs drop the variable
    (tests/venv_ahead.py: a user's shell)."""
    monkeypatch.setenv("MIGRATIONS_VERDICTS", "run")
    monkeypatch.setenv("PYTEST_ADDOPTS", f"{os.environ.get('PYTEST_ADDOPTS', '')} {INNER_ADDOPTS}")
    start_up_once(monkeypatch)
    return pytester


def pytest_sessionstart(session: pytest.Session) -> None:
    if KEEPS_BYTECODE and "PYTEST_XDIST_WORKER" not in os.environ:
        prune(PYCACHE, keep=(ROOT, Path(sys.prefix), Path(sys.base_prefix)))
