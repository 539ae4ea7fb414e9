"""Neighbourhood writers: a 自治会, a マンション管理組合, a 学習塾, a boys' baseball
club, a city library's host export, a 社会福祉協議会."""

from __future__ import annotations

from benchmarks.corpus8 import render, sensitive
from benchmarks.corpus8.compose import Output, cell, out, out_inside, row
from benchmarks.corpus8.kit import Kit
from benchmarks.corpus8.mail import flat, message
from benchmarks.corpus8.model import Mark, neg
from benchmarks.corpus8.orgs import Org
from benchmarks.corpus8.render import Table

BANKS = [("しらかば信用金庫", "1391"), ("北上農業協同組合", "3011"), ("みなと銀行", "0562"), ("東邦銀行", "0126"),
         ("伊予銀行", "0174"), ("ゆうちょ銀行", "9900"), ("百五銀行", "0155"), ("西日本シティ銀行", "0190")]
BRANCHES = ["本店営業部", "駅前支店", "東口支店", "中央支店", "北支店", "南町出張所", "緑ヶ丘支店"]


def jichikai_roster(k: Kit, org: Org, n: int) -> Output:
    """会員名簿: a title row merged over the columns; 備考 says who needs help in a disaster."""
    rows = []
    for han in range(1, k.rng.randint(3, 5)):
        for _ in range(k.rng.randint(3, 6)):
            p = k.people.mixed(1935, 1995)
            note = ""
            if k.rng.random() < .25:
                note = [k.rng.choice(["要援護者　", "避難時支援　"]), sensitive.phrase(k.rng, "障害")]
            elif k.rng.random() < .15:
                note = ["独居・", sensitive.phrase(k.rng, "病歴")]
            rows.append([f"{han}班", *row(k, p, ["name", "kana", "address", "phone"]), str(k.rng.randint(1, 5)), note])
    officers = []
    for role in ("会長", "副会長", "会計", "防犯部長", "環境部長"):
        p = k.people.person(1945, 1980)
        officers.append([role, cell(k, p, "name"), cell(k, p, "mobile"), cell(k, p, "email") if k.rng.random() < .5 else ""])
    return out(f"jichikai/会員名簿_{n:02d}.xlsx", render.xlsx([
        Table(["班", "世帯主", "ふりがな", "住所", "電話", "世帯人数", "備考"], rows, title=f"令和8年度 {org.name} 会員名簿",
              sheet="会員名簿", notes=[["事務局 ", org.own("phone")]]),
        Table(["役職", "氏名", "携帯", "メール"], officers, sheet="役員")]))


def jichikai_minutes(k: Kit, org: Org, n: int) -> Output:
    """役員会議事録: names in running text without 様, a park and a hall called like people."""
    a, b, c, d = (k.people.person(1945, 1985) for _ in range(4))
    lines = [[f"{org.name} 第{n + 3}回役員会 議事録"], ["日時：", k.event_date(), " 19時00分〜20時30分"],
             ["場所：", k.place_name(), "（集会室）"],
             ["出席者：", k.name(a, True), "会長、", k.name(b, True), "副会長、", k.name(c, True), "会計"],
             ["1. 防犯パトロールについて 防犯部の", k.name(d, True), "から夜間巡回の報告があった。"],
             ["2. 会計報告 ", k.name(c, True), "会計より中間報告。繰越金に誤りなし。"],
             ["3. その他 4班の", k.name(k.people.person(1935, 1960), True), "さんから、", sensitive.phrase(k.rng, "犯罪被害"),
              "との話があり、防犯灯の増設を市に要望する。"],
             ["4. 掲示板 5班の", k.name(k.people.person(1940, 1975), True), "さん（", sensitive.phrase(k.rng, "信条"),
              "）から、掲示板へのポスター掲示について申し入れがあった。"],
             ["次回：", k.event_date(), " ", k.place_name()], ["以上（記録：", k.name(b), "）"]]
    return out(f"jichikai/役員会議事録_{n:02d}.docx", render.docx(lines))


def kanri_residents(k: Kit, org: Org, n: int) -> Output:
    """居住者名簿 from the management office's PC: CP932, 緊急連絡先 beside each room."""
    rows = []
    for floor in range(1, k.rng.randint(4, 7)):
        for room in range(1, k.rng.randint(3, 5)):
            p, q = k.people.mixed(1940, 2000), k.people.person(1950, 2000)
            rows.append([f"{floor}0{room}", *row(k, p, ["name", "kana"]), k.event_date(k.rng.randint(2010, 2025)),
                         cell(k, q, "name"), k.rng.choice(["長男", "妹", "母", "勤務先", "叔父", "長女"]), cell(k, q, "any_phone"),
                         k.rng.choice(["", "品川 300 さ 12-34", "なにわ 530 あ 88-01", ""])])
    return out(f"kanri/居住者名簿_{n:02d}.csv", render.csv_table(Table(
        ["部屋番号", "氏名", "フリガナ", "入居日", "緊急連絡先氏名", "続柄", "緊急連絡先電話", "車両番号"], rows), encoding="cp932"))


def kanri_arrears(k: Kit, org: Org, n: int) -> Output:
    """管理費等滞納一覧: a payroll-like transfer table, the account number in its own column."""
    rows = []
    for _ in range(k.rng.randint(6, 12)):
        p = k.people.person(1950, 1995)
        bank, code = k.rng.choice(BANKS[:5])
        rows.append([f"{k.rng.randint(1, 9)}0{k.rng.randint(1, 6)}", cell(k, p, "name"), bank, k.rng.choice(BRANCHES),
                     k.rng.choice(["普通", "当座"]), k.account(), f"{k.rng.randint(2, 14) * 14500:,}", f"{k.rng.randint(1, 8)}か月",
                     k.event_date()])
    notes = [["督促状は内容証明で送付。連絡先：管理事務室 ", org.own("phone")]]
    return out(f"kanri/滞納管理_{n:02d}.xlsx", render.xlsx([Table(
        ["号室", "区分所有者", "金融機関", "支店名", "預金種目", "口座番号", "滞納額", "期間", "督促日"], rows, sheet="滞納者",
        title="管理費・修繕積立金 滞納者一覧", notes=notes)]))


def kanri_minutes(k: Kit, org: Org, n: int) -> Output:
    """理事会議事録 as a text file: a resident's health said in a sentence, an order number."""
    a, b, c = (k.people.person(1940, 1990) for _ in range(3))
    lines = [[f"{org.name} 理事会議事録（第{n + 12}期）"], ["開催日 ", k.event_date()], [""],
             ["出席理事 ", k.name(a, True), "（理事長）、", k.name(b, True), "、", k.name(c, True)],
             ["議題1 大規模修繕工事の発注 工事請負契約番号 ", k.order_number(), " を承認した。"],
             ["議題2 ", f"{k.rng.randint(2, 9)}0{k.rng.randint(1, 6)}号室の", k.name(k.people.person(1930, 1950), True),
              "氏は", sensitive.phrase(k.rng, "病歴"), "とのことで、ご家族（", cell(k, k.people.person(1960, 1990), "mobile"),
              "）と相談のうえ見守りを行う。"],
             ["議題3 ペット飼育細則 ", k.pet(), "（犬）の鳴き声について苦情あり。"],
             ["管理会社担当 ", k.name(k.people.person(1970, 1995)), "　連絡先 ", org.own("phone")]]
    return out(f"kanri/理事会議事録_{n:02d}.txt", render.text_lines(lines))


def juku_karte(k: Kit, org: Org, n: int) -> Output:
    """生徒カルテ: a form in a Word table, labels to the left, the pupil's school and care notes."""
    child, parent = k.people.person(2009, 2016), k.people.person(1972, 1988)
    parent.family, parent.family_kana = child.family, child.family_kana
    care = sensitive.phrase(k.rng, k.rng.choice(["障害", "病歴"]))
    grid = [["生徒氏名", cell(k, child, "name"), "フリガナ", cell(k, child, "kana")],
            ["生年月日", k.birth(child, k.rng.choice((0, 1, 3))), "学校名", k.rng.choice(["長岡市立東中学校", "宮内小学校", "県立長岡南高校"])],
            ["保護者", cell(k, parent, "name"), "続柄", "母" if parent.female else "父"],
            ["住所", [cell(k, parent, "postal"), " ", cell(k, parent, "address")], "自宅電話", cell(k, parent, "phone")],
            ["緊急連絡先", cell(k, parent, "mobile"), "メール", cell(k, parent, "email")],
            ["配慮事項", care, "志望校", "長岡高専"],
            ["家庭の状況", sensitive.phrase(k.rng, "人種・民族") if k.rng.random() < .3 else "特記なし", "紹介者",
             cell(k, k.people.person(1970, 1990), "name")]]
    lines = [["生徒カルテ（個人票）"], [f"入塾日 令和{k.rng.randint(5, 8)}年{k.rng.randint(1, 12)}月  担当講師 ", k.name(k.people.person(1985, 2001))]]
    return out(f"juku/生徒カルテ_{n:03d}.docx", render.docx(lines, [Table(None, grid)]))


def juku_mendan(k: Kit, org: Org, n: int) -> Output:
    """三者面談記録: the teacher's free notes; dates in it are not births."""
    child = k.people.person(2008, 2014)
    lines = [["【面談記録】"], ["面談日：", k.event_date(), "　次回面談：", k.event_date(2027)],
             ["生徒：", k.name(child), "（中", str(k.rng.randint(1, 3)), "）　同席：", k.name(k.people.person(1970, 1985)), "（保護者）"],
             [k.name(child, True), "さんは数学の計算ミスが多い。本人の話では",
              sensitive.phrase(k.rng, "病歴"), "で夏期講習を休んだ分が遅れている。"],
             ["母親より、", sensitive.phrase(k.rng, "障害"), "について学校と相談中との話あり。座席は前列に。"],
             ["講師メモ：英語は", k.name(k.people.person(1990, 2002), True), "先生に引き継ぐ。"]]
    return out(f"juku/面談記録_{n:03d}.txt", render.text_lines(lines, encoding="cp932", newline="\r\n"))


def juku_transfer(k: Kit, org: Org, n: int) -> Output:
    """月謝の口座振替データ: a headerless CSV, payer in half-width kana."""
    rows = []
    for i in range(k.rng.randint(8, 16)):
        p = k.people.person(1970, 1990)
        bank, code = k.rng.choice(BANKS)
        rows.append([f"S{n:02d}{i:03d}", cell(k, p, "kana_half"), code, f"{k.rng.randint(1, 899):03d}", "1", k.account(),
                     str(k.rng.choice([16500, 22000, 27500])), k.order_number()])
    return out(f"juku/口座振替_{n:02d}.csv", render.csv_table(Table(None, rows), encoding="cp932"))


def shonendan_roster(k: Kit, org: Org, n: int) -> Output:
    """団員名簿: 背番号, 学年, 保護者, 持病 (a coach's care column)."""
    rows = []
    for number in k.rng.sample(range(1, 30), k.rng.randint(10, 16)):
        child, parent = k.people.person(2014, 2019), k.people.person(1980, 1990)
        health = sensitive.phrase(k.rng, k.rng.choice(["病歴", "障害"])) if k.rng.random() < .3 else "特になし"
        rows.append([str(number), cell(k, child, "name"), cell(k, child, "kana"), k.birth(child, k.rng.choice((1, 5, 2))),
                     cell(k, parent, "name"), cell(k, parent, "mobile"), health,
                     k.event_date(k.rng.randint(2022, 2026))])
    return out(f"shonendan/団員名簿_{n:02d}.xlsx", render.xlsx([Table(
        ["背番号", "選手名", "ふりがな", "生年月日", "保護者名", "保護者携帯", "持病・アレルギー等", "入団日"], rows, sheet="団員",
        title=f"{org.name} 団員名簿（{2026 + n % 2}年度）")]))


def shonendan_mail(k: Kit, org: Org, n: int) -> Output:
    """スポーツ安全保険の加入依頼: a coach's mail with the list attached as CSV."""
    rows = []
    for _ in range(k.rng.randint(8, 14)):
        child = k.people.person(2014, 2019)
        rows.append([*row(k, child, ["name", "kana", "birth_west", "address"]), "団員"])
    attached = render.csv_table(Table(["氏名", "フリガナ", "生年月日", "住所", "区分"], rows), bom=True)
    coach = k.people.person(1965, 1985)
    lines = [["各位"], ["お疲れさまです。", k.name(coach, True), "です。"],
             ["スポーツ安全保険の加入者名簿を添付します。練習試合は", k.event_date(), "です。"],
             ["グラウンドは", k.place_name(), "の横です。"], ["--"], [org.name, " 監督 ", k.name(coach)],
             ["携帯 ", cell(k, coach, "mobile")]]
    data = message((k.name(coach), cell(k, coach, "email")), ("", org.own("mail")), "保険加入者名簿の件",
                   "Tue, 10 Nov 2026 21:14:03 +0900", lines, [("加入者名簿.csv", attached[0], flat(attached[1]))],
                   msgid=f"sd{n}")
    return out_inside(f"shonendan/mail/{n:02d}_保険加入.eml", data)


def toshokan_export(k: Kit, org: Org, n: int) -> Output:
    """利用者マスタ: a fixed-width host export without header, CP932 padded by bytes,
    half-width kana, the address last and written without spaces (the host's field)."""
    rows = []
    for i in range(k.rng.randint(10, 18)):
        p = k.people.person(1940, 2015)
        rows.append([f"{2100000 + n * 1000 + i:08d}", cell(k, p, "kana_half"), cell(k, p, "birth_packed"),
                     cell(k, p, "postal_bare"), cell(k, p, "phone_bare"), k.rng.choice(["1", "2", "1"]),
                     neg("DATE_OF_BIRTH", f"20{k.rng.randint(10, 26)}0{k.rng.randint(1, 9)}1{k.rng.randint(0, 9)}",
                         "registration_date"), Mark("ADDRESS", p.address(0).replace(" ", ""))])
    return out(f"toshokan/RIYOSHA_{n:02d}.DAT", render.fixed_width(rows, [10, 22, 10, 9, 13, 3, 10, 0]))


def shakyo_loan(k: Kit, org: Org, n: int) -> Output:
    """生活福祉資金の相談記録: a family table with births and a 経過記録 in sentences."""
    head = k.people.person(1960, 1985)
    family = [["続柄", "氏名", "生年月日", "職業・学校", "健康状態"]]
    family.append(["本人", cell(k, head, "name"), k.birth(head), "パート", sensitive.phrase(k.rng, "病歴")])
    spouse = "夫" if head.female else "妻"
    for relation in k.rng.sample([spouse, "長男", "長女", "次男", "母"], k.rng.randint(1, 3)):
        elder, partner = relation == "母", relation == spouse
        m = k.people.person(1940 if elder else 1960 if partner else 2000, 1960 if elder else 1985 if partner else 2018,
                            female=relation in ("妻", "長女", "母"))
        m.family = head.family
        family.append([relation, cell(k, m, "name"), k.birth(m), k.rng.choice(["小学生", "無職", "高校生", "会社員"]),
                       sensitive.phrase(k.rng, "障害") if k.rng.random() < .4 else "良好"])
    lines = [["生活福祉資金 貸付相談記録票"], ["相談日 ", k.event_date(), "　受付 ", k.name(k.people.person(1975, 1995))],
             ["相談者住所 ", cell(k, head, "address"), "　電話 ", cell(k, head, "any_phone")],
             ["（経過記録）", k.name(head, True), "さんは失職後に", sensitive.phrase(k.rng, "病歴"),
              "。家賃を3か月滞納。"],
             ["振込先 ", k.rng.choice(BANKS)[0], " ", k.rng.choice(BRANCHES), " 普通 ", k.account()], *org.letterhead()]
    return out(f"shakyo/貸付相談_{n:03d}.docx", render.docx(lines, [Table(family[0], family[1:])]))


def shakyo_volunteers(k: Kit, org: Org, n: int) -> Output:
    rows = []
    for _ in range(k.rng.randint(8, 14)):
        p = k.people.mixed(1945, 2004)
        rows.append([*row(k, p, ["name", "kana", "sex", "age", "postal", "address", "any_phone", "email"]),
                     k.rng.choice(["配食", "傾聴", "送迎", "子ども食堂"]), k.event_date(k.rng.randint(2018, 2026))])
    return out(f"shakyo/ボランティア登録_{n:02d}.csv", render.csv_table(Table(
        ["氏名", "ふりがな", "性別", "年齢", "〒", "住所", "連絡先", "メール", "活動", "登録日"], rows)))




def shonendan_certificate(k: Kit, org: Org, n: int) -> Output:
    """卒団の感謝状: a vertical page typed line by line, the name spread over its width
    (均等割付) and read with its spaces."""
    child = k.people.person(2013, 2015)
    spread = Mark("PERSON", "　".join(child.family) + "　　" + "　".join(child.given))
    lines = [["感　謝　状"], [spread, "　殿"], ["あなたは六年間チームの一員として"], ["練習に励み仲間を支えてくれました"],
             ["ここに感謝の意を表します"], [k.event_date()], [org.name], ["監督　", k.name(k.people.person(1965, 1985))]]
    return out(f"shonendan/感謝状_{n:02d}.docx", render.docx(lines))
