"""Bundles: a hand-over archive with an archive inside it, and a leaver's PC backup
(a zip of Markdown, HTML, vCard and a zip)."""

from __future__ import annotations

from benchmarks.corpus2.formats import zip_doc
from benchmarks.corpus2.truth import Doc
from benchmarks.corpus5 import kinds_clinic, kinds_money, kinds_rites, kinds_school, kinds_town, kinds_work
from benchmarks.corpus5.offices import Clerk


def handover_zip(k: Clerk, n: int) -> Doc:
    """引継ぎ資料.zip: a ledger, and a zip of the counter's forms and notes."""
    inner = zip_doc("窓口記録.zip", [kinds_town.welfare_intake(k, 900 + n).renamed("受付票.docx"),
                                   kinds_money.dunning_memo(k, 900 + n).renamed("督促メモ.txt")], "handover_zip")
    ledger = kinds_town.resident_consult(k, 900 + n).renamed("住民相談.xlsx")
    return zip_doc(f"引継ぎ/引継ぎ資料_{n:02d}.zip", [ledger, inner], "handover_zip")


def pc_backup(k: Clerk, n: int) -> Doc:
    """A departing employee's desktop, zipped by IT: notes, saved pages, cards, an old zip."""
    old = zip_doc("old.zip", [kinds_work.haken_ledger(k, 900 + n).renamed("staff.xlsx")], "pc_backup")
    members = [kinds_school.juku_karte(k, 900 + n).renamed("karte.md"),
               kinds_clinic.booking_list(k, 900 + n).renamed("予約一覧.html"),
               kinds_rites.business_cards(k, 900 + n).renamed("cards.vcf"), old]
    return zip_doc(f"退職者PC/desktop_{n:02d}.zip", members, "pc_backup")
