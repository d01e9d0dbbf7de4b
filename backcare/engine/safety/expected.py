"""Signs told as the expected after-effect of what caused them (safety83, issue #12).

Two readings, words in data/expected_words.json ('about' says where each stops):
- worn off: "Epidural for labour 5 days ago. My legs were numb and heavy for a few hours and it
  wore off by teatime": a numbness told as over after a procedure that numbs or a position that
  presses, in the easing's sentence or one of the two before. The signs told before the easing
  are over (past), as a sign told long ago is: a numbness after an epidural is expected, and this
  one ended.
  The return word such an easing holds ("They came back just like she said") is no sign's return.
- exertion: "After leg day my legs are without force, both of them": legs weak or shaky beside the
  workout or the hard work that made them so, in its sentence or the two before. The mention is
  dropped, as a harmless cause's is (causes.py): WOBBLY already has the workout as a cause, WEAK
  ("heavy", "without force") had none, and the cause must be near, not anywhere.
Both stand down for a live word or a time course in those sentences ("but since yesterday they've
gone numb again", "getting weaker"), and the second for any of the asker's alarm signs anywhere.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from backcare.engine.safety.reading import PhraseIndex, Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.set_against import set_against
from backcare.resources import DataError

RETURNS = ("RECURRED", "RETURNED")
# the contrast words and the concepts of a sign's own time (set_against.py)
Against = tuple[Collection[str], Collection[str]]
# how many sentences before an easing the cause of a sign worn off may stand (safety96, red flags
# 34: "Sat cross-legged ... for about 50 minutes. When I stood up my right foot had gone completely
# dead, it slapped the floor ... Then came the awful pins and needles and within a minute or two
# it was back to normal": cause, sign and easing a sentence each)
WORN_OFF_REACH = 2
# how many sentences before a sign of exertion its cause may stand: "Ran my first marathon on
# Sunday. Everything hurts. ... both legs feel like jelly when I first stand up"
EXERTION_REACH = 2
# how many words after the legs a word telling them tired may stand ("both legs feel like lead")
TIRED_REACH = 4


class _Reading:
    """One reading's words: its phrase lists ('phrase_lists') found by a phrase index, the other
    lists as word or concept sets."""

    def __init__(self, spec: dict[str, list[str]]) -> None:
        lists = spec["phrase_lists"]
        self.index = {key: PhraseIndex([(key, text) for text in spec[key]], {}) for key in lists}
        self.words = {
            key: frozenset(value)
            for key, value in spec.items()
            if key not in self.index and isinstance(value, list)
        }

    def spans(self, key: str, tokens: list[Token]) -> list[tuple[int, int]]:
        return [
            (f.positions[0], f.positions[-1]) for f in self.index[key].find(tokens, frozenset())
        ]


@functools.cache
def _readings() -> tuple[_Reading, _Reading]:
    from backcare.resources import read_json

    try:
        found = read_json("expected_words.json")
        return (
            _Reading(found["worn_off"]),
            _Reading(found["exertion"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise DataError(f"expected_words.json: {error!r}") from None


def _live(
    tokens: list[Token],
    words: frozenset[str],
    soft: frozenset[str] = frozenset(),
    settled: frozenset[str] = frozenset(),
) -> set[int]:
    """The sentences where a live word stands, but one a soreness follows ("still sore") or a
    settled state comes right before ("everything's been normal since": safety88)."""
    return {
        t.sentence
        for k, t in enumerate(tokens)
        if t.surface in words
        and not (k + 1 < len(tokens) and tokens[k + 1].surface in soft)
        and not (k > 0 and tokens[k - 1].surface in settled)
    }


def _since_then(
    tokens: list[Token], end: int, words: dict[str, frozenset[str]], settled: frozenset[str]
) -> set[int]:
    """The easing's sentence (the easing ends at `end`) when its only live word is one of
    'since_then' ending it ("... back to normal by the evening and I've been walking on crutches
    since"): a time counted from the easing, not a sign going on (no sign is told after the
    easing in its sentence: _worn_off stands down for one first). Else nothing."""
    s = tokens[end].sentence
    last = end
    while last + 1 < len(tokens) and tokens[last + 1].sentence == s:
        last += 1
    first = end
    while first > 0 and tokens[first - 1].sentence == s:
        first -= 1
    live = [
        k
        for k in range(first, last + 1)
        if tokens[k].surface in words["live_words"]
        and not (k > 0 and tokens[k - 1].surface in settled)
    ]
    if live == [last] and last > end and tokens[last].surface in words["since_then"]:
        return {s}
    return set()


def _cause_sentences(reading: _Reading, tokens: list[Token], mentions: list[Mention]) -> set[int]:
    """The sentences naming one of the reading's causes, not denied (read once: linear work)."""
    return {tokens[a].sentence for a, _ in reading.spans("causes", tokens)} | {
        m.sentence
        for m in mentions
        if not m.negated and m.concept in reading.words["cause_concepts"]
    }


def _the_part(tokens: list[Token], m: Mention, possessives: frozenset[str]) -> bool:
    """Whether a return's "back" is the body part ("the reason I'm writing is my back")."""
    return any(
        tokens[p].surface in possessives and tokens[p + 1].stem == "back"
        for p in range(m.first, m.last)
    )


def _worn_off(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    reading = _readings()[0]
    words = reading.words
    over: set[tuple[int, frozenset[int]]] = set()  # signs told before an easing, its words
    easings: list[tuple[int, int]] = []
    spans = reading.spans("easings", tokens)
    # a return after the first easing: what came back is the sign ("it wore off. This week it's
    # come back"), unless it is that easing's own "they came back"
    first_end = min((end for _, end in spans), default=len(tokens))
    if any(a > first_end for a, _ in reading.spans("returns", tokens)):
        return mentions
    caused = _cause_sentences(reading, tokens, mentions)
    live = _live(tokens, words["live_words"], settled=words["settled_before"])
    for start, end in spans:
        s = tokens[start].sentence
        before = [t.surface for t in tokens[max(0, start - 3) : start] if t.sentence == s]
        if any(w in words["denials"] for w in before):
            continue  # "it hasn't worn off", "should have worn off by now"
        # the cause in the easing's sentence, else in one of the WORN_OFF_REACH before
        sentences = next(
            ({s, c} for c in range(s, s - WORN_OFF_REACH - 1, -1) if c in caused), None
        )
        if sentences is None:
            continue
        # a sign told after the easing in its sentence, or a return after it anywhere ("it wore
        # off but the numbness came back", "... then it came back this week")
        if any(
            not m.negated
            and m.first > end
            and (
                (m.concept in RETURNS and not _the_part(tokens, m, words["possessives"]))
                or (m.sentence == s and m.concept in words["signs"])
            )
            for m in mentions
        ):
            continue
        signs = [
            k
            for k, m in enumerate(mentions)
            if m.concept in words["signs"]
            and not m.negated
            and (m.sentence == s - 1 or (m.sentence == s and m.last < start))
        ]
        sentences |= {mentions[k].sentence for k in signs}
        if sentences & (live - _since_then(tokens, end, words, words["settled_before"])):
            continue
        # each sign told in the past: no present-tense word from its sentence's start to it,
        # unless a short bounded spell follows it before the easing ("I cannot to feel my feet
        # for one minute, after it is normal": a learner's present for one episode, over)
        bounded = [a for a, _ in reading.spans("bounded", tokens)]
        if not signs or any(
            t.surface in words["present"]
            for k in signs
            if not any(mentions[k].last < a < start for a in bounded)
            for t in tokens[: mentions[k].last + 1]
            if t.sentence == mentions[k].sentence
        ):
            continue
        told = frozenset(k for k, t in enumerate(tokens[: end + 1]) if t.sentence in sentences)
        over.update((k, told) for k in signs)
        easings.append((start, end))
    if not over:
        return mentions
    frames = dict(over)
    return [
        m._replace(past=True, frame=frames[k]) if k in frames else m
        for k, m in enumerate(mentions)
        if not (m.concept in RETURNS and any(a <= m.first and m.last <= b for a, b in easings))
    ]


def _exertion(
    tokens: list[Token], mentions: list[Mention], against: Against = ((), ())
) -> list[Mention]:
    reading = _readings()[1]
    words = reading.words
    if any(m.concept in words["bars"] and not (m.negated or m.other or m.past) for m in mentions):
        return mentions

    caused = _cause_sentences(reading, tokens, mentions)
    live = _live(tokens, words["live_words"], words["soft_after"])
    # where each cause ends, by sentence: a sign set against every cause before it is none of
    # theirs ("a stiff back from the allotment, but my legs went weak this morning")
    ends: dict[int, list[int]] = {}
    for _, end in reading.spans("causes", tokens):
        ends.setdefault(tokens[end].sentence, []).append(end)
    for c in mentions:
        if not c.negated and c.concept in words["cause_concepts"]:
            ends.setdefault(c.sentence, []).append(c.last)

    def explained(m: Mention) -> bool:
        if m.negated or not (m.concept in words["signs"] or _tired(tokens, m, words)):
            return False
        sentences = set(range(m.sentence - EXERTION_REACH, m.sentence + 1))
        if sentences & live or not sentences & caused:
            return False
        return not all(
            set_against(tokens, mentions, end, m, *against)
            for s in sentences
            for end in ends.get(s, ())
        )

    dropped = {k for k, m in enumerate(mentions) if explained(m)}
    # legs told tired go with their workout only while no sign of the legs is left standing:
    # "My legs were jelly after the marathon. They still give way a bit the next morning" keeps
    # the legs its kept weakness needs (tests/test_safety109.py)
    if any(
        k not in dropped and not m.negated and m.concept in words["signs"]
        for k, m in enumerate(mentions)
    ):
        dropped = {k for k in dropped if mentions[k].concept in words["signs"]}
    return [m for k, m in enumerate(mentions) if k not in dropped]


def _tired(tokens: list[Token], m: Mention, words: dict[str, frozenset[str]]) -> bool:
    """Whether a mention of the legs ('tired_parts': "both legs") is told tired in its clause:
    one of 'tired_words' ("heavy", "like lead", "shaky", "aching") within TIRED_REACH words after
    it, and no 'tired_bars' word between ("shooting down both legs", "both legs, into my feet":
    a pain that travels is the nerve's, never the workout's)."""
    if m.concept not in words["tired_parts"]:
        return False
    clause = tokens[m.last].clause
    for k in range(m.last + 1, min(len(tokens), m.last + 1 + TIRED_REACH)):
        if tokens[k].clause != clause or tokens[k].surface in words["tired_bars"]:
            return False
        if tokens[k].surface in words["tired_words"]:
            return True
    return False


def expected(
    tokens: list[Token], mentions: list[Mention], against: Against = ((), ())
) -> list[Mention]:
    """The mentions with the signs told as worn off after their cause marked over, and those of
    legs weak or shaky beside the exertion that made them so dropped (the module's docstring),
    but a sign set against its exertion (`against`: the contrasts and times of set_against.py)."""
    return _exertion(tokens, _worn_off(tokens, mentions), against)


def worn_off_rest(tokens: list[Token], mentions: list[Mention]) -> str | None:
    """The question's words outside the sentences where signs were told as worn off after their
    cause (their 'frame', the asker's own and over), for the learned check to read alone: it
    reads the words "legs numb and heavy" however they were told. None when there are none."""
    told = [m.frame for m in mentions if m.frame and m.past and not (m.other or m.disowned)]
    if not told:
        return None
    out = frozenset().union(*told)
    return " ".join(t.surface for k, t in enumerate(tokens) if k not in out)
