"""The second, independent corpus (issue 12): office files written in other
authors' habits than benchmarks/corpus.py, with a truth record for every planted
value and look-alike. It shares no template, name, address or phrase list with the
first corpus, and no rule is tuned on it: it is what detection is reported on.

`build.write(out, seed, scale)` writes OUT/tree and OUT/truth.jsonl;
`python -m benchmarks.corpus2 OUT` does the same from the shell."""

from benchmarks.corpus2.build import DEFAULT_SEED, generate, truth_records, write

__all__ = ["DEFAULT_SEED", "generate", "truth_records", "write"]
