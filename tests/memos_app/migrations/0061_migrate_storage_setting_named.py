"""memos ``0.31/01__migrate_storage_setting.sql``: the ``STORAGE`` setting gains a named storage list and a default;
S3 attachments are bound to it.
"""

from edi_migrations.changes import Recompute

# The STORAGE setting gains its named storages (at most one of the three UPDATEs matches:
# each sets $.storages, which the others require NULL), and S3 attachments are bound to
# the S3 storage where the setting's default is (or has just become) s3.
LEGACY = (
    "name = 'STORAGE' AND CASE WHEN json_valid(value) THEN json_type(value) = 'object' "
    "AND json_type(value, '$.storages') IS NULL AND {} ELSE FALSE END"
)
DATABASE = LEGACY.format("json_extract(value, '$.storageType') IN ('DATABASE', 1)")
LOCAL = LEGACY.format(
    "(json_type(value, '$.storageType') IS NULL OR json_extract(value, '$.storageType') "
    "IN ('STORAGE_TYPE_UNSPECIFIED', 'LOCAL', 0, 2))"
)
S3 = LEGACY.format(
    "json_extract(value, '$.storageType') IN ('S3', 3) AND json_type(value, '$.s3Config') = 'object'"
)
NAMED = (
    "json_set(value, '$.storages', json_array(json_object('id', '{0}', 'name', '{1}', "
    "'type', 'STORAGE_TYPE_{2}'{3})), '$.defaultStorageId', '{0}')"
)
S3_CONFIG = ", 's3Config', json_extract(value, '$.s3Config')"
NEW_SETTING = (
    f"CASE WHEN {DATABASE} THEN {NAMED.format('database', 'Database', 'DATABASE', '')} "
    f"WHEN {LOCAL} THEN {NAMED.format('local', 'Local', 'LOCAL', '')} "
    f"WHEN {S3} THEN {NAMED.format('s3', 'S3', 'S3', S3_CONFIG)} "
    "ELSE value END"
)
DEFAULT_S3 = (
    "EXISTS (SELECT 1 FROM system_setting WHERE name = 'STORAGE' AND "
    f"(({S3}) OR CASE WHEN json_valid(value) THEN "
    "json_extract(value, '$.defaultStorageId') = 's3' ELSE FALSE END))"
)
BOUND = (
    "storage_type = 'S3' AND CASE WHEN json_valid(payload) THEN json_type(payload) = 'object' "
    "AND json_type(payload, '$.s3Object') = 'object' "
    "AND json_type(payload, '$.s3Object.storageId') IS NULL "
    "AND json_type(payload, '$.s3Object.s3Config') IS NULL ELSE FALSE END"
)
# upstream's point: STORAGE gains named storages; S3 attachments are bound to the default
CHANGES = (
    Recompute("system_setting", "value", expression=NEW_SETTING),
    Recompute(
        "attachment",
        "payload",
        expression=f"CASE WHEN {BOUND} AND {DEFAULT_S3} "
        "THEN json_set(payload, '$.s3Object.storageId', 's3') ELSE payload END",
    ),
)


def upgrade(conn):
    conn.execute(
        """
        -- Expands the legacy singleton storage setting into the named storage model.
        -- Legacy fields remain in place so older clients and rollback versions can
        -- continue to read the active storage configuration.
        UPDATE system_setting
        SET value = json_set(
          value,
          '$.storages', json_array(json_object(
            'id', 'database',
            'name', 'Database',
            'type', 'STORAGE_TYPE_DATABASE'
          )),
          '$.defaultStorageId', 'database'
        )
        WHERE name = 'STORAGE'
          AND CASE
            WHEN json_valid(value) THEN
              json_type(value) = 'object'
              AND json_type(value, '$.storages') IS NULL
              AND json_extract(value, '$.storageType') IN ('DATABASE', 1)
            ELSE FALSE
          END
        """
    )
    conn.execute(
        """
        UPDATE system_setting
        SET value = json_set(
          value,
          '$.storages', json_array(json_object(
            'id', 'local',
            'name', 'Local',
            'type', 'STORAGE_TYPE_LOCAL'
          )),
          '$.defaultStorageId', 'local'
        )
        WHERE name = 'STORAGE'
          AND CASE
            WHEN json_valid(value) THEN
              json_type(value) = 'object'
              AND json_type(value, '$.storages') IS NULL
              AND (
                json_type(value, '$.storageType') IS NULL
                OR json_extract(value, '$.storageType') IN ('STORAGE_TYPE_UNSPECIFIED', 'LOCAL', 0, 2)
              )
            ELSE FALSE
          END
        """
    )
    conn.execute(
        """
        UPDATE system_setting
        SET value = json_set(
          value,
          '$.storages', json_array(json_object(
            'id', 's3',
            'name', 'S3',
            'type', 'STORAGE_TYPE_S3',
            's3Config', json_extract(value, '$.s3Config')
          )),
          '$.defaultStorageId', 's3'
        )
        WHERE name = 'STORAGE'
          AND CASE
            WHEN json_valid(value) THEN
              json_type(value) = 'object'
              AND json_type(value, '$.storages') IS NULL
              AND json_extract(value, '$.storageType') IN ('S3', 3)
              AND json_type(value, '$.s3Config') = 'object'
            ELSE FALSE
          END
        """
    )
    conn.execute(
        """
        -- Attachments created before S3 configs were embedded only stored the object
        -- key. Bind them to the namespace captured above before that default changes.
        UPDATE attachment
        SET payload = json_set(payload, '$.s3Object.storageId', 's3')
        WHERE storage_type = 'S3'
          AND CASE
            WHEN json_valid(payload) THEN
              json_type(payload) = 'object'
              AND json_type(payload, '$.s3Object') = 'object'
              AND json_type(payload, '$.s3Object.storageId') IS NULL
              AND json_type(payload, '$.s3Object.s3Config') IS NULL
            ELSE FALSE
          END
          AND EXISTS (
            SELECT 1
            FROM system_setting AS storage_setting
            WHERE storage_setting.name = 'STORAGE'
              AND CASE
                WHEN json_valid(storage_setting.value) THEN
                  json_extract(storage_setting.value, '$.defaultStorageId') = 's3'
                ELSE FALSE
              END
          )
        """
    )
