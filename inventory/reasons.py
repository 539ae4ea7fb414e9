"""Why an object was not (fully) read: a fixed reason code, stored beside its status
(objects.reason) and its sentence (objects.error).

The sentence of each code, in Japanese and English, is in the message catalogue
(reports/catalogue/reasons.toml, `reason.code.<code>`). A stored sentence is made
from the code and values we chose (sizes, limits, depths, a format name), plus
at most the class name and a sanitised message of the library that failed
(scanner.redact): never bytes of the file. Sizes are not personal data, so
nothing in it is masked.
"""

from __future__ import annotations

from enum import Enum


class Reason(str, Enum):
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    TOO_LARGE = "too_large"
    BOMB = "bomb"
    TOO_DEEP = "too_deep"
    TOO_MANY = "too_many"
    UNSUPPORTED = "unsupported"
    BINARY = "binary"
    DECODE_ERROR = "decode_error"
    NO_TEXT_LAYER = "no_text_layer"
    NOT_MAIL = "not_mail"
    BAD_NAME = "bad_name"
    PERMISSION = "permission"
    IO_ERROR = "io_error"
    SPECIAL_FILE = "special_file"
    SYMLINK = "symlink"
    LOCK_OR_TEMP = "lock_or_temp"
    INTERNAL = "internal_error"
