"""Scoring of practicum16's dev and check corpora (benchmarks/corpus_practicum16_dev.py, _check.py):
each writes PDFs of lists and their truth, `daicho check` reads the directory (run it with
PYTHONPATH=<tree>), and a finding counts where its text and a truth value of its type contain
one another. Only PHONE, PERSON and SENSITIVE are scored (the types practicum16 reads).

    PYTHONPATH=. .venv/bin/python benchmarks/corpus_practicum16_dev.py [--errors]

DAICHO_UNDER_TEST=<another tree> checks with that tree's detectors (the before figure: main's).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

TYPES = ("PHONE", "PERSON", "SENSITIVE")


def table_pdf(path: Path, title: str, rows: list[list[str]], columns: list[int], step: int, notes: list[str] = ()) -> None:
    """A landscape page: a title, the rows' cells drawn at the columns' x, lines of notes below."""
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    pdf.setFont("HeiseiKakuGo-W5", 12)
    pdf.drawString(40, 560, title)
    pdf.setFont("HeiseiKakuGo-W5", 9)
    y = 520
    for row in rows:
        for x, cell in zip(columns, row):
            pdf.drawString(x, y, cell)
        y -= step
    for note in notes:
        y -= 16
        pdf.drawString(40, y, note)
    pdf.showPage()
    pdf.save()


def _checking_env() -> dict:
    env = dict(os.environ)
    if env.get("DAICHO_UNDER_TEST"):
        env["PYTHONPATH"] = env["DAICHO_UNDER_TEST"]
    return env


def _matches(found: str, value: str) -> bool:
    return found in value or value in found


def score(docs: dict[str, tuple[list, set]], errors: bool) -> None:
    """docs: file name -> (writer, truth {(type, value)}); writes, checks and prints P / R per type."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, (write, _) in docs.items():
            write(Path(tmp) / name)
        out = subprocess.run([sys.executable, "-c", "from scanner.cli import main; main()", "check", tmp, "--show-values", "--format", "jsonl"],
                             capture_output=True, text=True, env=_checking_env(), cwd=tmp, check=False).stdout
    findings: dict[str, list[tuple[str, str]]] = {}
    for line in out.splitlines():
        record = json.loads(line)
        if record["entity_type"] in TYPES:
            findings.setdefault(Path(record["path"]).name, []).append((record["entity_type"], record["text"]))
    counts = {t: [0, 0, 0, 0] for t in TYPES}  # found right, false, missed, truth
    lines = []
    for name, (_, truth) in sorted(docs.items()):
        found = findings.get(name, [])
        for kind, text in found:
            right = any(t == kind and _matches(text, v) for t, v in truth)
            counts[kind][0 if right else 1] += 1
            if not right:
                lines.append(f"FALSE {name} {kind} {text}")
        for kind, value in sorted(truth):
            counts[kind][3] += 1
            if not any(t == kind and _matches(text, value) for t, text in found):
                counts[kind][2] += 1
                lines.append(f"MISS  {name} {kind} {value}")
    print(f"{len(docs)} files")
    print("| type | P | R | found right / false / missed |\n|---|---|---|---|")
    for kind, (right, false, missed, total) in counts.items():
        p = right / (right + false) if right + false else 1.0
        r = (total - missed) / total if total else 1.0
        print(f"| {kind} | {p:.3f} | {r:.3f} | {right} / {false} / {missed} |")
    if errors:
        print("\n".join(lines))
