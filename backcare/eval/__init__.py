"""Measuring answer quality: `python -m backcare.eval [PACK QUERIES]...` (issue 11).

Per set of labelled questions it prints P@1, MRR@10, right-and-confident, and the rejection of
other-domain and of near-domain questions separately, for backcare and for off-the-shelf baselines
(BM25 over questions and over question+answer, rapidfuzz) side by side. `harness` measures,
`sets` finds the default sets (a clone's tests/eval), `__main__` reads the arguments and prints.

Nothing else in the package imports this: the CLI's start-up and the engine never pay for it, and
its baselines need nothing beyond the plain install (rapidfuzz is already a dependency).
"""
