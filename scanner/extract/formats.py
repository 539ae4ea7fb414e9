"""The formats added to dispatch.EXTRACTORS by content sniffing (issue 19):
legacy Office, RTF, OpenDocument, 7-Zip, LZH, RAR, Outlook PST/OST, images and
scanned PDFs (OCR). Kept apart from dispatch.py so that each list stays short."""

from __future__ import annotations

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif")

# suffix -> (module, function, keyword arguments), as in dispatch.EXTRACTORS
NEW_FORMATS: dict[str, tuple[str, str, dict]] = {
    ".doc": ("legacy_office", "extract_doc", {}), ".dot": ("legacy_office", "extract_doc", {}),
    ".ppt": ("legacy_office", "extract_ppt", {}), ".pps": ("legacy_office", "extract_ppt", {}),
    ".rtf": ("rtf", "extract_rtf", {}),
    ".odt": ("odf", "extract_odf", {}), ".ods": ("odf", "extract_odf", {}), ".odp": ("odf", "extract_odf", {}),
    ".7z": ("sevenzip", "extract_7z", {}),
    ".lzh": ("lzh", "extract_lzh", {}), ".lha": ("lzh", "extract_lzh", {}),
    ".rar": ("rar", "extract_rar", {}),
    ".pst": ("pst", "extract_pst_bytes", {}), ".ost": ("pst", "extract_pst_bytes", {}),
    ".pdf": ("scanned", "extract_pdf_or_scan", {}),  # pdf.extract_pdf, then OCR for pages without text
    **{suffix: ("image", "extract_image", {}) for suffix in IMAGE_SUFFIXES},
}

# Extractors called as extractor(data, limits): archives, mailboxes, OCR budgets.
TAKES_LIMITS = frozenset((".zip", ".7z", ".lzh", ".lha", ".rar", ".pst", ".ost", ".pdf", *IMAGE_SUFFIXES))
