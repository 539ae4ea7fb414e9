"""Corpus 8: a held-out evaluation set written apart from daicho's rules and the
earlier corpora (issue 12). About 300 files of 22 organisations the earlier sets
did not use — a 自治会, a マンション管理組合, a 学習塾, a boys' baseball club, a city
library, a 社会福祉協議会, a hospital ward, a 訪問看護 station, a 保護司会, a victim-support
centre, a marriage agency, an interpreting agency, an insurance agency, a 信用金庫, a
農協, movers, a taxi company, a security company, a construction site, a call centre,
a printer's mail-out and a scholarship foundation — each in its own forms and words,
in text, CSV/TSV (UTF-8, CP932, headerless), fixed-width host exports, xlsx, docx,
pptx, pdf, odt, rtf, html, json, xml, zip, eml, Maildir and mbox.

    write(out, seed, scale) -> (out/tree, out/truth.jsonl)

Truth is kept as it is written: every value is a Mark placed by the renderer, with
daicho's location where the format has one (a line, a paragraph, a sheet or table
cell); look-alikes are negatives by kind, optional values (本籍 as an address, a
normal check-up value) are neither right nor wrong, clean files hold none."""

from __future__ import annotations

import json
import random
from pathlib import Path

from benchmarks.corpus8 import business, care, clean, community
from benchmarks.corpus8.kit import Kit
from benchmarks.corpus8.model import Document, Item
from benchmarks.corpus8.orgs import organisation

DEFAULT_SEED = 8080

# (organisation, writer, files at scale 1.0)
PLAN = [
    ("jichikai", community.jichikai_roster, 7), ("jichikai", community.jichikai_minutes, 8),
    ("kanri", community.kanri_residents, 7), ("kanri", community.kanri_arrears, 5), ("kanri", community.kanri_minutes, 8),
    ("juku", community.juku_karte, 10), ("juku", community.juku_mendan, 10), ("juku", community.juku_transfer, 5),
    ("shonendan", community.shonendan_roster, 5), ("shonendan", community.shonendan_mail, 7),
    ("shonendan", community.shonendan_certificate, 4),
    ("toshokan", community.toshokan_export, 5), ("shakyo", community.shakyo_loan, 8),
    ("shakyo", community.shakyo_volunteers, 5),
    ("byoto", care.byoto_handover, 8), ("byoto", care.byoto_admission, 8), ("houkan", care.houkan_record, 8),
    ("houkan", care.houkan_users, 5), ("houkan", care.houkan_case_slides, 5), ("hogoshi", care.hogoshi_interview, 8),
    ("hogoshi", care.hogoshi_caseload, 4),
    ("higai", care.higai_intake, 8), ("konkatsu", care.konkatsu_profiles, 5), ("konkatsu", care.konkatsu_memo, 7),
    ("tsuyaku", care.tsuyaku_registry, 5), ("tsuyaku", care.tsuyaku_requests, 5),
    ("hoken", business.hoken_contracts, 5), ("hoken", business.hoken_accident, 7), ("shinkin", business.shinkin_host, 4),
    ("shinkin", business.shinkin_loan, 7), ("nokyo", business.nokyo_members, 4), ("hikkoshi", business.hikkoshi_inbox, 5),
    ("hikkoshi", business.hikkoshi_crew, 4), ("taxi", business.taxi_drivers, 4), ("taxi", business.taxi_accident, 5),
    ("taxi", business.taxi_checkups, 4),
    ("keibi", business.keibi_shinjo, 7), ("keibi", business.keibi_roster, 4), ("genba", business.genba_workers, 4),
    ("genba", business.genba_entry, 7), ("callcenter", business.callcenter_log, 4),
    ("insatsu", business.insatsu_mailout, 4), ("shogakukai", business.shogakukai_application, 7),
    ("shogakukai", business.shogakukai_payments, 3),
    ("jichikai", clean.kairan, 4), ("juku", clean.timetable, 4), ("taxi", clean.fares, 3), ("genba", clean.schedule, 4),
    ("hoken", clean.pamphlet, 4), ("toshokan", clean.library_news, 4), ("shonendan", clean.practice, 3),
    ("callcenter", clean.faq, 3), ("hikkoshi", clean.price_slides, 3), ("kanri", clean.rules, 3),
    ("nokyo", clean.standards, 3), ("byoto", clean.newsletter, 3),
]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Document]:
    """Every document of the corpus, the same bytes for the same seed and scale."""
    orgs = {key: organisation(key, random.Random(f"{seed}:org:{key}")) for key, _, _ in PLAN}
    documents = []
    for key, writer, count in PLAN:
        for n in range(1, max(1, round(count * scale)) + 1):
            kit = Kit(random.Random(f"{seed}:{writer.__name__}:{n}"))
            path, data, inside, is_clean = writer(kit, orgs[key], n)
            items = [Item(path + sub, location, mark) for sub, mark, location in inside]
            documents.append(Document(path, data, items, is_clean))
    return documents


def truth_records(documents: list[Document], seed: int, scale: float) -> list[dict]:
    records = [{"record": "meta", "corpus": "corpus8", "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for doc in documents:
        records.append({"record": "file", "path": doc.path, "clean": doc.clean, "format": doc.path.rsplit(".", 1)[-1].lower()})
        for item in doc.items:
            mark = item.mark
            record = {"record": "item", "path": item.path, "entity_type": mark.entity_type, "value": mark.text,
                      "location": item.location}
            record.update({key: value for key, value in (("category", mark.category), ("date", mark.date),
                                                         ("negative", mark.negative), ("optional", mark.optional),
                                                         ("kind", mark.kind)) if value})
            records.append(record)
    return records


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The corpus under out/tree and its truth in out/truth.jsonl."""
    tree, truth = Path(out) / "tree", Path(out) / "truth.jsonl"
    documents = generate(seed, scale)
    for doc in documents:
        target = tree / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.data)
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in truth_records(documents, seed, scale)),
                     encoding="utf-8")
    return tree, truth
