"""The per-installation HMAC key. Unkeyed hashes of phone numbers or My Numbers
are brute-forceable; keyed ones are not without the key."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from inventory.errors import key_error
from inventory.secure import create_private

KEY_ENV = "DAICHO_KEY_FILE"
KEY_BYTES = 32
HOME_ENV = "DAICHO_HOME"


def default_key_path() -> Path:
    if os.environ.get(KEY_ENV):
        return Path(os.environ[KEY_ENV])
    home = os.environ.get(HOME_ENV) or os.path.join(
        os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "daicho")
    return Path(home) / "hmac.key"


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


def value_hmac(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def name_hmac(key: bytes, name: str) -> str:
    """The keyed hash of a name in a path (a folder, a file, an archive member),
    apart from the hashes of values: a file named by a My Number is not linked to
    the findings of that number by its hash."""
    return value_hmac(key, "\x00name\x00" + name)
