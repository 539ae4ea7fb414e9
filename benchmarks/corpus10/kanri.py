"""A 技能実習 監理団体: the trainees' register (passport names, passports,
residence cards, salary accounts), the monthly 巡回指導 notes, the salary
transfer file (全銀-style fixed width) and mails to the host companies."""

from __future__ import annotations

import random

from benchmarks.corpus10 import ids
from benchmarks.corpus10.common import bank, bank_code, company, office, other_date, phrase
from benchmarks.corpus10.model import Doc, value
from benchmarks.corpus10.persons import person
from benchmarks.corpus10.render_mail import message
from benchmarks.corpus10.render_office import xlsx
from benchmarks.corpus10.render_text import fixed, txt

JOBS = ("溶接", "食品製造（惣菜）", "婦人子供服製造", "とび", "農業（施設園芸）", "介護", "機械加工")


def trainee(rng: random.Random):
    return person(rng, 1988, 2005, foreign=1.0)


def register(rng: random.Random, n: int) -> Doc:
    top = ["No.", "氏名（旅券表記）", "国籍", "生年月日", "旅券", "", "在留カード", "受入企業", "職種", "給与振込口座", "", "", ""]
    sub = ["", "", "", "", "番号", "有効期限", "番号", "", "", "銀行", "支店", "種別", "口座番号"]
    rows = [top, sub]
    for k in range(rng.randint(12, 20)):
        t = trainee(rng)
        bank_name, branch, kind, acct = bank(rng)
        rows.append([k + 1, t.name(2), t.foreign[2], t.born(rng.choice((0, 3, 5))), t.number("PASSPORT", ids.passport),
                     other_date(rng, "expiry_date"), t.number("RESIDENCE_CARD", ids.residence_card),
                     company(rng), rng.choice(JOBS), bank_name, branch,
                     kind, acct])
    title = [f"技能実習生台帳　第{n + 1}号（{rng.choice(('1号', '2号', '3号'))}）"]
    return xlsx(f"監理団体/台帳/実習生台帳_{n:02d}.xlsx",
                [("台帳", [title, [], *rows], 1, ["E3:F3", "J3:M3"])], "trainee_register")


def visit_notes(rng: random.Random, n: int) -> Doc:
    lines = [["巡回指導記録（", company(rng), "）"], ["訪問日　", other_date(rng, "visit_date")], "指導員：監理団体 指導課", ""]
    for _ in range(rng.randint(2, 4)):
        t = trainee(rng)
        lines += [["■ ", t.name(rng.choice((0, 2))), f"（{t.foreign[2]}、{rng.choice(JOBS)}）"]]
        choice = rng.random()
        if choice < 0.4:
            lines.append(["本人は", phrase(rng, "宗教"), "。寮の食事と礼拝場所について企業側と調整した。"])
        elif choice < 0.7:
            lines.append(["先月から", phrase(rng, "病歴"), "と本人より申告。通訳同行で受診させる。"])
        else:
            lines.append(["日本語の上達が著しく、N3に合格。連絡先：", t.phone(rng.choice((0, 2)))])
        lines.append("残業時間・賃金台帳を確認し、問題なし。")
    return txt(f"監理団体/巡回/巡回指導_{n:03d}.txt", lines, "visit_notes")


def transfer(rng: random.Random, n: int) -> Doc:
    """給与振込データ: a header record, data records, a trailer — digits and kana run together."""
    rows = [["1", "21", "0", f"{ids.digits(rng, 10)}", "カンリダンタイキヨウドウクミアイ", "1125", ""]]
    for _ in range(rng.randint(12, 25)):
        t = trainee(rng)
        bank_name, _, _, acct = bank(rng)
        rows.append(["2", bank_code(bank_name), f"{rng.randint(1, 399):03d}", "1", acct,
                     value("PERSON", t.foreign[1]), f"{rng.randint(150, 260) * 1000:010d}"])
    rows.append(["8", f"{len(rows) - 1:06d}", "", "", "", "", ""])
    return fixed(f"監理団体/振込/KYUYO{n:02d}.txt", rows, [1, 4, 3, 1, 7, 30, 10], "zengin_transfer")


def company_mail(rng: random.Random, n: int) -> Doc:
    union = office(rng, "協同組合 技能実習監理部", "kanri-example.or.jp")
    t = trainee(rng)
    body = [[company(rng), "　ご担当者様"], "", "実習生の在留期間更新の件でご連絡いたします。",
            ["対象：", t.name(2), "（在留カード番号 ", t.number("RESIDENCE_CARD", ids.residence_card), "）"],
            ["旅券番号：", t.number("PASSPORT", ids.passport), "　生年月日：", t.born(0)],
            "更新申請に必要な書類を今週中にご提出ください。", "", *union.footer()]
    rows = [["氏名", "在留カード番号", "在留期限"]]
    for _ in range(rng.randint(2, 6)):
        other = trainee(rng)
        rows.append([other.name(2), other.number("RESIDENCE_CARD", ids.residence_card), other_date(rng, "expiry_date")])
    attached = [xlsx("在留期限一覧.xlsx", [("一覧", rows, 1, [])], "attachment")] if rng.random() < 0.6 else []
    return message(f"監理団体/メール/更新_{n:03d}.eml", "kanri@kanri-example.or.jp", "soumu@firm-example.co.jp",
                   "在留期間更新のお願い", "Wed, 4 Nov 2026 13:00:00 +0900", body, attached)


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([register(rng, i) for i in range(count(5))] + [visit_notes(rng, i) for i in range(count(14))] +
            [transfer(rng, i) for i in range(count(4))] + [company_mail(rng, i) for i in range(count(10))])
