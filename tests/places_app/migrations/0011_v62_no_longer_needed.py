"""Places schema 62: today's ``Database::InitSchema`` runs nothing for it ("The schema 62
migration is no longer needed."; Firefox 97 uses schema version 62); a database upgraded by today's Firefox only records the
version here, as this step does (the runner's bookkeeping stands for ``user_version``).
"""


def upgrade(conn):
    pass
