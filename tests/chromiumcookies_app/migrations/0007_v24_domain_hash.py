"""Chromium cookie store ``cur_version == 23``: "Version 24 adds a SHA256 hash of the domain
value to front of the the encrypted_value". The block re-encrypts every row only ``if
(crypto_)``; the port runs the store without a ``CookieCryptoDelegate`` (the OS keychain
or DPAPI key it would need is no SQL), so, as upstream's block does then, it only records
the version (README).
Not ``KEEPS_PREVIOUS_APP``: compatible version 24 (``kCompatibleVersionNumber`` 24 at the
upstream commit): with a delegate, a version-23 build would read the hash as the value.
"""


def upgrade(conn):
    """No ``crypto_``: nothing of the table changes."""
