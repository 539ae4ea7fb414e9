"""Writers F: the files with no one in them (price lists, timetables, notices, minutes
of the organisations of corpus 22) — clean, though their letterheads, dates, codes and
place names look like personal values."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Grid, Lines
from benchmarks.corpus22 import formats as F
from benchmarks.corpus22 import formats_more as M
from benchmarks.corpus22 import ids, vocab
from benchmarks.corpus22.common import decoy, letterhead, notice, org, place_like

ORGS = [("湖西かるた会", "kosai-karuta.jp", "karuta"), ("ペット霊園 やすらぎの丘", "yasuragi-pet.jp", "petgrave"),
        ("手芸の店 いとぐるま", "itoguruma.co.jp", "shugei"), ("空手道 誠心館", "seishinkan-karate.jp", "karate"),
        ("カーステーション北斗 中古車センター", "hokuto-cars.jp", "usedcar"), ("陶芸工房 土と炎", "tsuchitohono.jp", "toge"),
        ("ヨガスタジオ凪", "yoga-nagi.jp", "yoga"), ("鉄道友の会 湊川支部", "tetsutomo-minato.jp", "tetsudo"),
        ("みちしるべトラベル", "michishirube-travel.jp", "pilgrim"), ("南浜公証役場", "minamihama-koshonin.jp", "notary")]
ITEMS = ["入会金", "月会費", "材料費", "体験料", "年会費", "保険料", "施設使用料", "教材費"]


def _price_list(rng: random.Random, o, folder: str, n: int) -> Doc:
    grid = Grid("品目", "商品コード", "価格（税込）", "改定日")
    for item in rng.sample(ITEMS, 5):
        grid.add(item, ids.product_code(rng), f"{rng.randint(5, 120) * 100:,}円", ids.other_date(rng, "slash", "price_revision_date"))
    return F.xlsx(f"{folder}/料金表_{n + 1:02d}.xlsx", [("料金", grid, f"{o.name} 料金表")])


def _notice_text(rng: random.Random, o, folder: str, n: int) -> Doc:
    text = Lines().put(f"{o.name}からのお知らせ").put(*letterhead(o)).gap()
    text.put(notice(rng)).put("休業日 ", ids.other_date(rng, "wareki", "closing_date"), "・", ids.other_date(rng, "wareki", "closing_date"))
    text.put("法人番号 ", ids.corporate_number(rng), "　登録番号 T", ids.corporate_number(rng))
    text.put("最寄りは", place_like(rng), "です。")
    return F.text(f"{folder}/お知らせ_{n + 1:02d}.txt", text, rng.choice(["utf-8", "cp932"]))


def _timetable(rng: random.Random, o, folder: str, n: int) -> Doc:
    text = Lines().put(f"{o.name} 年間予定").put(*letterhead(o, False))
    for _ in range(rng.randint(5, 9)):
        text.put(ids.other_date(rng, "west", "schedule_date"), "　", rng.choice(["定例会", "見学会", "発表会", "総会", "研修"]))
    if rng.random() < 0.5:
        text.put("記念講演「", decoy("PERSON", rng.choice(vocab.POETS), "poet_of_the_cards"), "の和歌を読む」")
    return M.pdf(f"{folder}/年間予定_{n + 1:02d}.pdf", [text]) if rng.random() < 0.5 else \
        F.docx(f"{folder}/年間予定_{n + 1:02d}.docx", [text])


def _minutes(rng: random.Random, o, folder: str, n: int) -> Doc:
    text = Lines().put(f"{o.name} 運営会議 議事メモ").put("日時 ", ids.other_date(rng, "abbr", "meeting_date"))
    text.put("出席 役員7名").put("1. 前年度決算の承認").put("2. 事業所番号 ", ids.employer_office(rng), " の届出変更")
    text.put("3. 問い合わせ窓口 ", decoy("PHONE", o.phone, "org_phone"), " の受付時間を延長する")
    text.put(notice(rng))
    return M.odt(f"{folder}/議事メモ_{n + 1:02d}.odt", text) if rng.random() < 0.5 else \
        M.rtf(f"{folder}/議事メモ_{n + 1:02d}.rtf", text)


def _flyer(rng: random.Random, o, folder: str, n: int) -> Doc:
    page = Lines().put(o.name).put(*letterhead(o)).put("会員カード ", ids.product_code(rng))
    page.put("予約番号の例 ", ids.claim_reference(rng), "　受付番号 ", ids.ticket_number(rng))
    return F.html(f"{folder}/案内_{n + 1:02d}.html", o.name, [page]) if rng.random() < 0.5 else \
        F.pptx(f"{folder}/案内_{n + 1:02d}.pptx", [page])


WRITERS = [_price_list, _notice_text, _timetable, _minutes, _flyer]


def clean(rng: random.Random, n: int) -> Doc:
    name, domain, folder = ORGS[n % len(ORGS)]
    doc = WRITERS[n % len(WRITERS)](rng, org(rng, name, domain), folder, n)
    doc.clean = True
    return doc
