"""An animal-adoption group, an apparel shop's members, a mutual-aid 共済's claims,
a boys' baseball team, a cemetery office and a cooperating employer."""

from __future__ import annotations

from benchmarks.corpus16.model import Doc
from benchmarks.corpus19 import formats
from benchmarks.corpus19.common import (Grid, Lines, addr, born, csv, decoy, docx, email, html, letterhead, mail, maybe,
                                        name, not_birth, own_mail, people_of, postal, sens, tel, txt, val, xlsx, ids,
                                        vocab)


def adoption_list(rng, n):
    """保護犬・保護猫の譲渡: the applicants' page on the group's intranet."""
    grid = Grid("受付", "申込者", "住所", "電話", "希望の子", "審査")
    pets = ["ミルク（雑種・メス）", "こてつ（柴系）", "ポン太（キジトラ）", "あずき（三毛）", "ジョン（ラブ系）"]
    for p in people_of(rng, rng.randint(8, 14)):
        grid.add(not_birth(rng), name(rng, p, "space"), addr(rng, p), tel(rng), rng.choice(pets),
                 rng.choice(["面談済", "家庭訪問待ち", "辞退"]))
    lines = Lines().put("譲渡申込の一覧（スタッフ用）")
    lines.put("名付けは", decoy("PERSON", rng.choice(vocab.NAMED_THINGS), "named_thing"), "にちなむ子もいます")
    return html(f"動物愛護/譲渡申込_{n:02d}.html", "譲渡申込一覧", lines, grid)


def adoption_mail(rng, n):
    p, staff = people_of(rng, 2)
    body = Lines().put(name(rng, p, "sur"), "さま").gap().put("トライアルのご希望ありがとうございます。担当の",
                                                          name(rng, staff, "tight"), "です。")
    body.put("ご家族に", sens(rng, "病歴"), "の方がいらっしゃるとのことなので、猫より小型犬をおすすめします。")
    body.put("お届けは", not_birth(rng), "、ご住所（", addr(rng, p), "）に伺います。")
    pledge = Lines().put("譲渡誓約書").put("譲受人氏名　", name(rng, p, "wide")).put("住所　", addr(rng, p))
    pledge.put("電話　", tel(rng)).put("生年月日　", born(rng, p, "era")).put("譲渡予定日　", not_birth(rng))
    head = ([own_mail(rng, "hogo")], [name(rng, p, "space"), " <", mail(rng, p), ">"], "トライアルについて")
    return email(f"動物愛護/メール/トライアル_{n:02d}.eml", head, body, [docx("譲渡誓約書.docx", pledge)], day=n)


def apparel_members(rng, n):
    """アパレルの会員: the POS's member export (card numbers for the house card)."""
    grid = Grid("会員ID", "氏名", "カナ", "誕生日", "メール", "携帯", "登録カード", "ギフトカード残高照会番号", "最終来店")
    for p in people_of(rng, rng.randint(18, 28)):
        member = decoy("BASIC_PENSION_NUMBER", f"{rng.randint(10 ** 9, 10 ** 10 - 1)}", "member_id")
        grid.add(member, name(rng, p, "tight"), val("PERSON", p.katakana(" ")),
                 born(rng, p, rng.choice(["slash", "packed"])), mail(rng, p), tel(rng, True),
                 val("CREDIT_CARD", ids.card(rng, spaced=False)) if rng.random() < 0.6 else "",
                 decoy("CREDIT_CARD", ids.luhn_code(rng), "luhn_code") if rng.random() < 0.5 else "", not_birth(rng))
    return csv(f"アパレル/会員エクスポート_{n:02d}.csv", grid, "utf-8")


def kyosai_claims(rng, n):
    """共済の給付請求: diagnosis, insurer and where the money goes."""
    grid = Grid("請求番号", "組合員", "生年月日", "保険者番号", "傷病名", "入院日数", "振込口座")
    for p in people_of(rng, rng.randint(12, 20)):
        bank, branch, number = ids.bank_account(rng)
        grid.add(decoy("MY_NUMBER", ids.key_passing_my_number(rng), "key_passing_check"), name(rng, p, "space"),
                 born(rng, p, "era"), val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)), sens(rng, "病歴"),
                 str(rng.randint(1, 30)), [bank + branch + " 普通 ", val("BANK_ACCOUNT", number)])
    return xlsx(f"共済/給付請求_{n}.xlsx", [("請求", grid, "入院共済金 給付請求一覧")])


def kyosai_letter(rng, n):
    p = people_of(rng, 1)[0]
    lines = Lines()
    letterhead(rng, lines, "みらい県民共済 給付課", "kyufu")
    lines.gap().put("〒", postal(p)).put(addr(rng, p)).put(name(rng, p, "wide"), "　様").gap()
    lines.put("このたびの", sens(rng, "病歴"), "によるご入院につき、共済金をお支払いします。")
    lines.put("お振込予定日：", not_birth(rng))
    lines.put("請求番号：", decoy("MY_NUMBER", ids.key_passing_my_number(rng), "key_passing_check"))
    return docx(f"共済/通知/支払通知_{n:03d}.docx", lines)


def baseball_roster(rng, n):
    """少年野球チーム: players and their parents, the coach's sheet."""
    grid = Grid("背番号", "選手", "ふりがな", "生年月日", "保護者", "連絡先", "メモ")
    for k, kid in enumerate(people_of(rng, rng.randint(14, 20), young=True)):
        parent = people_of(rng, 1)[0]
        grid.add(str(k + 1), name(rng, kid, "space"), val("PERSON", kid.kana("")), born(rng, kid, "slash"),
                 val("PERSON", kid.sur + " " + parent.given), tel(rng, True),
                 sens(rng, "病歴") if rng.random() < 0.25 else maybe("PERSON", rng.choice(vocab.NICKNAMES)))
    return xlsx(f"少年野球/選手名簿_{n}.xlsx", [("選手", grid, "グリーンズ 選手名簿")])


def baseball_contacts(rng, n):
    lines = Lines().put("【連絡網】", not_birth(rng), "の試合について").gap()
    for kid in people_of(rng, rng.randint(6, 10), young=True):
        lines.put(name(rng, kid, "tight"), "（", maybe("PERSON", rng.choice(vocab.NICKNAMES)), "）→ お母さん ",
                  tel(rng, True))
    lines.put("集合：", decoy("PERSON", rng.choice(vocab.NAMED_THINGS), "named_thing"), "前の河川敷グラウンド")
    return txt(f"少年野球/連絡網_{n:02d}.txt", lines, "utf-8")


def cemetery_ledger(rng, n):
    """霊園の使用者台帳: holder, sect and the family's 本籍 (kept from the old books)."""
    grid = Grid("区画", "使用者", "住所", "電話", "宗旨", "本籍", "許可日")
    for p in people_of(rng, rng.randint(12, 18)):
        grid.add(f"{rng.choice('ABCDE')}-{rng.randint(1, 120)}", name(rng, p, "wide"), addr(rng, p), tel(rng),
                 val("SENSITIVE", rng.choice(vocab.SECTS), category="宗教"), sens(rng, "本籍"), not_birth(rng))
    return csv(f"霊園/使用者台帳_{n}.csv", grid, "cp932")


def cemetery_succession(rng, n):
    """承継届 in RTF, as the old word processor saved it."""
    old, new = people_of(rng, 2)
    lines = Lines().put("墓地使用権 承継届").put("届出日 ", not_birth(rng))
    lines.put("旧使用者 ", name(rng, old, "space"), "（", born(rng, old, "kanji"), "生）")
    lines.put("承継者 ", name(rng, new, "space"), "　続柄 長女").put("承継者住所 ", addr(rng, new))
    lines.put("承継者本籍 ", sens(rng, "本籍")).put("電話 ", tel(rng))
    path = f"霊園/承継届/承継_{n:02d}.rtf"
    return Doc(path, formats.rtf_bytes(lines.lines), lines.items(path, ""))


def employer_interview(rng, n):
    """協力雇用主: the interview record of one referred by the probation office."""
    p, officer = people_of(rng, 2)
    lines = Lines().put("面接記録（協力雇用主）").put("面接日：", not_birth(rng))
    lines.put("氏名：", name(rng, p, "space"), "　", born(rng, p, "era"), "生").put("連絡先：", tel(rng, True))
    lines.put("経歴：", sens(rng, "犯罪歴"), "。本人は反省の言葉を述べた。")
    lines.put("保護観察官：", name(rng, officer, "sur"), "　同席")
    lines.put("健康面：", sens(rng, "病歴") if rng.random() < 0.5 else "特になし")
    path = f"協力雇用主/面接記録_{n:02d}.odt"
    return Doc(path, formats.odt_bytes(lines.lines), lines.items(path, "body:"))
