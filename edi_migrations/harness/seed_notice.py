"""The run's seed where CI keeps what a run said: the JUnit report and the end of the run.

The header names the seed (``-q`` hides it) and each failure's section the command that
reproduces it (``--tb=no`` and ``--show-capture=no`` hide those), and pytest's JUnit
report holds neither. A failing CI run with a random seed could then not be brought back.
So the JUnit report (``--junitxml``) records it as a property of the suite, and a run with
a failure repeats the header's seed line in its summary, whatever hides the rest.
"""

from __future__ import annotations

import pytest

from edi_migrations.harness import seeding

PLUGIN = "edi-migrations-seed-notice"


class SeedNotice:
    """Registered on the xdist controller (or a run without xdist), which sees every report."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        from _pytest.junitxml import xml_key  # pytest's own JUnit writer, when --junitxml

        xml = self.config.stash.get(xml_key, None)
        if xml is not None:
            xml.add_global_property(seeding.SECTION, seeding.run_seed(self.config))

    @pytest.hookimpl(trylast=True)  # after the grid, next to the short summary
    def pytest_terminal_summary(self, terminalreporter, exitstatus: int) -> None:
        if exitstatus == pytest.ExitCode.TESTS_FAILED:
            terminalreporter.section(seeding.SECTION)
            terminalreporter.write_line(seeding.header(self.config)[0])
