"""Records where the rarer 要配慮 categories live: an old-style 社員台帳 with a 本籍
column, a politician's 後援会名簿 (party membership), a shop's 要注意人物リスト
(arrests and convictions), and harassment-consultation notes (origin, faith,
belief as the target of the harassment)."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2 import beliefs
from benchmarks.corpus2.formats import delimited_doc, docx_doc, text_doc, xlsx_doc
from benchmarks.corpus2.kinds_hr import honseki
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.truth import Doc, Table, Text, negative, sensitive


def employee_ledger(kit: Kit, n: int) -> Doc:
    t = Table(name="社員台帳", title=["社員台帳（人事課保管）"])
    t.add("社員番号", "氏名", "生年月日", "本籍地", "現住所", "入社年月日", "血液型")
    for _ in range(kit.between(10, 30)):
        p = kit.person(foreign=0.0)
        t.add(f"{kit.between(1000, 9999)}", kit.name(p), kit.birth(p, kit.pick(["era", "letter", "slash"])),
              honseki(kit, p), kit.address(p), kit.not_birth(kit.day(date(1985, 4, 1), 14000), "hire_date", "era"),
              kit.pick(["A", "B", "O", "AB"]))
    return xlsx_doc(f"人事/台帳/社員台帳_{n:03d}.xlsx", [t], "社員台帳")


def supporters_list(kit: Kit, n: int) -> Doc:
    party = kit.pick(["市民共生党", "みどりの未来党", "日本改革連合", "立憲民主党", "日本共産党", "自由民主党"])
    t = Table().add("No", "氏名", "住所", "電話", "区分", "紹介者")
    introducers = [kit.person(foreign=0.0) for _ in range(4)]
    for i in range(kit.between(15, 40)):
        p = kit.person(foreign=0.03)
        kind = kit.pick([f"{party} 党員", f"{party}サポーター", "後援会員", "後援会員（党員）", "党員"])
        t.add(str(i + 1), kit.name(p), kit.address(p), kit.phone(p), sensitive(kind, "信条"),
              kit.name(kit.pick(introducers), "kanji"))
    t.title = [f"{party}　{kit.pick(['石神井', '蒲田', '那覇', '高松'])}支部　後援会名簿"]
    return delimited_doc(f"後援会/後援会名簿_{n:03d}.csv", t, "後援会名簿", encoding=kit.pick(["cp932", "utf-8-sig"]))


def caution_list(kit: Kit, n: int) -> Doc:
    t = Table(name="要注意", title=["要注意人物リスト（保安担当限り）"])
    t.add("登録日", "氏名", "推定年齢", "特徴", "経緯")
    for _ in range(kit.between(5, 15)):
        p = kit.person(foreign=0.1)
        history = kit.pick([sensitive(kit.pick(beliefs.OFFENCES), "犯罪歴"),
                            sensitive("当店で万引きにより現行犯逮捕（被害額4,800円）", "犯罪歴"),
                            sensitive("元従業員。業務上横領で懲戒解雇・有罪判決", "犯罪歴"),
                            "店員への暴言が複数回あり、出入り禁止を通告"])
        t.add(kit.not_birth(kit.day(date(2024, 1, 1), 900), "registration_date", "slash"), kit.name(p),
              f"{kit.between(3, 7)}0代", kit.pick(["黒い帽子、眼鏡", "作業服", "大きなリュック"]), history)
    return xlsx_doc(f"店舗/保安/要注意リスト_{n:03d}.xlsx", [t], "要注意人物リスト")


def harassment_note(kit: Kit, n: int) -> Doc:
    complainant, accused, counsellor = kit.person(foreign=0.2), kit.person(foreign=0.0), kit.person(foreign=0.0)
    target, category = kit.pick([(kit.pick(beliefs.ORIGIN_PHRASES), "人種・民族"),
                                 (kit.pick(["イスラム教徒", "カトリック信者", "創価学会の会員", "エホバの証人の信者"]), "宗教"),
                                 (kit.pick(beliefs.BELIEF_PHRASES), "信条")])
    t = Text().add("ハラスメント相談記録（相談窓口）")
    t.add("相談日：", kit.not_birth(kit.day(date(2026, 2, 1), 240), "consultation_date", "era"))
    t.add("相談者：", kit.name(complainant), "（", kit.pick(["物流センター", "経理課", "介護職員"]), "）")
    t.add("行為者とされる者：", kit.name(accused), "（同課 係長）")
    t.add("相談内容：相談者は", sensitive(target, category), "であることを朝礼の場で揶揄され、")
    t.add("その後も業務上の指示の際に繰り返し言及されたと訴えている。")
    t.add("今後の対応：双方から事情を聴取のうえ、", negative("ハラスメント防止委員会", "SENSITIVE", "committee"), "に報告する。")
    t.add("対応者：", kit.name(counsellor))
    if kit.chance(0.5):
        return docx_doc(f"人事/相談窓口/相談記録_{n:03d}.docx", [t], "ハラスメント相談記録")
    return text_doc(f"人事/相談窓口/soudan_{n:03d}.txt", t, "ハラスメント相談記録", encoding="utf-8")
