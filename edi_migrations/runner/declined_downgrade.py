"""A ``downgrade()`` that only raises ``NotImplementedError`` is no downgrade.

It is the common Python way to say "this migration cannot go back". Run as a downgrade,
it failed only once every downgrade above it had committed, leaving the database half
way down; as a round trip it failed the check. Read from the source instead: a function
whose whole body (its docstring aside) is ``raise NotImplementedError[(...)]`` is
treated as absent, so ``downgrade`` refuses before any change and the round trip is
skipped, each saying so. One that raises only for some data still runs.
"""

from __future__ import annotations

import ast

MARK = b"NotImplementedError"


def declines(source: bytes) -> bool:
    """Whether the module ``source`` defines ``downgrade`` as a bare NotImplementedError."""
    if MARK not in source:  # the usual file: no parse
        return False
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "downgrade":
            return _only_raises(node.body)
    return False


def _only_raises(body: list[ast.stmt]) -> bool:
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    if len(body) != 1 or not isinstance(body[0], ast.Raise):
        return False
    raised = body[0].exc
    if isinstance(raised, ast.Call):
        raised = raised.func
    return isinstance(raised, ast.Name) and raised.id == "NotImplementedError"
