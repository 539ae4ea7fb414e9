"""The kiosk's payroll register, the cooperating employer's mails with the probation
office, the Japanese class's teacher notes and the drill's volunteer nurse's memo."""

from __future__ import annotations

from benchmarks.corpus19.common import (Grid, Lines, addr, born, decoy, email, foreigner, mail, name, not_birth,
                                        own_mail, people_of, sens, tel, txt, val, xlsx, ids)


def kiosk_register(rng, n):
    """The kiosk operator's payroll register: the numbers payroll keeps per person."""
    grid = Grid("従業員", "生年月日", "個人番号", "基礎年金番号", "雇用保険番号", "入社日")
    for p in people_of(rng, rng.randint(8, 12)):
        grid.add(name(rng, p, "wide"), born(rng, p, "west"), val("MY_NUMBER", ids.my_number(rng, 0)),
                 val("BASIC_PENSION_NUMBER", ids.pension(rng)),
                 val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment_insurance(rng)), not_birth(rng))
    office = Grid("項目", "番号").add("雇用保険適用事業所番号", decoy("EMPLOYMENT_INSURANCE_NUMBER",
                                                               ids.employment_insurance(rng), "employer_office_number"))
    office.add("法人番号", decoy("MY_NUMBER", ids.corporate_number(rng), "corporate_number"))
    return xlsx(f"病院売店/給与/従業員台帳_{n}.xlsx", [("台帳", grid, "売店 従業員台帳（給与担当のみ）"), ("事業所", office, None)])


def employer_mail(rng, n):
    """The probation office and the cooperating employer about one who works there."""
    worker, officer, boss = people_of(rng, 3)
    body = Lines().put("みどり工業　", name(rng, boss, "sur"), "社長").gap()
    body.put("いつもお世話になっております。保護観察所の", name(rng, officer, "space"), "です。")
    body.put("来月から就労予定の", name(rng, worker, "tight"), "さん（", born(rng, worker, "slash"), "生）について、")
    body.put("経歴は", sens(rng, "犯罪歴"), "です。本人は", sens(rng, rng.choice(["病歴", "障害"])),
             "もあり、通院日の配慮をお願いします。")
    body.put("初出勤は", not_birth(rng), "の予定です。").gap().put("本人の携帯：", tel(rng, True))
    head = ([own_mail(rng, "hogo-kansatsu")], [mail(rng, boss)], "就労予定者について")
    return email(f"協力雇用主/メール/就労_{n:02d}.eml", head, body, day=n)


def teacher_notes(rng, n):
    """The Japanese class's teacher notes on the learners, in plain prose."""
    lines = Lines().put("教室ノート　", not_birth(rng)).gap()
    for _ in range(rng.randint(3, 5)):
        who = foreigner(rng)
        lines.put(who, "さん：", sens(rng, "人種・民族"), "。在留カード ", val("RESIDENCE_CARD", ids.residence_card(rng)),
                  " を確認。")
        lines.put("　仕事は介護施設。来週はお休み（", tel(rng, True), "に連絡あり）。")
    lines.put("ボランティア：", name(rng, people_of(rng, 1)[0], "space"), "、", name(rng, people_of(rng, 1)[0], "kana"))
    return txt(f"日本語教室/ノート/ノート_{n:02d}.txt", lines, "utf-8")


def drill_nurse(rng, n):
    """A volunteer nurse's memo after the drill (CP932)."""
    lines = Lines().put("救護班メモ").gap()
    for p in people_of(rng, rng.randint(3, 5)):
        lines.put(name(rng, p, "space"), "さん（", addr(rng, p), "）：", sens(rng, rng.choice(["障害", "病歴", "犯罪被害"])))
        lines.put("　避難時は隣の", name(rng, people_of(rng, 1)[0], "sur"), "さんが付き添う。")
    return txt(f"防災訓練/救護班メモ_{n:02d}.txt", lines, "cp932")


def employer_intake(rng, n):
    """The cooperating employer's list of those it took on, with what each was convicted of."""
    grid = Grid("受付番号", "氏名", "生年月日", "罪名・処分", "配属", "受入日")
    for p in people_of(rng, rng.randint(6, 10)):
        grid.add(decoy("BASIC_PENSION_NUMBER", f"{rng.randint(2601, 2612)}-{ids.digits(rng, 6)}", "reception_number"),
                 name(rng, p, "space"), born(rng, p, "era"), sens(rng, "犯罪歴"), rng.choice(["解体", "運搬", "清掃"]),
                 not_birth(rng))
    return xlsx(f"協力雇用主/受入実績_{n}.xlsx", [("受入", grid, "受入実績一覧（社外秘）")])


def course_survey(rng, n):
    """公民館の講座アンケート: the free answers, where some say what they stand for."""
    lines = Lines().put("「まちの歴史と平和」講座 受講者アンケート（自由記述）").put("実施日：", not_birth(rng)).gap()
    for p in people_of(rng, rng.randint(4, 6)):
        lines.put("■ ", name(rng, p, rng.choice(["space", "tight"])), "（", tel(rng), "）")
        if rng.random() < 0.7:
            lines.put("　私は", sens(rng, "信条"), "。だからこそ、とても考えさせられました。")
        else:
            lines.put("　戦争体験の証言が印象に残りました。もっと時間がほしかったです。")
        if rng.random() < 0.3:
            lines.put("　家が", sens(rng, "宗教"), "なので、戦没者の慰霊の話は胸に響きました。")
    lines.put("集計：", name(rng, people_of(rng, 1)[0], "sur"), "（公民館主事）")
    return txt(f"公民館/アンケート/自由記述_{n:02d}.txt", lines, "utf-8" if n % 2 else "cp932")
