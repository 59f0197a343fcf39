"""What ``edi-migrate --version`` and ``edi-migrate info`` say: this package's version and
the SQLite library it runs on, since MIGRATIONS_SQLITE_MODULE can put it on another one."""

from __future__ import annotations

from dataclasses import asdict

from edi_migrations.sqlite.dbapi import InUse

DISTRIBUTION = "edi-migrations"


def package_version() -> str:
    """The installed version; ``unknown`` when run from a checkout that is not installed.
    Its metadata reader is imported here, not with the CLI: it is a fifth of every other
    command's start-up, and only ``--version`` and ``info`` ask."""
    import importlib.metadata

    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def version_line(found: InUse) -> str:
    """``edi-migrate 0.1.0 (SQLite 3.50.4, sqlean)``."""
    return f"edi-migrate {package_version()} (SQLite {found.sqlite_version}, {found.module})"


def info_fields(found: InUse) -> dict[str, str]:
    """``info --json``: the package version and every field of ``found``."""
    return {"edi_migrations": package_version(), **asdict(found)}


def info_text(found: InUse) -> str:
    """``info``: one fact a line."""
    return "\n".join(
        [
            f"edi-migrations {package_version()}",
            f"SQLite {found.sqlite_version}",
            f"module {found.module} ({found.module_file})",
            f"chosen by {found.chosen_by}",
        ]
    )
