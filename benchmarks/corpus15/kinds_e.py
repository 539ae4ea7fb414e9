"""Corpus 15's check-ups, guidance records and mailboxes: a golf course's caddie
check-up sheet, a 通信制高校's 生活指導記録 (rtf), a city marathon's volunteer desk
(mbox), a 手話通訳 coordinators' Maildir, a 短期大学's 実習先 list (pdf), a 市民農園's
plot holders (odt)."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus15 import formats, formats2, ids, marks
from benchmarks.corpus15.model import Doc, Mark, Table, Text, fake, sensitive
from benchmarks.corpus15.people import anyone, person
from benchmarks.corpus15.vocab import OWN_ORGS

# (item, unit, normal range, a value out of it)
CHECKUP = [("血圧", "", lambda r: f"{r.randint(104, 128)}/{r.randint(64, 82)}",
            lambda r: f"{r.randint(150, 178)}/{r.randint(96, 110)}"),
           ("HbA1c", "%", lambda r: f"{r.randint(50, 56) / 10:.1f}", lambda r: f"{r.randint(68, 92) / 10:.1f}"),
           ("γ-GTP", "U/L", lambda r: str(r.randint(12, 45)), lambda r: str(r.randint(110, 260))),
           ("中性脂肪", "mg/dL", lambda r: str(r.randint(50, 140)), lambda r: str(r.randint(320, 480)))]
VERDICTS = ["C 要経過観察", "D1 要治療", "D2 要精密検査", "E 治療中"]
FINDINGS = ["脂肪肝の疑い", "心電図 ST低下", "胃部 ポリープ疑い", "尿潜血 2+"]


def _checkup_cell(rng: random.Random, item: int) -> Mark:
    name, unit, normal, high = CHECKUP[item]
    if rng.random() < 0.35:
        return sensitive("健康診断結果", f"{high(rng)}{unit and ' ' + unit} H")
    return Mark("SENSITIVE", normal(rng) + (unit and " " + unit), category="健康診断結果", optional=True)


def caddie_checkup(rng: random.Random, n: int) -> Doc:
    """定期健康診断結果一覧 (xlsx): a merged header over the measured items, a verdict."""
    table = Table(["", "", "", "検査項目", "", "", "", "判定", ""])
    table.row("受診日", "氏名", "生年月日", *[c[0] for c in CHECKUP], "総合判定", "所見")
    for _ in range(rng.randint(10, 16)):
        p = person(rng, (1955, 2000))
        cells = [_checkup_cell(rng, i) for i in range(len(CHECKUP))]
        bad = any(not c.optional for c in cells)
        verdict = sensitive("健康診断結果", rng.choice(VERDICTS)) if bad else \
            Mark("SENSITIVE", "A 異常なし", category="健康診断結果", optional=True)
        remark = sensitive("健康診断結果", rng.choice(FINDINGS)) if bad and rng.random() < 0.5 else ""
        seen = ids.not_birth(date(2026, rng.randint(5, 7), rng.randint(1, 28)), 3, "exam_date")
        table.row(seen, marks.name(p, True), marks.born(p, rng, (1, 3)), *cells, verdict, remark)
    return formats.xlsx(f"golf/健診結果_{n:02d}.xlsx", [("結果一覧", table)], ("D1:G1", "H1:I1"))


GUIDANCE = [("犯罪歴", "万引きで補導され家庭裁判所で保護観察処分"), ("犯罪歴", "原付の無免許運転で検挙"),
            ("犯罪被害", "SNSで知り合った相手から恐喝被害"), ("犯罪被害", "通学路で痴漢の被害に遭った"),
            ("信条", "宗教上の理由で校歌を歌わない"), ("人種・民族", "フィリピンにルーツを持つ"),
            ("宗教", "創価学会の会員"), ("障害", "学習障害（LD）の診断")]


def guidance_record(rng: random.Random, n: int) -> Doc:
    """通信制高校 生活指導記録 saved from Word as RTF: dated entries about students."""
    text = Text().add(f"生活指導記録　{2026}年度　No.{n + 1}")
    teacher = person(rng, (1965, 1990))
    for _ in range(rng.randint(3, 5)):
        s = anyone(rng, (2006, 2010))
        category, said = rng.choice(GUIDANCE)
        day = ids.not_birth(date(2026, rng.randint(4, 11), rng.randint(1, 28)), 1, "record_date")
        text.add(day, "　", marks.name(s), "（", ids.birth(s.birth, rng.choice((1, 3))), "生）")
        text.add("　本人より聴取。", sensitive(category, said), "。保護者へ連絡済み。")
    text.add("記録者 ", marks.name(teacher))
    return formats2.rtf(f"tsushin_kou/生活指導_{n:02d}.rtf", text)


def _volunteer(rng: random.Random, index: int) -> tuple:
    p = anyone(rng, (1950, 2008))
    body = Text().add("市民マラソン ボランティア応募フォームより").add("お名前：", marks.name(p, True))
    body.add("生年月日：", marks.born(p, rng, (0, 1, 2, 6)), "　電話：", marks.phone(p.mobile, rng))
    body.add("メール：", marks.email(p), "　希望：", rng.choice(["給水所", "手荷物預かり", "コース整理"]))
    if rng.random() < 0.3:
        body.add("配慮してほしいこと：", marks.condition(rng, rng.choice(["病歴", "障害"])))
    body.add("--").add(*marks.letterhead(2))
    mail = formats.message("form@marathon-vol.example.jp", "desk@marathon-vol.example.jp",
                           f"ボランティア応募 {index}", body, index)
    return mail, body, []


def marathon_volunteers(rng: random.Random, n: int) -> Doc:
    """The volunteer desk's mailbox (mbox): one application a message, a group's CSV."""
    mails = [_volunteer(rng, n * 20 + i) for i in range(rng.randint(6, 10))]
    group = Table(["代表者", "氏名", "年齢", "連絡先"])
    for _ in range(rng.randint(3, 6)):
        p = person(rng, (1960, 2005))
        group.row("", marks.name(p), f"{2026 - p.birth.year}", marks.phone(p.mobile, rng))
    attachment = formats.csv_file("団体応募.csv", group)
    body = Text().add("団体での応募です。名簿を添付します。")
    mails.append((formats.message("club@example.jp", "desk@marathon-vol.example.jp", "団体応募", body, n,
                                  [attachment]), body, [attachment]))
    return formats2.mbox(f"marathon/volunteers_{n:02d}.mbox", mails)


def interpreter_maildir(rng: random.Random, n: int) -> list[Doc]:
    """手話通訳 coordinators' Maildir: a request a message, under cur/."""
    docs = []
    for i in range(3):
        p, coord = person(rng, (1940, 1995)), person(rng, (1970, 1990))
        body = Text().add(marks.name(coord), "さん").add("来週の派遣依頼です。")
        body.add("依頼者 ", marks.name(p), "さん（", marks.condition(rng, "障害"), "）")
        body.add("場所 ", marks.address(p), "　連絡はFAXのみ ", marks.phone(p.phone, rng))
        mail = formats.message("haken@shuwa.example.jp", "coord@shuwa.example.jp", f"派遣依頼{n}-{i}", body, n + i)
        docs.append(formats2.maildir_message(f"shuwa_maildir/cur/17640{n:02d}{i}.M{i}P15.mail:2,S", mail, body))
    return docs


def practicum_pdf(rng: random.Random, n: int) -> Doc:
    """短期大学 保育科 実習先一覧 (pdf): student, placement (a facility), antibody check."""
    page = Text().add(f"令和8年度 保育実習Ⅰ 実習先一覧（{n + 1}組）").add("学籍番号 氏名 実習先 連絡先 抗体検査")
    for k in range(rng.randint(10, 14)):
        s = person(rng, (2005, 2007))
        place = fake("PERSON", f"{rng.choice(['ひまわり', 'すずらん', 'どんぐり'])}保育園", "facility")
        result = sensitive("健康診断結果", rng.choice(["麻疹抗体 陰性", "風疹抗体価 低値"])) if rng.random() < 0.3 else "済"
        page.add(f"25H{n:02d}{k:02d} ", marks.name(s, True), " ", place, " ", marks.phone(s.mobile, rng), " ", result)
    return formats2.pdf(f"tandai/jisshu_{n:02d}.pdf", [page])


def allotment_odt(rng: random.Random, n: int) -> Doc:
    """市民農園 区画利用者名簿 (odt): plot, holder, address, phone; the office's own line."""
    text = Text().add("市民農園 区画利用者名簿")
    for plot in range(rng.randint(6, 10)):
        p = anyone(rng, (1945, 1995))
        since = ids.not_birth(date(rng.randint(2018, 2026), 4, 1), 1, "contract_date")
        text.add(f"{plot + 1:02d}区画 ", marks.name(p), " 〒", marks.postal(p, rng), " ", marks.address(p), " ",
                 marks.phone(p.phone, rng), " 契約 ", since)
    org, tel = rng.choice(OWN_ORGS)
    text.add(f"管理事務所（{org}） ", fake("PHONE", tel, "own_contact"))
    return formats2.odt(f"shimin_nouen/riyousha_{n:02d}.odt", text)


ROOTS = [("人種・民族", "在日コリアン二世"), ("人種・民族", "ペルー日系人"), ("人種・民族", "ウイルタ民族の血を引く"),
         ("人種・民族", "台湾原住民族（アミ族）出身")]
FAITH_NEEDS = ["ハラールのみ（イスラム教）", "金曜礼拝のため午後不可（ムスリム）", "安息日（土曜）は勤務不可・セブンスデー・アドベンチスト",
               "ヒンドゥー教徒のため牛肉不可"]
DECLARED = ["禁錮刑の執行終了後3年（業務上横領）", "罰金刑（迷惑防止条例違反）", "執行猶予期間中（大麻取締法違反）"]


def teacher_registry(rng: random.Random, n: int) -> Doc:
    """日本語教師 登録講師名簿 (csv): roots, faith needs and the 欠格事由 self-declaration."""
    table = Table(["登録番号", "登録日", "氏名", "氏名（英字）", "ルーツ", "生年月日", "住所", "電話", "配慮事項",
                   "欠格事由申告"])
    for row in range(rng.randint(7, 11)):
        p = anyone(rng, (1955, 1998))
        roots = sensitive(*rng.choice(ROOTS)) if rng.random() < 0.3 else "日本"
        faith = sensitive("宗教", rng.choice(FAITH_NEEDS)) if rng.random() < 0.3 else "なし"
        declared = sensitive("犯罪歴", rng.choice(DECLARED)) if rng.random() < 0.2 else "該当なし"
        joined = ids.not_birth(date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28)), 6,
                               "entry_date")
        table.row(f"JT-{n:02d}{row:03d}", joined, marks.name(p, True), marks.romaji(p), roots,
                  marks.born(p, rng, (0, 1, 4)), marks.address(p), marks.phone(p.mobile, rng), faith, declared)
    return formats.csv_file(f"nihongo_kyoushi/登録講師_{n:02d}.csv", table, rng.choice(["utf-8", "cp932"]))
