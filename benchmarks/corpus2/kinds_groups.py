"""Affiliation records: a union's member list with roles and its executive
minutes, a temple's 檀家 list, a church's member list, and a 配慮事項 list where
faith, origin, belief, health and disability sit beside neutral notes."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2 import beliefs
from benchmarks.corpus2.formats import delimited_doc, docx_doc, xlsx_doc
from benchmarks.corpus2.health import disability, illness_short
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.places import landline, make_address, phone_as
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, person, sensitive

WORKPLACES = ["第一工場", "第二工場", "本社事務所", "物流センター", "浜松営業所", "特別養護老人ホーム", "デイサービス"]


def union_roster(kit: Kit, n: int) -> Doc:
    union = kit.pick(beliefs.UNIONS)
    t = Table(name="組合員名簿", title=[f"{union}　組合員名簿（2026年度）"])
    t.add("組合員番号", "氏名", "フリガナ", "職場", "組合役職", "加入日", "携帯電話", "自宅住所", "メール")
    for _ in range(kit.between(12, 35)):
        p = kit.person(foreign=0.06)
        role = kit.pick(beliefs.UNION_ROLES + ["組合員"] * 8)
        t.add(f"U{kit.between(1000, 9999)}", kit.name(p), kit.name(p, "kana"), kit.pick(WORKPLACES),
              sensitive(role, "労働組合"), kit.not_birth(kit.day(date(2005, 4, 1), 7000), "join_date", "slash"),
              kit.phone(p, True), kit.address(p), kit.email(p) if kit.chance(0.5) else "")
    return xlsx_doc(f"組合/名簿/組合員名簿_{n:03d}.xlsx", [t], "組合員名簿")


def union_minutes(kit: Kit, n: int) -> Doc:
    union = kit.pick(beliefs.UNIONS)
    chair, secretary, speaker = (kit.person(foreign=0.0) for _ in range(3))
    t = Text().add(f"{union}　第{kit.between(3, 40)}回執行委員会　議事録")
    t.add("日時：", kit.not_birth(kit.day(date(2026, 1, 10), 300), "meeting_date", "era"), "　18:30〜20:00")
    t.add("出席：", sensitive("執行委員長", "労働組合"), " ", kit.name(chair), "、", sensitive("書記長", "労働組合"), " ",
          kit.name(secretary), "、ほか執行委員6名")
    t.add("1．", negative("春闘要求に対する会社回答について", "SENSITIVE", "union_notice"), "、",
          chair.surname, "委員長から交渉経過の報告があった。")  # a later mention: not labelled
    t.add("2．", kit.name(speaker), "（", sensitive(f"{union}の職場委員", "労働組合"), "）から、職場の残業実態について報告。")
    t.add("3．", negative("組合員の皆さんは3月15日の職場集会に参加してください", "SENSITIVE", "union_notice"), "。")
    t.add("以上（記録：", secretary.surname, "）")
    return docx_doc(f"組合/議事録/執行委員会_{n:03d}.docx", [t], "組合議事録")


def _temple_header(kit: Kit) -> tuple[str, list]:
    temple = f"{kit.pick(['長福', '安養', '光明', '西蓮', '大雲'])}寺"
    where = make_address(kit.rng)
    phone = phone_as(landline(kit.rng, where.area_code), len(where.area_code), "hyphen")
    return temple, [negative(f"〒{where.postal[:3]}-{where.postal[3:]}", "POSTAL_CODE", "temple_postal"), " ",
                    negative(where.written(building=False), "ADDRESS", "temple_address"), "　TEL ",
                    negative(phone, "PHONE", "temple_phone")]


def danka_list(kit: Kit, n: int) -> Doc:
    sect = kit.pick(beliefs.DENOMINATIONS)
    temple, contact = _temple_header(kit)
    t = Table(name="檀家名簿")
    t.add(f"{sect}　{temple}　檀信徒名簿")
    t.add(tuple(contact))
    t.add("番号", "施主", "住所", "電話", "区分", "故人（俗名）", "戒名・法名", "命日")
    for i in range(kit.between(10, 30)):
        head = kit.person(foreign=0.0, oldest=1940, youngest=1985)
        kind = kit.pick(["檀家", "檀家", "信徒", f"{sect} 檀家"])
        late = kit.person(surname=(head.surname, head.surname_kana), oldest=1915, youngest=1950)
        died = kit.day(date(1995, 1, 1), 10000)
        t.add(str(i + 1), kit.name(head), kit.address(head), kit.phone(head, False), sensitive(kind, "宗教"),
              kit.name(late, optional=True), person(kit.pick(["釋浄雲", "釋尼妙華", "清光院妙蓮日華大姉", "雲峰道仙居士"]),
                                                    optional=True),
              kit.not_birth(died, "death_date", "era"))
    if kit.chance(0.5):
        return xlsx_doc(f"寺院/{temple}/檀家名簿_{n:03d}.xlsx", [t], "檀家名簿")
    return delimited_doc(f"寺院/{temple}/danka_{n:03d}.csv", t, "檀家名簿", encoding="cp932")


def church_members(kit: Kit, n: int) -> Doc:
    church = kit.pick(["日本基督教団 石神井教会", "カトリック高円寺教会", "日本聖公会 那覇聖アンデレ教会", "日本バプテスト連盟 柏教会"])
    t = Table().add("氏名", "洗礼名", "受洗日", "会員区分", "住所", "電話", "所属")
    for _ in range(kit.between(8, 25)):
        p = kit.person(foreign=0.12)
        baptised = kit.day(date(1970, 1, 1), 20000)
        membership = kit.pick(["現住陪餐会員", "信徒", "求道者", "教会員（転入）"])
        t.add(kit.name(p), person(kit.pick(["ペトロ", "マリア", "ヨハネ", "テレジア", "パウロ", "アンナ"]), optional=True),
              kit.not_birth(baptised, "baptism_date", "slash"), sensitive(membership, "宗教"),
              (kit.postal(p, "mark"), " ", kit.address(p)), kit.phone(p), kit.pick(["婦人会", "壮年会", "青年会", "聖歌隊"]))
    head = Text().add(f"{church}　会員名簿").add("取扱注意（牧師室保管）")
    return docx_doc(f"教会/会員名簿_{n:03d}.docx", [head, t], "教会員名簿")


def _consideration(kit: Kit) -> Mark | str:
    roll = kit.rng.random()
    if roll < 0.14:
        return sensitive(beliefs.religion_phrase(kit.rng), "宗教")
    if roll < 0.28:
        return sensitive(kit.pick(beliefs.ORIGIN_PHRASES), "人種・民族")
    if roll < 0.34:
        return sensitive(kit.pick(beliefs.BELIEF_PHRASES), "信条")
    if roll < 0.50:
        return sensitive(disability(kit.rng), "障害")
    if roll < 0.66:
        return sensitive(illness_short(kit.rng), "病歴")
    if roll < 0.72:
        return sensitive(kit.pick(["そばアレルギー", "卵アレルギー（エピペン携帯）"]), "病歴", optional=True)
    return kit.pick(["育児のため16時退社", "遠距離通勤（片道2時間）", "左利き", "介護のため土日出勤不可", "特になし", ""])


def considerations(kit: Kit, n: int) -> Doc:
    t = Table(name="配慮事項", title=[kit.pick(["新入社員研修　受講者配慮事項一覧", "職員配慮事項（管理職限り）"])])
    t.add("No", "氏名", "所属", "配慮事項", "対応")
    for i in range(kit.between(10, 30)):
        p = kit.person(foreign=0.15)
        t.add(str(i + 1), kit.name(p), kit.pick(WORKPLACES), _consideration(kit), kit.pick(["済", "検討中", ""]))
    return xlsx_doc(f"人事/配慮事項/配慮事項一覧_{n:03d}.xlsx", [t], "配慮事項")
