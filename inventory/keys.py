"""The per-installation HMAC key. Unkeyed hashes of phone numbers or My Numbers
are brute-forceable; keyed ones are not without the key.

An inventory records the fingerprint of the key its hashes were made with: the
same value hashed under another key is another hash, so scanning with another
key (another DAICHO_HOME) would report every finding resolved and new again, and
triage verdicts would stop applying. `key_for` refuses that instead.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from sqlite_utils import Database

from inventory.errors import key_error
from inventory.secure import create_private

KEY_ENV = "DAICHO_KEY_FILE"
KEY_BYTES = 32
HOME_ENV = "DAICHO_HOME"
META_TABLE = "inventory_meta"  # name -> value
FINGERPRINT = "key_fingerprint"


def default_home() -> Path:
    return Path(os.environ.get(HOME_ENV) or os.path.join(
        os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "daicho"))


def default_key_path() -> Path:
    if os.environ.get(KEY_ENV):
        return Path(os.environ[KEY_ENV])
    return default_home() / "hmac.key"


def load_or_create_key(path: Path | None = None) -> bytes:
    """The installation's key, created (0600) on first use; a key folder that cannot
    be written, or a key file that cannot be read, is an InventoryError."""
    path = path or default_key_path()
    try:
        if create_private(path):
            _write_new_key(path)
        key = bytes.fromhex(path.read_text().strip())
        if len(key) != KEY_BYTES:
            raise ValueError(f"not a key of {KEY_BYTES} bytes")
        return key
    except (OSError, ValueError) as error:
        raise key_error(error, str(path)) from error


def _write_new_key(path: Path) -> None:
    try:
        path.write_text(secrets.token_hex(KEY_BYTES) + "\n")
    except OSError:
        path.unlink(missing_ok=True)  # an empty key file would be read as a key next time
        raise


@functools.lru_cache(maxsize=4)
def _keyed(key: bytes) -> hmac.HMAC:
    """The HMAC with the key set up (its padded inner and outer hashes), copied for
    each value: hmac.new set it up again each time, 4.7 against 3.2 us a value, and
    a scan hashes every finding's value and every subject's names and keys."""
    return hmac.new(key, digestmod=hashlib.sha256)


def value_hmac(key: bytes, value: str) -> str:
    mac = _keyed(key).copy()
    mac.update(value.encode("utf-8"))
    return mac.hexdigest()


def name_hmac(key: bytes, name: str) -> str:
    """The keyed hash of a name in a path (a folder, a file, an archive member),
    apart from the hashes of values: a file named by a My Number is not linked to
    the findings of that number by its hash."""
    return value_hmac(key, "\x00name\x00" + name)


def fingerprint(key: bytes) -> str:
    """A name for a key that reveals nothing of it: `1a2b-3c4d-5e6f-7a8b`."""
    digest = hashlib.sha256(b"daicho key fingerprint\x00" + key).hexdigest()[:16]
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


class KeyMismatch(Exception):
    """The inventory was made with another key (or its key file is not here)."""

    def __init__(self, recorded: str, current: str | None, key_path: Path) -> None:
        super().__init__(f"inventory key {recorded}, this key {current} ({key_path})")
        self.recorded, self.current, self.key_path = recorded, current, key_path


def recorded_fingerprint(db: Database) -> str | None:
    row = next(db[META_TABLE].rows_where("name = ?", [FINGERPRINT]), None)
    return row["value"] if row else None


def key_for(db: Database, path: Path | None = None) -> bytes:
    """The key this inventory's hashes are made with. A new inventory (or one from
    before fingerprints) records the key in use; another key, or no key file where
    the inventory expects one, is a KeyMismatch and no key file is created."""
    path = path or default_key_path()
    recorded = recorded_fingerprint(db)
    if recorded and not path.exists():
        raise KeyMismatch(recorded, None, path)
    key = load_or_create_key(path)
    if recorded is None:
        db[META_TABLE].insert({"name": FINGERPRINT, "value": fingerprint(key)}, replace=True)
    elif recorded != fingerprint(key):
        raise KeyMismatch(recorded, fingerprint(key), path)
    return key
