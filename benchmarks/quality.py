"""Labelled quality and throughput benchmark of the detectors.

    .venv/bin/python benchmarks/quality.py [--docs 120] [--baseline-chars 20000]

Generates realistic documents of every format (CSV in CP932, xlsx, docx, text,
e-mail, PDF) with synthetic people and known values, plus hard negatives (company
pages with 法人番号 and office addresses, order lists whose numbers pass the My
Number check, health articles and union notices with no person). Scans them with
daicho's ObjectScanner and prints precision / recall / F1 per entity type
(matched on document, type and canonical value), false positives per negative
file, characters per second per core end to end (extraction + detection), the same
texts through Presidio with the full GiNZA pipeline (NER on all text), and peak
memory.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from samples import writers as w  # noqa: E402
from samples.synth import Person, invalid_my_number, make_people, valid_my_number  # noqa: E402

SENSITIVE_LINES = [("病歴", "は糖尿病で通院中"), ("障害", "は障害者手帳(2級)を所持"), ("犯罪歴", "には前科がある"),
                   ("本籍", "の本籍は大阪府"), ("労働組合", "は労働組合員として登録")]


def passport(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + f"{rng.randint(0, 9999999):07d}"


def truth_for(p: Person) -> set[tuple[str, str]]:
    import phonenumbers

    e164 = lambda n: phonenumbers.format_number(phonenumbers.parse(n, "JP"), phonenumbers.PhoneNumberFormat.E164)  # noqa: E731
    return {("PERSON", p.surname + p.given), ("MY_NUMBER", p.my_number), ("PHONE", e164(p.mobile)),
            ("EMAIL", p.email.lower()), ("POSTAL_CODE", p.postal.replace("-", "")),
            ("ADDRESS", p.address), ("DATE_OF_BIRTH", p.birth.isoformat())}


def _wareki(p: Person) -> str:
    year = p.birth.year - 1925 if p.birth < p.birth.replace(year=1989, month=1, day=8) else p.birth.year - 1988
    era = "昭和" if p.birth.year < 1989 or (p.birth.year == 1989 and p.birth.month == 1 and p.birth.day < 8) else "平成"
    return f"{era}{year}年{p.birth.month}月{p.birth.day}日"


def identifiers(rng: random.Random) -> dict[str, tuple[str, str]]:
    """Every other identifier: (as written, canonical value)."""
    from stdnum import luhn

    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    card = "3540" + digits(11)
    card += luhn.calc_check_digit(card)
    insurer = "0" + digits(6)
    insurer += luhn.calc_check_digit(insurer)
    license_number, pension, account = "30" + digits(10), digits(10), digits(7)
    employment, resident = digits(11), digits(11)
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
    card_id = f"{letters[:2]}{digits(8)}{letters[2:]}"
    return {
        "CREDIT_CARD": (f"カード番号　{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}", card),
        "HEALTH_INSURANCE_NUMBER": (f"保険者番号　{insurer}", insurer),
        "DRIVERS_LICENSE": (f"運転免許証番号　第{license_number}号", license_number),
        "BASIC_PENSION_NUMBER": (f"基礎年金番号　{pension[:4]}-{pension[4:]}", pension),
        "BANK_ACCOUNT": (f"給与振込口座　さくら銀行 本店 普通 {account}", account),
        "EMPLOYMENT_INSURANCE_NUMBER": (f"雇用保険被保険者番号　{employment[:4]}-{employment[4:10]}-{employment[10]}",
                                        employment),
        "RESIDENT_RECORD_CODE": (f"住民票コード　{resident}", resident),
        "RESIDENCE_CARD": (f"在留カード番号　{card_id}", card_id),
    }


def form_text(p: Person, rng: random.Random) -> tuple[str, set]:
    number = passport(rng)
    others = identifiers(rng)
    lines = [f"氏名　{p.name}", f"生年月日　{_wareki(p)}", f"住所　〒{p.postal} {p.address}", f"携帯電話　{p.mobile}",
             f"メール　{p.email}", f"個人番号　{p.my_number_spaced}", f"パスポート番号　{number}",
             *(written for written, _ in others.values())]
    category, phrase = rng.choice(SENSITIVE_LINES)
    lines.append(f"備考　{p.surname}さん{phrase}。")
    term = {"病歴": "糖尿病", "障害": "障害者手帳", "犯罪歴": "前科", "本籍": "本籍", "労働組合": "労働組合員"}[category]
    planted = {(entity, value) for entity, (_, value) in others.items()}
    return "\n".join(lines), truth_for(p) | planted | {("PASSPORT", number), ("SENSITIVE", f"{category}:{term}")} | (
        {("SENSITIVE", "病歴:通院中")} if category == "病歴" else set())


ROSTER_HEADER = ["氏名", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス", "個人番号"]


def roster_rows(people: list[Person]) -> tuple[list[list], set]:
    rows = [ROSTER_HEADER] + [[p.name, p.birth.isoformat(), p.postal, p.address, p.mobile, p.email, p.my_number]
                              for p in people]
    return rows, set().union(*(truth_for(p) for p in people))


FILLER = [
    "本日の会議では来期の販売計画について議論しました。", "資料は共有フォルダの所定の場所に保存してください。",
    "第3四半期の売上は前年同期比で12%増加しました。", "次回の打ち合わせは2025年10月16日 14時からを予定しています。",
    "見積書の有効期限は発行日から30日間です。", "契約日 2024年4月1日、更新日 令和6年4月1日。",
    "新システムの導入により、受注処理の時間が大幅に短縮されました。", "東京都庁で開催された説明会に参加しました。",
    "大阪支店の改装工事は11月末に完了する見込みです。", "サーバーの保守作業のため、土曜日は停止します。",
    "品番 AB-1234 の在庫が不足しています。", "健康経営の取り組みとして、ウォーキングイベントを実施します。",
    "出張精算は月末までに提出してください。", "お問い合わせ番号 2024-0001 にてご連絡ください。",
]


def filler(rng: random.Random, sentences: int) -> list[str]:
    orders = [f"注文番号 {valid_my_number(rng)} の出荷が完了しました。" for _ in range(2)]
    return [rng.choice(FILLER + orders) for _ in range(sentences)]


def negative_texts(rng: random.Random) -> list[str]:
    orders = "\n".join(f"注文番号 {valid_my_number(rng)}  数量 {rng.randint(1, 9)}" for _ in range(8))
    return [
        "株式会社サンプル商事\n法人番号 7123456789012\n本社所在地 東京都千代田区丸の内1-1-1 丸の内ビル10F\n"
        "適格請求書発行事業者登録番号 T4011001098993\n資本金 1,000万円 設立 2001年4月1日",
        orders + f"\n伝票番号 {invalid_my_number(rng)}\nJANコード 4901234567894\n契約日 2024年4月1日",
        "糖尿病の予防には運動が大切です。高血圧症の方は減塩を心がけましょう。健康診断結果の見方について解説します。",
        "労働組合の定期大会のお知らせ。団体交渉の経過を報告します。宗教法人の会員向けのご案内です。",
        "品番 TR1234567 / 型番 AB12345678CD の在庫は 1234567 個です。作成日 令和6年4月1日",
    ]


def build(root: Path, docs: int, seed: int) -> tuple[dict[str, set], list[str]]:
    rng = random.Random(seed)
    roster_size = 40
    people = make_people(docs * roster_size, seed=seed)
    truth: dict[str, set] = {}
    for i in range(docs):
        kind = ("csv", "xlsx", "docx", "txt", "eml", "pdf")[i % 6]
        name = f"doc{i:03d}.{kind}"
        if kind in ("csv", "xlsx"):
            rows, expected = roster_rows(people[roster_size * i:roster_size * (i + 1)])
            if kind == "csv":
                (root / name).write_bytes("\n".join(",".join(map(str, r)) for r in rows).encode("cp932"))
            else:
                w.write_xlsx(root / name, {"名簿": rows})
        else:
            text, expected = form_text(people[roster_size * i], rng)
            text = "\n".join(filler(rng, 40)) + "\n" + text + "\n" + "\n".join(filler(rng, 40))
            if kind == "docx":
                w.write_docx(root / name, text.splitlines())
            elif kind == "txt":
                (root / name).write_text(text, encoding="utf-8")
            elif kind == "eml":
                (root / name).write_bytes(w.make_eml("書類", "soumu@example.co.jp", "hr@example.co.jp", text))
                expected = expected | {("EMAIL", "soumu@example.co.jp"), ("EMAIL", "hr@example.co.jp")}
            else:
                lines = text.splitlines()
                w.write_pdf(root / name, [lines[i:i + 35] for i in range(0, len(lines), 35)])
        truth[name] = expected
    negatives = []
    for j, text in enumerate(negative_texts(rng) * max(1, docs // 24)):
        text = text + "\n" + "\n".join(filler(rng, 60))
        name = f"negative{j:03d}.txt"
        (root / name).write_text(text, encoding="utf-8")
        negatives.append(name)
    return truth, negatives


def _partial_mentions(expected: set, got: set) -> set:
    """`山田さん` later in a document that names 山田太郎: the same person, not an
    error; such partial names are neither counted right nor wrong."""
    names = {v for e, v in expected if e == "PERSON"}
    return {(e, v) for e, v in got if e == "PERSON" and v not in names and any(v in n for n in names)}


def score(truth: dict[str, set], found: dict[str, set]) -> dict[str, Counter]:
    table: dict[str, Counter] = {}
    for name, expected in truth.items():
        got = found.get(name, set())
        got = got - _partial_mentions(expected, got)
        for entity in {e for e, _ in expected | got}:
            row = table.setdefault(entity, Counter())
            exp = {v for e, v in expected if e == entity}
            hit = {v for e, v in got if e == entity}
            row["tp"] += len(exp & hit)
            row["fp"] += len(hit - exp)
            row["fn"] += len(exp - hit)
    return table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--baseline-chars", type=int, default=20000)
    args = parser.parse_args()
    from detectors import Detector, build_analyzer, load_ja_nlp
    from scanner.crawl import crawl
    from scanner.extract import Limits, extract
    from scanner.objects import ObjectScanner

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        truth, negatives = build(root, args.docs, seed=2026)
        nlp = load_ja_nlp()
        scanner = ObjectScanner(Detector(build_analyzer(nlp)))
        found: dict[str, set] = {}
        chars = 0
        texts = []
        timings = []
        for _ in range(3):  # this machine is shared: the median of three runs
            start = time.process_time()
            for entry in crawl(root):
                record = scanner.scan_entry(entry)
                found[entry.uri] = {(f.entity_type, f.value) for o in record.walk() for f in o.findings}
            timings.append(time.process_time() - start)
        cpu = sorted(timings)[1]
        for entry in crawl(root):  # characters of content as extracted (not timed)
            extraction = extract(entry.uri, Path(entry.path).read_bytes(), Limits(), entry.is_mail)
            texts += [u.text for u in extraction.units]
            # cells count by their own text, not the header labels composed before them
            chars += sum(sum(s.end - s.start for s in u.spans) if u.spans else len(u.text)
                         for u in extraction.units)
        baseline = baseline_rate(nlp, texts, args.baseline_chars)
    table = score({k: v for k, v in truth.items()}, found)
    fp_negative = sum(len(found.get(n, set())) for n in negatives) / max(1, len(negatives))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"documents: {len(truth)} labelled (csv, xlsx, docx, txt, eml, pdf) + {len(negatives)} hard negatives\n")
    print("| entity | precision | recall | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|")
    for entity, c in sorted(table.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {entity} | {p:.3f} | {r:.3f} | {f1:.3f} | {c['tp']} | {c['fp']} | {c['fn']} |")
    print(f"\nfalse positives per file with no personal data: {fp_negative:.3f}")
    print(f"throughput, extraction + detection, one core: {chars / cpu:,.0f} chars/s ({chars:,} chars, "
          f"median of 3 runs {cpu:.1f} s CPU; runs {', '.join(f'{t:.1f}' for t in timings)} s)")
    print(f"Presidio + full GiNZA pipeline (NER on all text), one core: {baseline:,.0f} chars/s")
    print(f"peak memory (RSS) of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


def baseline_rate(nlp, texts: list[str], budget: int) -> float:
    """Presidio's own spaCy engine over ja_ginza: every text through the full
    pipeline (tok2vec + parser + NER), with the same recognizers."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from detectors import build_registry

    engine = SpacyNlpEngine(models=[{"lang_code": "ja", "model_name": "ja_ginza"}])
    engine.nlp = {"ja": nlp}  # the pipeline already loaded
    from detectors.context import JapaneseContextEnhancer

    analyzer = AnalyzerEngine(registry=build_registry(), nlp_engine=engine, supported_languages=["ja"],
                              context_aware_enhancer=JapaneseContextEnhancer())
    sample, total = [], 0
    for text in texts:
        if total >= budget:
            break
        sample.append(text[:5000])
        total += len(sample[-1])
    start = time.process_time()
    for text in sample:
        analyzer.analyze(text, language="ja")
    return total / (time.process_time() - start)


if __name__ == "__main__":
    main()
