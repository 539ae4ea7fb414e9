"""Why an object could not be read, in the reader's language: from the object's
reason code (`reason.<code>`: corrupt, encrypted, too_large, unsupported,
decode_error, permission, io_error, no_text_layer), or, for an object recorded
without one, from its status. The library's own message (English, for
developers) is never shown to the officer."""

from __future__ import annotations

from reports.catalogue import CATALOGUE, t


def _key(prefix: str, obj: dict) -> str:
    code = obj.get("reason")
    if code and f"{prefix}.{code}" in CATALOGUE:
        return f"{prefix}.{code}"
    status = f"{prefix}.{obj.get('status')}"
    return status if status in CATALOGUE else f"{prefix}.unreadable"


def unreadable_reason(obj: dict, lang: str) -> str:
    return t(_key("reason", obj), lang)


def unreadable_todo(obj: dict, lang: str) -> str:
    return t(_key("reason_todo", obj), lang)
