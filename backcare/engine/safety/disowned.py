"""The asker's own denial after a question ("What does saddle numbness mean? I don't have it"), a
disclaimer limiting their own case ("mine is just the left calf"), and a reported list denied
("my physio said ... is a red flag, I don't have any").
"""

from __future__ import annotations

from collections.abc import Callable

from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.reading import (
    Found,
    Token,
)
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import DENIES_BEFORE, TROUBLES, Vocabulary

# report sentences ("My aunt said so.") that may stand between a question and its denial
REPORTS_BETWEEN = 2


class Disowning(Vocabulary):
    """The denials of `detect.Safety` (mixed in)."""

    def _disowned(
        self,
        tokens: list[Token],
        found: list[Found],
        mentions: list[Mention],
        raises: Callable[[list[Mention]], list[RedFlag]],
    ) -> list[Mention]:
        """ "What does saddle numbness mean? I don't have it": the asker's own denial after a
        question denies that question's symptoms. Three kinds of denial:
        - a denial ending its clause ('DENIES_BEFORE': "I don't have it", "I haven't got
          either"), the asker's own with have or got ('disowning_subjects' and
          'disowning_verbs'; "I don't get it" is "I don't understand"): every sign asked;
        - the asker's denial naming the sign ("I don't have a temperature", "I haven't got a
          fever"): a denied mention in a clause of I with have or got and a negation, and no
          live sign in its sentence: that sign only ("... I don't have a fever" leaves a bladder
          loss asked about as it was);
        - the asker limiting or denying their own case in a 'disclaimers' phrase ("mine is just
          the left calf", "I've got nothing like that"): every sign asked. Wellness alone ("I'm
          fine", 'wellness_words') is none: a frightened person may write "just curious, I'm
          fine" (the red-team principle: curiosity words keep the notice).
        The question is the sentence before the denial's, or before report sentences that name
        no sign ("My aunt said so.", "Read it online."). A definition or curiosity cue
        ('disowning': "what does ... mean", "just curious") is in the question, the denial's
        sentence or between; the question says nothing of the asker (I, me, my) nor of anyone
        else (he, his, my husband: their report). A question word alone is no such cue ("Why are
        both legs numb? I haven't got it"). The denial's sentence names no live sign of its own
        and no tag follows the denial ("I don't have it, do I?"). For the second and third kind
        every sign disowned is also asked: its clause opens as a question ("is ...", "can ...")
        or follows a definition or curiosity cue, so "can't pee, is that bad? just curious, I'm
        fine" keeps its notice. A live situation anywhere keeps every notice: a plea, fear, hope
        or hurry ('live', 'wishes': "I hope I don't have it"), "now", a time course ("since this
        morning"), a recent time or a duration ('recent': "for hours", "last night") or any
        number ("since 3am", "for two days"). "I don't have it all the time" and "I don't think I
        have it" are no denial (the phrase must end its clause)."""
        live = self._live | self._happening | self._wishes
        # the denial's own "now" ("I don't have either right now, revising for my nursing
        # exam") is the denial's time, no live situation, in a question set apart as study or
        # a story (safety122); asked bare ("What does a numb bum mean? I don't have it right
        # now") it may be a sign that came and went, which still needs checking
        apart = any(m.concept in self._distancing and not m.negated for m in mentions)
        denying = (
            {p for f in found if f.label == DENIES_BEFORE for p in f.positions} if apart else set()
        )
        if (
            # any number but "one" ("sciatica in one leg" counts nothing)
            any(
                (t.surface in live and k not in denying)
                or (t.number is not None and t.surface != "one")
                for k, t in enumerate(tokens)
            )
            or any(
                m.concept in self._story and not m.negated and m.first not in denying
                for m in mentions
            )
            or any(f.label in self._recent for f in found)
        ):
            return mentions
        # per sentence, its words: read once, not per denial (a long question may hold many)
        sentences: dict[int, list[Token]] = {}
        for token in tokens:
            sentences.setdefault(token.sentence, []).append(token)
        # denials as (first, last, the concept denied or None for every sign asked, strict):
        # a strict one needs each disowned sign asked as a question
        denials: list[tuple[int, int, str | None, bool]] = [
            (f.positions[0], f.positions[-1], None, False)
            for f in found
            if f.label == DENIES_BEFORE
        ]
        # per clause, its words (read once: a long question may hold many denials)
        clause_words: dict[int, list[tuple[int, str]]] = {}
        for k, t in enumerate(tokens):
            clause_words.setdefault(t.clause, []).append((k, t.surface))
        for m in mentions:
            if m.concept in self._disclaimers and not m.negated:
                words = {tokens[p].surface for p in range(m.first, m.last + 1)}
                # the asker's own ("mine is just ...", "mine's only", not "they're fine"), and more
                # than wellness
                own = words & (self._self | self._own_case)
                if own and not words & self._wellness_words:
                    denials.append((m.first, m.last, None, True))
            elif m.concept in self._symptoms and m.negated and not m.other:
                # "I don't have | a temperature"
                before = [w for k, w in clause_words[tokens[m.first].clause] if k < m.first]
                if (
                    set(before) & self._disowning_subjects
                    and set(before) & self._disowning_sign_verbs
                    and set(before) & self._negations
                ):
                    denials.append((m.first, m.last, m.concept, True))
        if not denials:
            return mentions
        # sentences telling a live sign ("I don't have a temperature, but I wet myself")
        # (a body part alone tells nothing: "mine is only in my right buttock")
        telling = {
            m.sentence
            for m in mentions
            if m.concept in self._symptoms
            and m.concept not in self._region_concepts
            and not m.negated
        }
        # a disclaimer narrows the asker's case, it does not deny it: "mine is only in both
        # legs", "mine is on both sides of my bum" tell the asked alarm's own region
        # (one side named, "mine is only in my right buttock", narrows it away from the alarm)
        one_side = {t.sentence for t in tokens if t.surface in self._one_side}
        narrowing = {
            m.sentence
            for m in mentions
            if m.concept in self._alarm_regions and not m.negated and m.sentence not in one_side
        }
        # and any sign, denied or not: the first kind's sentence names none
        naming = {m.sentence for m in mentions if m.concept in self._symptoms}
        cued = {tokens[g.positions[0]].sentence for g in found if g.label in self._disowning}
        # anyone else named, in the question or beside the denial ("I haven't got it, my
        # husband has"): someone's own signs told
        others = {
            t.sentence
            for t in tokens
            if t.stem in self._others_stems or t.surface in self._their_reflexives
        }
        told = others | {t.sentence for t in tokens if t.surface in self._self}
        # of those, the ones whose person is not only reporting ("my GP mentioned it", "my sister
        # says"): someone's case told after a denial
        says = self._reporters | self._reported
        having = {
            t.sentence
            for k, t in enumerate(tokens)
            if (t.stem in self._others_stems or t.surface in self._their_reflexives)
            and not (k + 1 < len(tokens) and tokens[k + 1].surface in says)
        }
        surfaces = [t.surface for t in tokens]
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        disowned: dict[int, set[str] | None] = {}  # asked sentence -> concepts (None: all)
        for first, last, concept, strict in denials:
            here = tokens[first].sentence
            # back over report sentences naming no sign ("My aunt said so.") to the question
            asked_at = here - 1
            while (
                asked_at > max(0, here - 1 - REPORTS_BETWEEN)
                and asked_at not in naming
                and any(t.surface in self._reported for t in sentences.get(asked_at, []))
            ):
                asked_at -= 1
            asked = sentences.get(asked_at, [])
            after = last + 1
            words = {tokens[p].surface for p in range(first, last + 1)}
            subject = {tokens[p].surface for p in range(max(0, first - 1), after)}
            if (
                not asked
                or asked_at not in naming
                or (
                    here in telling
                    # the asker's own case told ("mine's only a tight back after the gym"): it
                    # keeps the notice only if it raises one with the signs asked about, read as
                    # the asker's in that sentence (a disclaimer narrows; it never hides a case
                    # that raises a notice)
                    and not (
                        strict
                        and concept is None
                        and not raises(
                            _told_with(
                                by_sentence.get(here, []),
                                [
                                    m
                                    for m in by_sentence.get(asked_at, [])
                                    if m.concept not in self._region_concepts
                                ],
                                first,
                            )
                        )
                    )
                )
                or (concept is None and not strict and here in naming)
                or asked_at in told
                # anyone else named after the question: their case, told (a red-team finding:
                # "I don't have it. My husband does.")
                or any(s in having for s in range(here, tokens[-1].sentence + 1))
                or (strict and concept is None and here in narrowing)
                # a hedge after the denial takes it back ("I don't have either. Only a bit.",
                # "mine is just a bit of leaking"): the denial must be the asker's last word
                or self._hedged(surfaces, first)
                or (not strict and not words & self._disowning_verbs)
                or (not strict and not subject & self._disowning_subjects)
                or not cued & set(range(asked_at, here + 1))
                or (
                    after < len(tokens)
                    and tokens[after].sentence == here
                    and tokens[after].surface in self._question_words
                )
            ):
                continue
            if strict and not self._all_asked(tokens, by_sentence.get(asked_at, []), concept):
                continue
            if concept is None or disowned.get(asked_at, set()) is None:
                disowned[asked_at] = None
            else:
                disowned.setdefault(asked_at, set()).add(concept)  # type: ignore[union-attr]
        if not disowned:
            return mentions
        return [
            m._replace(negated=True)
            # a sign asked about in general keeps its pointer (_asked)
            if m.sentence in disowned
            and m.concept not in TROUBLES
            and not m.asked
            and (disowned[m.sentence] is None or m.concept in (disowned[m.sentence] or ()))
            else m
            for m in mentions
        ]

    def _narrowed(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """ "Is leg weakness an emergency? Only asking, mine is just in both legs": the asker's own
        case ('own_case': "mine", "mine's") told in a sentence naming an alarm region
        ('alarm_regions', not one side) is the sign just asked about, in that region. The signs of
        the question (the nearest sentence before naming one, past at most REPORTS_BETWEEN report
        sentences) are read again at the own-case word, the asker's and live, so the rules meet
        them with the region ("mine is just in both legs" is weakness in both legs now) and no
        denial, framing or pointer reading of the question silences them: a disclaimer narrows
        the case, it never denies it (a red-team finding). "mine is only in my left shin" and
        "mine's just a sore back" name no alarm region and carry nothing."""
        if not any(t.surface in self._own_case for t in tokens):
            return mentions
        one_side = {t.sentence for t in tokens if t.surface in self._one_side}
        regions = {
            m.sentence
            for m in mentions
            if m.concept in self._alarm_regions and not m.negated and not m.other
        }
        signs: dict[int, list[Mention]] = {}  # per sentence, its signs that carry (not regions)
        for m in mentions:
            if (
                m.concept in self._symptoms
                and m.concept not in self._region_concepts
                and not m.negated
                and not m.other
            ):
                signs.setdefault(m.sentence, []).append(m)
        carried = []
        done: set[int] = set()
        for k, t in enumerate(tokens):
            here = t.sentence
            if t.surface not in self._own_case or here in done:
                continue
            if here not in regions or here in one_side:
                continue
            asked = next(
                (s for s in range(here - 1, max(-1, here - 2 - REPORTS_BETWEEN), -1) if s in signs),
                None,
            )
            if asked is None:
                continue
            done.add(here)
            carried += [_carried(m, k, here) for m in signs[asked]]
        return mentions + carried

    def _affirms(self, tokens: list[Token], m: Mention) -> bool:
        """Whether a disclaimer's "mine (is) just|only" says yes: nothing narrows it before its
        clause ends ("Mine just did.", "Mine just is.", "Mine just have."), or an onset verb
        follows ("Mine just started", "mine only just went numb"). Adverbs ('affirming.skip')
        and one auxiliary or pro-verb may stand between; anything else is a complement that
        narrows the asker's case ("mine is just the left calf", "mine only goes to the knee")."""
        k = next((p + 1 for p in range(m.first, m.last + 1) if tokens[p].surface in self._self), 0)
        if not k or any(tokens[p].surface in self._negations for p in range(m.first, m.last + 1)):
            return False  # "not for me" disclaims; it says no yes (safety37)
        clause = tokens[k - 1].clause
        verb_seen = False
        while k < len(tokens) and tokens[k].clause == clause:
            word = tokens[k].surface
            if word in self._affirming_onsets:
                return True
            if word in self._affirming_verbs and not verb_seen:
                verb_seen = True
            elif word not in self._affirming_skip:
                return False
            k += 1
        return True

    def _hedged(self, surfaces: list[str], first: int) -> bool:
        """Whether a hedge ('hedges': "a bit", "sort of", "kind of") follows position
        `first`: a denial or disclaimer with one after it says yes, a little."""
        return any(
            " ".join(surfaces[k : k + size]) in self._hedges
            for k in range(first, len(surfaces))
            for size in (1, 2, 3)
        )

    def _all_asked(self, tokens: list[Token], mentions: list[Mention], concept: str | None) -> bool:
        """Whether every sign of `mentions` (one sentence's; of `concept`, when given) that a
        denial would disown is asked as a question: its clause opens with a question word ("is a fever with
        back pain serious?") or a definition or curiosity cue comes before it in its clause
        ("what does it mean if ... weight loss")."""
        cues = [m for m in mentions if m.concept in self._disowning and not m.negated]
        for m in mentions:
            if m.concept not in self._symptoms or m.negated:
                continue
            if concept is not None and m.concept != concept:
                continue
            clause = tokens[m.first].clause
            start = next(
                k for k in range(m.first, -1, -1) if k == 0 or tokens[k - 1].clause != clause
            )
            if tokens[start].surface in self._question_words:
                continue
            if any(tokens[g.first].clause == clause and g.first <= m.first for g in cues):
                continue
            return False
        return True


def _denied_before(
    tokens: list[Token],
    found: list[Found],
    mentions: list[Mention],
    cues: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> list[Mention]:
    """ "my physio said numbness in the saddle area is a red flag, I don't have any": a denial
    standing alone at the end of its clause denies what the clause just before it names (in the
    same sentence; not further back: "numb bum, he asked about my legs, I don't have that" still
    has the numb bum), when that clause is reported speech or a list ('reported': "said",
    "leaflet", "the signs are") with no I, me or my after its cue. Never after a hope, fear or
    prayer ('wishes'): "my bum is numb and I can't pee, I hope I don't have that" is the asker's
    own emergency."""
    reported, wishes, self_words = cues
    denied = set()
    clauses: dict[int, list[int]] = {}  # each clause's words, so a denial reads only its own
    if any(f.label == DENIES_BEFORE for f in found):
        for i, t in enumerate(tokens):
            clauses.setdefault(t.clause, []).append(i)
    for f in found:
        if f.label == DENIES_BEFORE:
            here = tokens[f.positions[0]]
            if any(tokens[i].surface in wishes for i in clauses[here.clause] if i < f.positions[0]):
                continue
            before = [
                i for i in clauses.get(here.clause - 1, ()) if tokens[i].sentence == here.sentence
            ]
            cue = next((i for i in before if tokens[i].surface in reported), None)
            if cue is None or any(tokens[i].surface in self_words for i in before if i > cue):
                continue
            denied |= set(before)
    if not denied:
        return mentions
    return [
        m._replace(negated=True) if m.concept not in TROUBLES and m.first in denied else m
        for m in mentions
    ]


def _told_with(told: list[Mention], asked: list[Mention], at: int) -> list[Mention]:
    """A disclaimer's sentence read with the signs asked about before it as the asker's own, live,
    at the disclaimer (position `at`): what the asker's narrowed case would raise."""
    here = [m for m in told if not m.negated]
    sentence = here[0].sentence if here else 0
    carried = [_carried(m, at, sentence) for m in asked if not m.negated and not m.other]
    return here + carried


def _carried(m: Mention, at: int, sentence: int) -> Mention:
    """A sign asked about, read again at position `at` of `sentence` as the asker's own and live:
    no past, no resolution, no body part bound, no general or asked reading (the asker's own
    signs carried to a disclaimer's own-case word)."""
    return m._replace(
        first=at,
        last=at,
        sentence=sentence,
        past=False,
        resolved=False,
        bound=frozenset(),
        general=False,
        asked=False,
    )
