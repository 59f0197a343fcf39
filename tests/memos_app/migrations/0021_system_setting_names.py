"""memos ``0.12/01__system_setting.sql``: ten system settings renamed from camelCase to kebab-case."""

from edi_migrations.changes import Recompute

# The file's purpose: ten settings renamed from camelCase to kebab-case.
NAMES = (
    ("serverId", "server-id"),
    ("secretSessionName", "secret-session"),
    ("allowSignUp", "allow-signup"),
    ("disablePublicMemos", "disable-public-memos"),
    ("additionalStyle", "additional-style"),
    ("additionalScript", "additional-script"),
    ("customizedProfile", "customized-profile"),
    ("storageServiceId", "storage-service-id"),
    ("localStoragePath", "local-storage-path"),
    ("openAIConfig", "openai-config"),
)
# upstream's point: ten system setting names move from camelCase to kebab-case
CHANGES = (
    Recompute(
        "system_setting",
        "name",
        expression="CASE name "
        + " ".join(f"WHEN '{old}' THEN '{new}'" for old, new in NAMES)
        + " ELSE name END",
    ),
)


def upgrade(conn):
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'server-id'
        WHERE
          name = 'serverId'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'secret-session'
        WHERE
          name = 'secretSessionName'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'allow-signup'
        WHERE
          name = 'allowSignUp'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'disable-public-memos'
        WHERE
          name = 'disablePublicMemos'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'additional-style'
        WHERE
          name = 'additionalStyle'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'additional-script'
        WHERE
          name = 'additionalScript'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'customized-profile'
        WHERE
          name = 'customizedProfile'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'storage-service-id'
        WHERE
          name = 'storageServiceId'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'local-storage-path'
        WHERE
          name = 'localStoragePath'
        """
    )
    conn.execute(
        """
        UPDATE
          system_setting
        SET
          name = 'openai-config'
        WHERE
          name = 'openAIConfig'
        """
    )
