"""Render a ``--matrix-report``'s schema review in a real headless browser, once, for the
docs (``docs/review-example.png``). Not a test: CI has no browser. Needs Debian's
``chromium`` and mermaid.js from the npm registry (``npm install mermaid`` in a temp dir):

    python docs/tooling/render_review.py --mermaid /tmp/m/node_modules/mermaid/dist/mermaid.min.js

It runs the plugin on the example app's chain (``tests/example_app/migrations``) with
``--review-base 3``, turns the report into a page shaped like GitHub's job summary (the
Markdown it uses: headings, tables, paragraphs, fenced blocks; ``mermaid`` blocks drawn
by mermaid.js, ``diff`` lines coloured), checks that every diagram rendered without a
syntax error, and screenshots the review section to PNG.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "example_app" / "migrations"
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--virtual-time-budget=20000",  # mermaid renders asynchronously: let it finish
)
STYLE = """
body { font: 14px/1.5 'DejaVu Sans', sans-serif; color: #1f2328; margin: 24px; width: 940px; }
h3 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
code { background: #eff1f3; border-radius: 4px; padding: .1em .3em; font-size: 90%; }
pre { background: #f6f8fa; border-radius: 6px; padding: 12px; font: 12px/1.45 monospace; }
.add { background: #dafbe1; } .del { background: #ffebe9; } .hunk { color: #6e7781; } pre.mermaid { background: #fff; text-align: center; }
"""
DONE = """
<script>
mermaid.initialize({startOnLoad: false, theme: 'default'});
mermaid.run({querySelector: 'pre.mermaid'}).then(
  () => document.body.setAttribute('data-rendered', document.body.scrollHeight),
  (e) => document.body.setAttribute('data-error', String(e)));
</script>
"""


def report(workdir: Path) -> str:
    """The example chain's report, as ``pytest --matrix-report`` writes it."""
    shutil.copytree(EXAMPLE, workdir / "migrations", ignore=shutil.ignore_patterns("__pycache__"))
    out = workdir / "report.md"
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-n", "0"]
    command += ["--migrations-dir", "migrations", "--snapshot-update", "--review-base", "3"]
    command += ["--edi-seed", "1", "--matrix-report", str(out)]
    subprocess.run(command, cwd=workdir, check=True, timeout=300, capture_output=True)
    return out.read_text(encoding="utf-8")


def review_markdown(markdown: str) -> str:
    """The schema review section alone (the picture is about it)."""
    start = markdown.index("### Schema review")
    end = markdown.find("\n### ", start + 1)
    return markdown[start : end if end != -1 else None]


def to_html(markdown: str) -> str:
    """The little Markdown a report holds, as HTML."""
    out, lines = [], iter(markdown.splitlines())
    for line in lines:
        fence = re.match(r"^(`{3,})(\w*)$", line)
        if fence:
            body = []
            for inner in lines:
                if inner == fence[1]:
                    break
                body.append(inner)
            out.append(_block(fence[2], body))
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{_inline(line[level:].strip())}</h{level}>")
        elif line.strip() and not line.startswith("<!--"):
            out.append(f"<p>{_inline(line)}</p>")
    return "\n".join(out)


def _block(language: str, body: list[str]) -> str:
    if language == "mermaid":
        return f'<pre class="mermaid">{html.escape(chr(10).join(body))}</pre>'
    kinds = {"+": "add", "-": "del", "@": "hunk"}
    rows = []
    for line in body:
        kind = kinds.get(line[:1]) if language == "diff" and line[:3] not in ("---", "+++") else ""
        rows.append(f'<div class="{kind or "line"}">{html.escape(line) or " "}</div>')
    return "<pre>" + "".join(rows) + "</pre>"


def _inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    return re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", text)


def chromium(page: Path, profile: Path, *args: str) -> str:
    command = ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    done = subprocess.run(command, check=True, timeout=180, capture_output=True, text=True)
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mermaid", type=Path, required=True, help="mermaid.min.js")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "review-example.png")
    parser.add_argument("--markdown", type=Path, help="also write the review's Markdown here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="review-render-") as tmp:
        work = Path(tmp)
        section = review_markdown(report(work))
        if args.markdown:
            args.markdown.write_text(section, encoding="utf-8")
        page = work / "review.html"
        script = shutil.copy(args.mermaid, work / "mermaid.min.js")  # it holds "</script>"
        page.write_text(
            f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style>"
            f"<script src='{Path(script).as_uri()}'></script></head>"
            f"<body>{to_html(section)}{DONE}</body></html>",
            encoding="utf-8",
        )
        dom = chromium(page, work / "profile-dom", "--dump-dom")
        body = re.search(r"<body[^>]*>", dom)[0]
        if "data-rendered" not in body or "Syntax error" in dom or "<svg" not in dom:
            error = re.search(r'data-error="([^"]*)"', body)
            print(f"mermaid did not render: {error[1] if error else 'no diagram'}", file=sys.stderr)
            return 1
        height = int(re.search(r'data-rendered="(\d+)"', body)[1]) + 48
        size = f"--window-size=990,{height}"
        chromium(page, work / "profile-shot", size, f"--screenshot={args.out.resolve()}")
    print(f"rendered {args.out} (990 x {height} px); mermaid drew every diagram")
    return 0


if __name__ == "__main__":
    sys.exit(main())
