"""A real public chain with down migrations, ported: Authelia's SQLite migrations
``V0001`` to ``V0024``, each version's ``.up.sql`` as ``upgrade()`` and its ``.down.sql``
as ``downgrade()``.

``tests/authelia_app/migrations`` holds Authelia's (Apache-2.0) files as written (see
``tests/authelia_app/README.md``). The round trip is what the other ported chains never
reached: here it passes where upstream's down gives back what its up took (a column
added and dropped again, WebAuthn devices moved into credentials and back) and fails
on upstream's own ``V0016`` down, which cannot copy an access token without a consent
(its backup table requires ``challenge_id``, which v15 allows NULL). ``V0005`` deletes the
anonymous user's identifiers and consents (4.35.0 made them) with foreign keys off, and
leaves the OAuth 2.0 sessions of those consents naming them: the upgrade is refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

# identity verification gains two columns and loses them (0014); WebAuthn devices move
# into credentials and the legacy ones back (0012)
ROUND_TRIPS = ("v13->v14", "v11->v12")


@pytest.fixture
def authelia(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini turns the re-run check
    off: Authelia records each migration it ran and never runs one twice)."""
    ported_project("authelia", pytester.path)
    return pytester.path / "migrations"


def test_upstream_downs_that_give_back_what_their_up_took_pass(pytester, authelia):
    paths = [a for p in ROUND_TRIPS for a in ("--upgrade-path", p)]
    result = run_matrix(pytester, authelia, "-k", "test_round_trip_down_and_up", *paths)
    result.assert_outcomes(passed=len(ROUND_TRIPS))


def test_the_v16_down_fails_on_an_access_token_without_a_consent(pytester, authelia):
    result = run_matrix(
        pytester, authelia, "-k", "test_round_trip_down_and_up", "--upgrade-path", "v15->v16"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*0016_oauth2_consent_subject_null failed*_bkp_DOWN_V0016_oauth2_access_token_session*"]
    )


def test_v5_leaves_sessions_naming_the_anonymous_consents_it_deletes(pytester, authelia):
    result = run_matrix(pytester, authelia, "-k", "test_upgrade_path", "--upgrade-path", "v4->v5")
    result.assert_outcomes(failed=1)
    # the first violations named are the consents' or the identifiers' (both deleted by
    # V0005), whichever the drawn sessions point at first (seed 103: the identifiers')
    result.stdout.re_match_lines(
        [
            r".*0005_consent_subject_null left \d+ new foreign-key violation\(s\) \(oauth2_\w+"
            r"_session rowid \d+ -> (oauth2_consent_session|user_opaque_identifier)\b"
        ]
    )
