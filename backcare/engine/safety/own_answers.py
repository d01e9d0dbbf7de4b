"""The asker's own question about a sign, answered no in the next breath (safety87, issue #12, red
flags 32): "Should I go to A&E if my legs go weak with back pain? Mine haven't", "Is weight loss a
bad sign with back pain? I haven't lost any, my doctor just asked me about it". The question asks
what a sign would mean; the answer says the asker has not got it. answered.py reads the same
shape when someone else asked ("The nurse asked whether I'd wet myself. I haven't.").

A question is a sentence opening with a question word ('question_words': should, is, does, what,
...). Its live signs are denied when the first clause of the next sentence is a bare answer no
(data/own_answers.json: a negation, and only answer words, self words, a sign's verb said again
or a denied sign's own words), nothing after the answer takes it back ("I said no. Actually I
lied."), no 'live' word stands in the answer's sentence ("Mine haven't, but now they feel odd", "not
since this morning"), no other person in its clause or the next ("I haven't got it, my husband
has") and the
signs outside the question raise no notice alone. Never
when a sign of the question holds a negation or an ability ("Is it bad if I can't pee? I can't."
answers yes), nor when the answer is yes ("Mine have", "because I do")."""

from __future__ import annotations

import functools
from collections.abc import Callable

from backcare.engine.safety.answered import ANSWER_WORDS
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.namedtuple import NamedTuple
from backcare.resources import DataError


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    from backcare.resources import read_json

    try:
        found = read_json("own_answers.json")
        # every list of the file ('about' notes are strings): the words each reading names
        return {
            key: frozenset(str(w) for w in value)
            for key, value in found.items()
            if isinstance(value, list)
        }
    except (KeyError, TypeError) as error:
        raise DataError(f"own_answers.json: {error!r}") from None


class Seen(NamedTuple):
    """A message's tokens and mentions grouped once, so each question is read in linear work
    (test_safety_scaling: a long message of many questions)."""

    in_sentence: dict[int, list[Token]]
    by_clause: dict[int, list[Mention]]  # mentions by the clause they start in
    last_retraction: int  # the last clause holding a retraction word, -1 when none


class OwnAnswers(Vocabulary):
    """The reading of the asker's own question answered no (mixed into `detect.Safety`)."""

    def _own_answers(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """The mentions, the signs of a question the asker answers no denied (module doc)."""
        live = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and not (m.negated or m.other or m.past or m.resolved or m.asked or m.general)
        ]
        if not live or tokens[-1].sentence == 0:
            return mentions  # the quick exit: no sign, or one sentence
        openings: dict[int, int] = {}  # each sentence's first word
        clauses: dict[int, list[int]] = {}  # each clause's words
        in_sentence: dict[int, list[Token]] = {}  # each sentence's tokens (linear work, below)
        for k, t in enumerate(tokens):
            openings.setdefault(t.sentence, k)
            clauses.setdefault(t.clause, []).append(k)
            in_sentence.setdefault(t.sentence, []).append(t)
        by_clause: dict[int, list[Mention]] = {}
        for m in mentions:
            by_clause.setdefault(tokens[m.first].clause, []).append(m)
        retracted = [t.clause for t in tokens if t.surface in self._retractions]
        last_retraction = max(retracted, default=-1)
        seen = Seen(in_sentence, by_clause, last_retraction)
        words = _words()
        held: list[Mention] = []
        live_in: dict[int, list[Mention]] = {}
        for m in live:
            live_in.setdefault(m.sentence, []).append(m)
        for sentence in sorted(live_in):
            opening = tokens[openings[sentence]].surface
            if opening not in self._question_words or opening in words["presupposing"]:
                continue  # "Why are both legs numb?" takes the sign as given
            signs = live_in[sentence]
            if any(
                tokens[p].surface in self._negations or tokens[p].surface in self._inquiry_abilities
                for m in signs
                for p in range(m.first, m.last + 1)
            ):
                continue  # "Is it bad if I can't pee? I can't." answers yes
            if sentence + 1 not in openings:
                continue
            answer = clauses[tokens[openings[sentence + 1]].clause]
            named = {m.concept for m in signs}
            if self._own_answer_no(tokens, seen, answer, named, words):
                held += signs
        if not held or fired([m for m in mentions if m not in held]):
            return mentions  # a sign told outside the questions: the asker's own
        return [m._replace(negated=True) if m in held else m for m in mentions]

    def _own_answer_no(
        self,
        tokens: list[Token],
        seen: Seen,
        answer: list[int],
        named: set[str],
        words: dict[str, frozenset[str]],
    ) -> bool:
        """Whether the clause at `answer` is a bare answer no (module doc): the words of a sign
        the question `named` may stand in it denied ("Mine haven't gone weak"), no other
        ("I don't have it all the time" qualifies), and no one else is named in it or the clause
        after it ("I haven't got it, my husband has")."""
        clause = tokens[answer[0]].clause
        inside = seen.by_clause.get(clause, [])  # the mentions that start in the answer
        denied = {
            p
            for m in inside
            if m.negated and m.concept in named
            for p in range(m.first, m.last + 1)
        }
        told = any(m.concept in self._symptoms and not m.negated for m in inside)
        surfaces = [tokens[p].surface for p in answer]
        sentence = tokens[answer[0]].sentence
        here = seen.in_sentence[sentence]
        return (
            not told
            and len(surfaces) <= ANSWER_WORDS
            and any(s in self._negations for s in surfaces)
            and all(
                s in self._negations
                or s in self._answer_words
                or s in self._self
                or s in words["extra"]
                or p in denied
                for p, s in zip(answer, surfaces, strict=True)
            )
            and not any(t.surface in words["live"] for t in here)
            and not any(  # "I haven't got it, my husband has": in the answer or right after it
                t.stem in self._others_stems or t.surface in self._pronouns
                for t in here
                if t.clause - clause <= 1
            )
            and not seen.last_retraction > clause  # live.py _taken_back_after, read once
        )
