"""A care-equipment rental firm, a wedding photographer and a city's relocation desk
(移住相談窓口)."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21 import mail as M
from benchmarks.corpus21.common import P, Org, decoy, ids, sens, val
from benchmarks.corpus21.vocab import figure, landmark

RENTAL = Org("ケアリース八代 介護用品レンタル", "866-0862", "熊本県八代市松江城町2-17", "0965-33-2714", "carelease.example.jp",
             "keiyaku")
PHOTO = Org("Atelier Shirotae ウェディングフォト", "591-8025", "堺市北区長曽根町130-42", "072-258-9010", "shirotae.example.jp",
            "studio")
IJU = Org("霧島市 移住・定住相談窓口", "899-4332", "鹿児島県霧島市国分中央3丁目45-1", "0995-45-5111", "city-kirishima.example.lg.jp",
          "iju")
ITEMS = ["特殊寝台", "車いす（自走式）", "歩行器", "床ずれ防止用具", "手すり（置き型）", "移動用リフト"]


def rental_contract(rng, n):
    p = P(rng, 0.03, 1925, 1960)
    kin = P(rng, 0.0, 1950, 1985, "f")
    lines = Lines().put("福祉用具貸与契約書")
    RENTAL.head(lines, n)
    lines.put("利用者（甲）：", p.kanji(), "　生年月日 ", p.birth(rng.choice([1, 2, 6])))
    lines.put("住所：〒", p.postal(), " ", p.address())
    lines.put("介護保険 保険者番号 ", ids.insurer(rng), "　要介護", str(rng.randint(1, 5)))
    lines.put("心身の状況：", p.sens("障害"))
    lines.put("貸与品目：", rng.choice(ITEMS), "、", rng.choice(ITEMS))
    lines.put("代理人：", kin.kanji(), "（長女）　連絡先 ", kin.phone())
    bank, acct = ids.account(rng)
    lines.put("引落口座：", bank, " ", acct, "　名義 ", kin.kana())
    lines.put("契約日：", ids.not_birth(rng, 1))
    table = Grid("品目", "TAISコード", "月額")
    for _ in range(3):
        table.add(rng.choice(ITEMS), ids.part_number(rng), f"{rng.randint(5, 30) * 100}円")
    return F.docx(f"rental/keiyaku_{n:03d}.docx", lines, table)


def rental_host(rng, n):
    """A fixed-width export from the rental firm's billing host (CP932, CRLF)."""
    lines = Lines().put(f"H{'RENTAL-BILL':<12}{2026:04d}{n + 1:02d}{'KR-YATSUSHIRO':<20}")
    for k in range(rng.randint(30, 45)):
        p = P(rng, 0.0, 1925, 1960)
        name = p.kanji("　")
        kana = val("PERSON", p.p.katakana().replace(" ", "　"))
        day = p.birth(5)
        phone = ids.phone(rng, False, 1)
        lines.put("D", f"{k + 1:05d} ", name, "　" * max(0, 8 - len(name.text)), kana, " " * max(1, 16 - len(kana.text)),
                  day, " ", phone, " " * (12 - len(phone.text)), ids.insurer(rng), f"{rng.randint(500, 9900):>7d}")
    lines.put(f"T{len(lines.lines) - 1:05d}")
    return F.dat(f"rental/HOST{n:02d}.DAT", lines)


def _photo_mail(rng, k):
    groom, bride = P(rng, 0.08, 1985, 2000, "m"), P(rng, 0.08, 1985, 2000, "f")
    body = Lines().put("Atelier Shirotae 様")
    body.put("撮影のご予約をお願いします。")
    body.put("新郎：", groom.kanji(), "（", groom.kana(), "）")
    body.put("新婦：", bride.kanji(), "（", bride.kana(), "）")
    body.put("挙式日：", ids.not_birth(rng, 0), "　会場：", landmark(rng), "そばのガーデン")
    body.put("連絡先：", groom.phone(), " / ", bride.email())
    if rng.random() < 0.3:
        body.put("新婦は", bride.sens(rng.choice(["宗教", "人種・民族"])), "のため、式の進行について事前にご相談したいです。")
    if rng.random() < 0.75:
        body.put("内金はカードでお支払いします：", ids.card(rng), "（有効期限 ", f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", "）")
    body.put("ギフト券番号：", ids.gift_code(rng))
    sender = groom.email()
    return M.Mail("撮影予約", f"<{sender.text}>", f"studio@{PHOTO.domain}", body, [], k, [sender, PHOTO.marks()[3]])


def _quoted(text: str, marks) -> list:
    """A line of the customer's mail again, its marks where they were."""
    parts, cursor = [], 0
    for mark in marks:
        at = text.find(mark.text, cursor)
        parts += [text[cursor:at], mark]
        cursor = at + len(mark.text)
    return parts + [text[cursor:]]


def photo_mbox(rng, n):
    mails = [_photo_mail(rng, k) for k in range(rng.randint(6, 9))]
    first = mails[0].body
    reply = Lines().put("ご予約ありがとうございます。仮押さえいたしました。")
    reply.gap()
    for number in sorted({line for line, _ in first.marks})[:3]:
        reply.put("> ", *_quoted(first.lines[number - 1], [m for line, m in first.marks if line == number]))
    reply.gap()
    PHOTO.sign(reply, "カメラマン")
    mails.append(M.Mail("Re: 撮影予約", f"studio@{PHOTO.domain}", f"studio@{PHOTO.domain}", reply, [], 9,
                        [PHOTO.marks()[3]]))
    return M.mbox(f"photo/inbox_{n:02d}.mbox", mails, lambda i, m: str(i))


def iju_record(rng, n):
    p, spouse = P(rng, 0.06, 1970, 1995), P(rng, 0.0, 1970, 1995)
    lines = Lines().put(f"移住相談受付票　受付番号 {2026}-{n + 1:03d}")
    lines.put("相談日：", ids.not_birth(rng, 1), "　対応：移住コンシェルジュ ", P(rng, 0.0).surname())
    lines.gap()
    lines.put("相談者氏名：", p.kanji(""), "　ふりがな：", p.kana())
    lines.put("生年月日：", p.birth(rng.choice([0, 1, 6])), "　現住所：", p.address())
    lines.put("電話：", p.phone(), "　メール：", p.email())
    lines.put("同居家族：配偶者 ", spouse.kanji(), "、子 ", str(rng.randint(0, 3)), "人")
    if rng.random() < 0.5:
        lines.put("本籍地が", p.sens("本籍"), "で、祖父母の代から縁があるとのこと。")
    if rng.random() < 0.3:
        lines.put("配偶者は", spouse.sens(rng.choice(["病歴", "障害"])), "のため、通院先の確認を希望。")
    lines.put("市内見学：", figure(rng), "ゆかりの地、", landmark(rng), "周辺を案内予定。")
    lines.gap()
    IJU.sign(lines, "移住定住係")
    return F.txt(f"iju/soudan_{n:03d}.txt", lines, "utf-8" if n % 3 else "cp932")


def iju_list(rng, n):
    grid = Grid("受付日", "氏名", "年齢区分", "生年月日", "電話", "メール", "希望地区", "住宅")
    for _ in range(rng.randint(25, 35)):
        p = P(rng, 0.05, 1960, 2000)
        grid.add(ids.not_birth(rng, 3), p.kanji(), rng.choice(["20代", "30代", "40代", "50代"]), p.birth(3), p.phone(),
                 p.email(), rng.choice(["国分", "隼人", "牧園", "霧島"]), rng.choice(["空き家バンク", "賃貸", "未定"]))
    return F.csv_doc(f"iju/uketsuke_{n:02d}.csv", grid, "cp932", header=n % 2 == 0)
