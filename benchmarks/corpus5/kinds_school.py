"""Schools and children: a school nurse's 保健室来室記録, a nursery's 児童票, a cram
school's 生徒カルテ in Markdown, a youth sports club's roster as a CSV with a BOM, and
parents' absence mails gathered in an mbox."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc, eml_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, person, sensitive
from benchmarks.corpus3.mail import mbox_doc
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.folks import date_written
from benchmarks.corpus5.offices import Clerk
from benchmarks.corpus5.pages import markdown_doc
from benchmarks.corpus5.voices import not_a_person, phrases

COMPLAINTS = ["腹痛", "頭痛", "擦り傷（体育）", "気分不良", "発熱 37.8℃", "鼻血", "足首のひねり", "眠気"]
CARE = ["ベッドで30分休養し教室へ", "患部を冷やし湿布", "水分をとらせて様子見", "早退（保護者迎え）", "傷口を洗い絆創膏"]


def _school_health(k: Clerk, category: str) -> Mark:
    return sensitive(k.pick(phrases(category, "nurse")), category)


def hoken_log(k: Clerk, n: int) -> Doc:
    """The nurse's log for a month: one visit a row, some with what she knows of the child."""
    month = k.pick([5, 6, 9, 10, 11])
    table = Table(name=f"{month}月", title=[f"保健室来室記録（令和8年{month}月）　{k.body('school').name}"])
    table.add("来室日", "時限", "年組", "氏名", "主訴", "対応・所見", "保護者連絡")
    for _ in range(k.between(9, 14)):
        child, parent = k.folk(age="child"), k.folk()
        seen = date(2026, month, k.between(1, 28))
        note = _school_health(k, k.pick(["病歴", "健康診断結果"])) if k.chance(0.35) else k.pick(CARE)
        call = (k.pick(["母 ", "父 ", "祖母 "]), k.phone(parent, "mobile")) if k.chance(0.4) else "―"
        complaint = k.pick(COMPLAINTS) if k.chance(0.85) else \
            (negative(k.pick(not_a_person("facility")), "PERSON", "facility"), "での部活中に転倒")
        table.add(k.other_day(seen, "visit_date", "slash"), k.pick(["1", "2", "3", "昼", "5", "6"]),
                  f"{k.between(1, 3)}-{k.between(1, 5)}", k.name(child), complaint, note, call)
    return xlsx_doc(f"学校/保健室/来室記録_{n:02d}.xlsx", [table], "hoken_log")


def nursery_card(k: Clerk, n: int) -> Doc:
    """A nursery's 児童票 in Word: a child born in 令和, both parents, what the staff watch for."""
    child, father, mother = k.folk(age="toddler"), k.folk(sex="m"), k.folk(sex="f")
    nursery, firm = k.body("nursery"), k.body("maker")
    head = Text().add(f"児童票（{nursery.name}）").add("記入日　", k.other_day(date(2026, 4, k.between(1, 20)), "written_date"))
    table = Table().add("項目", "内容")
    table.add("児童氏名", k.name(child, "full")).add("フリガナ", k.name(child, "kana"))
    table.add("生年月日", k.birth(child, k.pick(["era", "era_short"])))
    table.add("現住所", (k.postal(child), " ", k.address(child)))
    table.add("自宅電話", k.phone(child, "home"))
    table.add("父　氏名", k.name(father)).add("父　携帯", k.phone(father, "mobile", "hyphen"))
    work = (firm.name, " ", Mark(phone_text(firm), "PHONE", optional=True), f" 内線{k.between(200, 899)}")
    table.add("父　勤務先", work)
    table.add("母　氏名", k.name_parts(mother)).add("母　連絡先", (k.phone(mother, "ip"), " / ", k.email(mother)))
    health = sensitive(k.pick(phrases("病歴", "nurse")), "病歴") if k.chance(0.6) else "特になし"
    table.add("既往歴・アレルギー", health)
    growth = sensitive(k.pick(phrases("障害", "teacher")), "障害") if k.chance(0.3) else "集団生活に慣れてきた"
    table.add("発達・配慮事項", growth)
    table.add("入園日", k.other_day(date(2026, 4, 1), "entry_date", "era"))
    return docx_doc(f"保育園/児童票/児童票_{n:03d}.docx", [head, table], "nursery_card")


def phone_text(body) -> str:
    number, area = body.phone, len(body.place.area_code)
    return f"{number[:area]}-{number[area:-4]}-{number[-4:]}"


def juku_karte(k: Clerk, n: int) -> Doc:
    """A cram school's 生徒カルテ kept in the school's wiki: the child's age only, the
    parent's contact, and interview notes a teacher wrote."""
    child, parent = k.folk(age="child"), k.folk()
    age = k.between(12, 15)
    lead = Text().add(f"# 生徒カルテ No.{n:03d}").add("")
    lead.add("- 生徒：", k.name(child), f"（{age}歳・中学{min(3, max(1, age - 12))}年）")
    lead.add("- 保護者：", k.name(parent, "kanji"), " 様　連絡先 ", k.phone(parent, "mobile"))
    lead.add("- 連絡用メール：", k.email(parent))
    notes = Table().add("日付", "担当", "面談メモ")
    teacher = k.folk()
    for _ in range(k.between(2, 4)):
        day = date(2026, k.between(4, 11), k.between(1, 28))
        if k.chance(0.4):
            category = k.pick(["障害", "人種・民族", "犯罪被害", "宗教"])
            memo = ("本人の話：", sensitive(k.pick(phrases(category, "teacher")), category))
        else:
            memo = k.pick(["数学の計算ミスが減った。次回は英作文。", "志望校を公立一本に絞る方向。", "部活引退後に週3回へ増やす希望。"])
        notes.add(k.other_day(day, "interview_date", "slash"), k.name(teacher, "surname"), memo)
    tail = Text().add("").add(f"※ {k.body('juku').name} 事務局 ", k.body("juku").free_mark(), "（平日13時〜21時）")
    return markdown_doc(f"塾/カルテ/karte_{n:03d}.md", "juku_karte", lead, notes, tail)


def sports_roster(k: Clerk, n: int) -> Doc:
    """A youth club's roster downloaded from a club-management site: CSV with a BOM."""
    table = Table().add("背番号", "氏名", "ﾌﾘｶﾞﾅ", "学年", "生年月日", "保護者", "緊急連絡先", "スポーツ安全保険No")
    for number in range(1, k.between(10, 15)):
        child, parent = k.folk(age="child"), k.folk()
        insured = negative(numbers.not_my_number(k.rng), "MY_NUMBER", "insurance_policy")
        table.add(str(number), k.name(child, "tight"), person(child.full("half")), f"小{k.between(3, 6)}",
                  k.birth(child, k.pick(["era_short", "two_dot", "slash"])), k.name(parent, "tight"),
                  k.phone(parent, "mobile", "bare"), insured)
    return delimited_doc(f"スポ少/名簿_{n:02d}.csv", table, "sports_roster", encoding="utf-8-sig", newline="\n")


def absence_mails(k: Clerk, n: int) -> Doc:
    """Parents' 欠席連絡 to a homeroom teacher, kept as an mbox by the mail client."""
    school = k.body("school")
    messages = []
    for m in range(k.between(3, 5)):
        child, parent = k.folk(age="child"), k.folk(sex="f")
        body = Text().add("担任の先生").add("")
        body.add(f"{k.between(1, 3)}年{k.between(1, 5)}組 ", k.name(child), " の母です。")
        if k.chance(0.5):
            category = k.pick(["病歴", "障害"])
            writer = "nurse" if category == "病歴" else "teacher"
            body.add("ご存じのとおり", sensitive(k.pick(phrases(category, writer)), category), "のですが、")
            body.add("今朝は体調が優れないため欠席させます。")
        else:
            body.add("本日は発熱のため欠席させます。よろしくお願いいたします。")
        body.add("").add(k.name(parent), "（携帯 ", k.phone(parent, "mobile"), "）")
        headers = {"From": (k.email(parent),), "To": (f"tannin@{school.domain}",), "Subject": ("欠席連絡",)}
        charset = k.pick(["utf-8", "iso-2022-jp"])  # a phone's mailer, or an old PC mailer
        messages.append(eml_doc(f"m{m}.eml", "absence_mail", headers, body, charset=charset))
    return mbox_doc(f"学校/受信箱_{n:02d}.mbox", messages, "absence_mails")
