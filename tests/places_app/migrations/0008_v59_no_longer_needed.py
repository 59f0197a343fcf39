"""Places schema 59: today's ``Database::InitSchema`` runs nothing for it ("The schema 59
migration is no longer needed."; Firefox 94 uses schema version 59); a database upgraded by today's Firefox only records the
version here, as this step does (the runner's bookkeeping stands for ``user_version``).
"""


def upgrade(conn):
    pass
