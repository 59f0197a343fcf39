"""Actual ``packages/loot-core/src/server/sql/init.sql``: budgets, spreadsheet cells,
banks, accounts, transactions, categories and their groups, the sync messages, the
mappings, ``db_version`` and ``__migrations__``.

``app_writes`` says how the spreadsheet names its budget cells, which ``0006`` and
``0016`` parse.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE created_budgets (month TEXT PRIMARY KEY);

CREATE TABLE spreadsheet_cells
 (name TEXT PRIMARY KEY,
  expr TEXT,
  cachedValue TEXT);

CREATE TABLE banks
 (id TEXT PRIMARY KEY,
  bank_id TEXT,
  name TEXT,
  tombstone INTEGER DEFAULT 0);

CREATE TABLE accounts
   (id TEXT PRIMARY KEY,
    account_id TEXT,
    name TEXT,
    balance_current INTEGER,
    balance_available INTEGER,
    balance_limit INTEGER,
    mask TEXT,
    official_name TEXT,
    type TEXT,
    subtype TEXT,
    bank TEXT,
    offbudget INTEGER DEFAULT 0,
    closed INTEGER DEFAULT 0,
    tombstone INTEGER DEFAULT 0);

CREATE TABLE pending_transactions
  (id TEXT PRIMARY KEY,
   acct INTEGER,
   amount INTEGER,
   description TEXT,
   date TEXT,
   FOREIGN KEY(acct) REFERENCES accounts(id));

CREATE TABLE transactions
  (id TEXT PRIMARY KEY,
   isParent INTEGER DEFAULT 0,
   isChild INTEGER DEFAULT 0,
   acct TEXT,
   category TEXT,
   amount INTEGER,
   description TEXT,
   notes TEXT,
   date INTEGER,
   financial_id TEXT,
   type TEXT,
   location TEXT,
   error TEXT,
   imported_description TEXT,
   starting_balance_flag INTEGER DEFAULT 0,
   transferred_id TEXT,
   sort_order REAL,
   tombstone INTEGER DEFAULT 0);

CREATE TABLE categories
 (id TEXT PRIMARY KEY,
  name TEXT,
  is_income INTEGER DEFAULT 0,
  cat_group TEXT,
  sort_order REAL,
  tombstone INTEGER DEFAULT 0);

CREATE TABLE category_groups
   (id TEXT PRIMARY KEY,
    name TEXT UNIQUE,
    is_income INTEGER DEFAULT 0,
    sort_order REAL,
    tombstone INTEGER DEFAULT 0);

CREATE TABLE messages_crdt
 (id INTEGER PRIMARY KEY,
  timestamp TEXT NOT NULL UNIQUE,
  dataset TEXT NOT NULL,
  row TEXT NOT NULL,
  column TEXT NOT NULL,
  value BLOB NOT NULL);

CREATE TABLE category_mapping
  (id TEXT PRIMARY KEY,
   transferId TEXT);

CREATE TABLE messages_clock (id INTEGER PRIMARY KEY, clock TEXT);

CREATE TABLE db_version (version TEXT PRIMARY KEY);
CREATE TABLE __migrations__ (id INT PRIMARY KEY NOT NULL);
'''
    )


def app_writes(conn, ctx):
    """Budget cells as the spreadsheet writes them, where ``0006`` and ``0016`` read
    them: ``budget<YYYYMM>!budget_<id>`` (amounts), ``!carryover_<id>`` (``=true`` or
    ``=false``), ``!buffered``, and cells ``0006`` throws away (sums). Before ``0006`` a
    category id is 32 hex digits; from it on, a dashed UUID (``budget-`` and
    ``carryover-``, ``budget-report`` sheets too), and notes (``notes!<id>``, JSON text),
    which ``0016`` copies out. ``0016`` drops the table."""
    if ctx.version >= 16:
        return
    old = ctx.version < 6
    cells = {}
    for _ in range(ctx.rows):
        month = f"20{ctx.rng.randint(17, 24)}{ctx.rng.randint(1, 12):02d}"
        category = f"{ctx.rng.getrandbits(128):032x}"
        if not old:
            category = "-".join(
                (category[:8], category[8:12], category[12:16], category[16:20], category[20:])
            )
        sheet = "budget" if old or ctx.rng.random() < 0.7 else "budget-report"
        dash = "_" if old else "-"
        amount = str(ctx.rng.randint(-5000, 500000)) if ctx.rng.random() < 0.9 else "=1+1"
        carry = ctx.rng.choice(["true", "false"])
        cells[f"{sheet}{month}!budget{dash}{category}"] = amount
        cells[f"{sheet}{month}!carryover{dash}{category}"] = ("=" if old else "") + carry
        cells[f"budget{month}!buffered"] = str(ctx.rng.randint(0, 100000))
        cells[f"{sheet}{month}!sum-amount{dash}{category}"] = "=sum(1)"
        if not old and ctx.rng.random() < 0.3:
            cells[f"notes!{category}"] = ctx.rng.choice(['"Groceries and more"', '""', "null"])
    conn.executemany(
        "INSERT OR IGNORE INTO spreadsheet_cells (name, expr) VALUES (?, ?)", cells.items()
    )
