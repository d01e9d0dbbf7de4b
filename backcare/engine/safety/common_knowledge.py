"""A warning sign's care stated as common knowledge, then set against the asker's own lesser
question (safety91, issue #12, redteam13): "you'd go straight to A&E if you couldn't pee,
obviously, but what about just a stiff back?", "everyone knows a numb bum means hospital, but is
a stiff neck worth seeing the GP for?", "obviously if you can't feel your legs you call an
ambulance, but for a twinge when I bend?". The sign is the example of what needs care, told of
no one; the asker's case is what comes after the contrast. Its mentions are asked about (no
notice, the pointer), as framing._asked reads a general question.

A sentence holding a cue ('cues' in data/common_knowledge.json: "obviously", "everyone knows",
"you'd") and, after its signs, a contrast word ("but"); its signs before the contrast are asked
only when nothing tells a case:
- a generic frame before the contrast (one of 'generic': "if you ...", "you'd ...", "a numb
  bum means ..."; review24: a bare "obviously numb bum, but ..." is the asker's own sign);
- no self word before the contrast ("obviously I'd go if I couldn't pee, but ..." is the asker's
  own conditional, hypothetical.py's; "I know a numb bum means hospital" keeps "I know" a cue);
- after the contrast, no sign named (live, denied or asked: "but I can't pee either") and none
  of 'claims' ("but mine has been numb since Tuesday", "but it's happening to me") or 'asks'
  (the asker's own next step: "but what do I do?", "should I go in?");
- no other person named in the message (their case may be told), no time course, no 'now' word
  and no sign elsewhere that raises a notice alone.
When in doubt the notice stands: an emergency missed is worse than a false alarm."""

from __future__ import annotations

import functools
from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.hypothetical import phrases_at
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.resources import DataError


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    from backcare.resources import read_json

    try:
        found = read_json("common_knowledge.json")
        return {
            key: frozenset(str(w) for w in value)
            for key, value in found.items()
            if isinstance(value, list)
        }
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"common_knowledge.json: {error!r}") from None


class CommonKnowledge(Vocabulary):
    """The reading of a sign's care told as common knowledge (mixed into `detect.Safety`)."""

    def _common_knowledge(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        fired: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """The mentions, the signs of a common-knowledge example marked `asked` (module doc).
        `fired` gives the rules' notices for some mentions."""
        signs = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and not (m.negated or m.other or m.past or m.resolved or m.asked or m.general)
        ]
        if not signs:
            return mentions
        words = _words()
        firsts = {cue.split()[0] for cue in words["cues"]}
        if not any(t.surface in firsts for t in tokens):
            return mentions  # the quick exit: no cue's first word
        # each sentence's span, found in one pass: reading it per sentence made a long message
        # of many sentences cost the square of its length (test_safety_scaling)
        spans: dict[int, tuple[int, int]] = {}
        for k, t in enumerate(tokens):
            start, _ = spans.get(t.sentence, (k, k))
            spans[t.sentence] = (start, k + 1)
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        signed = set(signs)
        held: set[Mention] = set()
        for sentence in sorted({m.sentence for m in signs}):
            if sentence not in spans:
                continue
            start, end = spans[sentence]
            cut = self._known_contrast(tokens, start, end, words)
            if cut is None:
                continue
            cued, contrast = cut
            here = by_sentence[sentence]
            before = [m for m in here if m in signed and m.last < contrast]
            after = [m for m in here if m.first > contrast]
            if not before or any(m.concept in self._symptoms for m in after):
                continue
            # a bare sign before the contrast ("obviously numb bum, but what do I do?") is the
            # asker's own, its pronoun dropped in a hurry: only a generic frame ("if you ...",
            # "you'd ...", "a numb bum means ...") tells it of no one (review24)
            if not any(tokens[k].surface in words["generic"] for k in range(start, contrast)):
                continue
            if any(phrase in words["asks"] for _, phrase in phrases_at(tokens[contrast + 1 : end])):
                continue  # the asker's own next step asked after it ("but should I go in?")
            if any(
                tokens[k].surface in self._self and k not in cued for k in range(start, contrast)
            ):
                continue
            held.update(before)
        if not held or fired([m for m in mentions if m not in held]):
            return mentions
        if self._known_case_told(tokens, mentions, words):
            return mentions
        return [m._replace(asked=True) if m in held else m for m in mentions]

    def _known_contrast(
        self, tokens: list[Token], start: int, end: int, words: dict[str, frozenset[str]]
    ) -> tuple[set[int], int] | None:
        """The positions of a sentence's cues (its words start..end) before its first contrast
        word after a cue, and where that contrast stands; None when it holds no cue or no
        contrast after one."""
        cues = [
            (start + k, len(phrase.split()))
            for k, phrase in phrases_at(tokens[start:end])
            if phrase in words["cues"]
        ]
        if not cues:
            return None
        first = min(k for k, _ in cues)
        contrast = next(
            (k for k in range(first, end) if tokens[k].surface in words["contrasts"]), None
        )
        if contrast is None:
            return None
        cued = {p for k, n in cues if k < contrast for p in range(k, k + n)}
        return cued, contrast

    def _known_case_told(
        self, tokens: list[Token], mentions: list[Mention], words: dict[str, frozenset[str]]
    ) -> bool:
        """Whether the message tells a case: a claim word, another person, a time course or a
        'now' word anywhere (module doc)."""
        if any(m.concept in self._story and not m.negated for m in mentions):
            return True
        return any(
            t.surface in words["claims"]
            or t.surface in self._happening
            or t.stem in self._others_stems
            or t.surface in self._pronouns
            for t in tokens
        )
