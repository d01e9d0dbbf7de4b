"""A sign's term asked about: its meaning, its spelling or its word in another language (safety87,
issue #12, red flags 32). "what does urinary retention mean? it's on my nursing exam tomorrow",
"how do you spell incontinence? I'm writing a leaflet for the care home where I work", "what does
saddle anaesthesia mean? the physio checked me and said I don't have it": the sign is a word the
asker needs, no one's state, so its mentions are asked about (no notice, the pointer), as
framing._asked reads a general question. That reading refuses any I, me or my outside its cues,
which the reason for asking nearly always holds ("my nursing exam", "where I work"); this one
reads the reason instead, and keeps the notice whenever it tells a case.

A term runs from an opener ('openers' in data/term_words.json: "how do you spell", "meaning of",
"what does") to its clause's end, or for a closed opener ("what does") to a closer ("mean"), with
no break word between the opener and a sign (abstract 'term_breaks' and the self words: "what does
it mean when you can't pee", "how do you say I can't feel my legs" may tell the asker's own).
Its signs are asked only when the live signs outside the terms raise no notice alone ("the
textbook is useless" read as a weakness), and the words outside the terms tell no case:
- no self word followed within SUBJECT_REACH words of its clause by a 'subject_verbs' word with
  no negation between ("I think I have it", "I can't go", "mine does"; "I don't have it" denies);
- no 'claims' word ("it's happening to me", "that's the same", "the GP wrote it on my notes",
  "worried") and no "me" after a 'me_after' word ("sounds like me", "same for me");
- no other person ("asking for my mum": their case may be told), no time course ("since
  Monday") and nothing live (live.py: "now", a plea, care sought: "tell the doctor");
- no clinician ('clinicians' concepts) in a reporting sentence with no negation ("my GP
  mentioned it"; "the physio checked me and said I don't have it" denies).
Quoted phrases to translate are quotations.py's."""

from __future__ import annotations

import functools
from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.hypothetical import phrases_at
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.resources import DataError

SUBJECT_REACH = 2  # "I really do", "I think": a claim's verb this near after its subject


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    from backcare.resources import read_json

    try:
        found = read_json("term_words.json")
        # every list of the file ('about' notes are strings): the words each reading names
        return {
            key: frozenset(str(w) for w in value)
            for key, value in found.items()
            if isinstance(value, list)
        }
    except (KeyError, TypeError) as error:
        raise DataError(f"term_words.json: {error!r}") from None


class TermsAsked(Vocabulary):
    """The reading of a sign's term asked about (mixed into `detect.Safety`)."""

    def _terms_asked(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """The mentions, the signs of terms asked about marked `asked` (module doc). `fired`
        gives the rules' notices for some mentions: a sign outside the terms that raises none
        alone ("the textbook is useless" read as a weakness) tells no case."""
        words = _words()
        signs = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and not (m.negated or m.other or m.past or m.resolved or m.asked or m.general)
        ]
        firsts = {p.split()[0] for p in words["openers"]}
        if not signs or not any(t.surface in firsts for t in tokens):
            return mentions  # the quick exit: no opener's first word
        terms = self._term_words(tokens, words)
        held = [m for m in signs if all(p in terms for p in range(m.first, m.last + 1))]
        if not held or fired([m for m in mentions if m not in held]):
            return mentions
        if self._term_case_outside(tokens, mentions, terms, words):
            return mentions
        return [m._replace(asked=True) if m in held else m for m in mentions]

    def _term_words(self, tokens: list[Token], words: dict[str, frozenset[str]]) -> set[int]:
        """The positions of the terms asked about: from after an opener to its clause's end, or
        to a closer for a closed opener, up to the first break word (module doc)."""
        breaks = self._term_breaks | self._self
        terms: set[int] = set()
        for k, phrase in phrases_at(tokens):
            if phrase not in words["openers"]:
                continue
            clause = tokens[k].clause
            start = k + len(phrase.split())
            end = start
            while end < len(tokens) and tokens[end].clause == clause:
                end += 1
            if phrase in words["closed"]:
                closer = next(
                    (j for j in range(start, end) if tokens[j].surface in words["closers"]), None
                )
                if closer is None:
                    continue  # "what do I do": no term
                end = closer
            stop = next((j for j in range(start, end) if tokens[j].surface in breaks), end)
            terms.update(range(k, stop))
        return terms

    def _term_case_outside(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        terms: set[int],
        words: dict[str, frozenset[str]],
    ) -> bool:
        """Whether the words outside the terms tell a case: a claim, another person, a time
        course or something live (module doc)."""
        reports = {t.sentence for t in tokens if t.surface in self._reported}
        if self._live_now(tokens, reports):
            return True
        if any(
            m.concept in self._story and not m.negated and m.first not in terms for m in mentions
        ):
            return True
        # a clinician reporting, with no denial in the sentence: "my GP mentioned it" may be the
        # asker's finding ("the physio checked me and said I don't have it" is none)
        denying = {t.sentence for t in tokens if t.surface in self._negations}
        if any(
            m.concept in words["clinicians"]
            and m.first not in terms
            and m.sentence in reports
            and m.sentence not in denying
            for m in mentions
        ):
            return True
        for k, t in enumerate(tokens):
            if k in terms:
                continue
            if t.surface in words["claims"] or t.stem in self._others_stems:
                return True
            if t.surface in self._pronouns:
                return True
            if t.surface in self._self and self._term_claimed(tokens, k, words):
                return True
        return False

    def _term_claimed(self, tokens: list[Token], k: int, words: dict[str, frozenset[str]]) -> bool:
        """Whether the self word at k claims something: a 'subject_verbs' word within
        SUBJECT_REACH words after it in its clause with no negation between ("I think I have
        it"; "I don't have it" denies), or a "me" after a 'me_after' word ("sounds like me")."""
        if tokens[k].surface in words["objects"]:
            return k > 0 and tokens[k - 1].surface in words["me_after"]
        clause = tokens[k].clause
        for j in range(k + 1, min(len(tokens), k + 1 + SUBJECT_REACH)):
            if tokens[j].clause != clause or tokens[j].surface in self._negations:
                return False
            if tokens[j].surface in words["subject_verbs"]:
                return True
        return False
