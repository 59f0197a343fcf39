"""EDI's fixture suite on top of the harness plugin (``edi_migrations.plugin``, loaded by
its ``pytest11`` entry point): EDI's start databases, the fault tooling, the test helpers."""

pytest_plugins = [
    "fixtures.edi_provider",
    "fixtures.fault_plugin",
    "tests.support",
    "tests.harness_projects",
    "pytester",
]
