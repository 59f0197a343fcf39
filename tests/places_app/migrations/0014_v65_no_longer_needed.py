"""Places schema 65: today's ``Database::InitSchema`` runs nothing for it ("The schema 65
migration is no longer needed."); a database upgraded by today's Firefox only records the
version here, as this step does (the runner's bookkeeping stands for ``user_version``).
"""


def upgrade(conn):
    pass
