"""The writers of corpus 13, one module per organisation."""

from benchmarks.corpus13 import (cemetery, estate, fertility, gakudo, harbour, marrow, meals, nightschool, rental,
                                sharehouse, shelter, sitter)

KINDS = (gakudo, harbour, marrow, fertility, sharehouse, cemetery, estate, rental, shelter, nightschool, meals, sitter)
