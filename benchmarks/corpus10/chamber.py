"""A 商工会議所: its member registry (a workbook with titles and a merged header),
the 共済 host export (fixed width, CP932, no header), consultation notes, and the
mails of its members' events."""

from __future__ import annotations

import random

from benchmarks.corpus10.common import company, corporate, office, other_date, phrase, reiwa, business_day
from benchmarks.corpus10.model import Doc
from benchmarks.corpus10.persons import person, relative
from benchmarks.corpus10.render_mail import message
from benchmarks.corpus10.render_office import xlsx
from benchmarks.corpus10.render_text import csv_doc, fixed, txt
from benchmarks.corpus10.vocab import MEMBER_TRADES

DISTRICTS = ("中央地区", "北部地区", "港地区", "西部地区", "駅南地区", "山手地区")


def registry(rng: random.Random, n: int) -> Doc:
    header = ["会員番号", "事業所名", "法人番号", "業種", "代表者", "", "代表者生年月日", "代表者連絡先", "", ""]
    sub = ["", "", "", "", "氏名", "フリガナ", "", "携帯", "〒", "自宅住所"]
    rows = [header, sub]
    for k in range(rng.randint(16, 24)):
        p = person(rng, 1942, 1990)
        rows.append([f"K{n:02d}{k:03d}", company(rng),
                     corporate(rng) if rng.random() < 0.6 else "", rng.choice(MEMBER_TRADES), p.name(0), p.kana(),
                     p.born(rng.choice((1, 3, 7))), p.phone(0), p.postal(0), p.address()])
    title = [f"会員名簿（{DISTRICTS[n % 6]}）令和8年10月1日現在"]
    return xlsx(f"商工会議所/会員/会員名簿_{n:02d}.xlsx", [("名簿", [title, [], *rows], 1, ["E3:F3", "H3:J3"])], "registry")


def kyosai_export(rng: random.Random, n: int) -> Doc:
    """The 共済 host's export: fixed byte widths, CP932, no header, digits run together."""
    rows = []
    for k in range(rng.randint(20, 30)):
        p = person(rng, 1950, 2000)
        rows.append([f"{n:03d}{k:05d}", p.half_kana() if n % 2 else p.kana(), p.born(4), "1" if p.woman else "2", p.postal(1), p.address(),
                     p.phone(2, mobile=rng.random() < 0.5), f"{rng.randint(2, 30) * 1000:08d}"])
    return fixed(f"商工会議所/共済/KYOSAI{n:02d}.DAT", rows, [9, 22, 9, 2, 8, 52, 12, 8], "host_export")


def consultation(rng: random.Random, n: int) -> Doc:
    """経営相談の記録: a counsellor's free notes."""
    owner, day = person(rng, 1948, 1975), business_day(rng)
    heir = relative(rng, owner, 1972, 1998)
    lines = [f"経営相談記録　No.{n:04d}", ["相談日：", other_date(rng, "consultation_date")],
             ["相談者：", owner.name(rng.choice((0, 3))), "（", company(rng), " 代表）"],
             ["連絡先：", owner.phone()], "",
             "【相談内容】",
             ["代表の", owner.name(3), "氏は、", phrase(rng, "病歴"), "のため、今後の事業承継について相談したいとのこと。"],
             ["後継候補は長男の", heir.name(3), "（", heir.born(rng.choice((0, 1))), "生まれ）で、現在は別会社に勤務。"],
             "事業承継税制の特例、専門家派遣の制度を案内した。",
             f"次回面談予定：{reiwa(day)}（本人の通院日を避ける）", "", "担当：中小企業相談所 経営指導員"]
    if rng.random() < 0.4:
        lines.insert(8, ["従業員は", str(rng.randint(3, 12)), "名。うち1名は", phrase(rng, "労働組合"), "で、賃上げ交渉中。"])
    return txt(f"商工会議所/相談/経営相談_{n:04d}.txt", lines, "consultation", encoding=rng.choice(("utf-8", "cp932")))


def event_mail(rng: random.Random, n: int) -> Doc:
    """A member's reply to the 交流会 invitation, with the attendees' list attached."""
    host = office(rng, "商工会議所 会員サービス課", "cci-example.or.jp")
    sender = person(rng, 1950, 1990)
    rows = [["氏名", "ふりがな", "携帯電話", "メール"]]
    for _ in range(rng.randint(3, 8)):
        p = person(rng, 1960, 2000)
        rows.append([p.name(rng.choice((0, 0, 4))), p.kana(), p.phone(), p.email()])
    body = [[sender.name(0), " 様"], "", "賀詞交歓会へのお申し込みありがとうございました。",
            "ご提出いただいた参加者名簿を添付のとおり受け付けました。誤りがあればご連絡ください。", "", *host.footer()]
    return message(f"商工会議所/メール/申込_{n:03d}.eml", "kaiin@cci-example.or.jp", sender.email(),
                   "Re: 賀詞交歓会 参加申込", "Mon, 2 Nov 2026 09:00:00 +0900", body,
                   [csv_doc("参加者.csv", rows, "attachment", encoding="cp932")])


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([registry(rng, i) for i in range(count(6))] + [kyosai_export(rng, i) for i in range(count(5))] +
            [consultation(rng, i) for i in range(count(14))] + [event_mail(rng, i) for i in range(count(8))])
