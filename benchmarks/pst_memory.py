"""Peak memory of reading a large PST: messages are streamed from the file, one at
a time, through the same extraction as a scan (each message and attachment
extracted, nested objects too); the PST is never read whole.

    python benchmarks/pst_memory.py [--messages 30] [--attachment-mb 10] [--pst FILE]

Writes the PST first (samples/pst.py) unless --pst is given; prints its size,
the peak resident memory of the reading process (its own, measured after the
writer has run in a child process) and the objects read.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scanner.extract import Limits, extract  # noqa: E402
from scanner.extract.budget import Budget  # noqa: E402
from scanner.extract.pst import extract_pst  # noqa: E402


def write_big_pst(path: Path, messages: int, attachment_mb: int) -> None:
    """In a child process: the writer's own memory must not count."""
    code = (
        "import random, sys; from pathlib import Path; from samples.pst import Mail, write_pst\n"
        f"blob = random.Random(1).randbytes({attachment_mb} * 1_000_000)\n"
        f"mails = [Mail(f'定例報告 {{i}}', f'担当 山田 太郎 090-1234-{{i:04d}}', "
        f"attachments=((f'記録{{i}}.bin', blob[i:] + blob[:i]), ('名簿.csv', '氏名,電話\\n山田,090-1234-5678\\n'.encode())))"
        f" for i in range({messages})]\n"
        f"write_pst(Path({str(path)!r}), {{'受信トレイ/大容量': mails[: {messages} // 2], '送信済み': mails[{messages} // 2:]}})\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)


def _walk(name: str, data: bytes, limits: Limits, depth: int, counts: dict) -> None:
    counts["objects"] += 1
    try:
        extraction = extract(name, data, Budget(limits))
    except Exception as error:  # noqa: BLE001 - counted, as a scan records it
        counts.setdefault("errors", {}).setdefault(type(error).__name__, 0)
        counts["errors"][type(error).__name__] += 1
        return
    counts["chars"] += sum(len(unit.text) for unit in extraction.units)
    _children(name, extraction, limits, depth, counts)


def _children(name: str, extraction, limits: Limits, depth: int, counts: dict) -> None:
    for child in extraction.children:
        if child.extraction is not None:  # a PST message, read already
            counts["objects"] += 1
            counts["chars"] += sum(len(unit.text) for unit in child.extraction.units)
            _children(f"{name}!{child.name}", child.extraction, limits, depth + 1, counts)
        elif child.data is not None and depth < limits.max_depth:
            _walk(f"{name}!{child.name}", child.data, limits, depth + 1, counts)


def read_streamed(path: Path) -> dict:
    limits = Limits()
    counts = {"objects": 1, "chars": 0}
    _children("x.pst", extract_pst(str(path), limits), limits, 0, counts)
    counts["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    counts["pst_mb"] = round(path.stat().st_size / 1e6)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=30)
    parser.add_argument("--attachment-mb", type=int, default=10)
    parser.add_argument("--pst", type=Path)
    parser.add_argument("--read-only", action="store_true", help=argparse.SUPPRESS)  # the measured child
    args = parser.parse_args()
    if args.read_only:
        print(json.dumps(read_streamed(args.pst), ensure_ascii=False))
        return
    with tempfile.TemporaryDirectory() as work:
        path = args.pst or Path(work) / "big.pst"
        if args.pst is None:
            write_big_pst(path, args.messages, args.attachment_mb)
        done = subprocess.run([sys.executable, __file__, "--read-only", "--pst", str(path)],
                              check=True, capture_output=True, text=True)
        print(done.stdout.strip())


if __name__ == "__main__":
    main()
