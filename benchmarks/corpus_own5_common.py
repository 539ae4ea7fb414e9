"""What both own5 corpora need and no list of words: valid numbers of every kind
and the writers for slides and RTF (benchmarks/corpus_own5_dev.py,
benchmarks/corpus_own5_check.py)."""

from __future__ import annotations

import phonenumbers

from benchmarks.corpus import _written, address_key
from benchmarks.corpus4.writers import rtf_escape as _rtf_text
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

WIDE = str.maketrans("0123456789-", "０１２３４５６７８９－")


class Own5Numbers(OrgNumbers):
    """A subclass names its TOWNS, DOMAINS and the way it writes a block (BLOCK)."""

    TOWNS: list[str] = []
    DOMAINS: list[str] = []
    BLOCK = "{}-{}-{}"

    def address(self) -> tuple[str, str]:
        """(written, truth)."""
        written = self.pick(self.TOWNS) + self.BLOCK.format(self.rng.randint(1, 5), self.rng.randint(1, 30),
                                                            self.rng.randint(1, 20))
        return written, address_key(written)

    def mail(self, local: str) -> str:
        return f"{local}@{self.pick(self.DOMAINS)}"

    def policy(self) -> str:
        """A policy or order number written 0X-XXXX-XXXX, valid as a phone number."""
        number = ""
        while not number or not phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            number = f"0{self.rng.choice('3456')}-{self.rng.randint(1000, 9999)}-{self.digits(4)}"
        return number

    def policy_spaced(self, number: str) -> str:
        """The same number in another hand: 全角 digits, or no dashes."""
        return number.translate(WIDE) if self.rng.random() < 0.5 else number.replace("-", "")

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.5 else self.landline()


def pptx_bytes(title: str, table: list[list[str]], notes: str = "") -> bytes:
    return _written(".pptx", lambda path: w.write_pptx(path, title, table, notes))




def rtf_bytes(lines: list[str]) -> bytes:
    """An RTF document, one paragraph a line, its text as \\uN escapes (as Word writes it)."""
    body = "\n".join(f"{_rtf_text(line)}\\par" for line in lines)
    return ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\uc1\n" + body + "\n}").encode("ascii")
