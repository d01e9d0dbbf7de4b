"""Signs a clinician examined and cleared: the learned check reads what is told after (safety112,
issue #12, red flags 37: "Went to the out of hours doctor on Saturday because I panicked about a
numb foot. She examined everything, said it was a trapped nerve in one leg, saddle area fine,
bladder fine, and gave me naproxen. Since then the foot is less numb and nothing new has
happened. My question is just whether I can go back to the gym ..." raised the learned check's
emergency; so did "A&E said it wasn't CES on Monday, they did a bladder scan and checked the
feeling down there ..." and, at the soon tier, "... Midwife checked me and says it's pelvic girdle
pain. Any exercises?").

The rules read such signs as judged (a saddle "fine", a bladder "fine", a sign of someone's
examination) or not at all; the learned check reads every word of the story the asker told the
clinician. A sentence telling an examination and its verdict (a clinician, CLINICIAN, named in
it or in the sentence before, "She examined everything", or a place of care in it,
data/cleared.json 'places'; one of 'checks', "examined", "did a bladder scan"; one of
'verdicts', "said", "says", "normal") clears the signs told up to it: the learned check reads
the sentences after the last such sentence alone, and its notice stands only if they raise one
(learned_check.check_learned). Never
- an examination ahead ('future': "the GP will check me tomorrow", "if they examine me");
- a verdict the asker contrasts in its sentence ('contrasts': "said it's fine but she didn't
  check my bladder", "said it's sciatica, still can't feel my bum");
- a sign told before it with a time course or a recent start in its sentence (a story concept:
  "My legs went numb this morning. The GP checked me last week and said it's a strain");
- a sign told before it in a sentence of no date of its own ('dated') when the examination is
  dated ('dated': "last year", "last month", "in June", "on Monday"): an all-clear of then
  clears the signs of then, never signs told as now ("aint like i can feel my legs anyway, both
  gone dead. the physio checked me over last month and said i was fine", "Numbness came back
  after walking to the car, in my bum and the backs of both legs. Hospital did a scan last year
  and said my spine was fine.": safety114, review29 D);
- a sign told after it, live, unless its sentence tells it easing ('easing': "less numb",
  "nothing new") with no word of a change ('worsening': "worse", "now", "both", "again", "my
  other foot", "too"): that sentence is the cleared sign settling, left out of what the check
  reads (the check reads "the foot is less numb" as it reads "the foot is numb").
The rules are not touched: a sign they raise is raised whatever a clinician said before.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention

CLINICIAN = "CLINICIAN"


def cleared_rest(
    tokens: list[Token],
    mentions: list[Mention],
    symptoms: Collection[str],
    story: Collection[str],
) -> str | None:
    """The words after the last sentence telling the asker's signs examined and cleared, for the
    learned check to read alone (module doc); None when no sentence clears them or a sign stays
    live. `symptoms` are the concepts a rule reads as signs, `story` the concepts of a time course
    or a recent start (kept_live's story)."""
    words = listed_words("cleared.json")
    spans: dict[int, list[Token]] = {}
    for t in tokens:
        spans.setdefault(t.sentence, []).append(t)
    cleared = clearing_sentences(tokens, mentions)
    if not cleared:
        return None
    last = max(cleared)
    signs = [m for m in mentions if m.concept in symptoms and not m.negated]
    dated = {s for s, said in spans.items() if any(t.surface in words["dated"] for t in said)}
    timed = {m.sentence for m in mentions if m.concept in story and not m.negated}
    settling: set[int] = set()  # sentences after it telling the cleared signs easing
    for m in signs:
        if m.sentence < last and m.sentence in timed and m.sentence not in cleared:
            return None  # a sign dated lately, told beside the story of the examination
        if m.sentence < last and last in dated and m.sentence not in dated | set(cleared):
            return None  # an all-clear of then, a sign told as now
        if m.sentence > last and not (m.past or m.resolved or m.other):
            said = {t.surface for t in spans[m.sentence]}
            if not (said & words["easing"]) or said & words["worsening"]:
                return None
            settling.add(m.sentence)
    return " ".join(t.surface for t in tokens if t.sentence > last and t.sentence not in settling)


def clearing_sentences(tokens: list[Token], mentions: list[Mention]) -> list[int]:
    """The sentences telling an examination of the asker by a clinician (named in it or in the
    sentence before) or at a place of care, and its verdict, not contrasted after (module doc;
    cleared_over.py reads them too)."""
    words = listed_words("cleared.json")
    spans: dict[int, list[Token]] = {}
    for t in tokens:
        spans.setdefault(t.sentence, []).append(t)
    carers = {m.sentence for m in mentions if m.concept == CLINICIAN and not m.negated}
    return [
        s
        for s, said in spans.items()
        if (carers & {s, s - 1} or _place(said, words["places"])) and _clears(said, words)
    ]


def _place(said: list[Token], places: frozenset[str]) -> bool:
    """Whether a sentence names a place of care, in one word or split at its ampersand ("A&E"
    read as "a", "e")."""
    surfaces = [t.surface for t in said]
    return any(w in places for w in surfaces) or any(a + b in places for a, b in pairwise(surfaces))


def _clears(said: list[Token], words: dict[str, frozenset[str]]) -> bool:
    """Whether a sentence tells an examination done and its verdict, not contrasted after."""
    surfaces = [t.surface for t in said]
    if any(w in words["future"] for w in surfaces):
        return False
    checks = [k for k, w in enumerate(surfaces) if w in words["checks"]]
    verdicts = [k for k, w in enumerate(surfaces) if w in words["verdicts"]]
    if not checks or not verdicts:
        return False
    start = min(checks + verdicts)
    return not any(w in words["contrasts"] for w in surfaces[start:])
