"""A public bath (銭湯), a university career centre and a rescue-cat café."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21 import mail as M
from benchmarks.corpus21.common import P, Org, decoy, ids, nick, sens, val
from benchmarks.corpus21.vocab import cat

SENTO = Org("銭湯 松の湯", "410-0056", "静岡県沼津市高島町14-3", "055-921-4410", "matsunoyu.example.jp")
CAREER = Org("東邦学芸大学 キャリアセンター", "232-0061", "横浜市南区大岡2丁目31番1号", "045-713-2290",
             "career.tohogakugei.example.ac.jp", "career")
NEKO = Org("保護猫カフェ ねこのて", "830-0047", "福岡県久留米市津福本町1622-5", "0942-38-5121", "nekonote.example.jp", "hogo")


def sento_members(rng, n):
    members = Grid("会員番号", "姓", "名", "フリガナ", "生年月日", "電話", "回数券購入日", "備考")
    for k in range(rng.randint(28, 40)):
        p = P(rng, 0.04, 1938, 1990)
        note = [p.sens("病歴"), "のため長湯不可"] if rng.random() < 0.2 else ("番台で声かけ" if rng.random() < 0.2 else "")
        given = val("PERSON", p.p.mei) if p.p.foreign is False else ""
        members.add(f"M{n:02d}{k:03d}", p.surname() if given else p.kanji(), given, p.kana(), p.birth(rng.choice([1, 2, 4, 3])),
                    p.phone(), ids.not_birth(rng, 3), note)
    staff = Grid("氏名", "担当", "健診結果", "住所")
    for _ in range(rng.randint(4, 7)):
        p = P(rng, 0.0, 1950, 2000)
        staff.add(p.kanji(), rng.choice(["番台", "釜焚き", "清掃", "受付"]),
                  p.sens("健康診断結果") if rng.random() < 0.7 else "異常なし", p.address())
    return F.xlsx(f"sento/matsunoyu_kaiin_{n:02d}.xlsx",
                  [("回数券会員", members, "松の湯 回数券会員台帳"), ("従業員", staff, None)])


def sento_diary(rng, n):
    lines = Lines().put(f"番台日誌　{2026}年{rng.randint(1, 12)}月分　記入：女将")
    lines.gap()
    for day in sorted(rng.sample(range(1, 29), rng.randint(6, 10))):
        p = P(rng, 0.05, 1935, 1985)
        form = rng.randrange(4)
        if form == 0:
            lines.put(f"{day}日　常連の", p.kanji(""), "さん、脱衣所でふらつき。本人いわく", p.sens("病歴"), "とのこと。")
        elif form == 1:
            lines.put(f"{day}日　", p.name(), "さん（", p.phone(), "）の忘れ物（眼鏡）預かり。")
        elif form == 2:
            lines.put(f"{day}日　釜焚きの", p.surname(), "さん休み。代わりに息子さんが入る。")
        else:
            lines.put(f"{day}日　", p.kanji(), "様、", p.sens("障害"), "。介助者同伴で入浴可と伝えた。")
    lines.gap()
    lines.put("※", decoy("SENSITIVE", "入浴前後の水分補給を呼びかけること", "public_health_notice"))
    SENTO.sign(lines, "女将")
    return F.txt(f"sento/bandai_nisshi_{n:02d}.txt", lines, "cp932", "\r\n")


def career_consult(rng, n):
    p = P(rng, 0.1, 2002, 2006)
    staff = P(rng, 0.0, 1970, 1990)
    lines = Lines().put("進路相談記録（個人面談）")
    CAREER.head(lines, n)
    lines.put("相談者：", p.kanji(), "（", p.kana(), "）　", rng.choice(["経済学部", "文学部", "理工学部"]), f" {rng.randint(3, 4)}年")
    lines.put("生年月日：", p.birth(rng.choice([0, 1, 6])), "　連絡先：", p.phone(), "　", p.email())
    lines.put("面談日：", ids.not_birth(rng, 0), "　担当：キャリアカウンセラー", staff.surname())
    lines.gap()
    lines.put("【相談内容】")
    lines.put("第一志望は地方公務員。", p.sens(rng.choice(["障害", "病歴"])), "があり、配慮のある職場を希望。")
    if rng.random() < 0.5:
        lines.put("学生本人より、", p.sens("信条"), "であることから企業選びに影響があると話があった。")
    if rng.random() < 0.4:
        lines.put("保護者（父）", P(rng, 0.0, 1960, 1975, "m").kanji(), "氏からも電話あり。")
    lines.put("次回は", ids.not_birth(rng, 1), "に模擬面接を予定。")
    return F.docx(f"career/soudan_{n:03d}.docx", lines)


def career_applicants(rng, n):
    grid = Grid("学籍番号", "氏名", "ローマ字", "生年月日", "メール", "携帯", "郵便番号", "現住所", "応募先")
    for k in range(rng.randint(30, 45)):
        p = P(rng, 0.12, 2001, 2006)
        grid.add(f"2{rng.randint(2, 4)}{rng.randint(10000, 99999)}", p.kanji(), val("PERSON", p.p.roman()),
                 p.birth(rng.choice([3, 7, 5])), p.email(), p.phone(), p.postal(), p.address(),
                 rng.choice(["沼津信用組合", "ミドリ精機", "港南観光", "東和物流"]))
    return F.csv_doc(f"career/intern_oubo_{n:02d}.csv", grid, "utf-8-sig" if n % 2 else "utf-8")


def neko_mail(rng, n):
    p = P(rng, 0.06, 1960, 2000)
    body = Lines().put("ねこのて ご担当者様")
    body.gap()
    name_cat = cat(rng)
    body.put("はじめまして、", p.kanji(), "と申します。先日見学した", name_cat, "ちゃんの譲渡を希望します。")
    body.put("住所：〒", p.postal(), " ", p.address())
    body.put("電話：", p.phone())
    if rng.random() < 0.5:
        body.put("家族は夫の", P(rng, 0.0, 1960, 2000, "m").kanji(""), "と二人暮らしです。", cat(rng), "とも仲良くできそうです。")
    if rng.random() < 0.4:
        body.put("正直にお伝えしますが、私は", p.sens(rng.choice(["障害", "病歴"])), "です。在宅時間は長いです。")
    body.gap()
    body.put(p.kanji(""))
    attachments = []
    if rng.random() < 0.4:
        form = Grid("項目", "内容")
        form.add("申込者", p.kanji()).add("生年月日", p.birth(3)).add("メール", p.email()).add("先住猫", cat(rng))
        attachments.append(F.csv_doc("joto_moushikomi.csv", form))
    sender = p.email()
    mail = M.Mail(f"譲渡希望（{name_cat.text}）", f"<{sender.text}>", f"hogo@{NEKO.domain}", body, attachments, n,
                  [sender, NEKO.marks()[3]])
    return M.eml(f"neko/joto_{n:02d}.eml", mail)


def neko_volunteers(rng, n):
    grid = Grid("名前", "呼び名", "携帯", "メール", "シフト", "担当猫")
    for _ in range(rng.randint(18, 26)):
        p = P(rng, 0.05, 1955, 2004)
        grid.add(p.kanji(""), nick(rng) if rng.random() < 0.4 else "", p.phone(), p.email(),
                 rng.choice(["土午前", "日午後", "平日夕"]), cat(rng))
    return F.csv_doc(f"neko/volunteer_{n:02d}.csv", grid, "cp932", header=False)
