"""Reading the user-facing pages (README.md, CONTRIBUTING.md, docs/*.md) as the specs need:
their code blocks, their sections, their links, their prose."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from tests.support import ROOT

DOCS = ROOT / "docs"
# Pages written by a program or kept as a dated record: their repeats are not the prose's.
GENERATED = ("sqlite-features.md", "benchmarks.md")
FENCE = re.compile(r"^([ \t]*)```(\w*)\n(.*?)^\1```", re.S | re.M)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it is, its language, its text (dedented)."""

    page: Path
    language: str
    code: str


def pages() -> tuple[Path, ...]:
    """Every page a user reads: the README, CONTRIBUTING and each docs page."""
    return (ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted(DOCS.glob("*.md")))


def prose_pages() -> tuple[Path, ...]:
    return tuple(p for p in pages() if p.name not in GENERATED)


def read(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def blocks(page: Path, language: str | None = None) -> list[Block]:
    """The page's fenced blocks (a block indented under a list item too)."""
    found = [
        Block(page, m.group(2), textwrap.dedent(m.group(3))) for m in FENCE.finditer(read(page))
    ]
    return [b for b in found if language is None or b.language == language]


def section(page: Path, heading: str) -> str:
    """The text under ``heading`` (a whole heading line, e.g. ``## Use it``), up to the
    next heading of the same or a higher level."""
    text = read(page)
    level = heading.split(" ", 1)[0]
    match = re.search(rf"^{re.escape(heading)}\s*$", text, re.M)
    assert match, f"{page.name} has no heading {heading!r}"
    rest = text[match.end() :]
    end = re.search(rf"^#{{1,{len(level)}}} ", rest, re.M)
    return rest[: end.start()] if end else rest


def section_blocks(page: Path, heading: str, language: str) -> list[str]:
    """The ``language`` blocks under ``heading``, in order."""
    found = re.findall(rf"```{language}\n(.*?)```", section(page, heading), re.S)
    return [textwrap.dedent(code) for code in found]


def first_block(page: Path, heading: str, language: str) -> str:
    """The first ``language`` block under ``heading``."""
    found = section_blocks(page, heading, language)
    assert found, f"{page.name}, {heading!r}: no {language} block"
    return found[0]


def links(page: Path) -> list[str]:
    """The page's relative link targets (web addresses left out)."""
    return [t for t in LINK.findall(read(page)) if not re.match(r"[a-z]+:", t)]


def headings(page: Path) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(r"^#+ (.*)$", without_code(read(page)), re.M)]


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation gone, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.lower())
    return text.replace(" ", "-")


def without_code(text: str) -> str:
    return FENCE.sub("", text)


def words(text: str) -> list[str]:
    """The prose's words, without Markdown's marks, for comparing wording across pages."""
    plain = re.sub(r"[`*|_>#\[\]()]", " ", text.lower())
    return re.findall(r"[\w'.,:;=/-]+", plain)
