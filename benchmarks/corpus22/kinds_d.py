"""Writers D: a notary's office, a private detective agency, a pilgrimage tour operator,
an offenders' rehabilitation hostel (更生保護施設), a manufacturer's graduate hiring desk."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus22 import formats as F
from benchmarks.corpus22 import formats_more as M
from benchmarks.corpus22 import ids
from benchmarks.corpus22.common import decoy, field, letterhead, org, person, place_like, sens, val


def notary_draft(rng: random.Random, n: int):
    testator, heir, witness = person(rng, 0, 1935, 1965), person(rng), person(rng)
    text = Lines().put(f"令和8年第{rng.randint(100, 999)}号").put("遺言公正証書（案）").gap()
    text.put("本公証人は、遺言者", val("PERSON", testator.full), "の嘱託により、次のとおり遺言の趣旨の口述を筆記する。")
    text.put("第1条　遺言者は、その所有する", val("ADDRESS", testator.address), "の土地建物を、長男", val("PERSON", heir.full),
             "（", ids.birth(heir.born, "wareki"), "生）に相続させる。")
    text.put("第2条　遺言者は、", rng.choice(["三井住友銀行", "ゆうちょ銀行", "千葉銀行"]), "の預金（口座番号 ", ids.account(rng)[1],
             "）を妻に相続させる。")
    text.put("本旨外要件").put("住所　", val("ADDRESS", testator.address)).put("本籍　", sens(rng, "本籍"))
    text.put("遺言者　", val("PERSON", testator.full), "　", ids.birth(testator.born, "kanji"), "生")
    text.put("証人　", val("PERSON", witness.full), "（", val("ADDRESS", witness.pref + witness.city), "）")
    text.put("公証人　", val("PERSON", person(rng).full))
    return F.docx(f"notary/遺言公正証書案_{n + 1:03d}.docx", [text])


def notary_booking(rng: random.Random, n: int):
    office = org(rng, "南浜公証役場", "minamihama-koshonin.jp")
    p = person(rng, 0, 1940, 1975)
    body = Lines().put(val("PERSON", p.full), " 様").gap()
    body.put("任意後見契約の打合せを", ids.other_date(rng, "west", "appointment_date"), "午前10時に予約しました。")
    body.put("ご本人確認のため、印鑑登録証明書と、マイナンバーカード（個人番号 ", ids.my_number(rng), "）をご持参ください。")
    body.put("ご依頼者の生年月日は ", ids.birth(p.born, "wareki"), " で承っております。")
    body.put("書記 ", val("PERSON", person(rng).sei), "（案文を添付します）").gap().put(*letterhead(office))
    draft = Lines().put("任意後見契約公正証書（案）").put("委任者 ", val("PERSON", p.full), "　", ids.birth(p.born, "kanji"), "生")
    draft.put("住所 ", val("ADDRESS", p.address)).put("本籍 ", sens(rng, "本籍"))
    agent = person(rng)
    draft.put("受任者 ", val("PERSON", agent.full), "（", val("ADDRESS", agent.pref + agent.city), "在住、委任者の長女）")
    return F.eml(f"notary/予約_{n + 1:03d}.eml", decoy("EMAIL", office.email, "org_email"), field(rng, p, "mail"),
                 "打合せのご予約", body, n, [F.docx("任意後見契約案.docx", [draft])])


def tantei_report(rng: random.Random, n: int):
    agency = org(rng, "オフィス尾行堂 調査事務所", "bikodo-research.jp")
    client, target = person(rng), person(rng)
    first = Lines().put("調査報告書（所在・行動調査）").put(*letterhead(agency)).gap()
    first.put("依頼者 ", val("PERSON", client.full), " 様（電話 ", ids.phone_mark(rng), "）")
    first.put("依頼内容：", sens(rng, "犯罪被害"), "件について、加害者と思われる人物の所在確認。")
    first.put("対象者 ", val("PERSON", target.full), "（", val("PERSON", target.kana), "） ", ids.birth(target.born, "west"), "生")
    second = Lines().put("調査経過")
    second.put(ids.other_date(rng, "slash", "surveillance_date"), " 8:40 対象者は", place_like(rng), "付近の自宅（",
               val("ADDRESS", target.address), "）を出る。")
    second.put("勤務先では", sens(rng, "労働組合"), "として活動している模様。")
    if rng.random() < 0.5:
        second.put("近隣への聞き込みで、", sens(rng, "犯罪歴"), "との話が出た。")
    second.put("調査員 ", val("PERSON", person(rng).sei), "・", val("PERSON", person(rng).sei))
    return M.pdf(f"tantei/報告書_{n + 1:03d}.pdf", [first, second])


def tantei_inquiry(rng: random.Random, n: int):
    agency = org(rng, "オフィス尾行堂 調査事務所", "bikodo-research.jp")
    p = person(rng)
    body = Lines().put("お問い合わせフォームより").gap()
    body.put("お名前: ", val("PERSON", p.full)).put("電話: ", ids.phone_mark(rng)).put("メール: ", field(rng, p, "mail"))
    body.put("ご相談内容: ", sens(rng, "犯罪被害"), "。相手は", val("PERSON", person(rng).full), "という人物で、")
    body.put("住所は", val("ADDRESS", person(rng).address), "だと聞いています。")
    return F.eml(f"tantei/inquiry_{n + 1:03d}.eml", decoy("EMAIL", f"form@{agency.email.split('@')[1]}", "org_email"),
                 decoy("EMAIL", agency.email, "org_email"), "【お問い合わせ】所在調査", body, n)


def pilgrim_list(rng: random.Random, n: int):
    grid = Grid("No", "氏名", "NAME", "性別", "生年月日", "旅券番号", "食事・礼拝の配慮", "緊急連絡先")
    for k in range(rng.randint(14, 22)):
        p = person(rng, 0.1)
        faith = sens(rng, "宗教") if rng.random() < 0.6 else rng.choice(["", "ベジタリアン", "なし"])
        grid.add(str(k + 1), field(rng, p, "name"), field(rng, p, "roma"), field(rng, p, "sex"), field(rng, p, "dob:slash"),
                 field(rng, p, "passport"), faith, [val("PERSON", person(rng).full), " ", ids.phone_mark(rng)])
    plan = Grid("日程", "訪問地", "添乗員")
    for _ in range(5):
        plan.add(ids.other_date(rng, "slash", "tour_date"), rng.choice(["サンティアゴ", "ルルド", "エルサレム", "バラナシ"]),
                 val("PERSON", person(rng).full))
    return F.xlsx(f"pilgrim/参加者名簿_{n + 1:02d}.xlsx", [("参加者", grid, "巡礼の旅 参加者名簿（みちしるべトラベル）"),
                                                       ("行程", plan, None)])


def pilgrim_mail(rng: random.Random, n: int):
    agency = org(rng, "みちしるべトラベル", "michishirube-travel.jp")
    p = person(rng, 0.1)
    body = Lines().put(val("PERSON", p.full), " 様").gap()
    body.put("このたびは巡礼ツアーにお申し込みいただきありがとうございます。")
    body.put("航空券のお名前は ", val("PERSON", p.roma), "（Mr./Ms. ", val("PERSON", p.western), "）です。")
    body.put("パスポート番号 ", ids.passport(rng), " にて航空券を手配しました。予約番号 ", ids.claim_reference(rng), "。")
    body.put("お申し出の", sens(rng, "宗教"), "について、現地ホテルに食事の手配を依頼しています。")
    body.put("ご旅行代金はカード（", ids.card(rng), "）で決済いたしました。")
    body.gap().put(*letterhead(agency))
    return F.eml(f"pilgrim/confirm_{n + 1:03d}.eml", decoy("EMAIL", agency.email, "org_email"), field(rng, p, "mail"),
                 "ご予約の確認", body, n)


def kosei_residents(rng: random.Random, n: int):
    grid = Grid("入所番号", "氏名", "生年月日", "本籍", "罪名・処分", "基礎年金番号", "通院", "入所日")
    for k in range(rng.randint(12, 20)):
        p = person(rng, 0.05, 1950, 2002)
        grid.add(f"K{n}{k:03d}", field(rng, p, "name"), field(rng, p, "dob:wareki"), field(rng, p, "sens:本籍"),
                 field(rng, p, "sens:犯罪歴"), field(rng, p, "pension"), field(rng, p, "sens:病歴?"),
                 ids.other_date(rng, "wareki", "admission_date"))
    return F.xlsx(f"kosei/入所者台帳_{n + 1:02d}.xlsx", [("入所者", grid, "更生保護施設 あさひ寮 入所者台帳")])


def kosei_diary(rng: random.Random, n: int):
    text = Lines().put(f"業務日誌 ", ids.other_date(rng, "wareki", "diary_date")).gap()
    for _ in range(rng.randint(4, 8)):
        p = person(rng)
        text.put(val("PERSON", p.sei), "さん：", rng.choice(["就労先の面接に同行。", "保護観察官と面談。", "ハローワークへ。"]),
                 *rng.choice([["", "体調は安定。"], ["持病（", sens(rng, "病歴"), "）の通院に付き添う。"],
                              ["入所時健診の結果（", sens(rng, "健康診断結果"), "）を説明した。"], ["", "特記事項なし。"]]))
    p = person(rng)
    text.put("新規受入予定：", val("PERSON", p.full), "（", ids.birth(p.born, "abbr"), "生、", sens(rng, "犯罪歴"), "）")
    text.put("担当補導員 ", val("PERSON", person(rng).full))
    return F.text(f"kosei/日誌_{n + 1:03d}.txt", text, "cp932", "\r\n")


def saiyo_entries(rng: random.Random, n: int):
    records, marks = [], []
    for k in range(rng.randint(14, 22)):
        p = person(rng, 0.1, 1999, 2004)
        name, kana, mail = val("PERSON", p.full), val("PERSON", p.katakana), field(rng, p, "mail")
        dob, tel = ids.birth(p.born, "dash"), ids.phone_mark(rng, True)
        records.append({"entry_id": f"E26-{k:04d}", "name": name.text, "kana": kana.text, "birthday": dob.text,
                        "email": mail.text, "tel": tel.text, "school": rng.choice(["東和大学", "湊川工業大学", "北都大学"])})
        marks += [name, kana, dob, mail, tel]
    return M.json_document(f"saiyo/entries_{n + 1:02d}.json", {"campaign": "2027新卒", "entries": records}, marks)


def saiyo_interview(rng: random.Random, n: int):
    p = person(rng, 0.1, 1999, 2004)
    text = Lines().put("一次面接 評価シート").put("応募者 ", val("PERSON", p.full), "　面接日 ", ids.other_date(rng, "wareki", "interview_date"))
    text.put("面接官 ", val("PERSON", person(rng).sei), "、", val("PERSON", person(rng).sei))
    text.put("所感：受け答えは明瞭。入社時健康診断では", sens(rng, "健康診断結果"), "。")
    text.put("雑談の中で、", rng.choice([sens(rng, "信条"), sens(rng, "宗教"), sens(rng, "人種・民族")]), "と話していた（評価には用いない）。")
    if rng.random() < 0.4:
        text.put("※エントリーシートに本籍（", sens(rng, "本籍"), "）の記載あり。取扱注意。")
    grid = Grid("評価項目", "点数").add("論理性", str(rng.randint(1, 5))).add("協調性", str(rng.randint(1, 5)))
    return F.docx(f"saiyo/面接評価_{n + 1:03d}.docx", [text, grid])
