"""The SQL functions calibre registers on every connection it opens
(``src/calibre/db/backend.py``, ``Connection.__init__``), with calibre's default tweaks:
``title_sort`` and ``author_to_author_sort`` (``ebooks/metadata/__init__.py``, English
articles, ``author_sort_copy_method = 'comma'``), ``uuid4``, the dummy
``books_list_filter`` and the ``concat``/``sortconcat`` aggregates its old views call."""

import re
import uuid

_TITLE_PAT = re.compile(r"^(A\s+|The\s+|An\s+)", re.IGNORECASE)
_QUOTES = {'"': ('"',), "'": ("'",)}
_COPYWORDS = frozenset(w.lower() for w in (
    "Agency", "Corporation", "Company", "Co.", "Council", "Committee", "Inc.", "Institute",
    "National", "Society", "Club", "Team", "Software", "Games", "Entertainment", "Media",
    "Studios",
))
_PREFIXES = {p.lower() for p in ("Mr", "Mrs", "Ms", "Dr", "Prof")}
_SUFFIXES = {s.lower() for s in (
    "Jr", "Sr", "Inc", "Ph.D", "Phd", "MD", "M.D", "I", "II", "III", "IV", "Junior", "Senior",
)}


def title_sort(title):
    title = title.strip()
    if title and title[0] in _QUOTES:
        q = title[0]
        title = title[1:]
        if title and title[-1] in _QUOTES[q]:
            title = title[:-1]
    match = _TITLE_PAT.search(title)
    if match and match.group(1):
        prep = match.group(1)
        title = title[len(prep):] + ", " + prep
    return title.strip()


def _remove_bracketed_text(src):
    depth, buf = 0, []
    for char in src:
        if char in "([{":
            depth += 1
        elif char in ")]}" and depth > 0:
            depth -= 1
        elif depth < 1:
            buf.append(char)
    return "".join(buf)


def author_to_author_sort(author):
    if not author:
        return ""
    author = author.replace("|", ",")
    sauthor = _remove_bracketed_text(author).strip()
    if "," in sauthor:
        return author
    tokens = sauthor.split()
    if len(tokens) < 2 or frozenset(t.lower() for t in tokens) & _COPYWORDS:
        return author
    prefixes = _PREFIXES | {p + "." for p in _PREFIXES}
    suffixes = _SUFFIXES | {s + "." for s in _SUFFIXES}
    first = next((i for i, t in enumerate(tokens) if t.lower() not in prefixes), None)
    if first is None:
        return author
    last = next((i for i in range(len(tokens) - 1, first - 1, -1)
                 if tokens[i].lower() not in suffixes), None)
    if last is None:
        return author
    suffix = " ".join(tokens[last + 1:])
    atokens = tokens[last:last + 1] + tokens[first:last]
    if suffix:
        atokens.append(suffix)
    if len(tokens[last:last + 1] + tokens[first:last]) > 1:
        atokens[0] += ","
    return " ".join(atokens)


class _Concat:
    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        return ",".join(self.values) if self.values else None


class _SortConcat:
    def __init__(self):
        self.values = {}

    def step(self, ndx, value):
        if value is not None:
            self.values[ndx] = value

    def finalize(self):
        return ",".join(map(self.values.get, sorted(self.values))) if self.values else None


def register(conn):
    """calibre's functions on ``conn``, as its ``Connection`` registers them on open."""
    conn.create_function("title_sort", 1, title_sort)
    conn.create_function("author_to_author_sort", 1, author_to_author_sort)
    conn.create_function("uuid4", 0, lambda: str(uuid.uuid4()))
    conn.create_function("books_list_filter", 1, lambda x: 1)
    conn.create_aggregate("concat", 1, _Concat)
    conn.create_aggregate("sortconcat", 2, _SortConcat)
    return conn
