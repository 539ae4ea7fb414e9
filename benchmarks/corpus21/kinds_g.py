"""A tea-ceremony class (茶道教室), a community choir, a prosthetics workshop (義肢装具)
and a diving shop."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21 import mail as M
from benchmarks.corpus21.common import P, Org, decoy, ids, nick, sens, val
from benchmarks.corpus21.vocab import landmark

SADO = Org("茶道 松籟会 宇治教場", "611-0011", "京都府宇治市五ケ庄三番割32-4", "0774-32-6618", "shoraikai.example.jp", "keiko")
CHOIR = Org("混声合唱団 こだま", "940-0064", "新潟県長岡市殿町2丁目4-11", "0258-33-1290", "kodama-choir.example.jp", "kodama")
GISHI = Org("みなみ義肢装具製作所", "890-0073", "鹿児島市宇宿2丁目21-6", "099-254-3380", "minami-po.example.jp", "uketsuke")
DIVE = Org("マリンショップ ちゅらさんご", "901-2131", "沖縄県浦添市牧港5丁目6-8", "098-877-4402", "churasango.example.jp", "shop")


def sado_roster(rng, n):
    grid = Grid("氏名", "茶名", "入門日", "生年月日", "住所", "電話", "稽古日")
    for _ in range(rng.randint(16, 24)):
        p = P(rng, 0.0, 1940, 2000)
        grid.add(p.kanji(), nick(rng) if rng.random() < 0.25 else "", ids.not_birth(rng, 1), p.birth(rng.choice([1, 6])),
                 p.address(), p.phone(), rng.choice(["火曜", "木曜", "土曜"]))
    return F.csv_doc(f"sado/monjin_{n:02d}.csv", grid, "cp932", header=True)


def sado_letter(rng, n):
    lines = Lines().put("初釜のご案内")
    SADO.head(lines, 1)
    lines.put("謹啓　新春の候、皆様にはお健やかにお過ごしのことと存じます。")
    lines.put("さて、来る", ids.not_birth(rng, 6), "、恒例の初釜を催します。")
    host, guest = P(rng, 0.0, 1940, 1970), P(rng, 0.0, 1945, 1980)
    lines.put("正客は", guest.kanji(), "様、お詰めは", P(rng, 0.0).kanji(), "様にお願いしております。")
    lines.put("なお", host.surname(), "先生は", host.sens("病歴"), "のため、本年は椅子席にて点前をいたします。")
    lines.put("ご出欠は", SADO.marks()[2], "まで。")
    lines.put("席主　", host.kanji())
    return F.pdf(f"sado/hatsugama_{n:02d}.pdf", lines)


def choir_members(rng, n):
    table = Grid("パート", "氏名", "よみ", "電話", "メール", "誕生日")
    for _ in range(rng.randint(20, 30)):
        p = P(rng, 0.04, 1945, 2005)
        table.add(rng.choice(["S", "A", "T", "B"]), p.kanji(), val("PERSON", p.p.kana()) if not p.p.foreign else "",
                  p.phone(), p.email(), p.birth(rng.choice([0, 3])))
    lines = Lines().put("団員名簿（団員限り）")
    lines.put("練習会場：", landmark(rng), "の市民ホール")
    return F.html(f"choir/meibo_{n:02d}.html", "こだま 団員名簿", lines, table)


def choir_mail(rng, n):
    p = P(rng, 0.04, 1945, 2005)
    body = Lines().put("団長様、パートリーダーの皆さま")
    body.put(rng.choice(["アルト", "テノール", "ソプラノ"]), "の", p.kanji(""), "です。")
    body.put("しばらく練習を休みます。実は", p.sens(rng.choice(["病歴", "病歴", "障害"])), "で、医師から止められています。")
    if rng.random() < 0.4:
        body.put("定期演奏会の賛美歌の件、私は", p.sens("宗教"), "なので歌詞は問題ありません。")
    if rng.random() < 0.3:
        body.put("代わりに", P(rng, 0.0).kanji(), "さん（", P(rng).phone(), "）が譜面を取りに行きます。")
    body.put("次回練習 ", ids.not_birth(rng, 3), " は欠席します。")
    sender = p.email()
    mail = M.Mail("練習お休みの連絡", f"<{sender.text}>", f"kodama@{CHOIR.domain}", body, [], n, [sender, CHOIR.marks()[3]])
    return M.eml(f"choir/Maildir/new/17{n + 50:08d}.M{n}P9.mailhost:2,S", mail)


def gishi_orders(rng, n):
    grid = Grid("受付No", "患者氏名", "フリガナ", "生年月日", "障害・部位", "保険者番号", "身障手帳番号", "納品日")
    for k in range(rng.randint(20, 30)):
        p = P(rng, 0.02, 1930, 2015)
        grid.add(f"{n + 1}-{k + 1:03d}", p.kanji(), p.kana(), p.birth(rng.choice([1, 3, 2])), p.sens("障害"),
                 ids.insurer(rng), f"第{rng.randint(10000, 99999)}号", ids.not_birth(rng, 3))
    makers = Grid("部品", "型番", "メーカー")
    for _ in range(6):
        makers.add(rng.choice(["膝継手", "足部", "ソケット"]), ids.part_number(rng), rng.choice(["オットー", "今仙", "ナブテスコ"]))
    return F.xlsx(f"gishi/juchu_{n:02d}.xlsx", [("受注", grid, "義肢装具 受注台帳", [("患者", 4), ("処方", 3), ("", 1)]), ("部品", makers, None)])


def gishi_note(rng, n):
    p = P(rng, 0.02, 1940, 2010)
    lines = Lines().put("採型・適合記録")
    lines.put("患者：", p.kanji(), "　", p.birth(rng.choice([0, 4])), "　", p.sens("障害"))
    lines.put("処方医：", P(rng, 0.0).kanji(), "医師（", landmark(rng), "クリニック）")
    lines.put("既往：", p.sens("病歴"))
    if rng.random() < 0.3:
        lines.put("受傷原因は", p.sens("犯罪被害"), "とのこと。労災ではない。")
    lines.put("適合日：", ids.not_birth(rng, 1), "　次回：", ids.not_birth(rng, 1))
    lines.put("連絡先：", p.phone(), "　", p.address())
    GISHI.sign(lines, "義肢装具士")
    return F.rtf(f"gishi/tekigou_{n:02d}.rtf", lines)


def dive_medical(rng, n):
    p = P(rng, 0.1, 1955, 2008)
    lines = Lines().put("ダイビング 病歴申告書 / Medical Statement")
    DIVE.head(lines, n)
    form = Grid("項目", "記入")
    form.add("氏名 / Name", [p.kanji(), " / ", val("PERSON", p.p.roman())])
    form.add("生年月日 / Date of birth", p.birth(rng.choice([3, 0, 7])))
    form.add("住所", p.address())
    form.add("電話", p.phone())
    form.add("既往歴", p.sens("病歴") if rng.random() < 0.6 else "なし")
    form.add("健診で指摘された事項", p.sens("健康診断結果") if rng.random() < 0.5 else "なし")
    form.add("緊急連絡先", [P(rng, 0.0).kanji(), " ", P(rng).phone()])
    form.add("受講日", ids.not_birth(rng, 3))
    return F.docx(f"dive/medical_{n:03d}.docx", lines, form)


def dive_log(rng, n):
    grid = Grid("日付", "ゲスト", "Cカード番号", "本数", "ガイド", "メモ")
    for _ in range(rng.randint(20, 30)):
        p = P(rng, 0.12, 1960, 2008)
        grid.add(ids.not_birth(rng, 3), p.kanji(), f"PADI{rng.randint(1000000, 9999999)}", str(rng.randint(1, 3)),
                 P(rng, 0.0).surname(), p.sens("病歴") if rng.random() < 0.15 else "")
    return F.csv_doc(f"dive/log_{n:02d}.csv", grid, "utf-8", header=n % 2 == 0)
