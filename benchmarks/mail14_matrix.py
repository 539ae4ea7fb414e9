"""The matrix of issue 12's mail14 work: one real file per cell of format × place an
organisation's own mailbox or line sits (a letterhead, a footer, a signature, an お問い合わせ先
block, a flyer, an office's From, a web form's 送信先, a list's address, a partner in
関係機関一覧, a vendor on an invoice) × the shape of its local part (a service's word,
a facility's name, a numbered desk, free mail), beside a person's own mailbox in a
roster, a form and a member list; run through the real extractors and detector
(ObjectScanner). Prints, per cell, the organisation's values reported and the people's
missed. Made-up organisations and people.

    .venv/bin/python benchmarks/mail14_matrix.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import found_in, scan  # noqa: E402
from benchmarks.mail14_cells import CELLS, ORGANISATIONS, PEOPLE  # noqa: E402


def main() -> None:
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, data in CELLS.values():
            (root / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        found = {uri.rpartition("/")[2]: values for uri, values in found_in(scan(scanner, root)).items()}
    wrong = missed_total = 0
    for cell, (name, _) in CELLS.items():
        values = found.get(name, set())
        false = sorted(f"{e}:{v}" for e, v in values if (e, v) in ORGANISATIONS)
        persons = sorted(f"{e}:{v}" for e, v in values if e == "PERSON")
        missed = sorted(f"{e}:{v}" for e, v in PEOPLE.get(name, ()) if (e, v) not in values)
        wrong, missed_total = wrong + len(false), missed_total + len(missed)
        print(f"{cell:34} false {len(false)} {false}" + (f"  MISSED {missed}" if missed else "")
              + (f"  PERSON {persons}" if persons else ""))
    print(f"organisation's values reported: {wrong}; people's values missed: {missed_total}")


if __name__ == "__main__":
    main()
