"""Actual ``packages/loot-core/migrations/1694438752000_add_goal_targets.sql``: adds
columns zero_budgets.goal, reflect_budgets.goal and categories.goal_def.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE zero_budgets ADD column goal INTEGER DEFAULT null;
ALTER TABLE reflect_budgets ADD column goal INTEGER DEFAULT null;
ALTER TABLE categories ADD column goal_def TEXT DEFAULT null;
'''
    )
