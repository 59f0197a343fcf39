"""The edge values of each SQLite affinity: what the first generated rows of a column
take, so every start database holds them. They say nothing of any one app, since they land
in any project's columns; an app's provider may put its own texts in the same kinds."""

from __future__ import annotations

TEXT_EDGES: dict[str, str] = {
    "empty_string": "",
    "emoji": "see you at the café 🎉🚀 tonight 👩🏽‍💻",  # a skin tone, a ZWJ sequence
    "rtl": "مرحبا بالعالم — שלום עולם",  # Arabic, then Hebrew
    "combining": "cafe\u0301 lumie\u0300re Z\u0351\u0307\u0308a\u0336l\u0337g\u0338o",
    "sql_text": "'); DROP TABLE items; -- \" OR 1=1 /*",
    # over a page of any common size, so it spans a chain of overflow pages (a 4 KiB page
    # holds about 4 000 bytes of a row): what copying and rebuilding must carry whole. It
    # was 100 KiB, which spans the same chain, longer: a table had 200 KiB of it, and the
    # start of a 300-migration chain 15 MB, all of it copied and read by every path.
    "huge_text": ("storm clouds over the harbour, " * 3_304)[:16_384],
}
REAL_EDGES: dict[str, float] = {
    "negative_zero": -0.0,
    "subnormal": 5e-324,
    "real_max": 1.79e308,
    "real_min": -1.79e308,
}
INT_EDGES: dict[str, int] = {"int64_max": 2**63 - 1, "int64_min": -(2**63)}
