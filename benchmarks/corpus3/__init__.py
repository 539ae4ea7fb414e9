"""The third corpus (issue 12): the held-out evaluation set on 2026-12-03, a development
set since corpus 4 replaced it. Office
files in habits of its own (議事録 and 日報 in prose, 紹介状, 利用者台帳, 生徒指導記録,
会員申込書 forms, replies that quote mail, mbox, exports with romaji headers), with a
truth record for every planted value and look-alike. It shares no name, place or
phrase list with the earlier corpora, and no rule is tuned on it.

`build.write(out, seed, scale)` writes OUT/tree and OUT/truth.jsonl;
`python -m benchmarks.corpus3 OUT` does the same from the shell."""

from benchmarks.corpus3.build import DEFAULT_SEED, generate, truth_records, write

__all__ = ["DEFAULT_SEED", "generate", "truth_records", "write"]
