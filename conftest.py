"""Registers the fixture suite and the upgrade-path harness (they live in ``fixtures/``)."""

pytest_plugins = [
    "fixtures.seeding",
    "fixtures.ram_tmp",
    "fixtures.database_fixtures",
    "fixtures.matrix",
    "fixtures.fault_plugin",
    "tests.support",
    "tests.harness_projects",
    "pytester",
]
