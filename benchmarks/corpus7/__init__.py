"""Corpus 7: a held-out share of office documents written for it alone (issue 12).

About 300 files of organisations the earlier corpora did not write for — a dental
clinic, a pharmacy, a rehabilitation day-care, a sports club, a 保育園, a municipal
welfare desk, an NPO for residents from abroad, a funeral home, a driving school, a
real-estate agent, a temple and a church office, a union branch, a party's local
office, a recruitment agency, a university lab, an employer's HR — in xlsx, docx,
pptx, pdf, odt, rtf, html, csv (UTF-8, CP932, headerless), UTF-16 TSV, fixed-width
CP932 exports, JSON, XML, eml with attachments, mbox, Maildir and zip; and about 40
files with no personal data. Every value is planted with its place in the text
daicho's extraction gives (truth.jsonl: records meta, file, item), look-alikes
(an organisation's own contacts, numbers that pass check digits, dates that are
not births, things named like people, notices about no one) as negatives.

    write(out, seed, scale) -> (tree, truth_path)
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

from benchmarks.corpus7 import care, clean, formats, health, offices
from benchmarks.corpus7.model import Document, document

DEFAULT_SEED = 7077
CLEAN_FILES = 42

# (folder, file name, writer, files at scale 1); a writer returns (suffix, Blob)
SINGLE = (
    ("歯科/患者台帳", "患者台帳", health.dental_ledger, 14), ("歯科/記録", "診療経過記録", health.dental_notes, 12),
    ("薬局", "調剤録", health.pharmacy_export, 12), ("リハビリ", "利用者台帳", health.rehab_users, 10),
    ("リハビリ/症例検討", "症例検討", health.rehab_slides, 8), ("スポーツクラブ", "会員名簿", health.sports_members, 10),
    ("保育園/児童票", "児童票", care.nursery_record, 14), ("保育園/日誌", "保育日誌", care.nursery_diary, 12),
    ("福祉課/面接記録", "面接記録", care.welfare_case, 16), ("NPO/相談", "相談カード", care.npo_card, 14),
    ("葬祭", "施行台帳", care.funeral_register, 10), ("葬祭/香典帳", "香典帳", care.condolence_book, 4), ("教習所", "教習生", offices.driving_roster, 9),
    ("教習所/申込", "入校申込書", offices.driving_application, 3),
    ("不動産/申込", "入居申込書", offices.tenancy_application, 14), ("寺務所", "檀家名簿", offices.temple_members, 8),
    ("教会", "教会員名簿", offices.church_register, 8), ("組合", "組合員", offices.union_export, 10),
    ("後援会", "後援会名簿", offices.party_supporters, 10), ("人材/履歴書", "履歴書", offices.resume, 12),
    ("人材/送信済み", "候補者紹介", offices.candidates_mail, 12), ("研究室", "謝金振込先", offices.lab_payments, 8),
    ("人事/社保", "資格取得一覧", offices.payroll_insurance, 10), ("人事/扶養", "扶養控除申告", offices.dependants, 10),
    ("人事/健診", "健診結果一覧", health.checkup_results, 6),
)
MAILBOXES = 5  # union branch mbox files
MAILDIR_ROUNDS = 3  # rehab handover mails, one file a message
ARCHIVES = 4  # welfare desk's monthly zip of forms


def _scaled(count: int, scale: float) -> int:
    return max(1, round(count * scale))


def _rng(seed: int, path: str) -> random.Random:
    return random.Random(f"{seed}:{path}")


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Document]:
    docs: list[Document] = []
    for folder, stem, writer, count in SINGLE:
        for i in range(1, _scaled(count, scale) + 1):
            key = f"{folder}/{stem}_{i:02d}"
            suffix, blob = writer(_rng(seed, key))
            docs.append(document(f"{key}.{suffix}", blob, writer.__name__))
    for i in range(1, _scaled(MAILBOXES, scale) + 1):
        key = f"組合/メール/執行委員会_{i:02d}.mbox"
        docs.append(document(key, formats.mbox(offices.union_mails(_rng(seed, key))), "union_mails"))
    for r in range(1, _scaled(MAILDIR_ROUNDS, scale) + 1):
        for n, message in enumerate(health.rehab_handover(_rng(seed, f"maildir{r}")), 1):
            name = f"リハビリ/Maildir/cur/17640{r}{n:02d}00.M{r}{n}P42.mail01:2,S"
            docs.append(document(name, message, "rehab_handover"))
    for i in range(1, _scaled(ARCHIVES, scale) + 1):
        key = f"福祉課/月次提出_{i:02d}.zip"
        rng = _rng(seed, key)
        members = {}
        for j, writer in enumerate((care.welfare_case, offices.dependants, care.nursery_diary), 1):
            suffix, blob = writer(rng)
            members[f"{datetime(2026, i, 1):%Y%m}/{j:02d}_{writer.__name__}.{suffix}"] = blob
        docs.append(document(key, formats.archive(members), "archive"))
    for i in range(1, _scaled(CLEAN_FILES, scale) + 1):
        key = f"共有/資料_{i:02d}"
        suffix, blob = clean.clean_file(_rng(seed, key), i)
        docs.append(document(f"{key}.{suffix}", blob, "clean", clean=True))
    return docs


def truth_records(docs: list[Document], seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[dict]:
    records = [{"record": "meta", "corpus": "corpus7", "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for doc in docs:
        records.append({"record": "file", "path": doc.path, "clean": doc.clean, "kind": doc.kind})
        for item in doc.items:
            mark = item.mark
            record = {"record": "item", "path": item.path, "entity_type": mark.entity_type, "value": mark.text,
                      "location": item.location}
            for key in ("category", "date", "kind"):
                if getattr(mark, key):
                    record[key] = getattr(mark, key)
            for key in ("negative", "optional"):
                if getattr(mark, key):
                    record[key] = True
            records.append(record)
    return records


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The corpus under out/tree and its truth in out/truth.jsonl."""
    out = Path(out)
    tree = out / "tree"
    docs = generate(seed, scale)
    for doc in docs:
        path = tree / doc.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(doc.data)
    truth = out / "truth.jsonl"
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in truth_records(docs, seed, scale)),
                     encoding="utf-8")
    return tree, truth
