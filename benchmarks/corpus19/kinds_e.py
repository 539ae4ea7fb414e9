"""A labour bank's union loans, a church's members, a family-tree researcher, a
consumer centre; the notices about no one, product sheets and clean files."""

from __future__ import annotations

from benchmarks.corpus16.model import Doc
from benchmarks.corpus19 import formats
from benchmarks.corpus19.common import (Grid, Lines, archive, born, decoy, docx, html, letterhead, name, not_birth,
                                        own_phone, people_of, sens, tel, txt, unplaced, val, xlsx, ids, vocab)


def labour_bank(rng, n):
    """労働金庫: union members' loans with the union post that vouches for them."""
    grid = Grid("組合員", "生年月日", "所属組合・役職", "個人番号", "返済口座", "携帯")
    for p in people_of(rng, rng.randint(12, 18)):
        grid.add(name(rng, p, "tight"), born(rng, p, "letter"), sens(rng, "労働組合"), val("MY_NUMBER", ids.my_number(rng)),
                 val("BANK_ACCOUNT", ids.digits(rng, 7)), tel(rng, True))
    memo = Grid("項目", "内容").add("法人番号", decoy("MY_NUMBER", ids.corporate_number(rng), "corporate_number"))
    return xlsx(f"労働金庫/組合員ローン_{n}.xlsx", [("申込", grid, "組合員ローン 申込一覧"), ("メモ", memo, None)])


def church_members(rng, n):
    """教会の教会員名簿 (PDF): the membership itself says the faith."""
    lines = Lines().put("日本基督教団 さくら坂教会 教会員名簿").put("")
    for p in people_of(rng, rng.randint(12, 18)):
        lines.put(name(rng, p, "space"), "  ", born(rng, p, "dash"), "  ", tel(rng), "  ",
                  val("SENSITIVE", rng.choice(["教会員（受洗）", "求道者", "教会員（転入会）"]), category="宗教"))
    lines.put(decoy("SENSITIVE", rng.choice(vocab.FAITH_PLACES), "faith_place"))
    path = f"教会/教会員名簿_{n}.pdf"
    return unplaced(path, formats.pdf_bytes(lines.lines), lines)


def church_prayer(rng, n):
    lines = Lines().put("今週のとりなしの祈り")
    for p in people_of(rng, rng.randint(3, 5)):
        lines.put(name(rng, p, "wide"), "兄弟・姉妹（", sens(rng, "病歴"), "）のために")
    lines.put(decoy("SENSITIVE", rng.choice(vocab.FAITH_PLACES), "faith_place"))
    return html(f"教会/週報/祈り_{n:02d}.html", "週報", lines)


def family_tree(rng, n):
    """家系図の調査依頼: ancestors' 本籍 and births in the old eras."""
    client = people_of(rng, 1)[0]
    lines = Lines().put("家系調査 ご依頼内容").put("ご依頼者：", name(rng, client, "space"), "様　", tel(rng))
    lines.put("ご依頼者の本籍：", sens(rng, "本籍"))
    lines.put("ご依頼者 生年月日：", born(rng, client, "kanji"))
    for rel in ["父", "祖父"]:
        lines.put(rel, "：", val("PERSON", client.sur + " " + people_of(rng, 1)[0].given), "　出身は",
                  decoy("PERSON", rng.choice([t for t in vocab.NAMED_THINGS if client.sur not in t]), "named_thing"),
                  "の近く")
    lines.put("ご先祖のルーツ：", sens(rng, "人種・民族") if rng.random() < 0.5 else "不明")
    return docx(f"家系図/依頼/依頼_{n:02d}.docx", lines)


def consumer_centre(rng, n):
    """消費生活センターの相談票, several a month zipped together."""
    members = []
    for k in range(rng.randint(3, 5)):
        p = people_of(rng, 1)[0]
        lines = Lines().put("相談受付票").put("受付日：", not_birth(rng)).put("相談者：", name(rng, p, "space"), "（",
                                                                       born(rng, p, "west"), "生）")
        lines.put("受付番号：", decoy("BASIC_PENSION_NUMBER", f"{rng.randint(2601, 2612)}-{ids.digits(rng, 6)}",
                                  "reception_number"))
        lines.put("連絡先：", tel(rng)).put("相談内容：", sens(rng, "犯罪被害"), "。警察に相談するよう助言した。")
        lines.put("販売業者 法人番号：", decoy("MY_NUMBER", ids.corporate_number(rng), "corporate_number"))
        members.append(txt(f"{rng.randint(1, 12):02d}月/相談_{k + 1:02d}.txt", lines, "utf-8"))
    return archive(f"消費生活センター/相談票_{n:02d}.zip", members)


def notice(rng, n):
    """Notices and minutes about no one: the office's own contacts, events, health advice."""
    lines = Lines()
    letterhead(rng, lines, rng.choice(["ひばり児童館", "みなみ公民館", "県民共済 総務課", "さくら坂教会 事務室"]), "info")
    lines.gap().put("開催日：", not_birth(rng)).put("受付締切：", not_birth(rng))
    lines.put(decoy("SENSITIVE", rng.choice(vocab.HEALTH_NOTICES), "health_notice"))
    if rng.random() < 0.5:
        lines.put(decoy("SENSITIVE", rng.choice(vocab.UNION_NOTICES), "union_notice"))
    else:
        lines.put(decoy("SENSITIVE", rng.choice(vocab.FAITH_PLACES), "faith_place"))
    lines.put("会場：", decoy("PERSON", rng.choice(vocab.NAMED_THINGS), "named_thing"), "　問合せ ", own_phone(rng))
    return txt(f"お知らせ/お知らせ_{n:03d}.txt", lines, "cp932" if n % 2 else "utf-8")


def catalogue(rng, n):
    """A product sheet: serials passing Luhn, codes passing the My Number check."""
    grid = Grid("品名", "型番", "シリアル", "管理番号", "入荷日")
    for _ in range(rng.randint(11, 16)):
        grid.add(rng.choice(["補聴用イヤーピース", "ドライバーセット", "電動アシスト車", "ポータブル電源", "LED投光器"]),
                 f"{rng.choice(['AX', 'QT', 'KM'])}-{rng.randint(100, 999)}",
                 decoy("CREDIT_CARD", ids.luhn_code(rng), "luhn_code"),
                 decoy("MY_NUMBER", ids.key_passing_my_number(rng), "key_passing_check"), not_birth(rng))
    return xlsx(f"備品/備品台帳_{n:02d}.xlsx", [("備品", grid, None)])


CLEAN = ["本日の献立：ご飯、豚汁、さばの味噌煮、小松菜のおひたし", "会議室の予約は前日17時までに総務へ。",
         "コピー機のトナーは倉庫の二段目にあります。", "年末年始の営業は12月29日から1月3日まで休みます。",
         "ゴミの分別：燃えるゴミは火曜と金曜。", "避難経路の図を各階の掲示板に貼りました。", "Wi-Fiのパスワードは受付で確認してください。",
         "講座の教材費は1回500円です。", "駐輪場の区画線を引き直しました。", "来月の清掃当番表は別途配布します。"]


def clean(rng, n):
    lines = [rng.choice(CLEAN) for _ in range(rng.randint(4, 9))]
    kind = n % 6
    path = f"共有/資料/メモ_{n:03d}"
    if kind == 0:
        return Doc(path + ".txt", formats.text_bytes("\n".join(lines) + "\n"), clean=True)
    if kind == 1:
        return Doc(path + ".docx", formats.docx_bytes(lines), clean=True)
    if kind == 2:
        rows = [["項目", "内容"]] + [[str(k), t] for k, t in enumerate(lines)]
        return Doc(path + ".csv", formats.csv_bytes(rows), clean=True)
    if kind == 3:
        return Doc(path + ".xlsx", formats.xlsx_bytes([("メモ", [[t] for t in lines], "お知らせ")]), clean=True)
    if kind == 4:
        return Doc(path + ".html", formats.html_bytes("お知らせ", lines), clean=True)
    return Doc(path + ".pdf", formats.pdf_bytes(lines), clean=True)
