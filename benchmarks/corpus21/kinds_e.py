"""A prefectural mental-health and welfare centre, a foster parents' support group (里親
サロン) and an academic society's secretariat (学会事務局)."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21 import mail as M
from benchmarks.corpus21.common import P, Org, decoy, ids, sens, val
from benchmarks.corpus21.vocab import MENTAL, notice

SEISHIN = Org("群馬県こころの健康センター", "379-2166", "群馬県前橋市野中町368", "027-263-1166", "kokoro.pref-gunma.example.lg.jp",
              "soudan")
SATO = Org("里親サロン つむぎ", "713-8102", "岡山県倉敷市玉島1丁目4-30", "086-522-8890", "tsumugi-salon.example.jp", "tsumugi")
GAKKAI = Org("日本地域看護実践学会 事務局", "160-0016", "東京都新宿区信濃町35 信濃町煉瓦館5階", "03-5361-7024",
             "jscnp.example.or.jp", "office")


def seishin_consult(rng, n):
    p = P(rng, 0.05, 1960, 2004)
    worker = P(rng, 0.0, 1970, 1995)
    lines = Lines().put("電話・来所相談記録票")
    lines.put("相談日：", ids.not_birth(rng, 1), "　受理者：精神保健福祉士 ", worker.kanji())
    lines.put("相談者：本人（", p.kanji(), "）　", p.birth(rng.choice([1, 4, 0])), "生　", rng.choice(["男性", "女性"]))
    lines.put("連絡先：", p.phone())
    lines.gap()
    lines.put("主訴：", val("SENSITIVE", rng.choice(MENTAL), category="病歴"), "。眠れない日が続いている。")
    if rng.random() < 0.5:
        lines.put("手帳：", p.sens("障害"))
    if rng.random() < 0.4:
        lines.put("生活歴：", p.sens(rng.choice(["犯罪被害", "犯罪歴"])), "。家族関係は疎遠。")
    if rng.random() < 0.3:
        lines.put("母（", P(rng, 0.0, 1940, 1970, "f").kanji(), "）も同席を希望している。")
    lines.put("対応：", worker.surname(), "が受診先の情報提供。次回", ids.not_birth(rng, 0), "に再度電話予定。")
    return F.odt(f"seishin/soudan_{n:03d}.odt", lines)


def seishin_stats(rng, n):
    grid = Grid("月", "電話相談", "来所相談", "うち依存症")
    for month in range(4, 13):
        grid.add(f"{month}月", str(rng.randint(80, 160)), str(rng.randint(10, 40)), str(rng.randint(2, 12)))
    cases = Grid("ケース番号", "イニシャル", "年代", "主な相談", "担当")
    for k in range(rng.randint(12, 18)):
        p = P(rng, 0.0)
        cases.add(f"C{k + 1:03d}", "", rng.choice(["20代", "40代", "60代"]), p.sens("病歴"), p.kanji())
    return F.xlsx(f"seishin/toukei_{n:02d}.xlsx", [("月別", grid, "相談件数（月別）"), ("ケース", cases, None)])


def sato_form(rng, n):
    p, spouse = P(rng, 0.03, 1965, 1990), P(rng, 0.03, 1965, 1990)
    lines = Lines().put("養育里親 登録申込書（控）")
    SATO.head(lines, n)
    lines.put("下記のとおり申し込みます。")
    form = Grid("項目", "申込者", "配偶者")
    form.add("氏名", p.kanji(), spouse.kanji())
    form.add("フリガナ", p.kana(), spouse.kana())
    form.add("生年月日", p.birth(rng.choice([1, 0])), spouse.birth(rng.choice([1, 0])))
    form.add("本籍", p.sens("本籍"), spouse.sens("本籍"))
    form.add("住所", p.address(), "同左")
    form.add("電話", p.phone(), spouse.phone())
    form.add("信仰", p.sens("宗教") if rng.random() < 0.5 else "特になし", "特になし")
    form.add("健康状態", p.sens("健康診断結果") if rng.random() < 0.5 else "良好", spouse.sens("病歴"))
    form.add("犯罪歴の有無", sens(rng, "犯罪歴") if rng.random() < 0.15 else "なし", "なし")
    return F.docx(f"satooya/moushikomi_{n:02d}.docx", lines, form)


def sato_minutes(rng, n):
    lines = Lines().put(f"里親サロン 定例会 記録（{ids.not_birth(rng, 1).text}）")
    names = [P(rng, 0.0).kanji("") for _ in range(3)]
    lines.put("参加：", names[0], "、", names[1], "、", names[2], "（世話人）")
    for _ in range(rng.randint(4, 7)):
        p = P(rng, 0.05, 1960, 1990)
        child = P(rng, 0.1, 2010, 2020, "m")
        form = rng.randrange(3)
        if form == 0:
            lines.put("・", p.kanji(), "さん：委託中の", val("PERSON", child.p.mei) if not child.p.foreign else child.kanji(),
                      "くん（", child.birth(rng.choice([0, 1])), "生）が", child.sens("障害"), "と診断された。")
        elif form == 1:
            lines.put("・", p.surname(), "さん：委託児の実親（", P(rng, 0.0, 1975, 1995).kanji(), "）が", sens(rng, "犯罪歴"),
                      "であることを子にどう伝えるか悩んでいる。")
        else:
            lines.put("・", p.kanji(""), "さん：里子は", child.sens("人種・民族"), "。学校でのからかいが心配。")
    lines.put("次回：", ids.not_birth(rng, 0), "　", notice(rng))
    return F.txt(f"satooya/salon_{n:02d}.txt", lines)


def gakkai_members(rng, n):
    rows, marks = [], []
    for k in range(rng.randint(25, 35)):
        p = P(rng, 0.06, 1955, 1995)
        name, kana, mail, phone, addr = p.kanji(), p.kana(), p.email(), p.phone(), p.address()
        rows.append({"会員番号": f"{2000 + k + n * 50}", "氏名": name.text, "フリガナ": kana.text, "所属": rng.choice(
            ["県立看護大学", "訪問看護ステーションあおば", "市保健センター"]), "自宅住所": addr.text, "電話": phone.text,
            "メール": mail.text, "入会日": (d := ids.not_birth(rng, 7)).text})
        marks += [name, kana, mail, phone, addr, d]
    return F.xml_doc(f"gakkai/members_{n:02d}.xml", "members", rows, marks)


def gakkai_mail(rng, n):
    p = P(rng, 0.08, 1960, 1998)
    body = Lines().put("学会事務局 御中")
    body.put("第", str(rng.randint(10, 20)), "回学術集会の参加登録をお願いします。")
    body.put("氏名：", p.kanji(), "（", p.kana(), "）")
    body.put("連絡先：", p.phone())
    body.put("参加費はクレジットカードで：", ids.card(rng, rng.choice(["-", " "])))
    body.put("適格請求書発行事業者の登録番号：T", ids.hojin_number(rng))
    if rng.random() < 0.3:
        body.put("当日は", p.sens("障害"), "のため、会場での配慮をお願いします。")
    sheet = Grid("氏名", "生年月日", "会員番号", "懇親会")
    for _ in range(rng.randint(3, 6)):
        q = P(rng, 0.05, 1960, 1998)
        sheet.add(q.kanji(), q.birth(3), f"{rng.randint(2000, 3999)}", rng.choice(["出席", "欠席"]))
    letter = Lines().put("演題登録 受付票")
    GAKKAI.head(letter, 1)
    letter.put("筆頭演者：", p.kanji(), "　所属：県立看護大学")
    sender = p.email()
    mail = M.Mail("参加登録", f"<{sender.text}>", f"office@{GAKKAI.domain}", body,
                  [F.xlsx("sanka.xlsx", [("参加者", sheet, None)]), F.docx("uketsuke.docx", letter)], n,
                  [sender, GAKKAI.marks()[3]])
    return M.eml(f"gakkai/touroku_{n:02d}.eml", mail)
