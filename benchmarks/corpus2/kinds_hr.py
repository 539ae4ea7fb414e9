"""Personnel documents: 身上書 (a Word form with a family table; an Excel 方眼紙 sheet
with pairs of labels and merged cells), 扶養控除等申告書 and a dependants export."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2 import beliefs, idnums
from benchmarks.corpus2.formats import delimited_doc, docx_doc, xlsx_doc
from benchmarks.corpus2.health import disability, illness_short
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.people import Person, date_as
from benchmarks.corpus2.places import make_address
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, sensitive

JOBS = ["会社員", "パート", "主婦", "無職", "学生", "年金生活", "自営業", "公務員", "小学生", "高校生"]


def honseki(kit: Kit, p: Person) -> Mark:
    """本籍: an address of the family register, written 番地 style; 要配慮 as 社会的身分."""
    a = p.address if kit.chance(0.3) else make_address(kit.rng)
    text = f"{a.prefecture}{a.city}{a.town}{kit.between(1, 2999)}番地"
    return sensitive(text, "本籍", also=("ADDRESS",))


def _health(kit: Kit) -> Mark | str:
    return sensitive(illness_short(kit.rng), "病歴") if kit.chance(0.35) else kit.pick(["良好", "健康", "特になし"])


def shinjo_docx(kit: Kit, n: int) -> Doc:
    p = kit.people.with_family(kit.person(foreign=0.05))
    org = kit.organisation()
    handed = kit.day(date(2026, 4, 1), 200)
    title = Text().add("身　上　書").add(kit.not_birth(handed, "submission_date", "era"), "　提出").add(
        f"{org.name}　代表取締役　殿").add("")
    form = Table()
    form.add("ふりがな", kit.name(p, "hiragana"))
    form.add("氏　名", kit.name(p))
    form.add("生年月日", (kit.birth(p, kit.pick(["era_born", "era", "kanji"])), f"（満{p.age(handed)}歳）"))
    form.add("性別", p.sex)
    form.add("現住所", (kit.postal(p, kit.pick(["mark", "mark_hyphen", "bare"])), "　", kit.address(p)))
    form.add("電話番号", kit.phone(p, False))
    form.add("携帯電話", kit.phone(p, True))
    form.add("本籍", honseki(kit, p))
    contact = kit.person(surname=(p.surname, p.surname_kana), address=p.address)
    form.add("緊急連絡先", (kit.name(contact), f"（{kit.pick(['父', '母', '兄', '姉', '妹'])}）　", kit.phone(contact, True)))
    form.add("健康状態", _health(kit))
    form.add("賞罰", sensitive(kit.pick(beliefs.OFFENCES), "犯罪歴") if kit.chance(0.12) else "なし")
    form.add("資格・免許", kit.pick(["普通自動車第一種運転免許", "日商簿記2級", "フォークリフト運転技能講習修了", "なし"]))
    family = Table().add("続柄", "氏名", "生年月日", "職業", "同居・別居")
    for relation, member in p.family:
        family.add(relation, kit.name(member), kit.birth(member), kit.pick(JOBS), kit.pick(["同居", "別居"]))
    if not p.family:
        family.add("", "（なし）", "", "", "")
    note = Text().add("").add("上記のとおり相違ありません。").add("本人署名　", kit.name(p, "kanji_full"))
    return docx_doc(f"人事/身上書/身上書_{n:03d}.docx", [title, form, Text().add("家族構成"), family, note], "身上書")


def shinjo_xlsx(kit: Kit, n: int) -> Doc:
    """A 方眼紙 sheet: two label/value pairs a row, value cells merged, the family
    table further down with its own header row."""
    p = kit.people.with_family(kit.person(foreign=0.15), spouse=0.6)
    written = kit.day(date(2025, 10, 1), 300)
    t = Table(name="身上調書", title=["職員身上調書", f"記入日　{date_as(written, 'era')}"])
    t.add("フリガナ", kit.name(p, "kana"), "", "性別", p.sex)
    t.add("氏　名", kit.name(p), "", "生年月日", kit.birth(p))
    t.add("現住所", (kit.postal(p, "mark_hyphen"), " ", kit.address(p)), "", "", "")
    t.add("本籍地", honseki(kit, p) if not p.foreign else "", "", "国籍", negative(p.origin, "SENSITIVE", "nationality"))
    t.add("電話（自宅）", kit.phone(p, False), "", "電話（携帯）", kit.phone(p, True))
    t.add("E-mail", kit.email(p), "", "", "")
    if p.foreign:
        t.add("在留カード番号", Mark(idnums.residence_card(kit.rng), "RESIDENCE_CARD"), "", "在留期限",
              kit.not_birth(date(2028, kit.between(1, 12), 1), "expiry_date", "slash"))
    t.add("", "", "", "", "")
    t.add("家族構成", "", "", "", "")
    t.add("続柄", "氏名", "フリガナ", "生年月日", "職業")
    for relation, member in p.family:
        t.add(relation, kit.name(member), kit.name(member, "kana"), kit.birth(member), kit.pick(JOBS))
    t.add("既往歴", _health(kit), "", "", "")
    t.add("障害の有無", sensitive(disability(kit.rng), "障害") if kit.chance(0.15) else "無", "", "", "")
    width_rows = [r for r, row in enumerate(t.rows) if row[0] in ("現住所", "E-mail", "既往歴", "障害の有無")]
    t.merges = [(r, 1, r, 4) for r in width_rows]
    return xlsx_doc(f"人事/身上書/職員身上調書_{n:03d}.xlsx", [t], "身上書")


def _dependant_class(member: Person) -> str:
    age = member.age(date(2026, 12, 31))
    return "年少" if age < 16 else "特定" if 19 <= age <= 22 else "老人" if age >= 70 else "一般"


def _dependant_row(kit: Kit, relation: str, member: Person) -> list:
    grade = ""
    if kit.chance(0.12):
        grade = sensitive(kit.pick(["一般の障害者", "特別障害者", "同居特別障害者"]), "障害")
    number = Mark(idnums.grouped(member.my_number, (4, 4, 4), kit.pick([" ", "-", ""])), "MY_NUMBER")
    kind = {"老人": "老人扶養親族", "特定": "特定扶養親族"}.get(_dependant_class(member), "")
    return [kit.pick(["控除対象扶養親族", "源泉控除対象配偶者"]) if relation in ("妻", "夫") else "控除対象扶養親族",
            kit.name(member), kit.name(member, "kana"), relation, kit.birth(member), number, kind, grade]


def fuyo_xlsx(kit: Kit, n: int) -> Doc:
    p = kit.people.with_family(kit.person(foreign=0.0), spouse=0.8, children=3, parent=0.3)
    org = kit.organisation()
    t = Table(name="申告書", title=["令和9年分　給与所得者の扶養控除等（異動）申告書"])
    t.add("給与の支払者の名称", org.name)
    t.add("給与の支払者の法人番号", negative(org.corporate_number, "MY_NUMBER", "corporate_number"))
    t.add("あなたの氏名", kit.name(p))
    t.add("フリガナ", kit.name(p, "kana"))
    t.add("あなたの個人番号", Mark(p.my_number, "MY_NUMBER"))
    t.add("あなたの生年月日", kit.birth(p))
    t.add("あなたの住所", (kit.postal(p), " ", kit.address(p)))
    t.add("")
    t.add("区分", "氏名", "フリガナ", "続柄", "生年月日", "個人番号", "老人・特定", "障害者区分")
    for relation, member in p.family:
        t.add(*_dependant_row(kit, relation, member))
    return xlsx_doc(f"総務/給与/扶養控除申告書_{n:03d}.xlsx", [t], "扶養控除等申告書")


def fuyo_csv(kit: Kit, n: int) -> Doc:
    """An HR system's dependants export, one row a dependant."""
    t = Table().add("社員番号", "社員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号", "障害区分", "扶養区分")
    for _ in range(kit.between(6, 14)):
        p = kit.people.with_family(kit.person(foreign=0.0), spouse=0.8, children=2)
        staff_no = f"{kit.between(10000, 99999)}"
        for relation, member in p.family:
            grade = sensitive("障害者（一般）", "障害") if kit.chance(0.08) else ""
            t.add(staff_no, kit.name(p, "kanji_tight"), kit.name(member, "kanji_full"), relation,
                  kit.birth(member, kit.pick(["slash", "iso", "host"])), Mark(member.my_number, "MY_NUMBER"), grade,
                  _dependant_class(member))
    encoding = kit.pick(["cp932", "utf-8-sig"])
    return delimited_doc(f"総務/給与/扶養親族一覧_{n:03d}.csv", t, "扶養親族一覧", encoding=encoding)
