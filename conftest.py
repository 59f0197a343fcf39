"""Registers the fixture suite and the harness (they live in ``fixtures/``)."""

pytest_plugins = ["tests.support"]
