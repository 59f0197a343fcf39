"""``--review-base``, the option of the schema review (review.py), apart from the review:
every pytest run of an environment the plugin is installed in adds the options, and the
review's schema modules are for a run that uses the harness."""

from __future__ import annotations

import pytest

OPTION = "--review-base"


def add_option(group: pytest.OptionGroup) -> None:
    group.addoption(
        OPTION,
        type=int,
        default=None,
        metavar="N",
        help="the --matrix-report's schema review shows the change from version N to head "
        "(default: head-1, the last migration); 0 reviews the whole schema",
    )
