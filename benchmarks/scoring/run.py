"""Running `daicho check` as a user does: the whole process (model load included),
its JSON lines written to a file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def wiki_dev_dir() -> Path:
    """../shared/data/wiki-ner-dev beside the checkout (a worktree sits one level
    deeper, so the nearest ancestor holding it). CC-BY-SA: read in place, never copied."""
    for ancestor in REPO.parents:
        candidate = ancestor / "shared" / "data" / "wiki-ner-dev"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "data" / "wiki-ner-dev"


def daicho_command() -> list[str]:
    """The `daicho` entry point of this interpreter's environment (else the module)."""
    script = Path(sys.executable).with_name("daicho")
    if script.exists():
        return [str(script)]
    found = shutil.which("daicho")
    return [found] if found else [sys.executable, "-c", "from scanner.cli import main; main()"]


def daicho_check(tree: Path, out: Path) -> Path:
    """`daicho check TREE --show-values --format jsonl > OUT`; raises when it fails."""
    with out.open("w", encoding="utf-8") as stream:
        subprocess.run([*daicho_command(), "check", str(tree), "--show-values", "--format", "jsonl"],
                       stdout=stream, check=True, cwd=tree)
    return out
