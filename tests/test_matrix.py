"""The upgrade-path matrix on the project's migrations (or those of --migrations-dir)."""

from fixtures.matrix_checks import *  # noqa: F403
