"""The files of the share, each returning where it is and whose data it holds."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from benchmarks.corpus_people import wareki
from benchmarks.people_share.people import Member
from samples.writers import make_eml, write_xlsx

Written = list[tuple[str, list[str]]]  # (path in the share, ids of the people in it)


def _half_width_table() -> dict[str, str]:
    table = {}
    for code in range(0xFF66, 0xFF9E):
        half = chr(code)
        table[unicodedata.normalize("NFKC", half)] = half
        for mark in ("\uff9e", "\uff9f"):
            composed = unicodedata.normalize("NFKC", half + mark)
            if len(composed) == 1:
                table[composed] = half + mark
    return table


HALF_WIDTH = _half_width_table()


def half_width(kana: str) -> str:
    return "".join(HALF_WIDTH.get(ch, " " if ch in " \u3000" else ch) for ch in kana)


def hiragana(kana: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in kana)


def _write(root: Path, path: str, text: str, encoding: str = "utf-8") -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(text.replace("\n", "\r\n").encode(encoding))


def roster(root: Path, employees: list[Member]) -> Written:
    rows = [["社員番号", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "メールアドレス"]]
    rows += [[p.id, p.name(), p.kana(), p.birth, p.address_text("dash"), p.mobile, p.email] for p in employees]
    write_xlsx(root / "総務/社員名簿.xlsx", {"在籍者": rows})
    return [("総務/社員名簿.xlsx", [p.id for p in employees])]


def my_numbers(root: Path, employees: list[Member], rng: random.Random) -> Written:
    chosen = rng.sample(employees, 35)
    lines = ["社員番号,氏名,生年月日,個人番号"]
    lines += [f"{p.id},{p.name(rng, space='')},{p.birth:%Y/%m/%d},{p.my_number}" for p in chosen]
    _write(root, "総務/個人番号/個人番号一覧.csv", "\n".join(lines) + "\n", "cp932")
    return [("総務/個人番号/個人番号一覧.csv", [p.id for p in chosen])]


def bank_accounts(root: Path, employees: list[Member], rng: random.Random) -> Written:
    chosen = rng.sample(employees, 40)
    lines = ["社員番号,口座名義カナ,銀行名,支店名,種別,口座番号"]
    lines += [f"{p.id},{half_width(p.kana())},みずほ銀行,新宿支店,普通,{rng.randint(1000000, 9999999)}"
              for p in chosen]
    _write(root, "経理/給与振込口座.csv", "\n".join(lines) + "\n", "cp932")
    return [("経理/給与振込口座.csv", [p.id for p in chosen])]


def _docx(path: Path, paragraphs: list[str], tables: list[list[list[str]]]) -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for table in tables:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
        document.add_paragraph("")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)


def personal_forms(root: Path, employees: list[Member], family: dict[str, Member], rng: random.Random) -> Written:
    written = []
    for p in rng.sample(employees, 12):
        relative = family[p.family[0]]
        form = [["氏名", p.name(rng)], ["ふりがな", hiragana(p.kana("\u3000"))], ["生年月日", wareki(p.birth, "era")],
                ["現住所", p.address_text("kanji")], ["携帯電話", p.mobile], ["メール", p.email]]
        relatives = [["家族氏名", "続柄", "生年月日"], [relative.name(rng), relative.relation, wareki(relative.birth, "era")]]
        path = f"人事/身上書/身上書_{p.id}.docx"
        _docx(root / path, ["身上書", "記入日：令和8年4月1日"], [form, relatives])
        written.append((path, [p.id, relative.id]))
    return written


def _signature(p: Member, rng: random.Random) -> str:
    return f"--\n{p.name(rng, space=' ')}\n営業部\n携帯：{p.mobile}\nMail：{p.email}\n"


def mails(root: Path, employees: list[Member], rng: random.Random) -> Written:
    clerk, written = employees[0], []
    topics = ["住所変更の届出", "扶養控除申告書の提出", "通勤経路の変更", "健康診断の日程", "研修の出欠"]
    for n, sender in enumerate(rng.sample(employees[1:], 30), start=1):
        copied = rng.choice(employees[1:]) if n % 3 == 0 else None
        to = f"{clerk.name(space=' ')} <{clerk.email}>"
        if copied and copied is not sender:
            to += f", {copied.name(rng, space=' ')} <{copied.email}>"
        body = (f"総務部 {clerk.surname}さん\n\nお疲れ様です。{sender.surname}です。\n"
                f"{rng.choice(topics)}についてご確認をお願いします。\n\n{_signature(sender, rng)}")
        data = make_eml(rng.choice(topics), f"{sender.name(rng, space=' ')} <{sender.email}>", to, body)
        path = f"メール/受信/2026-10-{n:02d}.eml"
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
        ids = [sender.id, clerk.id] + ([copied.id] if copied and copied is not sender else [])
        written.append((path, sorted(set(ids))))
    return written


def checkups(root: Path, employees: list[Member], rng: random.Random) -> Written:
    chosen = rng.sample(employees, 20)
    findings = ["異常なし", "高血圧（要精密検査）", "脂質異常症（経過観察）", "糖尿病の疑い（要医療）", "異常なし"]
    rows = [["氏名", "生年月日", "判定"]]
    rows += [[p.name(rng, space=" "), f"{p.birth:%Y/%m/%d}", rng.choice(findings)] for p in chosen]
    write_xlsx(root / "健康管理/健診結果_2026.xlsx", {"結果": rows})
    return [("健康管理/健診結果_2026.xlsx", [p.id for p in chosen])]


def training(root: Path, employees: list[Member], rng: random.Random) -> Written:
    chosen = rng.sample(employees, 15)
    lines = ["2026年度 個人情報保護研修 受講者名簿", ""]
    lines += [f"{rng.choice(['営業部', '総務部', '経理部'])}　{p.name(rng)}" for p in chosen]
    _write(root, "研修/受講者名簿_2026.txt", "\n".join(lines) + "\n")
    return [("研修/受講者名簿_2026.txt", [p.id for p in chosen])]


def emergency(root: Path, employees: list[Member], family: dict[str, Member], rng: random.Random) -> Written:
    chosen = rng.sample(employees, 25)
    lines = ["社員番号,氏名,携帯電話,緊急連絡先氏名,続柄,緊急連絡先電話"]
    for p in chosen:
        relative = family[p.family[0]]
        lines.append(f"{p.id},{p.name(rng, space=' ')},{p.mobile},{relative.name(rng, space=' ')},"
                     f"{relative.relation},{relative.mobile}")
    _write(root, "総務/緊急連絡網.csv", "\ufeff" + "\n".join(lines) + "\n")
    return [("総務/緊急連絡網.csv", sorted({i for p in chosen for i in (p.id, p.family[0])}))]


def minutes(root: Path, employees: list[Member], rng: random.Random) -> Written:
    a, b, c, d = rng.sample(employees, 4)
    paragraphs = ["定例会議 議事録", "日時：2026年10月5日 10:00〜11:00",
                  f"出席者：{a.name(rng, space='')}、{b.name(rng, space='')}、{c.name(rng, space='')}、"
                  f"{d.name(rng, space='')}", "",
                  f"1. {a.surname}部長より個人情報保護方針の改定について説明があった。",
                  f"2. {b.name(rng, space='')}さんから研修日程の提案があり、了承された。"]
    _docx(root / "総務/会議/定例会議_議事録.docx", paragraphs, [])
    return [("総務/会議/定例会議_議事録.docx", [a.id, b.id, c.id, d.id])]
