"""The harness's one failure type, apart from the invariants that raise it, so that
every module may raise it without importing the comparisons."""

from __future__ import annotations

from edi_migrations.harness.invariants.summary import left_out

SHOWN = 8  # evidence lines shown per invariant


class InvariantFailure(AssertionError):
    """The harness's one failure type: an invariant broken on a path (an upgrade path, a
    re-run, a round trip, a kill or an injected error), with its evidence. ``context``
    holds the same facts as (title, body) pairs, for a report to lay out."""

    def __init__(
        self, path: str, invariant: str, evidence: list[str], shown: int | None = SHOWN
    ) -> None:
        """``shown``: evidence lines printed, the rest summed up in one line (None: all,
        for evidence already cut and summed up invariant by invariant)."""
        self.path = path
        self.invariant = invariant
        self.evidence = evidence
        lines = [f"upgrade path {path} broke invariant '{invariant}':"]
        lines += [f"    {line}" for line in evidence[:shown]]
        if shown is not None and len(evidence) > shown:
            lines.append(f"    {left_out(evidence, shown)}")
        super().__init__("\n".join(lines))

    @property
    def context(self) -> tuple[tuple[str, str], ...]:
        return (
            ("path", self.path),
            ("invariant", self.invariant),
            ("evidence", "\n".join(self.evidence)),
        )


def require(path: str, invariant: str, evidence: list[str]) -> None:
    if evidence:
        raise InvariantFailure(path, invariant, evidence)
