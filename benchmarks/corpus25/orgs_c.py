"""An oyster farm's seasonal crew, a track-maintenance contractor's health desk, a town's
空き家バンク, a self-publishing house, a 刀剣 collectors' society and an aquarium's annual passes."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, maybe
from benchmarks.corpus25 import ids
from benchmarks.corpus25 import render as r
from benchmarks.corpus25 import render_more as m
from benchmarks.corpus25.common import (Org, named_thing, not_birth, notice, order_number, org_mail, policy,
                                        sens, serial, slip)
from benchmarks.corpus25.people import people

KAKI = Org("有限会社 潮見水産", "広島県江田島市能美町中町4623", "737-2301", "0823-45-2207", "shiomi-suisan.example.jp")
HOSEN = Org("北陸軌道工業株式会社 安全衛生課", "富山県富山市奥田新町8-1", "930-0856", "076-431-5562", "hokuriku-kido.example.jp")
AKIYA = Org("美郷町 空き家バンク 移住定住係", "島根県邑智郡美郷町粕渕168", "699-4692", "0855-75-1212", "town-misato.example.lg.jp")
JIHI = Org("株式会社 灯火舎（自費出版）", "東京都文京区本郷3-40-10", "113-0033", "03-3814-6620", "tomoshibisha.example.jp")
TOKEN = Org("日本刀剣鑑賞会 中国支部", "岡山県瀬戸内市長船町長船966", "701-4271", "0869-66-7767", "token-kansho.example.jp")
AQUA = Org("しおさい水族館 年間パスポート係", "三重県鳥羽市鳥羽3-3-6", "517-0011", "0599-25-2555", "shiosai-aq.example.jp")


def kaki_card(rng, n):
    """Crew cards in CP932: residence card or licence, insurance numbers, the 健診 result."""
    lines = Lines().put(*KAKI.head(rng, mail=False)).put("季節作業員 台帳　作成 ", not_birth(rng, 1)).gap()
    for p in people(rng, rng.randrange(5, 9), foreign_share=0.45):
        lines.put("氏名：", p.name(0), "　フリガナ：", p.kana())
        lines.put("生年月日：", p.birth(rng.choice([1, 3, 5])), "　携帯：", ids.phone(rng, True))
        lines.put("住所：", p.address())
        lines.put(*(["在留カード番号：", ids.residence_card(rng), "　旅券：", ids.passport(rng)] if p.foreign else
                    ["運転免許：", ids.licence(rng), "　マイナンバー：", ids.my_number(rng)]))
        lines.put("雇用保険：", ids.employment(rng), "　基礎年金番号：", ids.pension(rng))
        lines.put("健診：", sens(rng, "健康診断結果"), "　口座：ゆうちょ ", ids.account(rng))
        lines.gap()
    lines.put("※", notice(rng))
    return r.txt(f"kaki/作業員台帳_{n + 1:02d}.txt", lines, r.SJIS, "\r\n")


def hosen_results(rng, n):
    lines = Lines().put(*HOSEN.head(rng)).put("定期健康診断 有所見者一覧（社外秘）").gap()
    for p in people(rng, rng.randrange(8, 14), foreign_share=0.05):
        lines.put(p.name(1), "　", p.birth(rng.choice([4, 5])), "生　", sens(rng, "健康診断結果"))
        if rng.random() < 0.4:
            lines.put("　所属労組：", sens(rng, "労働組合"), "　持病：", sens(rng, "病歴"))
    lines.gap().put(notice(rng)).put("産業医面談 ", not_birth(rng, 0), " 実施予定")
    return m.pdf(f"hosen/有所見者一覧_{n + 1}.pdf", lines, "有所見者一覧")


def akiya_application(rng, n):
    p, spouse = people(rng, 2, foreign_share=0.05)
    lines = Lines().put("空き家バンク 利用登録申請書").put("申請日 ", not_birth(rng, 2)).gap()
    lines.put("申請者氏名 ", p.name(0), "（", p.kana(), "）")
    lines.put("生年月日 ", p.birth(rng.choice([3, 6, 0])), "　職業 会社員")
    lines.put("現住所 〒", p.postal(), " ", p.address())
    lines.put("電話 ", ids.phone(rng), "　メール ", p.email(rng))
    lines.put("同居予定者 ", spouse.name(1), "（", spouse.birth(0), "生）")
    if rng.random() < 0.5:
        lines.put("移住理由・特記 ", sens(rng, "犯罪被害"))
    if rng.random() < 0.4:
        lines.put("配慮を希望する事項 ", sens(rng, "障害"))
    lines.put("希望物件 ", named_thing(rng, "place_named_like_person"), "地区の古民家").gap()
    lines.put(policy(rng)).put(*AKIYA.head(rng))
    return m.odt(f"akiya/利用登録_{n + 1:03d}.odt", lines)


def jihi_mail(rng, n):
    p = people(rng, 1, foreign_share=0.05)[0]
    address, pen = p.email(rng), maybe("PERSON", rng.choice(["潮騒", "山河", "一灯", "白秋"]) + p.given[0][0])
    body = Lines().put(JIHI.name, " 編集部御中").gap()
    body.put(p.name(0), "（筆名 ", pen, "）です。原稿の第二稿を送ります。")
    body.put("回想録には", sens(rng, rng.choice(["信条", "信条", "犯罪歴", "宗教"])), "ことを書いております。")
    body.put("印税の振込先：", rng.choice(["みずほ銀行 本郷支店", "りそな銀行 春日支店"]), " 普通 ", ids.account(rng))
    body.put("住所：", p.address(), "　〒", p.postal(), "　電話：", ids.phone(rng))
    body.put("支払調書の作成に必要とのことで、個人番号は ", ids.my_number(rng), " です。")
    body.put("見積書番号 ", order_number(rng), " の件もご確認ください。").put("-- ").put(p.name(3)).put(address)
    return m.eml(f"jihi/Maildir/cur/17330{n:05d}.M{n}P2210.mailhost:2,S", address, org_mail(JIHI, "henshu"),
                 "原稿送付（第二稿）", body, m.when(rng))


def token_bundle(rng, n):
    grid = Grid("会員番号", "氏名", "生年月日", "住所", "電話", "登録証番号（刀剣）")
    notes = Lines().put(*TOKEN.head(rng)).put("入会審査メモ").gap()
    for i, p in enumerate(people(rng, rng.randrange(14, 22), foreign_share=0.0)):
        grid.add(f"T{i + 1:03d}", p.name(0), p.birth(rng.choice([1, 3])), p.address(), ids.phone(rng), slip(rng))
        if rng.random() < 0.25:
            notes.put(p.name(1), "：", rng.choice([sens(rng, "犯罪歴"), sens(rng, "信条")]), "（理事会で審議）")
    notes.put("鑑賞会 ", not_birth(rng, 0), "　展示：", named_thing(rng, "historical_figure"), "所用と伝わる太刀")
    members = [r.csv_doc("会員名簿.csv", grid, r.SJIS), r.txt("入会審査メモ.txt", notes)]
    return m.zipped(f"token/会員資料_{n + 1}.zip", members)


def aqua_passes(rng, n):
    records, marks = [], []
    for i, p in enumerate(people(rng, rng.randrange(15, 25))):
        name, birth, phone, mail, card = p.name(rng.choice([0, 2])), p.birth(2), ids.phone(rng), p.email(rng), ids.card(rng)
        gift = serial(rng)
        records.append({"pass_no": f"AQ{n + 1}{i:05d}", "name": name.text, "birthday": birth.text, "tel": phone.text,
                        "email": mail.text, "payment": {"card": card.text, "gift_code": gift.text}})
        marks += [name, birth, phone, mail, card, gift]
    return r.json_doc(f"aquarium/annual_pass_{n + 1}.json", records, marks, key="passes")


