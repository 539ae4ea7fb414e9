"""The per-installation HMAC key. Unkeyed hashes of phone numbers or My Numbers
are brute-forceable; keyed ones are not without the key."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from inventory.secure import create_private

KEY_ENV = "DAICHO_KEY_FILE"
HOME_ENV = "DAICHO_HOME"


def default_key_path() -> Path:
    if os.environ.get(KEY_ENV):
        return Path(os.environ[KEY_ENV])
    home = os.environ.get(HOME_ENV) or os.path.join(
        os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "daicho")
    return Path(home) / "hmac.key"


def load_or_create_key(path: Path | None = None) -> bytes:
    path = path or default_key_path()
    if create_private(path):
        path.write_text(secrets.token_hex(32) + "\n")
    return bytes.fromhex(path.read_text().strip())


def value_hmac(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def name_hmac(key: bytes, name: str) -> str:
    """The keyed hash of a name in a path (a folder, a file, an archive member),
    apart from the hashes of values: a file named by a My Number is not linked to
    the findings of that number by its hash."""
    return value_hmac(key, "\x00name\x00" + name)
