"""Names shared by the plugin's parts that must not import syrupy to know them."""

from __future__ import annotations


def snapshot_name(version: int) -> str:
    return f"schema_v{version}"


# syrupy warns that a snapshot's name does not contain its test's name: ours is the
# schema version's name on purpose. The plugin registers this filter.
NAME_WARNING_FILTER = r"ignore:\s*Can not relate snapshot:UserWarning"
NO_SYRUPY = (
    "the schema snapshot needs syrupy, not installed or not loaded (-p no:syrupy): "
    "install the plugin's extra, pip install 'edi-migrations[pytest]'"
)
