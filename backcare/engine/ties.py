"""Which close runners-up a short question does not tell apart from its best entry (a `Matcher`
mixin): tied (none is more likely the one meant), close but decided, or decided; counted in ideas.
Pure: no I/O, no printing; it reads a `Store` and the pack's `Sense`."""

from __future__ import annotations

from backcare.engine.analyze import Analyzer, Concept
from backcare.engine.intent import Named
from backcare.engine.ranked import Covered, Scored, Signals
from backcare.engine.subjects import SubjectChecks
from backcare.engine.tuning import CONCEPT_CACHE, TIE_KEY, TIE_MARGIN, TIE_RIVALS, TIE_WORDS
from backcare.store.protocol import Store


class Ties(SubjectChecks):
    """The runners-up tied with or close to the best entry, with the cache they keep."""

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        super().__init__(store, analyzer)
        self._question_subject: dict[int, frozenset[str]] = {}  # _unsaid

    def _tied(
        self,
        named: Named,
        concepts: list[Concept],
        covered: list[Covered],
        scored: list[Scored],
        asks: tuple[bool, bool],  # (only_asks, bare), as _names takes them
        aside: frozenset[str],
        guessed: frozenset[str],
        best: Signals,
    ) -> tuple[tuple[str, ...], tuple[str, ...], bool, bool]:
        """The close runners-up (key at least TIE_KEY of the best's, among the next TIE_RIVALS)
        that the question does not tell apart from the best entry: each holds every concept the
        best holds, at least as strongly, answers the question's type as well as the best does,
        and has its subject named when the best has. Then only length and spelling accidents of
        the entries ranked them ("back": three entries say back in their question or aliases);
        a question with words that one entry holds more strongly, or a type one answers, is
        decided, however close the scores (the brief's near ties, right four times in five).
        Second: the runners-up told apart only by leaving more of their question's subject unsaid
        (close, but decided), when the question leaves some of the best's unsaid too ("atrophy":
        the general entry's muscles); when it says all of the best's ("tight muscles"), they are
        decided outright. Third: whether the question is state words only ("tight", "stiffness"):
        then nothing tells its entries apart, the runners-up are tied, and even two are no answer.
        Counted in ideas, not words (`_ideas`: "lower back" is the one idea "back")."""
        top_key, best_doc, *_ = scored[0]
        best_intent = scored[0][5]
        mine = [(i, found[best_doc][0]) for i, found in enumerate(covered) if best_doc in found]
        if not mine or top_key <= 0 or _ideas(concepts, self.analyzer.framing) > TIE_WORDS:
            return (), (), False, False
        # a rival leaving more of its subject unsaid than the best is told apart: "tight muscles"
        # says all of "How do you get rid of tight muscles?", not the back of "What helps tight
        # back muscles?" (words typed only: "back" says "spinal" only through a synonym)
        unsaid = self._unsaid(named, best_doc)
        # a question of state words only ("tight", "stiffness") names no subject: what the
        # runners-up leave unsaid beyond it cannot tell them apart
        states = all(
            c.filler or c.word in self.analyzer.framing or self.sense.generic(c.word)
            for c in concepts
        )
        # a question asking no type that types none of the words by which the best entry's
        # question says what it asks ("how many ... need", "what happens"): saying all of the
        # best's subject does not make it the one meant over runners-up that say more only by
        # what they ask of it ("session": "How much does a session cost?", a practical type's
        # word), unlike those that say more of their subject ("erector spinae": "spinal")
        typed = {c.alternatives[0][0] for c in concepts if c.alternatives}
        asks_of = self.sense.asks_of(self.store.entry(best_doc).question)
        unasked = asks[1] and not unsaid and bool(asks_of) and asks_of.isdisjoint(typed)
        unasked_ties = False
        tied: list[str] = []
        close: list[str] = []
        for key, doc, _w, _c, _cov, intent in scored[1 : 1 + TIE_RIVALS]:
            if key < TIE_KEY * top_key:
                break
            if intent < best_intent:
                continue
            if any(
                doc not in covered[i] or covered[i][doc][0] < value - TIE_MARGIN
                for i, value in mine
            ):
                continue
            if best.subject and not self._names(
                named, concepts, covered, doc, asks[0], aside, guessed, asks[1]
            ):
                continue
            said_less = self._unsaid(named, doc) > unsaid
            if said_less and not states and not unsaid:
                if not (unasked and self.sense.asks_only(self._unsaid_words(named, doc))):
                    continue  # it says all the best's subject and less of theirs: decided
                unasked_ties = True
                tied.append(self.store.entry(doc).id)
                continue
            (close if said_less and not states else tied).append(self.store.entry(doc).id)
        return tuple(tied), tuple(close), states, unasked_ties

    def _unsaid(self, named: Named, doc: int) -> int:
        """How many subject words of an entry's question a question does not type (or fix from a
        typo). The question alone: aliases restate it in other words, which no one types all of."""
        return len(self._unsaid_words(named, doc))

    def _unsaid_words(self, named: Named, doc: int) -> frozenset[str]:
        """The subject stems of an entry's question that a question does not type (_unsaid)."""
        stems = self._question_subject.get(doc)
        if stems is None:
            stems = self.sense.subject((self.store.entry(doc).question,)).stems
            if len(self._question_subject) >= CONCEPT_CACHE:
                self._question_subject.clear()
            self._question_subject[doc] = stems
        return stems - named.own


def _ideas(concepts: list[Concept], framing: frozenset[str]) -> int:
    """How many ideas a question's content words hold: a word that another of them also searches
    for is part of that one's idea ("lower back": "lower" searches "back", as the back group's
    "lower back"; one idea, like "back" alone)."""
    content = [c for c in concepts if not c.filler and c.word not in framing]
    searched = [{term for term, _ in c.alternatives} for c in content]
    return sum(
        1
        for i, c in enumerate(content)
        if not c.alternatives
        or not any(c.alternatives[0][0] in other for j, other in enumerate(searched) if j != i)
    )
