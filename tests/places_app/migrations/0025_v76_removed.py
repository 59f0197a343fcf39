"""Places schema 76: today's ``Database::InitSchema`` runs nothing for it ("Version 76 was
not correctly invoked and thus removed."); a database upgraded by today's Firefox only
records the version here, as this step does (the runner's bookkeeping stands for
``user_version``).
"""


def upgrade(conn):
    pass
