"""Mealie's search normalization, ``unidecode(text).lower().strip()``, as the port computes
it: the runner's environment has no unidecode, so text is folded to ASCII with
``unicodedata`` (NFKD, combining marks dropped). The same for ASCII and accented Latin
text; blank where unidecode would transliterate (Arabic, Hebrew) or drop (emoji).

Shared by ``0017`` and the project's conftest, which gives the harness the same function
(``mealie_normalize``) to read the migration's declared ``Backfill``.
"""

import unicodedata


def normalize(text):
    """``text`` folded to lower-case ASCII and stripped; NULL stays NULL."""
    if text is None:
        return None
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return folded.lower().strip()
