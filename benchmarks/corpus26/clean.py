"""Clean files of corpus 26: what the same offices keep that names no one — price lists, notices,
timetables, catalogues, policies, agendas. Look-alikes only (their own particulars, codes, dates)."""

from __future__ import annotations

from benchmarks.corpus16.model import Doc, Grid, Lines
from benchmarks.corpus26 import docs, marks as m
from benchmarks.corpus26.organisations import ORGS

KEYS = sorted(ORGS)
ITEMS = ["オイル交換", "タイヤ交換", "区画使用料", "検定料", "教材費", "印鑑ケース", "入会金", "保険料", "講習手数料", "資料代"]
FORMS = ["txt", "csv", "xlsx", "docx", "html", "pdf", "json", "xml", "odt", "rtf", "pptx"]


def notice(rng, org) -> docs.Blocks:
    b = docs.Blocks().h(rng.choice(["お知らせ", "年末年始の営業について", "臨時休業のご案内", "料金改定のお知らせ"]))
    b.p("掲示日 ", m.not_birth(m.day(rng), rng.randrange(5)))
    b.p(rng.choice(["平素よりご利用いただきありがとうございます。", "いつもご協力ありがとうございます。"]))
    b.p(m.health_notice(rng)).p(m.privacy(rng))
    b.p("見学会 ", m.not_birth(m.day(rng), 1), "　会場：", m.place(rng),
        "公民館")
    return b.lines(m.letterhead(org)).p("法人番号 ", m.corporate(org))


def price_grid(rng, org) -> Grid:
    grid = Grid("コード", "品目", "単価", "管理番号", "改定日")
    for item in rng.sample(ITEMS, 6):
        grid.add(m.part(rng), item, f"{rng.randint(1, 40) * 500:,}円", m.product(rng), m.not_birth(m.day(rng), 1))
    grid.add("振込先", ORGS[org.key].name, "", m.org_account(org), "")
    return grid


def calendar_lines(rng, org) -> Lines:
    lines = Lines().put(f"{org.name} 年間予定").put("伝票番号 ", m.voucher(rng))
    for _ in range(8):
        lines.put(m.not_birth(m.day(rng), rng.randrange(5)), "　", rng.choice(["総会", "研修", "点検", "休業", "大会", "発表会"]))
    return lines.put("問合せ ", m.org_phone(org), " ", m.org_mail(org)).put("雇用保険適用事業所番号 ", m.employer_office(rng))


def clean(rng, n):
    org = ORGS[KEYS[n % len(KEYS)]]
    form = FORMS[n % len(FORMS)]
    base = f"{org.key}/common/{['oshirase', 'ryokin', 'yotei', 'kitei'][n % 4]}_{n + 1:02d}"
    if form in ("txt", "json", "xml"):
        lines = calendar_lines(rng, org)
        if form == "json":
            return data_doc(f"{base}.json", lines, '{{"line": "{}"}},', "[", '{"end": true}]')
        if form == "xml":
            head = '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>'
            return data_doc(f"{base}.xml", lines, "  <line>{}</line>", head, "</schedule>")
        doc = docs.txt(f"{base}.txt", lines, "cp932" if n % 2 else "utf-8")
    elif form == "csv":
        doc = docs.csv(f"{base}.csv", price_grid(rng, org), "cp932")
    elif form == "xlsx":
        doc = docs.xlsx(f"{base}.xlsx", [("料金表", price_grid(rng, org))])
    elif form == "pptx":
        safety = Lines().put(m.health_notice(rng))
        doc = docs.pptx(f"{base}.pptx", [("ご案内", calendar_lines(rng, org)), ("安全のために", safety)])
    else:
        b = notice(rng, org).t(price_grid(rng, org))
        maker = {"docx": docs.docx, "pdf": docs.pdf, "odt": docs.odt, "rtf": docs.rtf}.get(form)
        doc = maker(f"{base}.{form}", b) if maker else docs.html(f"{base}.html", "お知らせ", b)
    doc.clean = True
    return doc


def data_doc(path: str, lines: Lines, pattern: str, head: str, tail: str) -> Doc:
    out = Lines()
    out.lines.extend(head.split("\n"))
    for number, line in enumerate(lines.lines, 1):
        out.lines.append(pattern.format(line.replace('"', "'")))
        out.marks += [(len(out.lines), mk) for n2, mk in lines.marks if n2 == number]
    out.lines.extend(tail.split("\n"))
    return Doc(path, out.text().encode(), out.items(path), clean=True)
