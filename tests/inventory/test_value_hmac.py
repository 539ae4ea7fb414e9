"""inventory.keys.value_hmac, made from a copy of the keyed HMAC, is HMAC-SHA256
of the value's UTF-8 with the key, whatever the key and however often it is used."""

from __future__ import annotations

import hashlib
import hmac

from inventory.keys import name_hmac, value_hmac


def _expected(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def test_value_hmac_is_hmac_sha256_for_every_key():
    keys = [bytes(range(32)), b"\xff" * 32, b"k" * 100, b"", bytes(range(64))]  # 100 bytes: hashed first (RFC 2104)
    values = ["", "山田 太郎", "090-1234-5678", "a" * 500, "\x00name\x00x"]
    for _ in range(2):  # the second round from the kept keyed HMACs
        for key in keys:
            for value in values:
                assert value_hmac(key, value) == _expected(key, value)
    assert name_hmac(keys[0], "x") == _expected(keys[0], "\x00name\x00x")
