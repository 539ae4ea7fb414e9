"""Writers of crews and rosters: a 消防団, an airline's crew office, a shipping
crew agency, a ski school and a 日本語学校."""

from __future__ import annotations

from benchmarks.corpus9 import numbers as ids
from benchmarks.corpus9 import render
from benchmarks.corpus9.base import Writer
from benchmarks.corpus9.model import care, no, v
from benchmarks.corpus9.people import RELATION_SEX, date_text

BRIGADE_UNITS = ["第一分団", "第二分団", "第三分団", "女性分団", "機能別分団"]
BRIGADE_JOBS = ["自営（漁業）", "会社員", "農業", "公務員", "自営（酒店）", "建設業", "看護師"]
BRIGADE_DUTIES = ["放水訓練", "夜警", "水防訓練", "建物火災", "林野火災", "行方不明者捜索"]
DRILL_TOPICS = ["熱中症の予防と応急手当", "心肺蘇生とAEDの使い方", "腰痛予防のストレッチ"]
BRIGADE_HEALTH = [("血圧", "164/98（要治療）"), ("心電図", "心房細動（要精密）"), ("聴力", "左4000Hz低下（要経過観察）"),
                  ("肝機能", "AST 74 ALT 92（要再検査）"), ("胸部X線", "陳旧性結核病変（経過観察）"),
                  ("尿検査", "尿蛋白2＋（要精密）"), ("血糖", "HbA1c 8.1%（要治療）"), ("視力", "両眼0.3（要眼鏡）")]
CREW_BASES = ["HND", "ITM", "FUK", "CTS", "OKA"]
CREW_RANKS = ["CAP", "F/O", "CP", "CA", "PUR"]
CREW_UNION_ROLES = ["乗員組合 中央執行委員", "客室乗務員組合 副委員長", "乗員組合 支部書記長"]
CREW_MEDICAL = ["第1種 適合（眼鏡使用条件付）", "第1種 不適合（高血圧）", "第2種 適合（高血圧治療中）",
                "第1種 保留（睡眠時無呼吸症候群の精査中）",
                "第1種 適合（白内障術後）", "第2種 不適合（糖尿病コントロール不良）", "第1種 適合（不整脈経過観察）"]
VESSELS = ["第八栄宝丸", "第三勝丸", "さくら丸", "清志丸", "MARIA ANGELA", "KEIKO MARU"]
SEA_RANKS = ["Master", "C/O", "2/O", "Bosun", "AB", "OS", "Cook", "Oiler"]
SEA_MEALS = ["イスラム教徒（ハラール食）", "ヒンドゥー教徒（牛肉不可）", "セブンスデー・アドベンチスト（菜食）",
             "カトリック信徒（金曜は肉なし）",
             "ユダヤ教徒（コーシャ食）", "シク教徒（ターバン着用・牛肉不可）"]
SKI_LEVELS = ["初級", "中級", "上級", "キッズ"]
SKI_NOTES = ["喘息あり（吸入薬持参）", "ピーナッツアレルギー（エピペン携帯）", "昨シーズン右膝前十字靱帯断裂、術後",
             "てんかん（服薬中）",
             "小児糖尿病でインスリンポンプ使用", "気管支喘息（発作時は吸入）", "心室中隔欠損の術後"]
TEACHER_REMARKS = ["は今週2回遅刻。アルバイトの夜勤が続いているらしい。", "が漢字テストで満点、進学クラスを勧めた。",
                   "と面談、専門学校（自動車整備）志望。", "は授業中よく眠っている。生活リズムを確認する。"]
STUDENT_HEALTH = ["結核の治療を終えたばかり", "B型肝炎の治療のため月に一度通院している", "パニック障害の診断を受けている",
                  "喘息で夜間に発作が出ることがある", "不眠で留学生相談室から病院を紹介された"]
SCHOOL_CLASSES = ["初級A", "初級B", "中級1", "上級進学"]
SCHOOL_RELIGIONS = ["ムスリム（礼拝のため金曜午後早退）", "ヒンドゥー教徒", "ネパール仏教徒", "カトリック",
                    "仏教徒（上座部）、托鉢の日は欠席", "ムスリム（断食月は体育不参加）"]
SCHOOL_ORIGINS = ["ロヒンギャ", "カレン族", "チベット系", "ウイグル族", "クルド人",
                  "モン族", "ベンガル系少数民族"]


def fire_brigade(w: Writer, files: int):
    hall = w.office("〇〇市消防団 本部（防災安全課）", "bousai.city.example.jp")
    docs = []
    for n in range(files):
        if n % 3 == 1:
            docs.append(_brigade_report(w, hall, n))
            continue
        if n % 6 == 3:
            docs.append(_emergency_contacts(w, n))
            continue
        if n % 3 == 2:
            docs.append(_brigade_health(w, n))
            continue
        rows = [["団員名簿", None, None, None, None, None, None, None], [None] * 8,
                ["分団", "氏名", "ふりがな", "生年月日", "住所", "携帯", "職業", "入団年月日", "運転免許証番号"]]
        for _ in range(w.rng.randint(9, 14)):
            p = w.people.person(1955, 2003)
            rows.append([w.pick(BRIGADE_UNITS), p.name("wide"), v("PERSON", f"{p.family[1]} {p.given[1]}"),
                         p.born(w.pick(["wareki", "wareki_short", "western"])),
                         [p.postal_code("mark"), " ", p.address("full")] if w.chance(0.3) else p.address("hyphen"),
                         p.tel(True), w.pick(BRIGADE_JOBS),
                         no("DATE_OF_BIRTH", date_text(w.people.day(2005, 2025), "wareki"), "joined_date"),
                         ids.licence(w.rng) if w.chance(0.5) else ""])
        docs.append(w.doc(f"消防団/団員名簿_{n:02d}.xlsx", render.xlsx("x", [("名簿", rows), ("連絡", [
            ["本部", hall.phone_mark()], ["メール", hall.mail_mark()]])])))
    return docs


def _emergency_contacts(w: Writer, n: int):
    """Two header rows: 団員 and 緊急連絡先 merged over their own columns."""
    rows = [["団員", None, None, "緊急連絡先", None, None], ["氏名", "携帯", "血液型", "氏名", "続柄", "電話"]]
    for _ in range(w.rng.randint(8, 12)):
        p = w.people.person(1960, 2003)
        relation = w.pick(["妻" if p.sex == "M" else "夫", "父", "母", "兄", "姉"])
        kin = w.people.person(1940, 2000, RELATION_SEX[relation])
        kin_name = v("PERSON", (kin.family[0] if relation == "姉" else p.family[0]) + kin.given[0])
        rows.append([p.name("space"), p.tel(True), w.pick(["A", "B", "O", "AB"]) + "型", kin_name, relation,
                     kin.tel(w.chance(0.5), w.pick(["hyphen", "paren"]))])
    return w.doc(f"消防団/緊急連絡先_{n:02d}.xlsx",
                 render.xlsx("x", [("緊急連絡先", rows)], {"緊急連絡先": ["A1:C1", "D1:F1"]}))


def _brigade_report(w: Writer, hall, n: int):
    leader, a, b = (w.people.person(1955, 1995) for _ in range(3))
    day = w.people.day(2026, 2026)
    lines = ["出動報告書", ["出動日　", no("DATE_OF_BIRTH", date_text(day, "wareki"), "turnout_date")],
             f"事案　{w.pick(BRIGADE_DUTIES)}", "",
             ["分団長の", leader.name("tight"), "以下8名で出動。ポンプ車の機関員は", a.name("tight"), "、筒先は",
              b.name("tight"), "が担当した。"],
             ["帰署後、", a.family[0], "団員が", care("病歴", "熱中症の症状を訴え救急外来を受診"), "。"],
             ["訓練後の講習テーマ：", no("SENSITIVE", w.pick(DRILL_TOPICS), "training_topic")],
             "", "以上", hall.name]
    return w.doc(f"消防団/出動報告_{n:02d}.docx", render.docx_("x", [("p", line) for line in lines if line]))


def _brigade_health(w: Writer, n: int):
    rows = [["団員氏名", "年齢", "受診日", "検査項目", "所見"]]
    for _ in range(w.rng.randint(6, 10)):
        p = w.people.person(1955, 2000)
        item, finding = w.pick(BRIGADE_HEALTH)
        rows.append([p.name("tight"), str(p.age), no("DATE_OF_BIRTH", date_text(w.people.day(), "dot"), "checkup_date"),
                     item, care("健康診断結果", finding)])
    return w.doc(f"消防団/団員健診_有所見者_{n:02d}.csv", render.csv("x", rows, "utf-8-sig"))


def airline_crew(w: Writer, files: int):
    docs = []
    for n in range(files):
        if n % 4 == 3:
            docs.append(_medical_mail(w, n))
            continue
        if n % 2:
            docs.append(_crew_medical(w, n))
            continue
        rows = [["EMP_NO", "NAME_ROMAN", "NAME_KANJI", "DOB", "BASE", "RANK", "PASSPORT_NO", "PASSPORT_EXP", "MOBILE",
                 "PAIRING", "UNION_ROLE"]]
        for _ in range(w.rng.randint(10, 15)):
            p = w.people.person(1965, 2002)
            rows.append([f"J{w.rng.randint(10000, 99999)}", p.name("passport"), p.name("tight"), p.born("iso"),
                         w.pick(CREW_BASES), w.pick(CREW_RANKS), ids.passport(w.rng),
                         no("DATE_OF_BIRTH", date_text(w.people.day(2027, 2035), "iso"), "passport_expiry"),
                         p.tel(True, w.pick(["plain", "intl"])),
                         no("PASSPORT", w.pick(["TK", "PR", "DH"]) + f"{w.rng.randrange(10**7):07d}", "pairing_code"),
                         care("労働組合", w.pick(CREW_UNION_ROLES)) if w.chance(0.12) else ""])
        docs.append(w.doc(f"乗員部/crew_roster_{n:02d}.csv", render.csv("x", rows)))
    return docs


def _teacher_notes(w: Writer, n: int):
    """A class teacher's notes: students named bare, as colleagues write of them."""
    teacher = w.people.person(1965, 1995)
    lines = [f"{w.pick(SCHOOL_CLASSES)} 担任メモ", ["記入：", teacher.name("tight")], ""]
    for _ in range(w.rng.randint(5, 8)):
        written, kana, roman, nation = w.people.foreigner()
        name = written if nation in ("中国", "韓国") and w.chance(0.6) else w.pick([kana, roman])
        lines.append([v("PERSON", name), w.pick(TEACHER_REMARKS)])
        if w.chance(0.25):
            lines.append(["　", v("PERSON", name), "は", care("病歴", w.pick(STUDENT_HEALTH)), "。"])
    lines.append("欠席が3日続いた学生は教務へ報告すること。")
    return w.doc(f"日本語学校/担任メモ_{n:02d}.txt", render.txt("x", lines))


def _medical_mail(w: Writer, n: int):
    """The crew office mails the medical results on to the scheduling desk."""
    sheet = _crew_medical(w, n)
    clerk = w.people.person(1975, 1998)
    lines = ["乗員計画課 各位", "", "今月の航空身体検査の判定一覧を送ります。不適合・保留の方は乗務割から外してください。", "",
             ["乗員健康管理室　", clerk.name("tight")], "（社外への転送禁止）"]
    inner = [type(i)("判定一覧.xlsx", i.location, i.mark) for i in sheet.items]
    return w.doc(f"乗員部/mail/身体検査判定_{n:02d}.eml",
                 render.eml("x", "kenkou@crew.example.jp", no("EMAIL", "keikaku@crew.example.jp", "office_mail"),
                            "航空身体検査 判定一覧", lines,
                            [("判定一覧.xlsx", sheet.data, inner)], n))


def _crew_medical(w: Writer, n: int):
    rows = [["乗員氏名", "社員番号", "航空身体検査 判定", "次回期限"]]
    for _ in range(w.rng.randint(5, 8)):
        p = w.people.person(1965, 2000)
        rows.append([p.name("space"), f"J{w.rng.randint(10000, 99999)}", care("健康診断結果", w.pick(CREW_MEDICAL)),
                     no("DATE_OF_BIRTH", date_text(w.people.day(2026, 2027), "slash"), "medical_due")])
    return w.doc(f"乗員部/航空身体検査_{n:02d}.xlsx", render.xlsx("x", [("判定一覧", rows)]))


def shipping_crew(w: Writer, files: int):
    docs = []
    for n in range(files):
        records = []
        for _ in range(w.rng.randint(5, 9)):
            name, kana, roman, nation = w.people.foreigner()
            born = w.people.person(1975, 2003).birth
            record = {"vessel": no("PERSON", w.pick(VESSELS), "vessel_name"), "rank": w.pick(SEA_RANKS),
                      "name": v("PERSON", roman),
                      "nationality": nation, "date_of_birth": v("DATE_OF_BIRTH", date_text(born, "iso"),
                                                                date=born.isoformat()),
                      "passport_no": ids.foreign_passport(w.rng),
                      "sign_on": no("DATE_OF_BIRTH", date_text(w.people.day(), "iso"), "sign_on_date")}
            if w.chance(0.3):
                record["meal_note"] = care("宗教", w.pick(SEA_MEALS))
            if w.chance(0.25):
                record["residence_card"] = ids.residence_card(w.rng)
            records.append(record)
        docs.append(w.doc(f"配乗/crew_list_{n:02d}.json", render.json_("x", records)))
    return docs


def ski_school(w: Writer, files: int):
    docs = []
    for n in range(files):
        if n % 2:
            instructors = []
            for _ in range(w.rng.randint(3, 5)):
                p = w.people.person(1970, 2004)
                instructors.append([["指導員 ", p.name("space"), "　運転免許 ", ids.licence(w.rng), "　送迎可"],
                                    ["　住所 ", p.address("hyphen"), "　携帯 ", p.tel(True)]])
            slides = [("インストラクター配置（冬季）", [line for pair in instructors[:2] for line in pair], None),
                      ("配置 続き", [line for pair in instructors[2:] for line in pair],
                       ["ゲレンデ事務所 内線 204", "リフト券番号は別紙"])]
            docs.append(w.doc(f"スキー学校/指導員配置_{n:02d}.pptx", render.pptx_("x", slides)))
            continue
        blocks = [("h", "レッスン申込一覧")]
        rows = [["受講者", "年齢", "クラス", "保護者", "連絡先", "注意事項", "予約番号"]]
        for _ in range(w.rng.randint(4, 7)):
            kid, parent = w.people.person(2012, 2020), w.people.person(1978, 1990)
            rows.append([v("PERSON", parent.family[0] + kid.given[0]), f"{kid.age}歳", w.pick(SKI_LEVELS),
                         parent.name("tight"), parent.tel(True),
                         care("病歴", w.pick(SKI_NOTES)) if w.chance(0.3) else "なし",
                         ids.order_number(w.rng, "booking_number")])
        blocks += [("table", rows), ("p", ["予約番号 ", ids.order_number(w.rng, "booking_number")])]
        docs.append(w.doc(f"スキー学校/lesson_{n:02d}.html", render.html("x", "レッスン申込", blocks)))
    return docs


def language_school(w: Writer, files: int):
    docs = []
    for n in range(files):
        if n % 3 == 2:
            docs.append(_teacher_notes(w, n))
            continue
        rows = [["学籍番号", "氏名（英字）", "氏名（漢字）", "氏名（カナ）", "国籍", "生年月日", "在留カード番号", "旅券番号", "住所", "電話",
                 "クラス", "配慮事項", "入学日"]]
        for k in range(w.rng.randint(7, 11)):
            name, kana, roman, nation = w.people.foreigner()
            host = w.people.person()
            born = w.people.person(1995, 2007).birth
            note = ""
            if w.chance(0.2):
                note = care("宗教", w.pick(SCHOOL_RELIGIONS))
            elif w.chance(0.25):
                note = care("人種・民族", w.pick(SCHOOL_ORIGINS) + "出身")
            rows.append([f"25{k:03d}", v("PERSON", roman), v("PERSON", name) if name != roman else "",
                         v("PERSON", kana), nation,
                         v("DATE_OF_BIRTH", date_text(born, "slash"), date=born.isoformat()), ids.residence_card(w.rng),
                         ids.foreign_passport(w.rng), host.address(w.pick(["full", "hyphen"])),
                         host.tel(True, "plain"), w.pick(SCHOOL_CLASSES), note,
                         no("DATE_OF_BIRTH", date_text(w.people.day(2024, 2026), "slash"), "admission_date")])
        if n % 2:
            docs.append(w.doc(f"日本語学校/在籍者_{n:02d}.xlsx", render.xlsx("x", [("在籍", rows)])))
        else:
            docs.append(w.doc(f"日本語学校/在籍者_{n:02d}.csv", render.csv("x", rows, "cp932")))
    return docs
