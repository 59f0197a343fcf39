"""Places schema 63: today's ``Database::InitSchema`` runs nothing for it ("The schema 63
migration is no longer needed."; Firefox 98 uses schema version 63); a database upgraded by today's Firefox only records the
version here, as this step does (the runner's bookkeeping stands for ``user_version``).
"""


def upgrade(conn):
    pass
