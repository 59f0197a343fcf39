"""Red team, round ten: the last merges attacked, each finding a broken twin beside its
sound control, on small chains that are not EDI's.

1. Rows the schema adds to a table the app filled copy the app's values in the columns it
   filled (``app_values``), against a false alarm on a format the app guarantees (JSON).
   Every column was copied, numbers too: an app writing small counts left no row with a
   64-bit bound in its column, and a migration that turns the count into a REAL (losing
   the low digits of a large one) passed; and the edge sweep had gone to the update of the
   column the app left NULL. The added rows sweep the edges again, and copy only the
   app's text over a drawn value that is not NULL: numbers and NULLs stay drawn.
"""

from __future__ import annotations

from tests.harness_projects import run_matrix
from tests.newcomer_chains import STEP, step_fails_showing, two_steps

STOCK = '''"""Stock counted per item; a note column the app does not use yet."""


def upgrade(conn):
    conn.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, note TEXT)")


def app_writes(conn, ctx):
    """Small counts in ``qty``; ``note`` never set."""
    conn.executemany("INSERT INTO stock (qty) VALUES (?)", [(n + 1,) for n in range(ctx.rows)])
'''

REQTY = """
def upgrade(conn):
    conn.execute("UPDATE stock SET qty = QTY")
"""


def test_a_count_rewritten_as_it_was_passes(pytester):
    folder = two_steps(pytester, STOCK, REQTY.replace("QTY", "qty + 0"))
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


def test_a_count_rewritten_through_a_real_fails_on_a_64_bit_bound(pytester):
    lines = ["*broke invariant 'data kept'*", "*stock.qty*9223372036854775807*"]
    step_fails_showing(
        pytester, two_steps(pytester, STOCK, REQTY.replace("QTY", "qty + 0.0")), lines
    )
