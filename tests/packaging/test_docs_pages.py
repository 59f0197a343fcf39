"""The user-facing pages hold together: the README leads to an index of docs/ pages, every
link between them lands, each fact is written once, and what CI and the code quote from
the README is still there."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from tests.docs_text import (
    DOCS,
    anchor,
    headings,
    links,
    pages,
    prose_pages,
    read,
    section,
    words,
)
from tests.support import ROOT

README = ROOT / "README.md"
INDEX = DOCS / "README.md"
SAME_WORDS = 8  # this many words in a row, on two pages (or twice on one), is a repeat


def test_the_readme_leads_to_an_index_that_lists_every_docs_page():
    assert "docs/README.md" in links(README), "README.md does not link docs/README.md"
    listed = {Path(t.split("#", 1)[0]).name for t in links(INDEX)}
    unlisted = sorted(p.name for p in DOCS.glob("*.md") if p != INDEX and p.name not in listed)
    assert not unlisted, f"docs/README.md does not list {unlisted}"


def test_every_link_between_the_pages_lands_on_a_file_and_heading():
    broken = []
    for page in pages():
        for target in links(page):
            path, _, fragment = target.partition("#")
            where = (page.parent / path).resolve() if path else page
            if not where.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target} (no such file)")
            elif fragment and where.suffix == ".md":
                if fragment not in {anchor(h) for h in headings(where)}:
                    broken.append(f"{page.relative_to(ROOT)}: {target} (no such heading)")
    assert not broken, "\n".join(broken)


def test_no_wording_is_written_twice():
    """A fact lives on one page; another page links to it. Eight words in a row found
    on two pages (code blocks included) are a fact said twice; a page may repeat itself
    (a workflow's two jobs set up Python alike)."""
    said = {page: words(read(page)) for page in prose_pages()}
    seen: dict[str, list[str]] = defaultdict(list)
    for page, text in said.items():
        for i in range(len(text) - SAME_WORDS + 1):
            seen[" ".join(text[i : i + SAME_WORDS])].append(page.name)
    repeats = []
    for page, text in said.items():
        shingles = [" ".join(text[i : i + SAME_WORDS]) for i in range(len(text))]
        run = [i for i, s in enumerate(shingles) if len(set(seen.get(s, ()))) > 1]
        starts = [i for i in run if i - 1 not in run]
        for start in starts:
            end = start
            while end + 1 in run:
                end += 1
            places = sorted(set(seen[shingles[start]]))
            repeats.append(
                f"{page.name} (also {places}): {' '.join(text[start : end + SAME_WORDS])!r}"
            )
    assert not repeats, "said twice:\n" + "\n".join(repeats)


def test_the_readme_keeps_the_test_command_ci_runs():
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line.strip()]
    command = ci[-1].strip()
    shown = section(README, "## Run the tests")
    assert f"```bash\n{command}\n```" in shown, f"README's 'Run the tests' lacks {command!r}"


def test_every_readme_heading_the_code_names_exists():
    """Failure messages point users at README sections by their heading."""
    named = set()
    for source in (ROOT / "edi_migrations").rglob("*.py"):
        text = re.sub(r'"\s*\n\s*"', "", source.read_text(encoding="utf-8"))
        named.update(re.findall(r"README: '([^']+)'", text))
    assert named, "no README heading named in the code (the pattern is stale)"
    missing = sorted(named - set(headings(README)))
    assert not missing, f"README.md lost the headings the code names: {missing}"


def test_the_first_screen_speaks_to_any_sqlite_project():
    """EDI's chain is the flagship example, after the screen every project starts from."""
    order = headings(README)
    first, edi = "Start on your project", "EDI's chain: the flagship example"
    assert first in order and edi in order and order.index(first) < order.index(edi), order
    assert "EDI" not in section(README, f"## {first}")
