"""The matrix of issue 12's cards13 work: long numbers passing Luhn with a card issuer's
prefix, written in one real file per cell of format × where the label stands × the
shape of the value (in turn, label by label) × whether the record is a person's, read by the real extractors and
detector. Other things' numbers (品番, JAN, SKU, IMEI, S/N, ICCID, 伝票番号, 会員番号, a
point card's, a log's request id …) should find nothing; a card's own labels (カード番号,
クレジットカード, card_no, cc_number, PAN, お支払い …) everything. A headerless row is a
card's by its record only (a brand, an expiry beside its holder): its cells are written
with and without one. Prints the cells that find another thing's number and the cells
that miss a card, then the totals.

    .venv/bin/python benchmarks/cards13_matrix.py [--cells]
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from stdnum import luhn

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.mynum12_matrix import PEOPLE, cell_files  # noqa: E402
from benchmarks.quality import found_in, scan  # noqa: E402
from samples import writers as w  # noqa: E402

OTHER_LABELS = [
    "品番", "商品コード", "JAN", "JANコード", "SKU", "item_code", "型番", "製品番号", "S/N", "シリアル", "製造番号", "IMEI",
    "ICCID", "端末ID", "伝票番号", "送り状番号", "追跡番号", "注文ID", "受注番号", "取引ID", "会員番号", "ポイントカード番号",
    "ETCカード番号", "SIMカード番号", "検針番号", "供給地点番号", "ロット", "資産番号", "request_id", "order_no", "品目CD"]
OWN_LABELS = ["カード番号", "クレジットカード", "クレジットカード番号", "card_no", "cc_number", "PAN", "お支払いカード",
              "決済カード", "カードNo.", "VISA", "JCB", "Card Number", "kaado_no", "お支払い方法（カード）"]
SHAPES = ("bare", "space", "hyphen")
ISSUERS = ("4", "53", "3562", "37")
BRANDS = ("VISA", "JCB", "Mastercard")


def luhn_number(rng: random.Random, head: str) -> str:
    length = 15 if head == "37" else 16
    body = head + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(head)))
    return body + luhn.calc_check_digit(body)


def shaped(value: str, shape: str) -> str:
    if shape == "bare":
        return value
    joint = " " if shape == "space" else "-"
    cuts = (0, 4, 10, 15) if len(value) == 15 else (0, 4, 8, 12, 16)  # as the card prints it: Amex 4-6-5
    return joint.join(value[a:b] for a, b in zip(cuts, cuts[1:]))


def record_files(label: str, people: list, values: list[str]) -> dict[str, bytes]:
    """XML (the label as the element's name), YAML and a mail's text for a label and values."""
    names = [p[0] if p else "ボールペン" for p in people]
    tag = "".join(ch for ch in label if ch.isalnum() or ch == "_")
    xml = "<list>" + "".join(f"<row><name>{n}</name><{tag}>{v}</{tag}></row>" for n, v in zip(names, values)) + "</list>"
    return {"rec.xml": xml.encode(),
            "rec.yaml": "".join(f"- name: {n}\n  {label}: {v}\n" for n, v in zip(names, values)).encode(),
            "mail.eml": w.make_eml("ご連絡", "a@example.jp", "b@example.jp",
                                   "\n".join(f"{n}様の{label}は {v} です。" for n, v in zip(names, values)))}


def payment_rows(people: list, values: list[str], rng: random.Random) -> bytes:
    """A headerless row of a payment's record: holder, number, expiry, brand."""
    return "\n".join(f"{p[0]},{v},{rng.randint(1, 12):02d}/{rng.randint(27, 31)},{rng.choice(BRANDS)}"
                     for p, v in zip(people, values)).encode()


def write_matrix(root: Path, seed: int = 13) -> dict[str, tuple[bool, list[str], str]]:
    """Every cell's files under root: {file name: (a card's own label, its values, the label)}."""
    rng, truth = random.Random(seed), {}
    for own, labels in ((False, OTHER_LABELS), (True, OWN_LABELS)):
        for li, label in enumerate(labels):
            for shape in (SHAPES[li % len(SHAPES)],):  # the shapes in turn, label by label
                for with_person in (True, False):
                    values = [luhn_number(rng, rng.choice(ISSUERS)) for _ in PEOPLE]
                    people = PEOPLE if with_person else [()] * len(PEOPLE)
                    written = [shaped(v, shape) for v in values]
                    files = cell_files(label, people, written) | record_files(label, people, written)
                    if own:  # a headerless row holds no label: a card's by its payment record only
                        files["nohdr.csv"] = payment_rows(PEOPLE, written, rng)
                    for kind, data in files.items():
                        name = f"{'own' if own else 'other'}{li:02d}_{shape}_{int(with_person)}_{kind}"
                        (root / name).write_bytes(data)
                        truth[name] = (own, values, label)
    return truth


def main() -> None:
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    with tempfile.TemporaryDirectory() as tmp:
        truth = write_matrix(Path(tmp))
        found = {uri.rpartition("/")[2]: v for uri, v in found_in(scan(ObjectScanner(build_detector()), Path(tmp))).items()}
    totals, by_format = Counter(), Counter()
    for name, (own, values, label) in sorted(truth.items()):
        hits = sum(1 for v in values if ("CREDIT_CARD", v) in found.get(name, set()))
        wrong = hits if not own else len(values) - hits
        totals["own" if own else "other"] += len(values)
        totals["missed" if own else "flagged"] += wrong
        if wrong:
            by_format[("missed " if own else "flagged ") + name.rpartition("_")[2]] += wrong
            if "--cells" in sys.argv:
                print(f"{'MISSED ' if own else 'FLAGGED'} {wrong}/{len(values)} {label} {name}")
    for key, count in sorted(by_format.items()):
        print(f"{key}: {count}")
    print(f"other things' numbers flagged: {totals['flagged']} of {totals['other']}; "
          f"cards missed: {totals['missed']} of {totals['own']}")


if __name__ == "__main__":
    main()
