"""A pain score told rising over the last days is a rapid worsening (safety137, issue #12, red
flags 45: "backache was a 3 on monday, a 6 yesterday, today it's a 9" raised only night-pain's
soon). The vocabulary reads a change within one clause ("gone from 3 to 9 in an hour"); scores
told clause by clause, each with its day, are read here (data/rising_scores.json says how).
The mirror of falling_scores.py: there a change told falling is dropped; here a rise told over
dated clauses is added. Undated scores are never ordered ("2/10 now, was 7/10" is one dated
score and stays calm)."""

from __future__ import annotations

from itertools import pairwise

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import BACK, PAIN
from backcare.namedtuple import NamedTuple
from backcare.resources import DataError, read_json

RAPID_WORSE = "RAPID_WORSE"


class _Words(NamedTuple):
    days_ago: dict[str, int]
    units: frozenset[str]
    slow_times: frozenset[str]
    min_rise: int


_WORDS: list[_Words] = []


def _words() -> _Words:
    if not _WORDS:
        raw = read_json("rising_scores.json")
        try:
            _WORDS.append(
                _Words(
                    {str(k): int(v) for k, v in raw["days_ago"].items()},
                    frozenset(str(w) for w in raw["units"]),
                    frozenset(str(w) for w in raw["slow_times"]),
                    int(raw["min_rise"]),
                )
            )
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise DataError(f"rising_scores.json: {error!r}") from None
    return _WORDS[0]


def score_concepts(tokens: list[Token]) -> set[str]:
    """What rising_scores may add to a question (the batch's quick exit, screen.py, reads only
    phrases): RAPID_WORSE when two numbers and a day word are told."""
    if sum(t.number is not None for t in tokens) < 2:
        return set()
    days = _words().days_ago
    return {RAPID_WORSE} if any(t.surface in days for t in tokens) else set()


class _Score(NamedTuple):
    value: float
    at: int  # its token
    days_ago: int


def rising_scores(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with a RAPID_WORSE added on each sentence whose dated pain scores rise
    (module doc); the quick exit costs a count of numbers."""
    if sum(t.number is not None for t in tokens) < 2:
        return mentions
    pains = {m.sentence: m for m in mentions if m.concept in (PAIN, BACK) and not m.negated}
    if not pains:
        return mentions
    words = _words()
    added = []
    for sentence, pain in pains.items():
        if any(m.concept == RAPID_WORSE and m.sentence == sentence for m in mentions):
            continue
        told = [k for k, t in enumerate(tokens) if t.sentence == sentence]
        if any(tokens[k].surface in words.slow_times for k in told):
            continue
        newest = _rise(tokens, told, words)
        if newest is not None:
            added.append(Mention(RAPID_WORSE, newest, newest, sentence, False, pain.other, False))
    return [*mentions, *added] if added else mentions


def _scores(tokens: list[Token], told: list[int], words: _Words) -> list[int]:
    """The positions of the pain scores among `told`: whole numbers 0 to 10 with no unit after
    them, not the scale of the score before ("4/10")."""
    found: list[int] = []
    for k in told:
        number = tokens[k].number
        if number is None or number != int(number) or not 0 <= number <= 10:
            continue
        if found and found[-1] == k - 1 and number == 10:
            continue  # "4/10": the scale
        after = tokens[k + 1].surface if k + 1 < len(tokens) else ""
        if after in words.units:
            continue
        found.append(k)
    return found


def _rise(tokens: list[Token], told: list[int], words: _Words) -> int | None:
    """The newest score's position when the sentence's dated scores rise (module doc)."""
    at = _scores(tokens, told, words)
    if len(at) < 2:
        return None
    clauses: dict[int, list[int]] = {}
    for k in told:
        clauses.setdefault(tokens[k].clause, []).append(k)
    dated: list[_Score] = []
    for clause in sorted(clauses):
        words_of = clauses[clause]
        scores = [k for k in at if k in words_of]
        if not scores:
            continue
        days = [
            (k, words.days_ago[tokens[k].surface])
            for k in words_of
            if tokens[k].surface in words.days_ago
        ]
        if len(scores) == 1:
            if days:
                dated.append(
                    _Score(tokens[scores[0]].number or 0, scores[0], min(d for _, d in days))
                )
            continue
        # several scores in one clause: each dated by the day words after it, before the next
        # ("it was a 6 yesterday and a 3 on saturday"); scores in one clause told in order
        # without days ("from a 3 to a 6 and now a 9") are not read: a soon or urgent rule
        # beside an emergency only the learned check reads raises the bar that emergency must
        # pass (redteam37), so this reading adds only what the days tell
        ends = [*scores[1:], words_of[-1] + 1]
        own = [[d for k, d in days if a < k < b] for a, b in zip(scores, ends, strict=True)]
        if not all(own):
            return None
        dated.extend(
            _Score(tokens[k].number or 0, k, min(d)) for k, d in zip(scores, own, strict=True)
        )
    times = [s.days_ago for s in dated]
    if len(set(times)) < 2:
        return None  # one day told: no course
    if times == sorted(times):
        dated.reverse()  # told newest first ("9 now, 6 yesterday, 3 on monday")
    elif times != sorted(times, reverse=True):
        return None  # the days go back and forth: no order to read
    values = [s.value for s in dated]
    if all(b > a for a, b in pairwise(values)) and values[-1] - values[0] >= words.min_rise:
        return dated[-1].at
    return None
