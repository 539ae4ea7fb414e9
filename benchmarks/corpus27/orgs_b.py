"""The nursing home's reports and mails, an electrician's crew, a nursing school and a junior
high school's PTA."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus27 import marks as m
from benchmarks.corpus27 import people, render as r, render_mail as rm, vocab
from benchmarks.corpus27.organisations import ORGS

MAIL_DAY = "Fri, 20 Nov 2026 10:{:02d}:00 +0900"


def home_accident(rng, n):
    """事故報告書（ヒヤリハット） (docx): a fall, what staff saw, the family told."""
    p, staff, family = people.person(rng, 1926, 1948), people.person(rng, 1970, 2000), people.person(rng, 1950, 1978)
    text = m.head(Lines(), "home", "事故報告書")
    text.put("発生日：", m.day(rng, 1), "　報告者：介護職員 ", m.name(staff))
    text.put("対象者：", m.name(p), " 様（", str(p.age), "歳、生年月日 ", m.birth(p, 1), "）")
    text.put("状況：夜間、居室からトイレへ移動中に転倒。既往に", m.sensitive(rng, "病歴"), "があり、",
             m.sensitive(rng, "障害", rng.choice(vocab.SENSITIVE["障害"][0:1] + vocab.SENSITIVE["障害"][4:5] + vocab.SENSITIVE["障害"][6:8])),
             "のため移動に介助を要する。")
    text.put("対応：看護師が確認し、家族（", rng.choice(vocab.RELATIONS), " ", m.name(family), " 様 ", m.mobile(family),
             "）へ連絡した。")
    text.put("再発防止：センサーマットを設置。", m.boilerplate(rng), "。")
    table = Grid("確認欄", "氏名")
    table.add("施設長", "押印")
    table.add("記入例", m.sample_name(rng))
    return r.docx(f"ひだまりの丘/事故報告/jiko_{n + 1:02d}.docx", [text, table, m.foot(Lines(), "home")])


def home_family_mail(rng, n):
    """A mail to a resident's family about a hospital visit (eml)."""
    p, family = people.person(rng, 1926, 1948), people.person(rng, 1950, 1978)
    body = Lines().put(m.name(family), " 様").gap()
    body.put("いつもお世話になっております。", ORGS["home"].name, "の生活相談員です。")
    body.put(m.name(p), " 様ですが、本日の定期受診で", m.sensitive(rng, "病歴"), "と言われ、")
    body.put("お薬が変わりました。次回の受診は", m.day(rng, 1), "です。")
    body.put("ご不明な点は下記までご連絡ください。")
    body.gap().put(*m.contact("home"))
    return rm.eml(f"ひだまりの丘/メール/family_{n + 1:02d}.eml", m.org_mail("home", "生活相談員"),
                  [m.name(family), " <", m.email(family), ">"],
                  "受診結果のご報告", MAIL_DAY.format(n), body)


def denki_workers(rng, n):
    """作業員名簿 (xlsx, the 全建統一様式 habit): licences, insurance numbers, health checks."""
    grid = Grid("氏名", "フリガナ", "生年月日", "現住所", "電話", "運転免許", "雇用保険番号", "基礎年金番号",
                "健診日", "血圧等", "家族連絡先")
    for _ in range(rng.randint(9, 12)):
        p, family = people.person(rng, 1958, 2004, "男"), people.person(rng)
        grid.add(m.name(p), m.kana(p), m.birth(p, 1), m.address(p), m.mobile(p), m.licence(rng), m.employment(rng),
                 m.pension(rng), m.day(rng, 2), m.sensitive(rng, "健康診断結果") if rng.random() < 0.4 else "異常なし",
                 [m.name(family), " ", m.mobile(family)])
    site = Grid("事業所", ORGS["denki"].name)
    site.add("雇用保険適用事業所番号", m.office_number(rng))
    site.add("主任技術者", "第一種電気工事士")
    site.add("分電盤型番", m.model_number(rng))
    return r.xlsx(f"栗林電設/安全書類/作業員名簿_{n + 1:02d}.xlsx", [("作業員名簿", grid), ("事業所", site)])


def denki_history(rng, n):
    """身上書 (odt): a new hand's own account, domicile and union included."""
    p, father = people.person(rng, 1985, 2006, "男"), people.person(rng, 1955, 1975, "男")
    text = m.head(Lines(), "denki", "身　上　書")
    text.put("氏名　", m.name(p), "（", m.kana(p), "）")
    text.put("生年月日　", m.birth(p, 6), "生")
    text.put("本籍　", m.domicile(p, rng))
    text.put("現住所　〒", m.postal(p), "　", m.address(p))
    text.put("電話　", m.mobile(p), "　自宅 ", m.home(p))
    text.put("運転免許証番号　", m.licence(rng))
    text.put("家族　父 ", m.name(father), "（", m.birth(father, 0), "生）")
    text.put("前職では", m.sensitive(rng, "労働組合"), "だった。")
    if rng.random() < 0.5:
        text.put("健康状態　", m.sensitive(rng, "病歴"), "。現場作業に支障なし。")
    text.put("提出日　", m.day(rng, 1))
    return rm.odt(f"栗林電設/人事/身上書_{n + 1:02d}.odt", m.foot(text, "denki"))


def kango_titers(rng, n):
    """抗体価一覧 (utf-8 csv with BOM-less header): each student's results, before clinical practice."""
    grid = Grid("学籍番号", "氏名", "麻疹", "風疹", "水痘", "B型肝炎", "採血日")
    for i in range(rng.randint(34, 40)):
        p = people.person(rng, 2002, 2007, "女" if rng.random() < 0.8 else "男")
        low = rng.random() < 0.3
        grid.add(f"K{2024 + n % 3}{i + 1:03d}", m.name(p), m.sensitive(rng, "健康診断結果") if low else "陽性",
                 "陽性", "陽性" if rng.random() < 0.9 else m.sensitive(rng, "健康診断結果"), "抗体あり", m.day(rng, 4))
    return r.csv_doc(f"看護専門学校/実習/抗体価_{2024 + n}.csv", grid, "utf-8")


def kango_health(rng, n):
    """実習前 健康調査票 (rtf)."""
    p, parent = people.person(rng, 2002, 2007), people.person(rng, 1965, 1980)
    text = m.head(Lines(), "kango", "臨地実習前 健康調査票")
    text.put("学生氏名：", m.name(p), "　生年月日：", m.birth(p, 0))
    text.put("住所：", m.address(p), "　電話：", m.mobile(p))
    text.put("既往歴：", m.sensitive(rng, "病歴"))
    text.put("検査結果：", m.sensitive(rng, "健康診断結果"))
    text.put("緊急連絡先：", m.name(parent), "（", rng.choice(vocab.RELATIONS[4:6]), "）", m.home(parent))
    text.put("記入日：", m.day(rng, 1))
    text.put(m.boilerplate(rng), "。", m.privacy(rng), "。")
    return rm.rtf(f"看護専門学校/保健室/健康調査_{n + 1:02d}.rtf", text)


def pta_officers(rng, n):
    """PTA役員名簿 (docx table with a covering note)."""
    note = m.head(Lines(), "pta", f"令和{8 + n % 2}年度 PTA役員名簿")
    note.put("※本名簿は役員間の連絡にのみ使用し、", m.privacy(rng), "。")
    grid = Grid("役職", "氏名", "生徒氏名", "学年", "住所", "電話", "メール")
    for post in ["会長", "副会長", "副会長", "書記", "会計", "会計監査"] + ["学級委員"] * rng.randint(10, 14):
        p, child = people.person(rng, 1972, 1990), people.person(rng, 2011, 2014)
        child.surname = p.surname
        grid.add(post, m.name(p), m.name(child), f"{rng.randint(1, 3)}年{rng.randint(1, 5)}組", m.address(p),
                 m.mobile(p), m.email(p))
    return r.docx(f"PTA/役員/役員名簿_{n + 1}.docx", [note, grid, m.foot(Lines(), "pta")])


def pta_mail(rng, n):
    """A mail to the class reps with the phone tree attached (eml + csv)."""
    sender = people.person(rng, 1972, 1990)
    tree = Grid("順", "保護者名", "生徒名", "電話", "次の人")
    for i in range(rng.randint(26, 32)):
        p = people.person(rng, 1972, 1990)
        tree.add(str(i + 1), m.name(p, tight=True), m.maybe("PERSON", p.surname + rng.choice(["くん", "さん"])), m.mobile(p), str(i + 2))
    body = Lines().put("学級委員の皆様").gap()
    body.put(f"{rng.randint(1, 3)}年の緊急連絡網を添付します。学級委員の", m.name(sender), "です。")
    body.put("変更があれば私の携帯（", m.mobile(sender), "）までご連絡ください。")
    body.put("引き渡し訓練は", m.day(rng, 3), "の予定です。")
    attachment = r.csv_doc("renrakumou.csv", tree, "utf-8")
    return rm.eml(f"PTA/メール/連絡網_{n + 1:02d}.eml", [m.name(sender), " <", m.email(sender), ">"],
                  m.org_mail("pta"), "緊急連絡網（最新版）",
                  MAIL_DAY.format(n), body, [attachment])
