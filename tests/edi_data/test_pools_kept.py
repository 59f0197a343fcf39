"""The Faker pools of a seed are kept in the template store beside the templates: a run
that builds a template (after an edit of the newest migration, every later version's)
loads them instead of drawing them from Faker again (half a second a process)."""

from __future__ import annotations

from fixtures.edi import pools
from fixtures.edi.pool_store import kept_pools
from fixtures.edi.templates import DatabaseSpec, TemplateCache

SESSIONS = 30


def test_a_template_build_keeps_its_seeds_pools_in_the_store(tmp_path):
    TemplateCache(tmp_path / "templates").template(DatabaseSpec("versioned", SESSIONS, seed=4))
    assert any(p.name.startswith("pools-") for p in (tmp_path / "templates").iterdir())


def test_kept_pools_are_the_pools_drawn_for_the_seed(tmp_path):
    cache = TemplateCache(tmp_path / "templates")
    kept = kept_pools(cache.root, cache.scratch, seed=4)
    assert kept == pools.draw_pools(4)
    assert kept_pools(cache.root, cache.scratch, seed=4) == kept  # read back


def test_a_process_that_loaded_its_pools_draws_none(tmp_path, monkeypatch):
    cache = TemplateCache(tmp_path / "templates")
    kept_pools(cache.root, cache.scratch, seed=9)  # as an earlier run left them
    pools.build_pools.cache_clear()  # as a new process starts

    def draw(seed: int, size: int = pools.POOL_SIZE) -> pools.Pools:
        raise AssertionError(f"pools of seed {seed} drawn again")

    monkeypatch.setattr(pools, "draw_pools", draw)
    cache.template(DatabaseSpec("versioned", SESSIONS, seed=9, version=2))
