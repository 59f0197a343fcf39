"""Whether the previous app must keep working: the ini's ``edi_migrations_previous_app``.

``required``: a migration that breaks the app one version back fails its check unless it
declares ``BreaksPreviousApp("why")``. ``reported`` (the default): the check passes and
the report says which migrations break older apps, so a chain written for another tool
learns it without a red run. What the report shows travels in ``user_properties``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from edi_migrations.harness.previous_app import Verdict

INI = "edi_migrations_previous_app"
MODES = ("required", "reported")
KEY = "edi_previous_app"  # user_properties: (migration, headline, first failing or "")
REPORTED = f"(reported, not required: {INI} = required fails it)"
LEGEND = "whether the app one version back keeps working on each upgraded database"


def add_ini(parser: pytest.Parser) -> None:
    parser.addini(
        INI,
        "required: a migration that breaks the previous version's app fails unless it "
        "declares BreaksPreviousApp; reported (default): the report lists it",
        default="reported",
    )


def required(config: pytest.Config) -> bool:
    """The ini's choice; any other value is a usage error naming the key."""
    value = str(config.getini(INI)).strip().lower()
    if value not in MODES:
        raise pytest.UsageError(
            f"edi-migrations: {INI} must be 'required' or 'reported', not {value!r}"
        )
    return value == "required"


def payload(verdict: Verdict, is_required: bool) -> tuple[str, str, str]:
    """What the report shows of one migration (plain data: it crosses xdist)."""
    headline = verdict.headline(is_required)
    more_than_reported = verdict.declared_breaking or is_required or verdict.claimed
    if not verdict.works and not more_than_reported:
        headline += f" {REPORTED}"
    first = "" if verdict.works else verdict.first_failing()
    return verdict.migration, headline, first


def lines(entries: dict[str, tuple[str, str]]) -> list[str]:
    """One line per migration, and its first failing statement where it breaks."""
    out = []
    for migration in sorted(entries):
        headline, first = entries[migration]
        out.append(headline)
        if first:
            out.append(f"    first failing: {first}")
    return out
