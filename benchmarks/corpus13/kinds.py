"""The writers of corpus 13, one module per organisation."""

from benchmarks.corpus13 import gakudo

KINDS = (gakudo,)
