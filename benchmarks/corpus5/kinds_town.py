"""The town: a city office's 住民相談記録 (住民票コード, the clerk's notes), a welfare
counter's 相談受付票 with 本籍, an election campaign's volunteer list, and the members
of a temple's and a church's events."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, sensitive
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.offices import Clerk
from benchmarks.corpus5.voices import phrases

TOPICS = ["隣家の騒音", "空き家の雑草", "ごみ集積所の位置", "児童手当の手続", "道路の陥没", "介護保険の申請"]


def honseki(k: Clerk) -> Mark:
    """A 本籍 as a form asks for it: the place (sensitive; optional as an address)."""
    place = k.folk().place
    return Mark(place.written("ban"), "SENSITIVE", category="本籍", also=("ADDRESS",))


def resident_consult(k: Clerk, n: int) -> Doc:
    """The city's consultation log: receipt number, the resident, 住民票コード, the topic,
    what the clerk noted."""
    office = k.body("city")
    table = Table(name="相談記録", title=[f"住民相談記録　{office.name}"])
    table.add("受付番号", "受付日", "相談者", "住所", "電話", "住民票コード", "相談内容", "対応メモ")
    for _ in range(k.between(6, 10)):
        p = k.folk(age=k.pick(["adult", "old"]))
        if k.chance(0.4):
            category = k.pick(["犯罪被害", "障害", "病歴", "人種・民族", "犯罪歴"])
            memo = sensitive(k.pick(phrases(category, "counsellor")), category)
        else:
            memo = k.pick(["担当課へ回付", "現地確認を約束", "制度を説明し申請書を渡した"])
        table.add(negative(numbers.not_my_number(k.rng), "MY_NUMBER", "receipt_number"),
                  k.other_day(date(2026, k.between(4, 11), k.between(1, 28)), "received_date", "era_short"),
                  k.name(p), k.address(p, k.pick(["ban", "no", "plain"])), k.phone(p, "home", "hyphen"),
                  Mark(numbers.resident_code(k.rng), "RESIDENT_RECORD_CODE") if k.chance(0.6) else "",
                  k.pick(TOPICS), memo)
    table.add("窓口", office.name, "", office.address_mark(), office.phone_mark(), "", "", "")
    return xlsx_doc(f"市役所/相談/住民相談_{n:02d}.xlsx", [table], "resident_consult")


def welfare_intake(k: Clerk, n: int) -> Doc:
    """A welfare counter's 相談受付票: 本籍, birth, pension number, the situation."""
    p, centre = k.folk(age=k.pick(["adult", "old"])), k.body("welfare")
    head = Text().add(f"相談受付票　{centre.name}").add("受付日 ", k.other_day(date(2026, k.between(5, 11), k.between(1, 28)),
                                                                       "received_date", "era"))
    table = Table().add("項目", "内容")
    table.add("氏名", k.name_parts(p, "full")).add("ﾌﾘｶﾞﾅ", Mark(p.full("half"), "PERSON"))
    table.add("生年月日", k.birth(p, k.pick(["era", "era_short"]))).add("本籍", honseki(k))
    table.add("現住所", (k.postal(p, "label"), " ", k.address(p, k.pick(["ban", "no"]))))
    table.add("連絡先", (k.phone(p, "home"), "（日中は ", k.phone(p, "mobile"), "）"))
    table.add("基礎年金番号", Mark(numbers.pension(k.rng), "BASIC_PENSION_NUMBER"))
    category = k.pick(["障害", "病歴", "犯罪被害", "人種・民族"])
    table.add("相談の内容", ("本人から：", sensitive(k.pick(phrases(category)), category), "。生活費の見通しが立たない。"))
    if k.chance(0.3):
        table.add("特記事項", sensitive(k.pick(phrases("犯罪歴", "clerk")), "犯罪歴"))
    tail = Text().add("受付者：", k.name(k.folk(), "surname"), "　", centre.name, " ", centre.phone_mark())
    return docx_doc(f"福祉/受付票/受付票_{n:03d}.docx", [head, table, tail], "welfare_intake")


def campaign_volunteers(k: Clerk, n: int) -> Doc:
    """An election office's volunteer list: who canvasses, how to reach them, why they came."""
    office = k.body("party")
    table = Table(title=[f"ボランティア名簿（{office.name}）"])
    table.add("氏名", "ふりがな", "携帯", "メール", "担当", "運転手登録（免許証番号）", "ひとこと")
    for _ in range(k.between(8, 14)):
        p = k.folk()
        word = sensitive(k.pick(phrases("信条")), "信条") if k.chance(0.35) else k.pick(["土日のみ可", "車あり", "平日夜OK"])
        table.add(k.name(p, "tight"), k.name(p, "kana"), k.phone(p, "mobile", k.pick(["hyphen", "bare"])), k.email(p),
                  k.pick(["ポスティング", "電話かけ", "街頭", "事務所当番"]),
                  Mark(numbers.licence(k.rng), "DRIVERS_LICENSE") if k.chance(0.3) else "", word)
    table.add("事務所", "", office.phone_mark(), office.mail_mark(), "", "", "")
    return delimited_doc(f"選挙/ボランティア名簿_{n:02d}.csv", table, "campaign_volunteers", encoding="cp932")


def temple_event(k: Clerk, n: int) -> Doc:
    """A temple's 行事名簿 (施餓鬼・除夜の鐘) of its members, with the families' addresses."""
    temple = k.body("temple")
    event = k.pick(["施餓鬼会", "除夜の鐘つき", "花まつり", "報恩講"])
    table = Table(name="参加者", title=[f"{temple.name} {event} 参加者名簿（檀信徒）"])
    table.add("氏名", "住所", "電話", "続柄・備考", "申込日")
    for _ in range(k.between(8, 13)):
        p = k.folk(age=k.pick(["adult", "old"]))
        belonging = sensitive(f"{temple.name}の檀家" + k.pick(["（三代目）", "", "・総代"]), "宗教") if k.chance(0.45) \
            else k.pick(["一般参加", "友人の紹介", ""])
        table.add(k.name(p), k.address(p, k.pick(["ban", "plain", "no"])), k.phone(p, "home"), belonging,
                  k.other_day(date(2026, k.between(6, 11), k.between(1, 28)), "application_date", "slash"))
    info = Table(name="寺院", title=["寺院連絡先"]).add(temple.name, temple.address_mark(), temple.phone_mark())
    return xlsx_doc(f"寺院/行事/{event}_{n:02d}.xlsx", [table, info], "temple_event")


def church_event(k: Clerk, n: int) -> Doc:
    """A church's バザー and 礼拝 helpers in Word: members, their gifts, baptism."""
    church = k.body("church")
    head = Text().add(f"{church.name}　{k.pick(['秋のバザー', 'クリスマス礼拝', 'イースター'])} 奉仕者名簿")
    table = Table().add("氏名", "連絡先", "所属・メモ")
    for _ in range(k.between(6, 10)):
        p = k.folk(abroad=k.chance(0.2))
        note = sensitive(k.pick([f"{church.name}の教会員（{k.between(1985, 2020)}年受洗）", "教会学校の教師・信徒",
                                  "カトリックから転入した信徒"]), "宗教")
        table.add(k.name(p, "kanji" if p.abroad is None else "romaji"), k.phone(p, "mobile"), note)
    tail = Text().add("牧師館 ", church.phone_mark(), "　", church.address_mark())
    return docx_doc(f"教会/奉仕者名簿_{n:02d}.docx", [head, table, tail], "church_event")


def pilgrimage_roster(k: Clerk, n: int) -> Doc:
    """A temple's group journey abroad: passports, birthdays written as month and day
    with the year of birth in a column of its own, the members' faith."""
    temple = k.body("temple")
    table = Table(name="参加者", title=[f"{temple.name} 仏跡参拝の旅 参加者名簿（旅行会社提出用）"])
    table.add("氏名", "ローマ字（旅券どおり）", "生年", "誕生日", "旅券番号", "旅券有効期限", "本籍（都道府県）", "携帯", "備考")
    for _ in range(k.between(7, 12)):
        p = k.folk(age=k.pick(["adult", "old"]))
        born = p.born
        table.add(k.name(p), Mark(p.full("passport"), "PERSON"), f"{born.year}年",
                  Mark(f"{born.month}月{born.day}日", "DATE_OF_BIRTH", date=born.isoformat()),
                  Mark(numbers.passport(k.rng), "PASSPORT"),
                  k.other_day(date(k.between(2027, 2035), k.between(1, 12), k.between(1, 28)), "passport_expiry",
                              "slash"),
                  Mark(k.folk().place.city[0], "SENSITIVE", category="本籍", also=("ADDRESS",)), k.phone(p, "mobile"),
                  sensitive(f"{temple.name}の檀信徒", "宗教") if k.chance(0.5) else "")
    return xlsx_doc(f"寺院/旅行/参加者名簿_{n:02d}.xlsx", [table], "pilgrimage_roster")
