"""A 司法書士 office: inheritance charts with 本籍, debt-consultation sheets with the
client's accounts, identity-check logs, powers of attorney, a matter folder zipped."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus12 import ids, render
from benchmarks.corpus12.mail import doc_of
from benchmarks.corpus12.model import in_turn, Lines, Table, neg, single, val
from benchmarks.corpus12.pen import Pen
from benchmarks.corpus12.people import birth_text

OFFICE = "tsuzuki-shihoshoshi"
BANKS = [("北越", "長岡東"), ("しずなみ", "佐鳴台"), ("みちのく中央", "連坊"), ("瀬戸内", "倉敷駅前"), ("ひのくに", "健軍")]
RELATIONS = ["妻", "長男", "長女", "二男", "二女", "孫"]
DEBT_VICTIM = ["特殊詐欺の被害に遭い300万円を失った", "元交際相手からストーカー被害を受けている", "SNSでの誹謗中傷被害で警察に相談"]


def inheritance_chart(pen: Pen) -> object:
    dead = pen.person((1932, 1950))
    died = neg("DATE_OF_BIRTH", birth_text(date(2025, 2, 1 + pen.rng.randrange(27)), 0), "death_date")
    chart = Lines().add("相続関係説明図").blank().add("被相続人　", pen.name(dead))
    honseki = pen.honseki()
    chart.add("本籍　", *honseki).add("最後の住所　", pen.address(dead))
    chart.add("出生　", pen.birth(dead, 4)).add("死亡　", died)
    heirs = Table(["続柄", "氏名", "生年月日", "住所"])
    for relation in pen.rng.sample(RELATIONS, pen.rng.randint(2, 4)):
        heir = pen.person((1950, 1995) if relation != "孫" else (1995, 2012))
        heirs.add(relation, pen.name(heir), pen.birth(heir, pen.pick([0, 4, 1])), pen.address(heir))
    chart.add("作成者　司法書士 ", neg("PERSON", "都築法務事務所", "org_name"))
    return render.docx_file([chart, heirs])


def debt_sheet(pen: Pen) -> object:
    client = pen.person((1955, 1998))
    bank, branch = pen.pick(BANKS)
    page1 = Lines().add("債務整理 ご相談票（受付No. ", pen.order_number(), "）").add("ご相談者　", pen.name(client))
    page1.add("フリガナ　", pen.name(client, "kana")).add("生年月日　", pen.birth(client, 0))
    page1.add("住所　〒", pen.postal(client, True), " ", pen.address(client)).add("携帯電話　", pen.phone(client, True, 0))
    page1.add("返済口座　", f"{bank}銀行 {branch}支店 普通 ", val("BANK_ACCOUNT", ids.account(pen.rng)))
    page2 = Lines().add("ご事情（聴取メモ）")
    page2.add("ご本人は昨年", pen.sensitive("犯罪被害", DEBT_VICTIM), "。")
    page2.add("その後", pen.sensitive("病歴", ["うつ病により休職中", "パニック障害で頓服を持参"]), "で収入が減少。")
    page2.add("聴取者　", pen.name(pen.person((1965, 1990))))
    return render.pdf_file([page1, page2])


def identity_log(pen: Pen, n: int) -> object:
    table = Table(["確認日", "氏名", "生年月日", "住所", "本籍（戸籍で確認）", "確認書類", "書類番号", "確認者"], above=["本人確認記録簿（犯収法）"])
    for _ in range(n):
        p = pen.person((1940, 2000), foreign=0.1)
        paper = pen.rng.randrange(3)
        number = [val("DRIVERS_LICENSE", ids.licence(pen.rng)), val("PASSPORT", ids.passport(pen.rng)),
                  val("RESIDENCE_CARD", ids.residence_card(pen.rng))][paper]
        table.add(pen.other_date(), pen.name(p), pen.birth(p, pen.pick([2, 6, 0])), pen.address(p), pen.honseki(),
                  ["運転免許証", "旅券", "在留カード"][paper], number, pen.name(pen.person((1960, 1990)), "family"))
    return render.xlsx_file([("確認記録", table)])


def proxy(pen: Pen) -> object:
    p = pen.person((1945, 1995))
    own = pen.own(OFFICE)
    lines = Lines().add("委　任　状").blank().add("住所　", pen.address(p)).add("氏名　", pen.name(p))
    lines.add("生年月日　", pen.birth(p, 0)).blank()
    lines.add("私は、次の者を代理人と定め、下記の権限を委任します。")
    lines.add("代理人　司法書士 ", pen.name(pen.person((1960, 1985))), "（", own["address"], "）")
    lines.add("記　不動産の所有権移転登記申請に関する一切の件").add("契約番号 ", pen.contract_number())
    return render.rtf_file(lines)


def matter_zip(pen: Pen, number: int) -> tuple[bytes, list]:
    client, other = pen.person((1950, 1995)), pen.person((1950, 1995))
    memo = Lines().add(f"案件メモ No.{number}").add("依頼者 ", pen.name(client), " 携帯 ", pen.phone(client, True, 1))
    memo.add("相手方 ", pen.name(other), " は", pen.sensitive("犯罪歴", ["詐欺罪で逮捕歴あり", "窃盗罪で起訴された前歴"]), "と依頼者談。")
    memo.add("依頼者は", pen.sensitive("信条"), "とのことで、近隣との対立の背景にあるらしい。")
    memo.add("依頼者 生年月日 ", pen.birth(client, 7)).add("メール ", pen.email(client))
    parties = Table(["区分", "氏名", "住所", "電話"])
    for role, person in (("依頼者", client), ("相手方", other)):
        parties.add(role, pen.name(person), pen.address(person), pen.phone(person, False))
    members = [("memo.txt", *render.text_file(memo)), ("当事者.csv", *render.csv_file(parties, "cp932"))]
    return render.zip_file(members)


def envelopes(pen: Pen, n: int) -> object:
    """宛名印刷: 縦書き envelopes flattened by the PDF printer — name first, then the
    address, the postal code last, no labels."""
    page = Lines()
    for _ in range(n):
        p = pen.person((1940, 1995))
        page.add(pen.name(p), "　様").add(pen.address(p)).add("〒", pen.postal(p, False)).add("")
    return render.pdf_file([page])


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"shihoshoshi/相続/説明図_{i:03d}.docx", inheritance_chart(pen)),
        lambda i: single(f"shihoshoshi/債務整理/相談票_{i:03d}.pdf", debt_sheet(pen)),
        lambda i: single(f"shihoshoshi/本人確認/記録簿_{i:03d}.xlsx", identity_log(pen, pen.rng.randint(6, 12))),
        lambda i: single(f"shihoshoshi/委任状/委任状_{i:03d}.rtf", proxy(pen)),
        lambda i: doc_of(f"shihoshoshi/案件/matter_{i:03d}.zip", *matter_zip(pen, 2025000 + i)),
        lambda i: single(f"shihoshoshi/発送/宛名_{i:03d}.pdf", envelopes(pen, pen.rng.randint(3, 5))),
    ])
