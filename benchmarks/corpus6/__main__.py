from benchmarks.corpus2.build import command
from benchmarks.corpus6.build import DEFAULT_SEED, write

command(write, DEFAULT_SEED, "Write the sixth (next held-out evaluation) corpus and its truth.")
