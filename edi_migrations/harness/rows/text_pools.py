"""Ordinary text by what a column's name says: people's names, e-mail addresses, URLs,
titles, sentences. A reviewer reading a failure sees data shaped like their own, and a
migration that parses a column (a URL's host, an e-mail's domain, a name's parts) meets
values it can parse. The pools speak of no one application.

Built once, from a fixed seed and vocabularies kept here (not Faker's, whose output
changes between its releases): a seed gives the same start databases on every machine,
so a printed ``--migrations-seed`` reproduces a failure anywhere.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

POOL_SIZE = 2048
FIRST = (
    "Ada", "José", "Zoë", "Łukasz", "Mei", "Amara", "Oluwaseun", "Ingrid", "Mateo", "Priya",
    "Yusuf", "Sofia", "Kenji", "Aoife", "Noah", "Fatima", "Liam", "Chloé", "Rania", "Søren",
    "Emeka", "Hana", "Diego", "Nadia", "Tomás", "Grace", "Arjun", "Elif", "Malik", "Ines",
)  # fmt: skip
LAST = (
    "Lovelace", "García", "O'Brien", "Nguyen", "Okafor", "Kowalski", "Müller", "Hernández",
    "Haddad", "Tanaka", "Johansson", "Rossi", "Dubois", "Novak", "Silva", "Kim", "Singh",
    "Ahmed", "Murphy", "Cohen", "Ivanova", "Andersen", "Mensah", "Costa", "Yılmaz",
    "Smith-Jones", "Park", "Byrne", "Fischer", "Moreau",
)  # fmt: skip
NOUNS = (
    "garden", "report", "kitchen", "river", "project", "budget", "meeting", "library",
    "window", "recipe", "journey", "market", "station", "letter", "season", "harbour",
    "account", "review", "island", "concert", "ticket", "museum", "workshop", "forest",
)  # fmt: skip
WORDS = (
    *NOUNS, "quick", "quiet", "new", "old", "open", "shared", "weekly", "final", "small",
    "about", "after", "before", "under", "with", "for", "planned", "updated", "draft",
)  # fmt: skip
HOSTS = ("example.com", "example.org", "docs.example.net", "blog.example.com", "shop.example.org")
MAIL_HOSTS = ("example.com", "example.org", "mail.example.net")

Pool = tuple[str, ...]


def ascii_word(text: str) -> str:
    """``'Søren'`` -> ``'sren'``, ``"O'Brien"`` -> ``'obrien'``: what a login or an address
    is made of."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower()) or "user"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _username(rng: random.Random) -> str:
    first, last = ascii_word(rng.choice(FIRST)), ascii_word(rng.choice(LAST))
    return rng.choice((f"{first}_{last}", f"{first}{rng.randint(1, 99)}", f"{first[0]}{last}"))


def _email(rng: random.Random) -> str:
    first, last = ascii_word(rng.choice(FIRST)), ascii_word(rng.choice(LAST))
    return f"{first}.{last}{rng.choice(('', str(rng.randint(1, 99))))}@{rng.choice(MAIL_HOSTS)}"


def _url(rng: random.Random) -> str:
    path = "/".join(
        "-".join(rng.choices(WORDS, k=rng.randint(1, 3))) for _ in range(rng.randint(0, 3))
    )
    return f"https://{rng.choice(HOSTS)}/{path}"


def _title(rng: random.Random) -> str:
    return " ".join(w.capitalize() for w in rng.choices(WORDS, k=rng.randint(2, 6)))


def _sentences(rng: random.Random) -> str:
    said = (" ".join(rng.choices(WORDS, k=rng.randint(4, 12))) for _ in range(rng.randint(1, 3)))
    return " ".join(f"{s.capitalize()}." for s in said)


def _slug(rng: random.Random) -> str:
    return "-".join(rng.choices(WORDS, k=rng.randint(1, 4)))


def _phone(rng: random.Random) -> str:
    return f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


# (words of a column's name, the maker of its values): the first rule that matches decides.
RULES: tuple[tuple[frozenset[str], Callable[[random.Random], str]], ...] = (
    (frozenset({"email", "mail"}), _email),
    (frozenset({"url", "uri", "link", "href", "website", "homepage"}), _url),
    (frozenset({"username", "login", "handle", "nickname"}), _username),
    (frozenset({"first_name", "firstname", "given_name"}), lambda rng: rng.choice(FIRST)),
    (frozenset({"surname", "last_name", "lastname", "family_name"}), lambda rng: rng.choice(LAST)),
    (frozenset({"author", "owner", "person", "display_name", "displayname", "full_name",
                "fullname", "contact_name"}), _person),
    (frozenset({"title", "subject", "headline", "heading", "caption", "name", "label"}), _title),
    (frozenset({"slug"}), _slug),
    (frozenset({"description", "body", "content", "text", "note", "notes", "comment",
                "summary", "bio", "message", "details", "about"}), _sentences),
    (frozenset({"phone", "tel", "mobile"}), _phone),
)  # fmt: skip
_BUILT: dict[int, Pool] = {}


def _words_of(column: str) -> set[str]:
    """``displayName`` / ``display_name`` -> {'display', 'name', 'display_name'}: its
    words and the whole name in snake case."""
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", column).lower()
    return {w for w in re.split(r"[^a-z0-9]+", snake) if w} | {snake}


def text_pool(column: str) -> Pool | None:
    """The pool the ordinary values of text column ``column`` are drawn from; None for a
    name that says nothing (its values stay the generic word runs)."""
    words = _words_of(column)
    for i, (names, _) in enumerate(RULES):
        if words & names:
            return _pool(i)
    return None


def _pool(i: int) -> Pool:
    if i not in _BUILT:
        rng = random.Random(f"text_pools:{i}")
        make = RULES[i][1]
        _BUILT[i] = tuple(make(rng) for _ in range(POOL_SIZE))
    return _BUILT[i]
