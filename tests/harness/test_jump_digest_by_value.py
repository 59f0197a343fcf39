"""The digest a run keeps of a jump (path_cache.remember_jump) is of the state's values,
not of how its objects are shared: a walk's end and its jump read apart hold equal rows
as distinct objects, and where the digest followed sharing (pickle's memo) an equal state
could miss and send the jump to be done again. A zero's sign and a value's storage class
still tell two states apart."""

from __future__ import annotations

from tests.harness.test_path_cache import new_run


def table(rows: dict) -> tuple[str, dict]:
    return "schema", {"t": (("id", "body"), rows)}


def test_equal_rows_shared_or_not_digest_alike(tmp_path):
    row = (("integer", 1), ("text", "same"))
    cache = new_run(tmp_path)
    cache.remember_jump("shared", table({1: row, 2: row}))
    cache.remember_jump("apart", table({1: tuple(row), 2: (("integer", 1), ("text", "same"))}))
    built = table({n: (("integer", 1), ("text", "".join(["sa", "me"]))) for n in (1, 2)})
    cache.remember_jump("built", built)
    assert cache.jumps["shared"] == cache.jumps["apart"] == cache.jumps["built"]


def test_a_zero_sign_and_a_storage_class_still_differ(tmp_path):
    cache = new_run(tmp_path)
    cache.remember_jump("zero", table({1: (("real", 0.0),)}))
    cache.remember_jump("minus", table({1: (("real", -0.0),)}))
    cache.remember_jump("int", table({1: (("integer", 1),)}))
    cache.remember_jump("real", table({1: (("real", 1.0),)}))
    cache.remember_jump("text", table({1: (("text", "1"),)}))
    assert len({cache.jumps[k] for k in ("zero", "minus", "int", "real", "text")}) == 5


def test_a_walk_equal_to_its_jump_needs_no_second_jump(tmp_path):
    row = (("integer", 7), ("text", "kept"))
    cache = new_run(tmp_path)
    cache.remember_jump("j", table({1: row, 2: row}))

    def again() -> tuple[str, dict]:
        raise AssertionError("the jump was done again for an equal state")

    reached = table({n: (("integer", 7), ("text", "".join(["ke", "pt"]))) for n in (1, 2)})
    assert cache.unlike_jump("j", reached, again) == []
