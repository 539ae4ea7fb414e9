"""A body-donation association (献体の会): its members' register exported from the
university's host (headerless, CP932), application forms, and its newsletter."""

from __future__ import annotations

import random

from benchmarks.corpus14 import office, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import org_phone, own_footer, relative, who
from benchmarks.corpus14.model import Lines, Table, fake
from benchmarks.corpus14.people import PLACES
from benchmarks.corpus14.sensitive import domicile, notice, phrase

ASSOCIATION = "しらゆり献体の会"


def _domicile(rng: random.Random):
    pref, city, *_ = rng.choice(PLACES)
    return domicile(pref, city, rng)


def members_fixed(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for k in range(rng.randint(12, 16)):
        w = who(rng, 1932, 1960, 0.0)
        rows.append([f"{n:02d}{k + 1:04d}", w.name("tight"), w.name("kana").text.replace("　", " "),
                     w.born("letter"), w.postal(False), w.address(), w.phone("bare"), _domicile(rng)])
    table = Table(None, rows)
    return f"献体の会/host/KAIIN{n:02d}.TXT", *plain.fixed(table, [8, 14, 22, 11, 9, 62, 12, 30])


def application_odt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    w = who(rng, 1935, 1962, 0.0)
    spouse, child = relative(rng, w, 1935, 1962), relative(rng, w, 1960, 1990)
    lines = Lines().add(f"{ASSOCIATION}　入会申込書").add("申込日 {}", other_date(rng, "application_date", "era"))
    lines.add("氏名　{}　（{}）", w.name(), w.name("kana")).add("生年月日　{}", w.born("kanji"))
    lines.add("本籍　{}", _domicile(rng)).add("現住所　〒{}　{}", w.postal(), w.address())
    lines.add("電話　{}", w.phone("paren"))
    lines.add("宗教・宗派（葬儀の参考）　{}", phrase(rng, "宗教"))
    lines.add("既往歴　{}", phrase(rng, "病歴"))
    lines.add("肉親の同意　配偶者 {}　長男 {}　連絡先 {}", spouse.name("tight"), child.name("tight"),
              child.phone(mobile_phone=True))
    lines.add("事務局受付 {}", org_phone("086"))
    own_footer(rng, lines, ASSOCIATION, "shirayuri-kentai.or.jp")
    return f"献体の会/申込/入会申込書_{n:03d}.odt", *office.odt_file(lines)


def newsletter_html(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add("会報 しらゆり 第{}号".format(40 + n))
    lines.add("合同慰霊祭は{}に大学講堂で行います。", fake("DATE_OF_BIRTH", other_date(rng, "ceremony").text, "ceremony_date"))
    lines.add("健康コラム：{}", notice(rng)).add("事務局 {}（平日10時〜16時）", org_phone("086"))
    for _ in range(rng.randint(3, 5)):
        w = who(rng, 1930, 1955, 0.0)
        lines.add("新たに入会された{}様（{}）をご紹介します。", w.name("tight"), w.address(False))
    lines.add("式典会場：{}（大学本部棟3階）", fake("PERSON", "白百合会館", "building_name"))
    return f"献体の会/会報/会報_{n:02d}.html", *plain.html("会報 しらゆり", lines)


def consent_txt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    """A consent form typed from a vertical original: each value first, its label after it in brackets."""
    w = who(rng, 1935, 1962, 0.0)
    kin = relative(rng, w, 1958, 1992)
    lines = Lines().add("献体同意書").add("私の死後、遺体を医学教育のため提供することに同意します")
    lines.add("{}（本人署名）", w.name()).add("{}生（生年月日）", w.born("kanji"))
    lines.add("{}（住所）", w.address()).add("{}（電話）", w.phone("bare"))
    lines.add("右の者の意思を尊重し同意します　{}（長男・署名）　{}（連絡先）", kin.name(), kin.phone(mobile_phone=True))
    lines.add("{}（記入日）", other_date(rng, "signed_on", "kanji"))
    return f"献体の会/同意書/献体同意書_{n:03d}.txt", *plain.txt(lines, "cp932", "\r\n")


WRITERS = ((members_fixed, 5), (application_odt, 10), (newsletter_html, 4), (consent_txt, 6))
