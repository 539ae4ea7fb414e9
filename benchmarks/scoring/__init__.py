"""Scoring `daicho check` findings against planted truth (benchmarks/corpus2, the
wiki development set): matching rules in values.py, places in places.py, the
tally in score.py, tables in table.py."""
