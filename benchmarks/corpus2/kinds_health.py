"""Occupational health: 健診結果 (one person's sheet of items, values and
judgements; a roster with one row a person), 健診事後措置, 面談記録 and 産業医の意見書
in free text as nurses and physicians write them."""

from __future__ import annotations

from datetime import date, timedelta

from benchmarks.corpus2.formats import delimited_doc, pdf_doc, prose_doc, xlsx_doc
from benchmarks.corpus2.health import (CHECK_ITEMS, JUDGEMENTS, abnormal_judgement, check_value, disability,
                                       illness_phrase, result_phrase)
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, person, sensitive

CLINIC = "一般財団法人 東北健康管理センター"


def _result(kit: Kit, abnormal: bool, value: str) -> Mark:
    """A check-up value: the finding when judged abnormal; a normal one may be
    reported or not (it is a health record too)."""
    return sensitive(value, "健康診断結果", optional=not abnormal)


def checkup_sheet(kit: Kit, n: int) -> Doc:
    p = kit.person(foreign=0.08)
    examined = kit.day(date(2026, 5, 1), 120)
    t = Table(name="個人票", title=[f"{kit.organisation().short}　定期健康診断結果票", CLINIC])
    t.add("氏名", kit.name(p), "社員番号", f"{kit.between(100000, 999999)}")
    t.add("生年月日", kit.birth(p, kit.pick(["slash", "era", "letter"])), "受診日", kit.not_birth(examined, "exam_date", "slash"))
    t.add("検査項目", "結果", "単位", "判定")
    worst = "A"
    for item in kit.rng.sample(CHECK_ITEMS, kit.between(8, 14)):
        abnormal = kit.chance(0.25)
        grade = abnormal_judgement(kit.rng) if abnormal else kit.pick(["A", "A", "B"])
        worst = max(worst, grade)
        t.add(item.name, _result(kit, abnormal, check_value(kit.rng, item, abnormal)), item.unit, grade)
    overall = f"{worst}　{JUDGEMENTS[worst]}"
    t.add("総合判定", sensitive(overall, "健康診断結果", optional=worst in "AB"), "", "")
    t.add("医師所見", sensitive(result_phrase(kit.rng), "健康診断結果") if worst not in "AB" else "特記事項なし", "", "")
    return xlsx_doc(f"健康管理/健診/{examined.year}/結果票_{n:03d}.xlsx", [t], "健診結果個人票")


def checkup_roster(kit: Kit, n: int) -> Doc:
    items = kit.rng.sample([i for i in CHECK_ITEMS if not isinstance(i.normal[0], str)], 5)
    t = Table(name="結果一覧")
    t.add("所属", "氏名", "年齢", *[i.name for i in items], "総合判定")
    for _ in range(kit.between(10, 30)):
        p = kit.person(foreign=0.08)
        row = [kit.pick(["製造一課", "製造二課", "物流センター", "総務課", "営業所"]), kit.name(p), str(p.age(date(2026, 6, 1)))]
        worst = "A"
        for item in items:
            abnormal = kit.chance(0.2)
            value = check_value(kit.rng, item, abnormal)
            row.append(_result(kit, abnormal, f"{value} H" if abnormal else value))
            worst = max(worst, abnormal_judgement(kit.rng) if abnormal else "A")
        row.append(sensitive(f"{worst}（{JUDGEMENTS[worst]}）", "健康診断結果", optional=worst == "A"))
        t.add(*row)
    if kit.chance(0.5):
        return xlsx_doc(f"健康管理/健診/健診結果一覧_{n:03d}.xlsx", [t], "健診結果一覧")
    return delimited_doc(f"健康管理/健診/kenshin_{n:03d}.csv", t, "健診結果一覧", encoding=kit.pick(["cp932", "utf-8-sig"]))


def followup(kit: Kit, n: int) -> Doc:
    """健診事後措置: a list with the physician's opinion for each person."""
    t = Table(name="事後措置").add("社員番号", "氏名", "有所見項目", "就業区分", "医師の意見", "面談日")
    for _ in range(kit.between(5, 15)):
        p = kit.person(foreign=0.05)
        finding = sensitive(result_phrase(kit.rng), "健康診断結果")
        opinion = kit.pick(["通常勤務", "就業制限（時間外労働の禁止）", "要休業"])
        advice = kit.pick(["服薬開始を指示。", "3か月後に再検査。", "専門医受診を勧奨。"])
        t.add(f"{kit.between(10000, 99999)}", kit.name(p), finding, opinion, advice,
              kit.not_birth(kit.day(date(2026, 7, 1), 90), "interview_date", "slash"))
    return xlsx_doc(f"健康管理/事後措置/就業判定_{n:03d}.xlsx", [t], "健診事後措置")


def _interview_text(kit: Kit) -> Text:
    p, nurse = kit.person(foreign=0.06), kit.person(foreign=0.0)
    physician = kit.person(foreign=0.0)
    met = kit.day(date(2026, 4, 1), 180)
    t = Text().add(kit.pick(["面談記録", "【産業医面談記録】", "保健指導記録"]))
    t.add("面談日：", kit.not_birth(met, "interview_date", "kanji"), "　14:00〜14:40")
    t.add("対象者：", kit.name(p), f"（{kit.pick(['製造部', '経理課', '物流センター', '介護職員'])}）")
    t.add("面談者：産業医 ", kit.name(physician), "、保健師 ", kit.name(nurse))
    t.add("")
    t.add("【経過】")
    t.add(f"{kit.pick(['昨年秋', '今年2月', '入社3年目'])}、", sensitive(illness_phrase(kit.rng), "病歴"), "。")
    if kit.chance(0.4):
        t.add("また、", sensitive(disability(kit.rng), "障害"), "。職場では配慮を受けている。")
    if kit.chance(0.3):
        spouse = kit.person(surname=(p.surname, p.surname_kana), sex="女" if p.sex == "男" else "男")
        t.add(f"家族の状況：{'妻' if p.sex == '男' else '夫'}の", person(spouse.given),
              "さんも体調を崩しており、家事の負担が大きいとのこと。")
    t.add("睡眠は5時間程度、食欲はやや低下。")
    t.add("【意見】")
    t.add("当面は時間外労働を月20時間以内とし、", kit.not_birth(met + timedelta(days=30), "next_interview", "kanji"),
          "に再面談。復職予定日は", kit.not_birth(met + timedelta(days=60), "return_date", "slash"), "とする。")
    return t


def interview(kit: Kit, n: int) -> Doc:
    return prose_doc(f"健康管理/面談/面談記録_{n:03d}", _interview_text(kit), "面談記録", kit.pick(["docx", "txt", "pdf"]),
                     encoding="cp932", newline="\r\n")


def opinion_pdf(kit: Kit, n: int) -> Doc:
    """産業医の意見書 on a returning worker."""
    p, doctor = kit.person(foreign=0.05), kit.person(foreign=0.0)
    issued = kit.day(date(2026, 3, 1), 200)
    t = Text().add("職場復帰に関する意見書").add(f"{kit.organisation().name}　人事部長　殿").add("")
    t.add("氏名　", kit.name(p, "kanji_full"), "　　生年月日　", kit.birth(p, "era"))
    t.add("上記の者について、", sensitive(illness_phrase(kit.rng), "病歴"), "ことを確認した。")
    t.add("現在の症状は安定しており、", kit.not_birth(issued + timedelta(days=14), "return_date", "era"),
          "より短時間勤務での復職を可とする。")
    t.add("就業上の配慮：夜勤の免除、出張の制限（3か月）")
    t.add("").add(kit.not_birth(issued, "issue_date", "era"))
    t.add("産業医　", kit.name(doctor), "　（", Mark(CLINIC, "PERSON", negative=True, kind="organisation"), "）")
    return pdf_doc(f"健康管理/面談/意見書_{n:03d}.pdf", t, "産業医意見書")
