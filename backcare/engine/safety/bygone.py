"""Someone else's signs in a sentence that tells them as long over (safety49, issue #12; red flags
26: "My late uncle had bowel cancer and always said his back hurt before they found it", "my
great-grandad had a spinal tumour in the 1950s and ended up in a wheelchair, unable to walk or
control his bladder"): over (`past`), for every rule, as a long-ago phrase's own clause is.

A sentence tells someone else's signs as long over when, from its first word naming another person
on, nothing is told in the present (past.py's _tells_now: "is", "can't", "has", "he's") and no
word of now or of a time course stands ('holder.fresh', 'kept_live.timing': "now", "today",
"since"), and either
- that person is dead: 'bygone.late' right before a person word ("my late uncle") or a 'bygone.death'
  phrase said of a person named up to DEATH_REACH words before it in its clause ("my grandma
  passed away"), or
- a sign of someone else's in it is already over by a long-ago phrase (past.py: "in the 1950s",
  "years ago" dates the clause it stands in; the rest of the story, told in the past, goes with it).

The asker's own signs are never touched, nor any sentence that tells something now: "My dad had
cancer years ago and now he can't walk", "My late husband's brother can't pee" and "My mum died
last year and since then I can't feel my legs" keep their notices.
"""

from __future__ import annotations

from backcare.engine.safety.past import Past
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention

# a person this many words before "died" / "passed away" is the one who died ("my grandma sadly
# passed away")
DEATH_REACH = 4


class Bygone(Past):
    """The reading of someone else's signs long over (mixed into `detect.Safety`, with the past
    readings it builds on)."""

    def _bygone(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, someone else's in a sentence telling them as long over marked past."""
        theirs = [m for m in mentions if m.other and not m.negated]
        if not theirs:
            return mentions
        over = {m.sentence for m in theirs if m.past}
        surfaces = [t.surface for t in tokens]
        dead: set[int] = set()
        for k, t in enumerate(tokens):
            late = t.surface in self._bygone_late and k + 1 < len(tokens)
            # a person named after the dead one is alive: their signs are told, not over
            if (
                late
                and tokens[k + 1].stem in self._others_stems
                and not self._someone_else_after(tokens, k + 2)
            ):
                dead.add(t.sentence)
            # "died", "passed away" said of a person named just before in its clause
            for size in (1, 2):
                if (
                    " ".join(surfaces[k : k + size]) in self._bygone_death
                    and any(
                        tokens[j].stem in self._others_stems and tokens[j].clause == t.clause
                        for j in range(max(0, k - DEATH_REACH), k)
                    )
                    and not self._someone_else_after(tokens, k + size)
                ):
                    dead.add(t.sentence)
        spans = _sentence_spans(tokens)
        sentences = {m.sentence for m in theirs} & self._story_goes_on(tokens, spans, over | dead)
        told = {s for s in sentences if self._story_over(tokens, spans[s])}
        if not told:
            return mentions
        return [
            m._replace(past=True) if m.other and not m.negated and m.sentence in told else m
            for m in mentions
        ]

    def _story_goes_on(
        self, tokens: list[Token], spans: dict[int, list[int]], told: set[int]
    ) -> set[int]:
        """The sentences telling a story long over (`told`) and each one right after them that
        goes on with its person by a pronoun alone, naming no one new (red flags 27: "My uncle
        had cauda equina syndrome back in 1998. He was a builder, his disc went, and ... he'd
        lost control of his bladder"): the next sentence's year is the first's. Whether such a
        sentence tells anything now is _story_over's to judge ("He can't pee since yesterday")."""
        story = set(told)
        for sentence in sorted(spans):
            if sentence in story or sentence - 1 not in story:
                continue
            words = spans[sentence]
            people = [k for k in words if tokens[k].stem in self._others_stems]
            if people and all(tokens[k].surface in self._pronouns for k in people):
                story.add(sentence)
        return story

    def _someone_else_after(self, tokens: list[Token], start: int) -> bool:
        """Whether the sentence names another person (a noun, not a pronoun, which points back)
        from `start` on: the dead are not the only ones it tells of, and the others' signs are no
        story over ("Since my dad passed away my mum fell down the stairs and couldn't feel her
        legs": review17 F1, every such emergency lost)."""
        sentence = tokens[start - 1].sentence
        for t in tokens[start:]:  # to the sentence's end only: linear in a long message
            if t.sentence != sentence:
                return False
            if t.stem in self._others_stems and t.surface not in self._pronouns:
                return True
        return False

    def _story_over(self, tokens: list[Token], span: list[int]) -> bool:
        """Whether, from the sentence's first word naming another person on, nothing is told now
        (module doc); `span`: the sentence's token positions."""
        words = span
        person = next((k for k in words if tokens[k].stem in self._others_stems), None)
        if person is None:
            return False
        return not any(
            self._tells_now(tokens, k)
            or tokens[k].surface in self._holder_fresh
            or tokens[k].surface in self._now_words
            for k in words
            if k >= person
        )


def _sentence_spans(tokens: list[Token]) -> dict[int, list[int]]:
    """Each sentence's token positions, found in one pass: read per sentence from the whole token
    list, a long message's many sentences cost quadratic time (tests/test_safety_scaling.py)."""
    spans: dict[int, list[int]] = {}
    for k, t in enumerate(tokens):
        spans.setdefault(t.sentence, []).append(k)
    return spans
