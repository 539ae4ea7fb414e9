"""Writers of firms and funds: an insurance agency, a 信用金庫 branch, a 農協, movers,
a taxi company, a security company, a construction site, a call centre, a printer
doing a mail-out, a scholarship foundation."""

from __future__ import annotations

from benchmarks.corpus8 import render, sensitive
from benchmarks.corpus8.community import BANKS, BRANCHES
from benchmarks.corpus8.compose import TODAY, Output, cell, out, out_inside, row
from benchmarks.corpus8.kit import Kit
from benchmarks.corpus8.mail import archive, flat, mbox, message
from benchmarks.corpus8.model import Mark, neg, sens
from benchmarks.corpus8.orgs import Org
from benchmarks.corpus8.people import PLACES
from benchmarks.corpus8.render import Table

FEMALE_RELATIONS = {"妻", "母", "長女", "次女", "祖母"}
COMPANIES = ["有限会社カネコ工業", "真壁組", "(株)ツツイ設備", "古賀建設工業", "株式会社 立花電工", "筒井塗装店"]
PRODUCTS = ["医療保険", "がん保険", "自動車保険", "火災保険", "個人年金", "傷害保険"]


def hoken_contracts(k: Kit, org: Org, n: int) -> Output:
    """契約者一覧: the policy number passes the My Number check, the 告知 column is health."""
    rows = []
    for _ in range(k.rng.randint(8, 15)):
        p = k.people.mixed(1945, 2000)
        told = sensitive.phrase(k.rng, "病歴") if k.rng.random() < .4 else "告知事項なし"
        pay = k.card() if k.rng.random() < .4 else [k.rng.choice(BANKS)[0], " 普通 ", k.account()]
        rows.append([k.order_number(), k.rng.choice(PRODUCTS), *row(k, p, ["name", "kana", "birth", "postal", "address",
                                                                           "any_phone"]), told, pay,
                     k.event_date(k.rng.randint(2010, 2026))])
    return out(f"hoken/契約者一覧_{n:02d}.xlsx", render.xlsx([Table(
        ["証券番号", "商品", "契約者名", "カナ", "生年月日", "郵便番号", "住所", "TEL", "告知内容", "払込方法",
         "契約日"], rows,
        sheet="契約一覧")]))


def hoken_accident(k: Kit, org: Org, n: int) -> Output:
    """事故受付の転送メール: the other driver, the licence, the injury."""
    p, other = k.people.person(1950, 2002), k.people.person(1950, 2002)
    staff = k.people.person(1975, 1995)
    lines = [["保険会社 事故受付センター 御中"], [org.name, "の", k.name(staff, True), "です。事故の受付をお願いします。"],
             ["契約者：", k.name(p), "（", k.kana(p), "）"], ["運転免許証番号：", k.licence(p)],
             ["連絡先：", k.phone(p, True)], ["事故日：", k.event_date(), "　場所：", k.place_name(), "付近の交差点"],
             ["相手方：", k.name(other), "様　", k.phone(other, False)],
             ["状況：追突され", k.name(p, True), "様は", k.rng.choice(["頸椎捻挫と診断され通院中", "右鎖骨骨折で入院中", "腰部打撲で通院中"]), "。"],
             ["--"], *org.letterhead()]
    lines[7][3] = sens("病歴", lines[7][3])
    data = message((k.name(staff), Mark("EMAIL", f"{staff.family_roman.lower()}@{org.mail.split('@')[1]}")),
                   ("", neg("EMAIL", "jiko-uketsuke@insurer.example.co.jp", "partner_office_mail")), "【事故受付】追突事故の件", "Wed, 18 Nov 2026 16:40:11 +0900",
                   lines, msgid=f"hk{n}")
    folder = "cur" if n % 3 else ".Sent/cur"  # the agent's Maildir: sent copies in their own folder
    return out_inside(f"hoken/Maildir/{folder}/1763{n:06d}.M{n}P{4100 + n}.mail01:2,S" if n % 2 else
                      f"hoken/mail/事故受付_{n:02d}.eml", data)


def shinkin_host(k: Kit, org: Org, n: int) -> Output:
    """顧客マスタの抽出 (headerless CSV from the host): births packed, phones without dashes."""
    rows = []
    for i in range(k.rng.randint(10, 18)):
        p = k.people.person(1935, 2004)
        rows.append([f"{300000 + n * 100 + i}", cell(k, p, "kana_half"), cell(k, p, "tight"), cell(k, p, "birth_packed"),
                     cell(k, p, "postal_bare"), cell(k, p, "address"), cell(k, p, "phone_bare"), "01", k.account(),
                     neg("DATE_OF_BIRTH", f"2026{k.rng.randint(1, 11):02d}{k.rng.randint(1, 28):02d}", "transaction_date")])
    return out(f"shinkin/CIF_EXTRACT_{n:02d}.csv", render.csv_table(Table(None, rows), encoding="cp932"))


def shinkin_loan(k: Kit, org: Org, n: int) -> Output:
    """ローン申込書 (PDF): licence as the identity document, employer's own number."""
    p = k.people.person(1960, 1998)
    lines = [[org.name, "　マイカーローン申込書"], ["お名前 ", k.name(p), "（", k.kana(p), "）"],
             ["生年月日 ", k.birth(p, 0), "　年齢 ", f"{p.age_on(TODAY)}歳"], ["ご住所 〒", k.postal(p), " ", k.address(p)],
             ["ご自宅 ", k.phone(p, False), "　携帯 ", k.phone(p, True)], ["本人確認書類 運転免許証 ", k.licence(p)],
             ["勤務先 法人番号 ", k.corporate(), "　勤続 ", f"{k.rng.randint(1, 30)}年"],
             ["返済口座 普通 ", k.account()], ["受付 ", k.name(k.people.person(1985, 2002)), "　受付日 ", k.event_date()],
             *org.letterhead()]
    return out(f"shinkin/ローン申込_{n:03d}.pdf", render.pdf(lines))


def nokyo_members(k: Kit, org: Org, n: int) -> Output:
    """正組合員名簿: 出資口数 and 貯金口座, a union officer among the staff sheet."""
    rows = []
    for i in range(k.rng.randint(10, 18)):
        p = k.people.person(1935, 1990)
        rows.append([f"{n:02d}-{i:04d}", *row(k, p, ["name", "kana", "birth_era", "address", "phone"]),
                     str(k.rng.randint(10, 300)), k.account(), k.rng.choice(["水稲", "りんご", "畜産", "野菜"]),
                     k.my_number() if k.rng.random() < .7 else "未提出", k.event_date(k.rng.randint(1980, 2020))])
    staff = []
    for role in ("支所長", "営農指導員", "共済担当"):
        s = k.people.person(1965, 1998)
        staff.append([role, cell(k, s, "name"), sensitive.phrase(k.rng, "労働組合") if k.rng.random() < .6 else ""])
    return out(f"nokyo/組合員名簿_{n:02d}.xlsx", render.xlsx([
        Table(["組合員番号", "氏名", "フリガナ", "生年月日", "住所", "電話", "出資口数", "貯金口座番号", "作目", "マイナンバー",
               "加入年月日"], rows, sheet="正組合員"),
        Table(["役職", "氏名", "組合役職"], staff, sheet="職員")]))


def hikkoshi_inbox(k: Kit, org: Org, n: int) -> Output:
    """見積依頼の受信箱 (mbox): old and new address in the customer's own words."""
    messages = []
    for i in range(k.rng.randint(3, 6)):
        p, new = k.people.mixed(1960, 2004), k.people.person(1960, 2004)
        lines = [["引越しの見積もりをお願いします。"], ["名前：", k.name(p)], ["現住所：", k.address(p)],
                 ["新住所：", k.postal(new), " ", k.address(new)], ["電話：", k.phone(p, True, 1)],
                 ["希望日：", k.event_date(), "（午前）"], ["荷物：2LDK、ピアノあり。犬の", k.pet(), "も一緒です。"]]
        messages.append(message((k.name(p), k.email(p)), ("", org.own("mail")), "見積依頼",
                                f"Sat, {i + 7} Nov 2026 08:1{i}:00 +0900", lines, msgid=f"hi{n}-{i}"))
    return out_inside(f"hikkoshi/見積依頼_{n:02d}.mbox", mbox(messages))


def hikkoshi_crew(k: Kit, org: Org, n: int) -> Output:
    """作業員の手配表 as a TSV: a crew leader's mobile, part-timers' names in romaji."""
    rows = []
    for _ in range(k.rng.randint(6, 12)):
        p = k.people.mixed(1975, 2006)
        rows.append([k.event_date(), *row(k, p, ["roman" if p.origin == "JP" and k.rng.random() < .3 else "name", "mobile"]),
                     k.rng.choice(["リーダー", "ドライバー", "作業"]), k.rng.choice(["2t", "4t", "軽"])])
    return out(f"hikkoshi/手配表_{n:02d}.tsv", render.csv_table(Table(["作業日", "氏名", "携帯", "役割", "車両"], rows), delimiter="\t"))


def taxi_drivers(k: Kit, org: Org, n: int) -> Output:
    """乗務員台帳: licence, checkup, the union the driver serves in."""
    rows = []
    for i in range(k.rng.randint(8, 14)):
        p = k.people.person(1950, 1995)
        checkup = sensitive.phrase(k.rng, "健康診断結果") if k.rng.random() < .5 else sensitive.normal(k.rng)
        rows.append([f"{i + 1:03d}", *row(k, p, ["name", "kana", "birth", "address", "mobile", "licence"]),
                     k.event_date(2028), checkup, sensitive.phrase(k.rng, "労働組合") if k.rng.random() < .3 else "",
                     k.my_number(), k.event_date(k.rng.randint(2000, 2025))])
    return out(f"taxi/乗務員台帳_{n:02d}.xlsx", render.xlsx([Table(
        ["乗務員番号", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "運転免許証番号", "免許有効期限", "健診結果", "組合", "個人番号",
         "選任年月日"], rows,
        title=f"{org.name} 乗務員台帳", sheet="台帳")]))


def taxi_accident(k: Kit, org: Org, n: int) -> Output:
    """事故報告書 (Word): the driver's statement, the passenger hurt."""
    d, passenger = k.people.person(1950, 1990), k.people.mixed(1940, 2005)
    lines = [["事故報告書"], ["報告日 ", k.event_date(), "　営業所 阿賀営業所"], ["乗務員 ", k.name(d), "（免許証 ", k.licence(d), "）"],
             ["車両 呉500あ", f"{k.rng.randint(10, 99)}-{k.rng.randint(10, 99)}", "　発生場所 ", k.place_name(), "前"],
             ["負傷者 ", k.name(passenger), "（乗客）", k.address(passenger), "在住"],
             ["状況 ", k.name(d, True), "乗務員の話では、停車中に後方から追突された。乗客は",
              sensitive.maybe("病歴", "頸部痛を訴え救急搬送"), "。"],
             ["乗務員は", sensitive.phrase(k.rng, "病歴"), "であり、事故後の点呼では異常なし。"],
             ["所属 ", sensitive.phrase(k.rng, "労働組合") if k.rng.random() < .4 else "非組合員"], *org.letterhead()]
    return out(f"taxi/事故報告_{n:03d}.docx", render.docx(lines))


def keibi_shinjo(k: Kit, org: Org, n: int) -> Output:
    """身上書 of a guard (警備業法 asks for 本籍): the family table with births."""
    p = k.people.person(1955, 2003)
    domicile = f"{k.rng.choice(['宮城県石巻市門脇町', '岩手県北上市常盤台', '秋田県横手市大町', '福島県相馬市中村'])}{k.rng.randint(1, 9)}丁目{k.rng.randint(1, 40)}番地"
    honseki = [sens("本籍", domicile), Mark("ADDRESS", domicile, optional=True)]
    lines = [["身　上　書"], ["氏名 ", k.name(p), "　ふりがな ", k.kana(p)], ["生年月日 ", k.birth(p, k.rng.choice((0, 4, 8))), "生"],
             ["本籍 ", honseki[0]], ["現住所 ", k.address(p)], ["電話 ", k.phone(p)],
             ["賞罰 ", sensitive.phrase(k.rng, "犯罪歴") if k.rng.random() < .3 else "なし"],
             ["健康状態 ", sensitive.phrase(k.rng, k.rng.choice(["病歴", "健康診断結果"]))],
             ["前職での組合活動 ", sensitive.phrase(k.rng, "労働組合") if k.rng.random() < .5 else "なし"],
             *org.letterhead()]
    family = []
    spouse = "夫" if p.female else "妻"
    for relation in k.rng.sample([spouse, "長男", "長女", "父", "母"], k.rng.randint(1, 3)):
        elder = relation in ("父", "母")
        m = k.people.person(1935 if elder else 1960, 1965 if elder else 2020, female=relation in FEMALE_RELATIONS)
        m.family = p.family
        family.append([relation, cell(k, m, "name"), k.birth(m, k.rng.choice((1, 3, 5))), k.rng.choice(["同居", "別居"])])
    rendered = render.docx(lines, [Table(["続柄", "氏名", "生年月日", "同居別居"], family)])
    return f"keibi/身上書_{n:03d}.docx", rendered[0], flat(rendered[1]) + [("", honseki[1], "p4")], False


def keibi_roster(k: Kit, org: Org, n: int) -> Output:
    """警備員名簿 (CSV): 本籍 as a column, insurance and pension numbers."""
    rows = []
    for _ in range(k.rng.randint(10, 18)):
        p = k.people.person(1950, 2003)
        elsewhere = k.rng.choice(PLACES)  # 本籍 is seldom where one lives now
        domicile = f"{elsewhere[0]}{elsewhere[1]}{k.rng.choice(elsewhere[2])}{k.rng.randint(1, 3000)}番地"
        rows.append([*row(k, p, ["name", "kana", "birth", "address"]), sens("本籍", domicile),
                     *row(k, p, ["employment", "pension", "my_number", "any_phone"]), k.rng.choice(["1号", "2号", "施設"]),
                     k.event_date(k.rng.randint(2015, 2026)), sensitive.phrase(k.rng, "労働組合") if k.rng.random() < .15 else ""])
    rendered = render.csv_table(Table(["氏名", "フリガナ", "生年月日", "現住所", "本籍", "雇用保険被保険者番号", "基礎年金番号",
                                       "個人番号", "連絡先", "業務区分", "検定合格日", "備考"], rows))
    optional = [("", Mark("ADDRESS", m.text, optional=True), loc) for m, loc in rendered[1] if m.category == "本籍"]
    return f"keibi/警備員名簿_{n:02d}.csv", rendered[0], flat(rendered[1]) + optional, False


def genba_workers(k: Kit, org: Org, n: int) -> Output:
    """作業員名簿 (全建統一様式 style): two header rows, health and insurance columns."""
    rows = []
    for _ in range(k.rng.randint(8, 15)):
        p = k.people.mixed(1955, 2006)
        kin = k.people.person(1950, 2000)
        rows.append([*row(k, p, ["name", "kana", "birth", "age", "address", "any_phone", "blood"]),
                     k.event_date(), sensitive.phrase(k.rng, "健康診断結果") if k.rng.random() < .4 else sensitive.normal(k.rng),
                     *row(k, p, ["employment", "pension"]), cell(k, kin, "name"), cell(k, kin, "any_phone"), k.event_date()])
    head = ["氏名", "フリガナ", "生年月日", "年齢", "現住所", "電話", "血液型", "健康診断日", "血圧・所見", "雇用保険番号",
            "基礎年金番号", "緊急連絡先氏名", "緊急連絡先電話", "入場年月日"]
    groups = [("本人", 7), ("健康管理", 2), ("社会保険", 2), ("緊急連絡先", 2), ("", 1)]
    return out(f"genba/作業員名簿_{n:02d}.xlsx", render.xlsx([Table(head, rows, title=f"作業員名簿　{org.name}　元請確認欄",
                                                                     sheet="作業員名簿", notes=[["事業所番号 ", k.employer()]],
                                                                     groups=groups)]))


def genba_entry(k: Kit, org: Org, n: int) -> Output:
    """新規入場者アンケート (PDF, one worker per page)."""
    p = k.people.mixed(1960, 2006)
    lines = [["新規入場者教育　アンケート兼誓約書"], ["受講日 ", k.event_date()], ["会社名 ", neg("PERSON", k.rng.choice(COMPANIES), "company_named_like_person"), "（二次）"],
             ["氏名 ", k.name(p), "　生年月日 ", k.birth(p, k.rng.choice((1, 2, 3))), "　血液型 ", cell(k, p, "blood"), "型"],
             ["現住所 ", k.address(p)], ["携帯 ", k.phone(p, True)],
             ["持病の有無 あり（", sensitive.phrase(k.rng, "病歴"), "）" if k.rng.random() < .7 else "）"],
             ["最近の健康診断 ", sensitive.phrase(k.rng, "健康診断結果")], ["緊急時連絡先 作業所 ", org.own("phone")]]
    return out(f"genba/新規入場者_{n:03d}.pdf", render.pdf(lines))


def callcenter_log(k: Kit, org: Org, n: int) -> Output:
    """応対履歴の日次エクスポート: CP932 with a header in English."""
    rows = []
    for i in range(k.rng.randint(10, 18)):
        p = k.people.mixed(1940, 2005)
        topic = k.rng.random()
        if topic < .25:
            memo = ["カード紛失の連絡 ", k.card(), " 利用停止済"]
        elif topic < .45:
            memo = ["本人より", sensitive.phrase(k.rng, "犯罪被害"), "との申告、警察相談を案内"]
        elif topic < .6:
            memo = ["会員コード ", k.product_code(), " の再発行"]
        else:
            memo = ["住所変更 新住所 ", k.address(p)]
        rows.append([neg("DATE_OF_BIRTH", f"2026-11-{i % 28 + 1:02d}", "call_date"), f" 1{i % 9}:{i * 7 % 60:02d}", cell(k, p, "name"), cell(k, p, "phone_bare"),
                     k.rng.choice(["IN", "OUT"]), memo, k.name(k.people.person(1985, 2004))])
    return out(f"callcenter/calllog_{n:02d}.csv", render.csv_table(Table(
        ["date", "time", "customer_name", "tel", "direction", "memo", "operator"], rows), encoding="cp932"))


def insatsu_mailout(k: Kit, org: Org, n: int) -> Output:
    """DM発送の入稿データ: a zip with the address list and the job sheet."""
    rows = []
    for _ in range(k.rng.randint(12, 22)):
        p = k.people.mixed(1940, 2004)
        rows.append([cell(k, p, "postal_bare"), Mark("ADDRESS", p.address(0)), cell(k, p, "name"), "様", k.product_code()])
    addresses = render.csv_table(Table(["郵便番号", "住所", "宛名", "敬称", "顧客コード"], rows), encoding="cp932")
    sheet = render.text_lines([["発送指示書"], ["発送日 ", k.event_date()], ["差出人 ", org.name], ["問合せ先 ", org.own("phone")],
                               ["件数 ", str(len(rows))]])
    return out_inside(f"insatsu/入稿_{n:02d}.zip", archive([("宛名リスト.csv", addresses[0], flat(addresses[1])),
                                                           ("発送指示.txt", sheet[0], flat(sheet[1]))]))


def shogakukai_application(k: Kit, org: Org, n: int) -> Output:
    """奨学生申請 (XML from the web form): family income, a disability, the transfer account."""
    p = k.people.person(2004, 2009)
    head = k.people.person(1965, 1980)
    record = {"applicant": cell(k, p, "name"), "kana": cell(k, p, "kana"), "birth": k.birth(p, k.rng.choice((2, 3, 0))),
              "postal": cell(k, p, "postal"), "address": cell(k, p, "address"), "mobile": cell(k, p, "mobile"),
              "email": cell(k, p, "email"), "guardian": cell(k, head, "name"), "guardian_birth": k.birth(head),
              "income": f"{k.rng.randint(150, 450)}万円", "health": sensitive.phrase(k.rng, "障害") if k.rng.random() < .4 else "",
              "bank": k.rng.choice(BANKS)[0], "account": k.account(),
              "motivation": ["高校では", sensitive.phrase(k.rng, k.rng.choice(["信条", "宗教", "人種・民族"])),
                             "として地域の活動に関わってきました。"]}
    if not record["health"]:
        del record["health"]
    return out(f"shogakukai/申請_{n:03d}.xml", render.xml_records([record], "application", "applicant_record"))


def shogakukai_payments(k: Kit, org: Org, n: int) -> Output:
    """奨学金振込一覧 (xlsx) with the students' card and pension numbers absent: name, account."""
    rows = []
    for i in range(k.rng.randint(12, 20)):
        p = k.people.person(2003, 2008)
        bank, code = k.rng.choice(BANKS)
        rows.append([f"W{n:02d}{i:03d}", cell(k, p, "name"), cell(k, p, "kana_half"), bank, code, k.rng.choice(BRANCHES),
                     k.yucho() if bank == "ゆうちょ銀行" else k.account(), f"{k.rng.choice([30000, 40000, 50000]):,}",
                     k.event_date()])
    return out(f"shogakukai/振込一覧_{n:02d}.xlsx", render.xlsx([Table(
        ["奨学生番号", "氏名", "ｺｳｻﾞﾒｲｷﾞ", "金融機関", "金融機関コード", "支店", "口座番号", "金額", "振込日"], rows, sheet="11月振込")]))


CHECK_ITEMS = [  # (item, unit, normal range, a value out of it with its judgement)
    ("血圧", "mmHg", lambda r: f"{r.randint(104, 128)}/{r.randint(62, 82)}", lambda r: f"{r.randint(150, 178)}/{r.randint(92, 108)} 要精検"),
    ("HbA1c", "%", lambda r: f"{r.uniform(4.8, 5.5):.1f}", lambda r: f"{r.uniform(6.6, 8.9):.1f} 要治療"),
    ("γ-GTP", "U/L", lambda r: f"{r.randint(12, 45)}", lambda r: f"{r.randint(110, 260)} 要再検"),
    ("LDL", "mg/dL", lambda r: f"{r.randint(80, 118)}", lambda r: f"{r.randint(165, 210)} 要受診"),
    ("尿糖", "", lambda r: "(-)", lambda r: f"({r.choice(['2+', '3+'])}) 要再検"),
]


def taxi_checkups(k: Kit, org: Org, n: int) -> Output:
    """定期健康診断結果一覧: one row per driver, each item a value with its judgement."""
    rows = []
    for _ in range(k.rng.randint(8, 14)):
        p = k.people.person(1950, 1998)
        values = []
        for item, unit, normal, high in CHECK_ITEMS:
            if k.rng.random() < .3:
                values.append(sens("健康診断結果", f"{item} {high(k.rng)}"))
            else:
                values.append(Mark("SENSITIVE", f"{item} {normal(k.rng)}{unit}", category="健康診断結果", optional=True))
        verdict = k.rng.choice(["C", "D1", "D2", "E"])
        rows.append([cell(k, p, "name"), k.event_date(), *values, sens("健康診断結果", f"総合判定 {verdict}")])
    return out(f"taxi/健診結果一覧_{n:02d}.xlsx", render.xlsx([Table(
        ["氏名", "受診日", "血圧", "血糖", "肝機能", "脂質", "尿", "総合"], rows, title="令和8年度 定期健康診断結果（乗務員）",
        sheet="結果")]))
