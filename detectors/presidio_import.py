"""Presidio imported without compiling its own recognizers' patterns.

Importing `presidio_analyzer` imports its predefined recognizers (US, UK, IBAN, URL …),
whose class bodies build about 170 `Pattern`s, and each `Pattern` checks its regex by
compiling it with the `regex` module: about a quarter of a second of every worker's
and every `daicho check`'s start, for recognizers daicho never registers (its own
build their patterns with detectors.jp.base._Pattern, compiled by `re`). Only that
check is skipped, only while the package is first imported; any other compile runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

_PRESIDIO_CHECK = "__validate_regex"  # presidio_analyzer.pattern.Pattern's check of its regex


def import_presidio() -> None:
    """Import presidio_analyzer (once a process) without checking its own patterns."""
    if "presidio_analyzer" in sys.modules:
        return
    import regex

    compile_ = regex.compile
    regex.compile = _unless_presidio_check(compile_)
    try:
        import presidio_analyzer  # noqa: F401
    finally:
        regex.compile = compile_


def _unless_presidio_check(compile_: Callable[..., Any]) -> Callable[..., Any]:
    def compile_unless_checking(pattern, flags=0, *args, **kwargs):
        if sys._getframe(1).f_code.co_name == _PRESIDIO_CHECK:
            return None  # the check only asks whether it raises
        return compile_(pattern, flags, *args, **kwargs)

    return compile_unless_checking
