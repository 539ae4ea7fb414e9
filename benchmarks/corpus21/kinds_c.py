"""A mountain guide's tours, a home-tutor dispatch centre and an independent social
worker's office (成年後見)."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21 import mail as M
from benchmarks.corpus21.common import P, Org, decoy, ids, sens, val
from benchmarks.corpus21.vocab import landmark

GUIDE = Org("やまびこ登山ガイド事務所", "403-0004", "山梨県富士吉田市下吉田3丁目8-21", "0555-22-4187", "yamabiko-guide.example.jp",
            "tour")
TUTOR = Org("家庭教師センター まなびや", "350-0043", "埼玉県川越市新富町1-9-2", "049-226-3305", "manabiya.example.jp",
            "center")
CSW = Org("社会福祉士事務所 ひだまり", "984-0816", "仙台市若林区河原町1丁目6-8", "022-266-9033", "hidamari-csw.example.jp",
          "office")


def guide_roster(rng, n):
    grid = Grid("氏名", "NAME (passport)", "旅券番号", "生年月日", "携帯", "緊急連絡先", "続柄", "既往歴・持病", "山岳保険")
    abroad = n % 3 == 1  # the Nepal trek: passports collected
    for _ in range(rng.randint(12, 20)):
        relation = rng.choice(["妻", "夫", "母", "長男"])
        p, kin = P(rng, 0.1, 1950, 2004), P(rng, 0.0, sex="m" if relation in ("夫", "長男") else "f")
        grid.add(p.kanji(), val("PERSON", p.p.roman()), ids.passport(rng) if abroad else "", p.birth(rng.choice([3, 0])),
                 p.phone(),
                 [kin.kanji(), " ", kin.phone()], relation,
                 p.sens(rng.choice(["病歴", "病歴", "健康診断結果"])) if rng.random() < 0.45 else "特になし",
                 rng.choice(["加入済", "当日加入"]))
    return F.csv_doc(f"guide/sankasha_{n:02d}.csv", grid, "utf-8" if n % 2 else "cp932")


def guide_report(rng, n):
    lines = Lines().put(f"山行報告書　{rng.choice(['八ヶ岳 赤岳', '北岳', '甲斐駒ヶ岳', '金峰山'])}　"
                        f"{rng.randint(1, 2)}泊{rng.randint(2, 3)}日")
    lines.put("実施日：", ids.not_birth(rng, 0), "　ガイド：", P(rng, 0.0).kanji())
    lines.gap()
    for _ in range(rng.randint(2, 4)):
        p = P(rng, 0.05, 1950, 2000)
        lines.put("参加者", p.kanji(), "様（", p.birth(rng.choice([1, 4])), "生）は、行動中に", p.sens("病歴"),
                  "との申告があり、ペースを落とした。")
    p = P(rng, 0.0, 1955, 1995)
    lines.put("下山後、", p.surname(), "さんが膝の痛みを訴えたため、", landmark(rng), "近くの整形外科を案内。")
    lines.put("次回の申込は ", GUIDE.marks()[3], " まで。")
    return F.rtf(f"guide/sanko_houkoku_{n:02d}.rtf", lines)


def tutor_registry(rng, n):
    grid = Grid("登録No", "講師氏名", "フリガナ", "生年月日", "マイナンバー", "振込先銀行", "口座", "運転免許証番号",
                "基礎年金番号", "現住所")
    for k in range(rng.randint(15, 22)):
        p = P(rng, 0.05, 1975, 2004)
        bank, acct = ids.account(rng)
        grid.add(f"T{n}{k:03d}", p.kanji(), p.kana(), p.birth(rng.choice([3, 7])), ids.my_number(rng, rng.choice(["", " "])),
                 bank, acct, ids.license_no(rng) if rng.random() < 0.6 else "", ids.pension(rng), p.address())
    office = Grid("項目", "内容")
    office.add("事業所", TUTOR.name).add("雇用保険適用事業所番号", ids.jigyosho(rng)).add("電話", TUTOR.marks()[2])
    bands = [("", 1), ("本人", 3), ("番号", 1), ("給与振込", 2), ("その他", 3)]
    return F.xlsx(f"tutor/koshi_touroku_{n:02d}.xlsx", [("講師", grid, "登録講師台帳（取扱注意）", bands),
                                                         ("事業所", office, None)])


def tutor_mail(rng, n):
    parent, child = P(rng, 0.05, 1970, 1990, "f"), P(rng, 0.0, 2010, 2018, "m")
    child_name = val("PERSON", child.p.mei) if not child.p.foreign else child.kanji()
    body = Lines().put("まなびや 御中")
    body.gap()
    body.put("小学", str(rng.randint(3, 6)), "年の息子", child_name, "の家庭教師をお願いしたく連絡しました。")
    body.put("息子は", child.sens("障害"), "があり、静かな環境で一対一の指導を希望します。")
    body.put("生年月日は", child.birth(rng.choice([0, 1])), "です。")
    body.put("住所：", parent.address(), "　電話：", parent.phone())
    if rng.random() < 0.4:
        body.put("なお、私（母）は", parent.sens(rng.choice(["病歴", "宗教"])), "ですので、土曜の午前は避けてください。")
    body.gap()
    body.put(parent.kanji())
    sender = parent.email()
    mail = M.Mail("家庭教師の依頼", f"<{sender.text}>", f"center@{TUTOR.domain}", body, [], n, [sender, TUTOR.marks()[3]])
    return M.eml(f"tutor/Maildir/cur/17{n:08d}.M{n}P21.mailhost:2,S", mail)


def csw_case(rng, n):
    p = P(rng, 0.04, 1930, 1975)
    lines = Lines().put("成年後見 ケース記録（保佐）")
    CSW.head(lines, n)
    lines.put("本人：", p.kanji(), "　", p.birth(rng.choice([1, 6, 2])), "生")
    lines.put("住所：", p.address(), "（〒", p.postal(), "）")
    lines.put("本籍：", p.sens("本籍"))
    lines.put("障害等：", p.sens(rng.choice(["障害", "病歴"])))
    lines.gap()
    lines.put("【経過】")
    lines.put("本人は昨年、", p.sens("犯罪被害"), "。以後、金銭管理を当事務所が支援している。")
    if rng.random() < 0.35:
        lines.put("長男", P(rng, 0.0, 1960, 1990, "m").kanji(), "氏は", sens(rng, "犯罪歴"), "で、本人との接触に配慮が必要。")
    lines.put("年金：基礎年金番号 ", ids.pension(rng), "　口座 ", ids.account(rng)[1])
    lines.put("次回訪問：", ids.not_birth(rng, 0))
    path = f"csw/case_{n:03d}.{'pdf' if n % 3 == 0 else 'docx'}"
    return (F.pdf if n % 3 == 0 else F.docx)(path, lines)


def csw_export(rng, n):
    records, marks = [], []
    for k in range(rng.randint(10, 16)):
        p = P(rng, 0.05, 1930, 1980)
        name, birth, addr = p.kanji(), p.birth(3), p.address()
        origin, state = p.sens("本籍"), p.sens(rng.choice(["障害", "病歴"]))
        number = ids.my_number(rng)
        records.append({"case_id": f"H{n}{k:03d}", "氏名": name.text, "生年月日": birth.text, "住所": addr.text,
                        "本籍": origin.text, "心身の状況": state.text, "個人番号": number.text,
                        "受任日": (d := ids.not_birth(rng, 3)).text})
        marks += [name, birth, addr, origin, state, number, d]
    return F.json_doc(f"csw/export_{n:02d}.json", records, marks)
