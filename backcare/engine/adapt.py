"""Field weights chosen from the pack itself. Pure: no I/O.

Whether an entry's answer helps find it depends on the pack: in the bundled back-care FAQ the answers
hold words people use ("heat", "massage") that the questions lack; in other FAQs long answers are full
of words that pull the wrong entries up. The pack can tell which: its aliases are paraphrases of
their entry's question written by the pack's author, so the answer weight that best retrieves each
entry from its aliases, with the aliases themselves left out of the index, is the pack's own choice.
A pack with too few aliases to judge (fewer than MIN_PROBES) keeps the default weight, unless it
reads answers as text (below): then its answers are where its users' words are, and they weigh
READ_ANSWER_WEIGHT (a clinic's day-one page: "shorts", "Bupa", "down the back of your leg" are in
its answers only).

Whether a question told in the user's own words should be ranked by the answers' text as well
(`reads_answers`) is the pack's too: when its answers are mostly made of words that none of its
questions, aliases, tags or topics use, people describing their problem will use the answers'
words, which the strong fields cannot reach. A pack whose aliases and tags already say what its
answers say (the bundled one), or whose answers mostly repeat its questions' words, keeps ranking
by its questions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence

from backcare.engine.analyze import Analyzer
from backcare.engine.tuning import (
    ADAPT_SAMPLE,
    ANSWER_SHARE,
    ANSWER_WEIGHTS,
    BOILERPLATE_SHARE,
    FIELD_WEIGHTS,
    MIN_PROBES,
    READ_ANSWER_WEIGHT,
    SHORT_QUESTION_TERMS,
)
from backcare.packs.schema import Entry

_K1, _B = 1.2, 0.75  # plain BM25 for the probe runs: the choice should not lean on our own tuning
_PROBE_FIELDS = ("question", "tags", "topic")
_QUESTION_SIDE = ("question", "aliases", "tags", "topic")


def answer_weight(
    entries: Sequence[Entry],
    analyzer: Analyzer,
    analysed: Sequence[Mapping[str, list[str]]] | None = None,
    share: float | None = None,
) -> float:
    """The answer-field weight, from ANSWER_WEIGHTS, under which the pack's aliases best find their
    own entries (ties go to the default weight, then to the smaller). `analysed`: each entry's
    terms per field, when the caller has them already (index building does). Without aliases
    enough to judge by, READ_ANSWER_WEIGHT when the pack's `answer_share` (when given) says it
    reads answers, else the default."""
    step = max(1, len(entries) // ADAPT_SAMPLE)
    probes = [
        (analyzer.terms(alias), doc)
        for doc in range(0, len(entries), step)
        for alias in entries[doc].aliases
    ]
    if len(probes) < MIN_PROBES:
        if share is not None and (
            reads_answers(share) or short_questions(entries, analyzer, analysed)
        ):
            return READ_ANSWER_WEIGHT
        return FIELD_WEIGHTS["answer"]
    if analysed is None:
        base = [_counts(e, analyzer, _PROBE_FIELDS) for e in entries]
        answers = [Counter(analyzer.terms(e.answer)) for e in entries]
    else:
        base = [Counter(t for name in _PROBE_FIELDS for t in a[name]) for a in analysed]
        answers = [Counter(a["answer"]) for a in analysed]
    default = FIELD_WEIGHTS["answer"]
    ranked = sorted(ANSWER_WEIGHTS, key=lambda w: (w != default, w))
    return max(ranked, key=lambda w: _hits(probes, base, answers, w))


def short_questions(
    entries: Sequence[Entry],
    analyzer: Analyzer,
    analysed: Sequence[Mapping[str, list[str]]] | None = None,
) -> bool:
    """Whether the pack's question sides (question, aliases, tags, topic) are too short to hold
    the words its users will type: fewer than SHORT_QUESTION_TERMS distinct terms an entry, on
    average over a sample of at most ADAPT_SAMPLE entries. Such a pack's questions name a topic in
    the pack's own few words ("How do I register as a new patient?"); what people say of it
    ("just moved here, need to sign up with a doctor") is in the answers, or nowhere."""
    if not entries:
        return False
    step = max(1, len(entries) // ADAPT_SAMPLE)
    sample = range(0, len(entries), step)
    if analysed is None:
        sides = [
            {t for field in _question_side(entries[doc]) for t in analyzer.terms(field)}
            for doc in sample
        ]
    else:
        sides = [{t for name in _QUESTION_SIDE for t in analysed[doc][name]} for doc in sample]
    return sum(map(len, sides)) / len(sides) < SHORT_QUESTION_TERMS


def _question_side(entry: Entry) -> list[str]:
    return [entry.question, *entry.aliases, *entry.tags, entry.topic]


def answer_share(
    questions: Iterable[Collection[Hashable]],
    answer: Callable[[int], Collection[Hashable]],
    size: int,
) -> float:
    """The mean share of an answer's distinct terms that no entry's question side (question,
    aliases, tags, topic: `questions`, every entry's) uses, over a sample of at most ADAPT_SAMPLE
    of the `size` entries' answers (`answer(doc)`: entry doc's answer terms); 0.0 for a pack
    without answer text.

    Only the words that tell answers apart count: a term more than BOILERPLATE_SHARE of the
    sampled answers hold (never one a single answer holds) is the pack's boilerplate or a function
    word ("please contact customer services", "the", "you"), left out of both sides of the share.
    Such words say nothing of where the pack's users' words are, yet the staff-written packs put
    their questions' nouns in every answer ("ticket", "card", "bus"), which held their share under
    ANSWER_SHARE while their answers carried what their users say (tuning.BOILERPLATE_SHARE)."""
    asked: set[Hashable] = set()
    for terms in questions:
        asked.update(terms)
    step = max(1, size // ADAPT_SAMPLE)
    sampled = [d for d in (set(answer(doc)) for doc in range(0, size, step)) if d]
    held = Counter(t for distinct in sampled for t in distinct)
    common = max(1.0, BOILERPLATE_SHARE * len(sampled))
    telling = [{t for t in distinct if held[t] <= common} for distinct in sampled]
    shares = [len(kept.difference(asked)) / len(kept) for kept in telling if kept]
    return sum(shares) / len(shares) if shares else 0.0


def reads_answers(share: float) -> bool:
    """Whether a pack with this `answer_share` ranks questions told in the user's own words by its
    answers' text as well."""
    return share >= ANSWER_SHARE


def answers_read(share: float, weight: float) -> bool:
    """Whether a pack (its `answer_share` and the answer weight `answer_weight` chose for it)
    holds its users' words in its answers, so that a word only an entry's answer holds may name
    what the entry is about, count by how specific it is, and be the one entry's that explains
    the question (subjects.py, scoring.py, sole_answer.py, phrases.py): a pack that reads answers
    by its share, or whose answers weigh READ_ANSWER_WEIGHT (short questions: they cannot hold
    those words; aliases that find their entries best so). Ranking by the answers' text as well
    (the question + answer BM25 of match.py) stays with the share: on a pack of short questions
    it cost P@1 and rejections (quality70), while these rules gained both (quality71)."""
    return reads_answers(share) or weight >= READ_ANSWER_WEIGHT


def _counts(entry: Entry, analyzer: Analyzer, fields: Sequence[str]) -> Counter[str]:
    texts = {"question": [entry.question], "tags": list(entry.tags), "topic": [entry.topic]}
    return Counter(t for name in fields for text in texts[name] for t in analyzer.terms(text))


def _hits(
    probes: Sequence[tuple[list[str], int]],
    base: Sequence[Counter[str]],
    answers: Sequence[Counter[str]],
    weight: float,
) -> int:
    """How many probes rank their own entry first, over question/tags/topic plus weight x answer
    (ties go to the earlier entry).

    Exact, but without scoring every posting of a common word: a probe's own score is computed
    first, and only entries holding one of its *essential* terms are scored, where the terms left
    out are those whose best possible contributions, added up, stay below the own score (no entry
    with only those can reach it). A pack of man pages, where every alias holds "command", spent
    nearly all its build time scoring such postings."""
    docs: list[Mapping[str, float]] = [
        {t: b.get(t, 0) + weight * a.get(t, 0) for t in b.keys() | (a.keys() if weight else ())}
        for b, a in zip(base, answers, strict=True)
    ]
    lengths = [sum(d.values()) for d in docs]
    average = max(1e-9, sum(lengths) / max(1, len(docs)))
    norms = [_K1 * (1 - _B + _B * length / average) for length in lengths]
    postings: dict[str, list[int]] = {}
    for doc, d in enumerate(docs):
        for term in d:
            postings.setdefault(term, []).append(doc)
    n = len(docs)
    idfs: dict[str, float] = {}
    best: dict[str, float] = {}  # a term's largest contribution to any entry's score

    def contribution(term: str, doc: int) -> float:
        tf = docs[doc].get(term, 0)
        return idfs[term] * tf * (_K1 + 1) / (tf + norms[doc]) if tf else 0.0

    hits = 0
    for terms, own in probes:
        present = [t for t in set(terms) if t in postings]
        for term in present:
            if term not in idfs:
                found = postings[term]
                idfs[term] = math.log(1 + (n - len(found) + 0.5) / (len(found) + 0.5))
                best[term] = max(contribution(term, doc) for doc in found)
        # the same order of addition as a full scoring, so equal scores stay equal
        mine = sum(contribution(t, own) for t in present if t in docs[own])
        if not mine:
            continue
        bound = 0.0
        essential: list[str] = []
        for term in sorted(present, key=lambda t: best[t]):
            if (bound + best[term]) * (1 + 1e-9) < mine and not essential:
                bound += best[term]
            else:
                essential.append(term)
        rivals = {doc for term in essential for doc in postings[term]}
        rivals.discard(own)
        if not any(
            (score := sum(contribution(t, doc) for t in present if t in docs[doc])) > mine
            or (score == mine and doc < own)
            for doc in rivals
        ):
            hits += 1
    return hits
