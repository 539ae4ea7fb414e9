"""Why an object was not (fully) read: a fixed reason code stored beside its status,
and the phrase of each code in both languages (one table; the message catalogue
takes it over).

A stored reason is composed from a code and parameters we chose (sizes, limits,
depths, a format name), plus at most the class name and a sanitised message of the
library that failed (scanner.redact): never bytes of the file. Sizes are not
personal data, so nothing here is masked.
"""

from __future__ import annotations

import string
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


# code -> (English, Japanese); {parameters} are filled from the error's parameters.
PHRASES: dict[Reason, tuple[str, str]] = {
    Reason.CORRUPT: ("corrupt {kind}", "{kind} が壊れています"),
    Reason.ENCRYPTED: ("password-protected {kind}", "パスワード保護された {kind}"),
    Reason.TOO_LARGE: ("{what} of {size} bytes, over the limit of {limit}",
                       "{what} が {size} バイトで上限 {limit} バイトを超えています"),
    Reason.BOMB: ("{what} expands {ratio}:1, over the limit of {limit}:1 (decompression bomb)",
                  "{what} の展開率 {ratio}:1 が上限 {limit}:1 を超えています (圧縮爆弾の疑い)"),
    Reason.TOO_DEEP: ("nested deeper than {limit} levels", "入れ子が {limit} 段を超えています"),
    Reason.TOO_MANY: ("{count} {what}, over the limit of {limit}", "{what} が {count} 個で上限 {limit} を超えています"),
    Reason.UNSUPPORTED: ("unsupported format {kind}", "対応していない形式 {kind}"),
    Reason.BINARY: ("binary content, not text", "テキストではないバイナリ内容"),
    Reason.DECODE_ERROR: ("{what}", "文字コードを判定できません ({what})"),
    Reason.NO_TEXT_LAYER: ("no text layer on {pages} page(s): scanned image, needs OCR",
                           "{pages} ページにテキスト層がありません (画像のみ、OCR が必要)"),
    Reason.NOT_MAIL: ("not a mail message (no header lines, no mbox From line)",
                      "メールではありません (ヘッダー行も mbox の From 行もありません)"),
    Reason.BAD_NAME: ("{what}", "名前が不正です ({what})"),
    Reason.PERMISSION: ("permission denied", "アクセス権がありません"),
    Reason.IO_ERROR: ("{what} failed", "{what} に失敗しました"),
    Reason.SPECIAL_FILE: ("{kind}: not a regular file, never opened", "{kind}: 通常のファイルではないため開きません"),
    Reason.SYMLINK: ("symbolic link (not followed)", "シンボリックリンク (たどりません)"),
    Reason.LOCK_OR_TEMP: ("lock or temporary file", "ロックファイルまたは一時ファイル"),
    Reason.INTERNAL: ("internal error while reading {kind}", "{kind} の読み取り中の内部エラー"),
}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def phrase(reason: Reason, lang: str = "en", **params: object) -> str:
    """The phrase of a reason with its parameters (a missing one shows as `?`)."""
    english, japanese = PHRASES[reason]
    template = japanese if lang == "ja" else english
    return string.Formatter().vformat(template, (), _Blank(params))
