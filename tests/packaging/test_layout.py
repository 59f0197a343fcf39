"""The package's shape, kept: a thin top, subpackages by role, no import circle, small
modules and functions. A newcomer finds the runner, the harness and the lint from ``ls``;
these specs keep it so as the code grows."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import edi_migrations

PACKAGE = Path(edi_migrations.__file__).resolve().parent
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "versions" not in p.relative_to(PACKAGE).parts)
ROLES = {"runner", "integrity", "schema", "sqlite", "cli", "harness", "lint", "plugin", "versions"}
MAX_LINES = 350
MAX_PARAMETERS = 6


def dotted(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


NAMES = {dotted(p): p for p in MODULES}


def imports(path: Path) -> set[str]:
    """The package's modules ``path`` imports at module level (type-checking imports too:
    a circle of types is a circle a reader follows)."""
    found = set()
    for node in ast.parse(path.read_text()).body:
        for inner in node.body if isinstance(node, ast.If) else [node]:
            if isinstance(inner, ast.ImportFrom) and inner.module and not inner.level:
                for alias in inner.names:
                    full = f"{inner.module}.{alias.name}"
                    found.add(full if full in NAMES else inner.module)
            elif isinstance(inner, ast.Import):
                found |= {a.name for a in inner.names}
    return {name for name in found if name in NAMES and name != dotted(path)}


def test_the_top_holds_only_the_public_surface():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 12, top
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"} == ROLES


def test_no_import_circle_inside_the_package():
    graph = {name: imports(path) for name, path in NAMES.items()}
    state: dict[str, str] = {}

    def visit(name: str, trail: tuple[str, ...]) -> None:
        state[name] = "open"
        for other in sorted(graph[name]):
            assert state.get(other) != "open", " -> ".join((*trail, name, other))
            if other not in state:
                visit(other, (*trail, name))
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, ())


def test_at_most_two_module_names_are_used_twice():
    names = Counter(p.stem for p in MODULES if p.stem != "__init__")
    assert len([n for n, count in names.items() if count > 1]) <= 2, names.most_common(5)


def test_a_module_is_one_thing():
    long = {
        path.relative_to(PACKAGE).as_posix(): lines
        for path in MODULES
        if (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_no_function_takes_more_than_six_parameters():
    wide = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args
                names = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
                count = len(names) + bool(args.vararg) + bool(args.kwarg)
                count -= bool(names) and names[0] in ("self", "cls")
                if count > MAX_PARAMETERS:
                    wide.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.name}: {count}")
    assert not wide
