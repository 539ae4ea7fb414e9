"""A 行政書士 visa office: case records exported as JSON, applicant lists with
passport and residence-card numbers, 理由書 drafts, a Maildir of client mail."""

from __future__ import annotations

import json
from datetime import date, datetime

from benchmarks.corpus12 import ids, render
from benchmarks.corpus12.mail import doc_of, message
from benchmarks.corpus12.model import in_turn, Lines, Table, neg, sens, single, val
from benchmarks.corpus12.pen import Pen

OFFICE = "kiryu-gyosei"
STATUSES = ["技術・人文知識・国際業務", "特定技能1号", "家族滞在", "日本人の配偶者等", "永住者", "定住者"]
COMPANIES = ["株式会社ミナモ精工", "有限会社カネヨシ水産", "ひかり介護サービス株式会社", "株式会社トーワ物流"]


def case_json(pen: Pen, n: int) -> object:
    """A case-management export: one JSON object a line of the array, a value a line."""
    lines = Lines().add("[")
    for case in range(n):
        p = pen.person((1975, 2003), foreign=1.0)
        country = p.foreign[2]
        passport = val("PASSPORT", ids.foreign_passport(pen.rng, country))
        card = val("RESIDENCE_CARD", ids.residence_card(pen.rng))
        lines.add("  {").add(f'    "case_id": "V{2025}-{case:04d}",').add('    "name_roman": "', pen.name(p, "romaji"), '",')
        lines.add('    "name": "', pen.name(p), '",').add('    "nationality": "', country, '",')
        lines.add('    "birth": "', pen.birth(p, 5), '",').add('    "passport_no": "', passport, '",')
        lines.add('    "zairyu_card": "', card, '",').add('    "status": "', pen.pick(STATUSES), '",')
        lines.add('    "tel": "', pen.phone(p, True, 1), '",').add('    "employer": "', pen.pick(COMPANIES), '",')
        lines.add('    "deadline": "', pen.other_date(date(2025, 11, 1)), '"')
        lines.add("  }," if case < n - 1 else "  }")
    lines.add("]")
    json.loads(lines.text())  # the export is valid JSON
    return render.text_file(lines)


def applicants(pen: Pen, n: int) -> object:
    table = Table(["受付番号", "氏名（英字）", "氏名（漢字・カナ）", "国籍", "生年月日", "旅券番号", "在留カード番号", "住所", "電話", "在留期限"])
    for _ in range(n):
        p = pen.person((1970, 2004), foreign=1.0)
        table.add(pen.order_number(), pen.name(p, "romaji"), pen.name(p), p.foreign[2], pen.birth(p, pen.pick([2, 3])),
                  val("PASSPORT", ids.foreign_passport(pen.rng, p.foreign[2])),
                  val("RESIDENCE_CARD", ids.residence_card(pen.rng)),
                  pen.address(p), pen.phone(p), pen.other_date(date(2025, 12, 1)))
    return render.xlsx_file([("受付一覧", table)])


def reason_letter(pen: Pen) -> object:
    """A 理由書 draft: the applicant's history in prose, some of it 要配慮."""
    p, spouse = pen.person((1980, 2000), foreign=1.0), pen.person((1975, 2000))
    letter = Lines().add("理　由　書").blank().add("出入国在留管理庁長官　殿").blank()
    letter.add("申請人 ", pen.name(p, "romaji"), "（", pen.name(p), "）は、", pen.birth(p, 3), "に本国で出生しました。")
    letter.add("申請人の配偶者である", pen.name(spouse, "tight"), "とは令和3年に婚姻し、", pen.address(spouse), "で同居しています。")
    if pen.rng.random() < 0.3:
        letter.add("なお、申請人は過去に", pen.sensitive("犯罪歴", ["不法残留で退去強制歴あり", "道路交通法違反（酒気帯び）で罰金30万円"]),
                   "がありますが、深く反省しております。")
    else:
        letter.add("申請人は", pen.sensitive("人種・民族", ["ロヒンギャ族", "クルド人（トルコ国籍）", "中国朝鮮族"]),
                   "であり、本国では", sens("信条", "反政府デモに参加した"), "ことを理由に迫害のおそれがあります。")
    letter.add("また、申請人は", pen.sensitive("宗教", ["ムスリムでハラール食を希望", "カトリック信徒で日曜はミサに出席"]), "です。")
    letter.add("以上の事情をご賢察のうえ、許可を賜りますようお願い申し上げます。").add("申請取次行政書士　", neg("PERSON", "桐生事務所", "org_name"))
    return render.docx_file([letter])


def client_mail(pen: Pen, when: datetime) -> tuple[bytes, list]:
    p = pen.person((1985, 2002), foreign=1.0)
    own = pen.own(OFFICE)
    body = Lines().add(val("PERSON", "桐生"), "先生").blank().add("お世話になっております。", pen.name(p, "romaji"), " です。")
    body.add("在留カードの番号は ", val("RESIDENCE_CARD", ids.residence_card(pen.rng)), " です。")
    body.add("新しい住所は ", pen.address(p), " になりました。").add("電話 ", pen.phone(p, True, 0))
    roster = Table(["家族", "氏名", "生年月日"])
    for relation in ("配偶者", "子"):
        member = pen.compatriot(p, (1985, 2002) if relation != "子" else (2015, 2022))
        roster.add(relation, pen.name(member, "romaji"), pen.birth(member, 2))
    data, placed = render.csv_file(roster)
    return message(pen.email(p), own["email"], "Re: 更新申請の書類", body, when,
                   [("family.csv", data, placed, "text/csv")])


def fee_notice(pen: Pen) -> object:
    own = pen.own(OFFICE)
    lines = Lines().add("報酬額表（在留資格関係）").add("在留期間更新許可申請　44,000円（税込）")
    lines.add("在留資格変更許可申請　88,000円（税込）").add("永住許可申請　132,000円（税込）")
    lines.add("ご相談予約 ", own["phone"], " / ", own["email"]).add("〒", own["postal"], " ", own["address"])
    lines.add("最終改定 ", neg("DATE_OF_BIRTH", "2025年4月1日", "other_date"))
    return render.text_file(lines)


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"gyosei/export/cases_{i:03d}.json", case_json(pen, pen.rng.randint(3, 6))),
        lambda i: single(f"gyosei/受付/受付一覧_{i:03d}.xlsx", applicants(pen, pen.rng.randint(6, 12))),
        lambda i: single(f"gyosei/理由書/理由書_{i:03d}.docx", reason_letter(pen)),
        lambda i: doc_of(f"gyosei/Maildir/cur/17{i:08d}.M{i}P12.mail:2,S",
                         *client_mail(pen, datetime(2025, 8, 1 + i % 28, 20, i % 60))),
        lambda i: single(f"gyosei/案内/報酬額表_{i:03d}.txt", fee_notice(pen), clean=True),
    ])
