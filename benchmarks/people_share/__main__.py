import argparse
from pathlib import Path

from benchmarks.people_share import generate, write_truth
from benchmarks.people_share.ledger import write_ledger

parser = argparse.ArgumentParser(description="the people share and its truth")
parser.add_argument("out", type=Path)
parser.add_argument("--seed", type=int, default=17)
args = parser.parse_args()
(args.out / "share").mkdir(parents=True, exist_ok=True)
write_truth(generate(args.out / "share", args.seed), args.out / "truth.json")
write_ledger(args.out / "ledger.xlsx")
