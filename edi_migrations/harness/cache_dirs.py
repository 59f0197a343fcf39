"""The plugin's folders in pytest's cache, or None where the cache cannot be written.

A read-only checkout (another user's clone, a mounted CI workspace) gets only a warning
from pytest, which then keeps nothing between runs; the plugin's ``cache.mkdir`` raised
there, an INTERNALERROR before any check ran. Without a writable cache the plugin keeps
nothing either, as under ``-p no:cacheprovider``: templates in the session's tmp, no
verdicts kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def cache_folder(config: pytest.Config, name: str) -> Path | None:
    """``name``'s folder in the cache, made if need be; None with no cache or none that
    can be written."""
    cache = getattr(config, "cache", None)
    if cache is None:
        return None
    try:
        return Path(cache.mkdir(name))
    except OSError:
        return None
