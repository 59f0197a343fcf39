"""Registers the fixture suite and the upgrade-path harness (they live in ``fixtures/``)."""

pytest_plugins = [
    "fixtures.field_plugin",
    "fixtures.matrix",
    "tests.support",
    "pytester",
]
