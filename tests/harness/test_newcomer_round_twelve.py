"""Round twelve of a newcomer: the plugin installed in a project that does not use it (yet).

A plain project's runs stay as they were (no header, no file written), and a folder named
``migrations`` that belongs to another tool is never picked up unless configured. Pointed
at one on purpose (Alembic's environment or ``versions/``, a Django app's
``migrations/``), the refusal says whose folder it is and what the plugin runs instead,
where it used to advise renaming ``env.py`` to ``_env.py`` or fail importing ``django``.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import outer_seed

ALEMBIC_REVISION = '''"""init"""
revision = "abc123"
down_revision = None


def upgrade():
    pass
'''

DJANGO_INITIAL = """from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = []
"""

OURS = '''"""Notes: the first schema."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''


def project_with(pytester: pytest.Pytester, files: dict[str, str]) -> pytest.Pytester:
    """A project with a test of its own and another tool's files (path: text)."""
    pytester.makepyfile(test_mine="def test_mine():\n    assert True\n")
    for name, text in files.items():
        (pytester.path / name).parent.mkdir(parents=True, exist_ok=True)
        (pytester.path / name).write_text(text)
    return pytester


@pytest.fixture
def alembic_project(pytester: pytest.Pytester) -> pytest.Pytester:
    return project_with(pytester, {
        "migrations/env.py": "from alembic import context\n",
        "migrations/script.py.mako": "${message}\n",
        "migrations/versions/abc123_init.py": ALEMBIC_REVISION,
    })  # fmt: skip


@pytest.fixture
def django_project(pytester: pytest.Pytester) -> pytest.Pytester:
    return project_with(pytester, {
        "app/__init__.py": "",
        "app/migrations/__init__.py": "",
        "app/migrations/0001_initial.py": DJANGO_INITIAL,
    })  # fmt: skip


def test_another_tools_migrations_folder_is_not_picked_up_unconfigured(
    alembic_project: pytest.Pytester,
) -> None:
    result = alembic_project.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    assert "migrations:" not in result.stdout.str()


@pytest.mark.parametrize("folder", ["migrations", "migrations/versions"])
def test_alembic_folder_configured_is_named_as_alembics(
    alembic_project: pytest.Pytester, folder: str
) -> None:
    result = alembic_project.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", folder
    )
    out = result.stdout.str()
    assert result.ret != 0
    assert "Alembic's" in out, out
    assert "upgrade(conn)" in out and "NNNN_snake_name.py" in out
    assert "helper module" not in out  # renaming env.py to _env.py is no advice here


def test_django_folder_configured_is_named_as_djangos(django_project: pytest.Pytester) -> None:
    result = django_project.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", "app/migrations"
    )
    out = result.stdout.str()
    assert result.ret != 0
    assert "Django's" in out, out
    assert "No module named 'django'" not in out


def test_control_a_folder_of_our_own_migrations_beside_alembic_runs(
    alembic_project: pytest.Pytester,
) -> None:
    ours = alembic_project.path / "db_migrations"
    ours.mkdir()
    (ours / "0001_notes.py").write_text(OURS)
    args = ("-p", "no:cacheprovider", "--migrations-dir", "db_migrations", "-k", "not snapshot")
    result = alembic_project.runpytest_inprocess(*args, *outer_seed())
    out = result.stdout.str()
    assert result.ret == 0, out
    assert "Alembic's" not in out and "Django's" not in out
