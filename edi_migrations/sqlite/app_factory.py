"""Refusals for the app's own ``connect`` going wrong as it opens a database.

The factory is the app's code (``--connect``, the ``connect`` setting or option): a
missing extension it loads, a bug in it, or a ``**kw`` it does not pass on would reach
the user as a traceback from inside the runner. Each is a one-line refusal naming the
factory and the database instead; nothing was changed yet when a connection is opened.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import Refused

KW_RULE = (
    ": it must take **kw and pass them on to sqlite3.connect unchanged (factory=, uri=, timeout=)"
)


def factory_name(factory: object) -> str:
    """``module:function``, as the user named it."""
    module = getattr(factory, "__module__", None) or "?"
    return f"{module}:{getattr(factory, '__qualname__', repr(factory))}"


def _database(database: object) -> Path:
    text = str(database)
    if text.startswith("file:"):  # the runner's read-only URI: show the file
        text = text[len("file:") :].split("?", 1)[0]
    return Path(text)


class AppConnectFailed(Refused):
    """The app's factory raised while opening the database (``what``: that, without the
    file, for a caller that opened no file of the user's)."""

    def __init__(self, factory: object, database: object, exc: BaseException) -> None:
        self.path = _database(database)
        self.what = failed_to_open(factory, exc, "it")
        self.factory, self.raised = factory, exc
        super().__init__(f"{self.path}: {self.what}; file left unchanged")


def failed_to_open(factory: object, exc: BaseException, opened: str) -> str:
    """``the app's connect M:F failed to open OPENED (Type: message)``, and how to take
    the runner's keywords where Python says the factory refused one."""
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())
    # ``def connect(database)``: Python names one keyword, the next would follow
    narrow = isinstance(exc, TypeError) and "unexpected keyword argument" in str(exc)
    return (
        f"the app's connect {factory_name(factory)} failed to open {opened} "
        f"({detail}){KW_RULE if narrow else ''}"
    )


class DropsRunnerKw(Refused, TypeError):
    """The factory returned a connection not opened with the runner's ``**kw``
    (a ``TypeError`` too: the factory is called wrongly written, as Python says)."""

    def __init__(self, factory: object, database: object, got: object) -> None:
        self.path = _database(database)
        self.what = (
            f"the app's connect {factory_name(factory)} returned a "
            f"{type(got).__name__}, not the runner's connection class{KW_RULE}"
        )
        super().__init__(f"{self.path}: {self.what}; file left unchanged")
