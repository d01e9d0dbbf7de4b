"""Related English words, as a re-rank of a large pack's best candidates. Pure: no I/O beyond
reading the bundled data file once, no printing; it reads a `Store`'s postings.

A paraphrase says a question's idea in words its entry lacks ("several Dropbox accounts on my
computer" for "Multiple dropbox accounts on one PC?", "remove" for "delete", "directory" for
"folder"). No pack teaches such pairs about itself when the two words never stand in one of its
entries (links.py learns only from the pack), and WordNet holds few of them (docs/matching.md,
quality56). data/related_words.txt holds them for ~15,500 common English words (SCOWL), made
once by tools/make_related_words.py from a sentence-embedding model's view of each word alone, so
the plain install imports no model.

For each of the question's words that a candidate's question and aliases do not hold (a word they
hold was scored by the ranking already; one its answer holds, in passing, far less), the candidate
is credited with the best of its question's and aliases' terms related to it: their similarity
times the term's IDF in the pack. The sum, relative to the best candidate's, is added at
`RELATED_WEIGHT` to the key relative to the best, over the best `RELATED_TOP`.

Only a pack the word links read (`LINK_MIN_ENTRIES` entries or more) is read so (tuning.py says
what smaller packs lost), so a cold ask of the bundled pack never imports this module or reads
the file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from backcare.engine.candidates import idf
from backcare.engine.index import FIELDS
from backcare.engine.ranked import _OWN_FIELDS, Scored
from backcare.engine.tuning import LINK_CACHE, RELATED_TOP, RELATED_WEIGHT
from backcare.resources import DataError, read_text
from backcare.store.protocol import Store

RELATED_FILE = "related_words.txt"
_OWN = frozenset(i for i, name in enumerate(FIELDS) if name in _OWN_FIELDS)

Related = dict[str, tuple[tuple[str, float], ...]]


class RelatedWords:
    """Re-ranks one store's candidates by the related words their questions hold."""

    def __init__(self, store: Store, own_terms: Callable[[int], frozenset[str]]) -> None:
        self.store = store
        self.related = related_words()
        # an entry's question and aliases' terms (links.PackLinks keeps them, one cache for both)
        self._own_terms = own_terms
        self._weights: dict[str, float] = {}  # a term's IDF in the pack
        self._askers: dict[str, frozenset[int]] = {}  # _asking, kept across questions

    def rerank(self, terms: Sequence[str], scored: list[Scored]) -> list[Scored]:
        """The best RELATED_TOP candidates re-ranked by their key relative to the best plus
        RELATED_WEIGHT x their related words relative to the best candidate's; the rest keep
        their order below them. Unchanged when no candidate's question holds a related word."""
        words = [t for t in dict.fromkeys(terms) if t in self.related]
        if not words or len(scored) < 2:
            return scored
        top = scored[:RELATED_TOP]
        credit = {doc: self._credit(doc, words) for _, doc, *_ in top}
        best_credit = max(credit.values())
        if not best_credit:
            return scored
        best = top[0][0] or 1.0
        fused = [(s[0] / best + RELATED_WEIGHT * credit[s[1]] / best_credit, *s[1:]) for s in top]
        fused.sort(key=lambda item: (-item[0], item[1]))
        floor = min(item[0] for item in fused)
        rest = [(min(s[0] / best, floor), *s[1:]) for s in scored[RELATED_TOP:]]
        return fused + rest

    def _credit(self, doc: int, words: Sequence[str]) -> float:
        own = self._own_terms(doc)
        value = 0.0
        for word in words:
            if doc in self._asking(word):
                continue  # the ranking scored the word where the entry's question holds it
            value += max(
                (
                    similarity * self._weight(term)
                    for term, similarity in self.related[word]
                    if term in own
                ),
                default=0.0,
            )
        return value

    def _asking(self, word: str) -> frozenset[int]:
        """The entries whose question or aliases hold the word (an answer may hold it in
        passing: a related word its question holds still says more). Read once a word."""
        found = self._askers.get(word)
        if found is None:
            found = frozenset()
            if self.store.has_term(word):
                docs, _, fields = self.store.postings(word)
                found = frozenset(d for d, f in zip(docs, fields, strict=True) if f in _OWN)
            if len(self._askers) >= LINK_CACHE:
                self._askers.clear()
            self._askers[word] = found
        return found

    def _weight(self, term: str) -> float:
        found = self._weights.get(term)
        if found is None:
            found = idf(self.store.size, len(self.store.postings(term)[0]))
            if len(self._weights) >= LINK_CACHE:
                self._weights.clear()
            self._weights[term] = found
        return found


@lru_cache(maxsize=1)
def related_words() -> Related:
    """data/related_words.txt: each stem's related stems and their similarity. Read once a
    process; a line not in the documented shape is a DataError naming the file and the line."""
    related: Related = {}
    for number, line in enumerate(read_text(RELATED_FILE).splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition("\t")
        try:
            pairs = tuple(
                (term, float(similarity))
                for term, _, similarity in (item.rpartition(":") for item in rest.split())
            )
        except ValueError:
            pairs = ()
        if not word or not pairs or any(not term for term, _ in pairs):
            raise DataError(
                f"bundled data file {RELATED_FILE}: line {number} is not 'stem<TAB>stem:similarity ...'"
            )
        related[word] = pairs
    return related
