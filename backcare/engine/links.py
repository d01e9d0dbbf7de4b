"""Word links a pack of many entries teaches about itself, as a re-rank of the best candidates. Pure: no I/O,
no printing; it reads a `Store`'s postings.

A paraphrase says a question's idea in words its entry's question lacks ("get rid of a card" for
"How do I delete a list or card in Trello?"). A pack of many entries shows which words travel
together: when most other entries holding a question's word w (in any field) hold a term t in
their own question, an entry whose question holds t is linked to w. An entry's link to the
question is the IDF-weighted share of the question's words it lacks altogether (question and
answer: a word it holds is scored by the ranking already) that its question's terms are linked
to, each term weighted by its question IDF. Only evidence from two entries or more counts, never
the entry's own (its answer restates its question: a link learned from it is no paraphrase).

Only a pack of `LINK_MIN_ENTRIES` entries or more is read so: in a pack of a dozen or two
entries a pair of words seen together is chance: such links cost back-care holdouts questions
and a clinic page its lower ranks (docs/matching.md, quality53 and quality56). A word held by
more than `LINK_MAX_SHARE` of the entries links to nothing in particular and is not read (nor is
its entries: a pack of one small vocabulary costs nothing), nor one held by more than
`LINK_MAX_HOLDERS` (what a word teaches is counted over its entries' questions once)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from backcare.engine.analyze import Analyzer
from backcare.engine.candidates import idf
from backcare.engine.index import FIELDS
from backcare.engine.ranked import _OWN_FIELDS, Scored
from backcare.engine.tuning import (
    LINK_CACHE,
    LINK_MAX_HOLDERS,
    LINK_MAX_SHARE,
    LINK_MIN_EVIDENCE,
    LINK_TOP,
    LINK_WEIGHT,
)
from backcare.namedtuple import NamedTuple
from backcare.store.protocol import Store

_OWN = frozenset(i for i, name in enumerate(FIELDS) if name in _OWN_FIELDS)


class PackLinks:
    """The links of one pack's words (learned lazily, word by word, from its postings)."""

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        self.store = store
        self.analyzer = analyzer
        self._most = min(LINK_MAX_SHARE * store.size, LINK_MAX_HOLDERS)
        self._taught: dict[str, _Taught] = {}
        self._asking: dict[str, float] = {}  # a term's IDF among questions and aliases
        self._own: dict[int, frozenset[str]] = {}  # an entry's question and aliases' terms

    def rerank(self, terms: Sequence[str], scored: list[Scored]) -> list[Scored]:
        """The best LINK_TOP candidates re-ranked by their key relative to the best plus
        LINK_WEIGHT x their link to the question relative to the best candidate's; the rest keep
        their order below them. Unchanged when no candidate is linked. `terms`: the question's
        terms (Analyzer.terms)."""
        taught = [self._taught_by(t) for t in dict.fromkeys(terms) if self.store.has_term(t)]
        total = sum(word.weight for word in taught)  # every word of the pack the question holds
        words = [word for word in taught if word.holders]
        if not words:
            return scored
        top = scored[:LINK_TOP]
        linked = {doc: self._link(doc, words) / total for _, doc, *_ in top}
        best_link = max(linked.values())
        if not best_link:
            return scored
        best = top[0][0] or 1.0
        fused = [(s[0] / best + LINK_WEIGHT * linked[s[1]] / best_link, *s[1:]) for s in top]
        fused.sort(key=lambda item: (-item[0], item[1]))
        floor = min(item[0] for item in fused)
        rest = [(min(s[0] / best, floor), *s[1:]) for s in scored[LINK_TOP:]]
        return fused + rest

    def _link(self, doc: int, words: Sequence[_Taught]) -> float:
        """The IDF-weighted sum, over the question's words the entry holds nowhere, of the share
        of the entries holding the word whose question holds each of this entry's question terms
        (weighted by their IDF among questions)."""
        weights = [(t, self._asking_idf(t)) for t in self.own_terms(doc)]
        norm = sum(weight for _, weight in weights)
        if not norm:
            return 0.0
        value = 0.0
        for word in words:
            if doc in word.holders:
                continue  # the ranking scored the word where the entry holds it
            shared = sum(weight * word.questions.get(t, 0) for t, weight in weights)
            value += word.weight * shared / (len(word.holders) * norm)
        return value

    def _taught_by(self, term: str) -> _Taught:
        """What the entries holding a question's word teach: none for a word too common or too
        rare to learn from (its entries' questions are not read)."""
        found = self._taught.get(term)
        if found is None:
            docs = self.store.postings(term)[0]
            weight = idf(self.store.size, len(docs))
            if LINK_MIN_EVIDENCE <= len(docs) <= self._most:
                questions: Counter[str] = Counter()
                for doc in docs:
                    questions.update(self.own_terms(doc))
                found = _Taught(weight, frozenset(docs), questions)
            else:
                found = _Taught(weight, frozenset(), Counter())
            if len(self._taught) >= LINK_CACHE:
                self._taught.clear()
            self._taught[term] = found
        return found

    def _asking_idf(self, term: str) -> float:
        found = self._asking.get(term)
        if found is None:
            fields = self.store.postings(term)[2]
            found = idf(self.store.size, sum(fields.count(i) for i in _OWN))
            if len(self._asking) >= LINK_CACHE:
                self._asking.clear()
            self._asking[term] = found
        return found

    def own_terms(self, doc: int) -> frozenset[str]:
        """An entry's question and aliases' terms (kept: related.py reads them too)."""
        found = self._own.get(doc)
        if found is None:
            entry = self.store.entry(doc)
            found = frozenset(self.analyzer.terms(" ".join((entry.question, *entry.aliases))))
            if len(self._own) >= LINK_CACHE:
                self._own.clear()
            self._own[doc] = found
        return found


class _Taught(NamedTuple):
    """A question's word as the pack teaches it: its IDF, the entries holding it (empty for a word
    not learned from), and how many of them hold each term in their question or aliases."""

    weight: float
    holders: frozenset[int]
    questions: Counter[str]
