"""Writers of work: a karaoke chain's staff ledger, a freelance platform's export,
a seasonal farm-work dispatcher's host files, a factory 産業医 office."""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus11 import ids, office, plain
from benchmarks.corpus11.common import (Office, account, address, full_name, kana_name, made, order_lookalike, phone,
                                        sens)
from benchmarks.corpus11.model import Lines, Table
from benchmarks.corpus11.people import birth, email, lookalike, mark, name, not_birth, person, postal


def staff_ledger(rng: random.Random, i: int):
    """従業員台帳 of a karaoke chain: foreign staff with residence cards and passports,
    a separate sheet of My Numbers, wage accounts."""
    rows, numbers, pay = [], [], []
    own = Office("karaoke")
    for n in range(rng.randrange(5, 9)):
        p = person(rng, rng.choice(("jp", "jp", "cn", "kr", "romaji")), born=(1975, 2006))
        card = mark("RESIDENCE_CARD", ids.residence_card(rng)) if p.foreign else ""
        passport = mark("PASSPORT", ids.foreign_passport(rng)) if p.foreign else ""
        bank, branch, kind, number = account(rng)
        store = lookalike("PHONE", own.phone_text, "own_phone")
        rows.append([f"S{i:02d}-{n + 1:03d}", full_name(p), mark("PERSON", p.romaji),
                     birth(p.birth, "iso"), address(p), phone(rng), card, passport, f"{bank} {branch}", kind, number,
                     store,
                     sens(rng, rng.choice(("労働組合", "信条", "人種・民族"))) if rng.random() < 0.35 else ""])
        numbers.append([full_name(p), mark("MY_NUMBER", ids.my_number(rng)), "確認済"])
        pay.append(payroll_row(rng, p))
    sheets = [("台帳", Table(["社員No", "氏名", "氏名(英字)", "生年月日", "住所", "携帯", "在留カード番号", "旅券番号",
                               "振込先", "種別", "口座番号", "所属店舗電話", "備考"], rows, title=["ルミナス 新宿東口店 従業員台帳"])),
              ("個人番号", Table(["氏名", "個人番号", "本人確認"], numbers)),
              ("給与3月", Table(["氏名", "基本給", "健康保険", "厚生年金", "雇用保険", "基礎年金番号", "雇用保険番号"], pay,
                                 title=["\t支給\t控除\t\t\t番号"]))]
    path = f"ルミナス/店舗別/従業員台帳_{i:02d}.xlsx"
    return made(path, office.xlsx(path, sheets), "staff_ledger")


def payroll_row(rng: random.Random, p) -> list:
    """A month's pay under a group header (支給 / 控除 / 番号): the numbers are the person's."""
    base = rng.randrange(180, 320) * 1000
    return [full_name(p), f"{base:,}", f"{base * 5 // 100:,}", f"{base * 915 // 10000:,}", f"{base * 6 // 1000:,}",
            mark("BASIC_PENSION_NUMBER", ids.pension(rng)), mark("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng))]


def freelance_export(rng: random.Random, i: int):
    """A freelance platform's worker export (JSON): contacts, payout accounts, invoice
    numbers (T + a 法人番号-shaped number, look-alikes) and project ids."""
    records = []
    for _ in range(rng.randrange(8, 13)):
        p = person(rng, born=(1970, 2003))
        bank, branch, kind, number = account(rng)
        records.append({"worker_name": full_name(p), "worker_kana": kana_name(p), "mail": mark("EMAIL", email(rng, p)),
                        "tel": phone(rng, "bare"), "birthday": birth(p.birth, "dash"), "payout_bank": bank,
                        "payout_branch": branch, "payout_type": kind, "payout_account": number,
                        "project_id": order_lookalike(rng, "project_id"),
                        "invoice_no": lookalike("MY_NUMBER", "T" + ids.corporate_number(rng), "invoice_number")})
    path = f"workbridge/export/workers_{i:03d}.json"
    return made(path, plain.json_records(path, records, "workers"), "freelance")


def farm_dispatch(rng: random.Random, i: int):
    """A dispatcher's host export: fixed width under a romaji header line, CP932; births packed,
    phones and postal codes without separators."""
    rows = []
    for n in range(rng.randrange(6, 10)):
        p = person(rng, born=(1950, 2004))
        rows.append([f"{i:02d}{n:04d}", kana_name(p), birth(p.birth, "packed"), postal(p, "plain"), address(p),
                     phone(rng, "bare"), mark("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)),
                     mark("BASIC_PENSION_NUMBER", ids.pension(rng))])
    widths = [8, 30, 10, 9, 70, 13, 15, 13]
    path = f"みのり/HOST/HAKEN{i:03d}.DAT"
    header = ["HAKEN-NO", "SHIMEI-KANA", "SEINENGAPPI", "YUBIN", "JUSHO", "TEL", "KOYO-HOKEN", "KISO-NENKIN"]
    return made(path, plain.fixed_width(path, Table(header, rows), widths), "farm_host")


def farm_csv(rng: random.Random, i: int):
    """The same dispatcher's headerless CSV or TSV of placements (farm, worker, dates of work)."""
    rows = []
    for n in range(rng.randrange(6, 10)):
        p = person(rng, rng.choice(("jp", "romaji")), born=(1960, 2005))
        start = date(2026, rng.randrange(4, 7), rng.randrange(1, 28))
        rows.append([f"F{n:03d}", full_name(p), not_birth(start, "iso", "work_start"),
                     not_birth(start + timedelta(days=60), "iso", "work_end"), phone(rng),
                     lookalike("PHONE", ids.landline(rng), "farm_phone"), rng.choice(("りんご", "レタス", "ぶどう"))])
    path = f"みのり/配置/placement_{i:03d}." + ("tsv" if i % 2 else "csv")
    return made(path, plain.csv(path, Table(None, rows), sep="\t" if i % 2 else ","), "farm_csv")


def checkup_followup(rng: random.Random, i: int):
    """健診事後措置: the 産業医's sheet of findings and judgements per employee."""
    rows = []
    for n in range(rng.randrange(6, 10)):
        p = person(rng, born=(1962, 2003))
        rows.append([f"T{rng.randrange(10000, 99999)}", full_name(p), birth(p.birth, "short2"),
                     sens(rng, "健康診断結果"), rng.choice(("就業制限なし", "時間外制限", "要面談")),
                     not_birth(date(2026, 5, rng.randrange(1, 28)), "iso", "followup_date")])
    own = Office("sangyoi")
    table = Table(["社員番号", "氏名", "生年月日", "有所見項目・判定", "就業区分", "面談予定日"], rows,
                  title=[own.name + "　定期健康診断 事後措置一覧", "産業医確認欄"])
    path = f"東和精機/健康管理室/事後措置_{i:02d}.xlsx"
    return made(path, office.xlsx(path, [("事後措置", table)]), "checkup")


def occupational_interview(rng: random.Random, i: int):
    """産業医面談記録 in free text: what the worker said, the union role, dates that are not births."""
    p = person(rng, born=(1965, 2000))
    met = date(2026, rng.randrange(1, 4), rng.randrange(1, 28))
    lines = Lines().add("面談記録（産業医）").add("面談日：", not_birth(met, "wareki", "interview_date"))
    lines.add("対象者：製造二課　", name(p.kanji), "（", birth(p.birth, "wareki"), "生）")
    lines.add(rng.choice(("本人より：", "主訴）", "S）本人の言葉では、")), sens(rng, "病歴"),
              rng.choice(("。夜勤明けに症状が強い。", "。残業は月20時間以内が望ましい。", "。通院は月1回。")))
    lines.add(rng.choice(("職場では", "本人は", "春闘の時期は")), sens(rng, "労働組合"),
              rng.choice(("で、交渉の負担も大きいとのこと。", "として会議が続き睡眠不足。", "。役職の継続に迷いがある。")))
    lines.add("復職予定日：", not_birth(met + timedelta(days=45), "kanji_west", "return_date"))
    lines.add("連絡先：", phone(rng), "　健康管理室 ", Office("sangyoi").phone())
    path = f"東和精機/健康管理室/面談記録_{i:03d}.txt"
    return made(path, plain.text(path, lines, encoding="cp932" if i % 3 == 0 else "utf-8", newline="\r\n"), "interview")
