"""What a ranking is made of: the types `Matcher.rank` returns (`Ranking`, its `Match`es and their
`Signals`) and those its stages hand each other (`Analysis` of a question, `Scored` candidates,
`Covered` matches of a concept, a candidate `Stage`), and the fields that count as an entry's own."""

from __future__ import annotations

from backcare.engine.analyze import Concept
from backcare.engine.intent import Asked, Named
from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Entry

STRONG_FIELDS = frozenset({"question", "aliases", "tags"})
_OWN_FIELDS = frozenset({"question", "aliases"})  # the questions an entry answers


class Signals(NamedTuple):
    """Why an entry scored as it did: each signal's share and the concepts it matched."""

    words: float
    chars: float
    coverage: float
    matched: tuple[tuple[str, str, str], ...]  # (word typed, term matched, field)
    missing: tuple[str, ...]
    agreeing: int  # topic words (not framing) found in question or aliases, plus one if any in tags
    intent: int = 0  # 1: the question's type is one of the entry's; -1: they clash; 0: unknown
    subject: bool = True  # the question names part of the entry's subject
    outside: tuple[str, ...] = ()  # topics the question asks about that the entry never mentions
    # BM25 over the entry's question + answer, relative to the best candidate's, when the pack reads
    # answers as text and the question was found mostly outside the strong fields (else None)
    answer_text: float | None = None
    # entries (ids) the question does not tell apart from this one: each holds every concept it
    # matched, as strongly, answers its type as well and ranks close; of k such entries none
    # scores over 100/k ("back": the best and four tied, 20; "muscles": 25; a two-way tie: 50, the
    # confident mark itself, kept confident on purpose: docs/matching.md)
    tied: tuple[str, ...] = ()
    # close runners-up the question tells apart from this entry only by what their questions say
    # beyond it ("tight": "What helps tight back muscles?" says back, "How do you get rid of tight
    # muscles?" no more than muscles): decided, but no more than the confident mark itself
    close: tuple[str, ...] = ()
    # the question is made of state words only ("tight", "weakness"): it names no subject, so
    # entries it does not tell apart are not even a coin toss between subjects (no answer)
    states_only: bool = False
    # the question names all of the best entry's subject and nothing of what it asks about it
    # ("session": "How many sessions will I need?"), and runners-up ask other things of the same
    # subject ("How much does a session cost?"): no more a choice than state words are (no answer)
    unasked: bool = False
    # why the subject is not named, for --explain's text: the restricting subjects of the entry the
    # question never names ("pregnant": restricted.py), or the question's words that do name what
    # the entry distinctly is about ("mri"), so that other words of it decided ("slipped disc")
    restricted: tuple[str, ...] = ()
    distinct_named: tuple[str, ...] = ()


class Match(NamedTuple):
    entry: Entry
    score: float
    signals: Signals


class Ranking(NamedTuple):
    question: str
    matches: tuple[Match, ...]
    confident: bool
    corrections: tuple[tuple[str, str], ...]

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.confident and self.matches else None


class Analysis(NamedTuple):
    """Everything ranking reads of a question (Matcher._analysis): equal analyses rank alike."""

    concepts: tuple[Concept, ...]
    corrections: tuple[tuple[str, str], ...]
    char_words: tuple[str, ...]  # its words but stop words, once each, for the n-gram scores
    asking: frozenset[str] | None  # the words of the sentence that asks, when there are several
    setting: frozenset[str]
    asked: Asked
    guessed: frozenset[str]  # correctly spelt words taken as typos
    named: Named
    regions: frozenset[int]
    about: tuple[tuple[tuple[str, ...], str], ...]  # the topics it asks about
    choice: tuple[str, str] | None
    only_asks: bool
    aside: frozenset[str]  # its setting and similes' words: no subject to name
    terms: tuple[str, ...]  # its terms, when the pack reads answers as text or is large enough
    # to learn word links from (links.py); else empty
    combined: bool = False  # it asks about two of its topics taken together
    cued: frozenset[str] = frozenset()  # words inside its multi-word cues ("how fast"): no topic
    # it asks in a clause put to the pack after its story ("..., do you have any appointments
    # today"): an entry that meets none of the clause's words does not answer it
    to_pack: bool = False
    # the types a pack must answer by name (a price, the best product) that its weak cues ask,
    # beside any strong cue's ("how much is a sports massage to loosen my erectors"): Cues.named
    named_types: frozenset[str] = frozenset()
    # its topics that are words for a kind asked which one of ("which painkillers are ok"):
    # Analyzer.kinds_asked
    kinds_asked: tuple[tuple[tuple[str, ...], str], ...] = ()
    # the words a yes/no cause question names as the cause ("can stress cause back pain"):
    # Sense.cause_asked
    cause: frozenset[str] = frozenset()
    # the words inside its strong cues, with the cue's type ("clinical features": symptoms):
    # Sense.type_words
    type_words: tuple[tuple[str, str], ...] = ()
    # the words its cues of the type asked act on ("avoid a stiff back": stiff, back):
    # Sense.cue_objects
    objects: frozenset[str] = frozenset()
    # its topics asked the best one of ("best foam roller"), mentioned only by their own words:
    # Analyzer.best_asked
    best_asked: frozenset[tuple[str, ...]] = frozenset()
    # groups of words it names that an entry must each name to answer (a method's name, what a
    # verdict judges joined by "with"): Sense.named_apart
    apart: tuple[frozenset[str], ...] = ()
    # the two things it sets against each other ("upright versus hunching"): an entry naming
    # both by different words answers its comparison (Sense.set_against)
    against: tuple[str, str] | None = None


Scored = tuple[float, int, float, float, float, int]  # key, doc, words, chars, coverage, intent
Covered = dict[int, tuple[float, str, str]]  # doc -> (cover value, term matched, field)
NOWHERE = (0.0, "", "")  # a concept's match in an entry that does not hold it
# word scores, coverage, importance, matches, candidates, n-gram scores, own n-gram weight
Stage = tuple[
    dict[int, float],
    dict[int, float],
    list[float],
    list[Covered],
    list[int],
    dict[int, float],
    float,
]
