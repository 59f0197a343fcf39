"""Newcomer, round twenty-two: a photo app keeps two databases, ``library.db`` and
``thumbnails.db``, each with its own migrations folder. ``--migrations-dir`` given twice
(to pytest or to ``edi-migrate``) kept the last folder only, so the other chain's checks
silently never ran; a list in ``[tool.edi-migrations] migrations-dir`` or two lines in the
ini's ``edi_migrations_dir`` were refused without saying what works. One folder is one
run: each of these now stops in one line naming the run per folder that works."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.cli import main

PHOTOS = '''"""Photos: one row per imported photo file."""


def upgrade(conn):
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)")
'''

THUMBS = '''"""Thumbnails: one cached image per photo path and size."""


def upgrade(conn):
    conn.execute("CREATE TABLE thumbs (path TEXT NOT NULL, size INT NOT NULL, PRIMARY KEY (path, size))")
'''

ONE_PER_RUN = "*one migrations folder per run*pytest --migrations-dir*then pytest --migrations-dir*"


def two_folders(root: Path) -> tuple[Path, Path]:
    library, cache = root / "migrations" / "library", root / "migrations" / "cache"
    for folder, source, name in ((library, PHOTOS, "photos"), (cache, THUMBS, "thumbs")):
        folder.mkdir(parents=True)
        (folder / f"0001_{name}.py").write_text(source, encoding="utf-8")
    return library, cache


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", "--migrations-seed", "7")
    return pytester.runpytest_subprocess(*argv, "-k", "test_upgrade_path", *args, timeout=300)


def test_migrations_dir_twice_stops_the_run_naming_one_run_per_folder(pytester):
    library, cache = two_folders(pytester.path)
    result = run(pytester, "--migrations-dir", str(library), "--migrations-dir", str(cache))
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stderr.fnmatch_lines([ONE_PER_RUN])
    assert "Traceback" not in result.stderr.str() and "EDI" not in result.stderr.str()


def test_one_run_per_folder_checks_each_chain_under_its_own_ids(pytester):
    library, cache = two_folders(pytester.path)
    for folder, name in ((library, "library"), (cache, "cache")):
        result = run(pytester, "--migrations-dir", str(folder), "-v")
        assert result.ret == pytest.ExitCode.OK, result.stdout.str()
        result.stdout.fnmatch_lines([f"migrations/{name}::test_upgrade_path*PASSED*"])


def test_the_same_folder_named_twice_is_one_folder(pytester):
    library, _ = two_folders(pytester.path)
    result = run(pytester, "--migrations-dir", str(library), f"--migrations-dir={library}")
    assert result.ret == pytest.ExitCode.OK, result.stdout.str()


def test_a_list_of_folders_in_the_pyproject_names_one_run_per_folder(pytester):
    two_folders(pytester.path)
    pytester.makepyprojecttoml(
        '[tool.edi-migrations]\nmigrations-dir = ["migrations/library", "migrations/cache"]\n'
    )
    result = run(pytester)
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stderr.fnmatch_lines(["*migrations-dir*" + ONE_PER_RUN])


def test_two_lines_in_the_ini_key_name_one_run_per_folder(pytester):
    two_folders(pytester.path)
    pytester.makeini(
        "[pytest]\nedi_migrations_dir =\n    migrations/library\n    migrations/cache\n"
    )
    result = run(pytester)
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stderr.fnmatch_lines(["*edi_migrations_dir*" + ONE_PER_RUN])
    assert "Traceback" not in result.stderr.str()


def test_the_command_line_refuses_two_folders_and_runs_each_alone(tmp_path, capsys, monkeypatch):
    library, cache = two_folders(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["init", "library.db", "--migrations-dir", str(library)]) == 0
    assert main(["--migrations-dir", str(cache), "init", "thumbnails.db"]) == 0
    capsys.readouterr()
    for argv in (
        ["--migrations-dir", str(cache), "status", "library.db", "--migrations-dir", str(library)],
        ["status", "library.db", "--migrations-dir", str(cache), f"--migrations-dir={library}"],
    ):
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert "one migrations folder per run" in err and "edi-migrate --migrations-dir" in err, err
    assert main(["status", "library.db", "--migrations-dir", str(library)]) == 0
    assert main(["status", "thumbnails.db", "--migrations-dir", str(cache)]) == 0
