"""Precision / recall of BANK_ACCOUNT in the shapes no corpus writer had used (issue 12,
bank26): benchmarks/corpus_bank26_dev.py (an accounts-payable desk: a 全銀 transfer file,
a payee master in codes, dashed 銀行-支店-口座 codes, a letter's sentence, JA / 信金 /
労金, a ゆうちょ 店名, tuned on) and benchmarks/corpus_bank26_check.py (a care home's
口座振替 papers by another hand, nothing in common; a development set since bank26b) and
benchmarks/corpus_bank26_eval.py (a payroll desk's 給与振込口座 changes by a third hand,
scored once before and once after), with the payer's
own account, masked numbers and other seven-digit numbers reported (look-alikes flagged)
and false findings per clean file.

    .venv/bin/python benchmarks/quality_bank26.py [--corpus dev|check|eval|both] [--docs 48]
                                                  [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402


def arguments():
    """dev_check_arguments' command line with a third corpus, eval."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", choices=("dev", "check", "eval", "both"), default="dev")
    parser.add_argument("--docs", type=int, default=48)
    parser.add_argument("--negatives", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--errors", action="store_true", help="print each miss and false finding (synthetic values)")
    args = parser.parse_args()
    args.corpora = ("dev", "check") if args.corpus == "both" else (args.corpus,)
    return args


def main() -> None:
    args = arguments()
    from benchmarks.corpus_bank26_check import CheckBank26
    from benchmarks.corpus_bank26_dev import DevBank26
    from benchmarks.corpus_bank26_eval import EvalBank26

    report({"dev": ("development (corpus_bank26_dev)", DevBank26),
            "check": ("check (corpus_bank26_check)", CheckBank26),
            "eval": ("evaluation (corpus_bank26_eval, scored before and after only)", EvalBank26)}, args,
           "the payer's own account, masked numbers, other seven-digit numbers")


if __name__ == "__main__":
    main()
