"""Words of others given in quotation marks: a product review's ("A review of this chair says
'after an hour my bum went numb'"), a song's or a poem's ("The chorus goes 'I can't feel my legs
when I'm with you'"), a phrase to translate ("How do you say 'I can't feel my legs' in Spanish?").
The signs in them are the reviewer's, the singer's or the exercise's words, no one's report, so they
are asked about (`asked`: no notice, the pointer) as quoted.py reads lay phrases quoted as
examples (redteam15 B1-B3, B7; issue #12).

A quotation is a run of words between a pair of quotation marks (a straight or curly single or
double quote, an opening one before a word and a closing one after one: an apostrophe inside a
word, "can't", "kids'", opens nothing) of at most QUOTE_WORDS words, at least two words or one
written with a capital ("'Fever' by Peggy Lee"), so a scare quote around one word ("my bum went
'numb'") stays the asker's. It gives words of others when its sentence names, outside it, what
such words come from ('quotations.cues': a review, a song, lyrics, a chorus, singing, a poem, a
clue, translating, a language's name). A quotation of the asker's clinician ("the GP wrote
'possible cauda equina'") names no cue and stays a report.

A sentence where a person in the asker's life says a quotation of themselves (a person's word,
or the asker's "I" saying it now, then only speaking words before it, a clause break after it)
defines nothing: its 'definitions' cues ("means", "slang", "expression") ask what the person
tells ("Grandad keeps saying 'my legs are dead' - is that slang for tired?", safety89, review23),
while "My friend says 'I nearly wet myself' means you laughed" still defines a phrase.

A quotation in the sentence after such a one is one too ("translate 'I have a fever'. Is 'j'ai
de la fievre' right?"). Its signs are asked only when every other live sign of the message is
the back's own state ("my tight lower back": a sign bound to the back alone)
and nothing outside them tells a case: no "now", "since", "started", "mine", "too", "either"
(quoted.py's and listed.py's words). "A review says 'my bum went numb'; mine has been numb since
yesterday and I can't pee" keeps its notices (signs outside, and "mine", "since"), and so does
"singing 'my legs are weak' when both my legs went numb".
"""

from __future__ import annotations

from collections.abc import Sequence

from backcare.engine.safety.reading import Token, normalize_text
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import BACK, Vocabulary

BACKS = frozenset((BACK, "HIGH_BACK"))  # a sign bound to these alone tells the back's own state
OWNER_REACH = 5  # a 'self' word this many words before a cue makes it the asker's
SPEAKER_REACH = 5  # a person this many words before a quotation may be the one saying it
QUOTE_WORDS = 30  # a quotation longer than this is no line of a review or a song
# opening and closing marks of the two families; a straight mark opens or closes by what is
# around it (an opening one before a word, a closing one after one)
SINGLE = ("'", "'")
DOUBLE = ('"“„«', '"”“»')
BEFORE_OPENING = "([{:/-–—"  # marks that may stand right before an opening quote


MARKS = frozenset(SINGLE[0] + DOUBLE[0] + DOUBLE[1])


def quotation_spans(question: str, tokens: Sequence[Token]) -> list[tuple[int, int, bool]]:
    """The (first, last) positions of the runs of `tokens` (the question's, as the reader made
    them) between quotation marks, each with whether its first word is written with a capital:
    the marks are read in the normalised text around where the tokens' words start (Token.at)."""
    text = normalize_text(question)
    starts = [t.at for t in tokens]
    spans: list[tuple[int, int, bool]] = []
    opened: tuple[int, str] | None = None  # where the open quotation starts, and its closers
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            for opening, closing in (SINGLE, DOUBLE):
                if (
                    ch in opening
                    and (before.isspace() or before in BEFORE_OPENING)
                    and (after.isalnum())
                ):
                    opened = (i, closing)
                    break
        elif ch in opened[1] and not before.isspace() and not after.isalnum():
            inside = [k for k, at in enumerate(starts) if opened[0] < at < i]
            if inside and len(inside) <= QUOTE_WORDS:
                spans.append((inside[0], inside[-1], text[starts[inside[0]]].isupper()))
            opened = None
    return spans


class Quotations(Vocabulary):
    """The reading of words of others in quotation marks (mixed into `detect.Safety`)."""

    def _quotations(
        self, question: str, tokens: list[Token], mentions: list[Mention]
    ) -> list[Mention]:
        """Mark `asked` the signs inside quotations of others' words (see the module)."""
        cues = self._quotation_cues | self._quotation_exercises | self._quotation_games
        if not cues or MARKS.isdisjoint(question):
            return mentions
        if not any(t.surface in cues for t in tokens):
            return mentions
        spans = [
            (first, last)
            for first, last, capital in quotation_spans(question, tokens)
            if first < last or capital  # a scare quote around one word: "my bum went 'numb'"
        ]
        within = {k for first, last in spans for k in range(first, last + 1)}
        # a phrase to translate is an exercise only with its purpose named outside it
        exercise = any(
            t.surface in self._quotation_purposes for k, t in enumerate(tokens) if k not in within
        )
        # a sentence where someone says a quotation of themselves defines nothing (safety89)
        spoken = {
            tokens[first].sentence for first, last in spans if self._said(tokens, first, last)
        }
        quoted: set[int] = set()
        for first, last in spans:
            sentence = tokens[first].sentence
            cued = any(
                t.sentence == sentence
                and k not in within
                and (
                    (
                        t.surface in self._quotation_cues
                        and not (sentence in spoken and t.surface in self._quotation_definitions)
                        and not self._owned_cue(tokens, k, within)
                        and not self._spoken_after(tokens, k, first, within)
                    )
                    or (exercise and t.surface in self._quotation_exercises)
                    # a game's: whoever plays it ("my cleric got 'paralysed from the waist
                    # down' by a ghoul", "my character has a 'numb legs' debuff": safety49)
                    or (
                        t.surface in self._quotation_games
                        and not self._spoken_after(tokens, k, first, within)
                    )
                )
                for k, t in enumerate(tokens)
            )
            # or it follows a cued quotation in the next sentence: "translate 'I have a fever'.
            # Is 'j'ai de la fievre' right?"
            follows = any(tokens[k].sentence == sentence - 1 for k in quoted)
            if cued or follows:
                quoted.update(range(first, last + 1))
        if not quoted:
            return mentions
        # a time right after what gives the words dates that, not a sign ("my Duolingo lesson
        # today was how to say 'I can't feel my legs'": safety49)
        dated = {
            k
            for k, t in enumerate(tokens)
            if k > 0
            and (
                (
                    t.surface in self._happening
                    and tokens[k - 1].surface in self._quotation_purposes | cues
                )
                # "my cleric got 'paralysed ...'": the character's, not the asker's
                or (t.surface in self._owning and tokens[k - 1].surface in self._quotation_games)
            )
        }
        outside = [(k, t) for k, t in enumerate(tokens) if k not in quoted and k not in dated]
        # a claim word inside a definition's own words ("what does that actually feel like?")
        # asks, it claims nothing (safety122); the asker's own words there still tell a case
        defining = {
            k
            for m in mentions
            if m.concept in self._defining and not m.negated
            for k in range(m.first, m.last + 1)
        }
        if any(
            t.surface in self._happening
            or t.surface in self._told_words
            or t.surface in self._owning
            or t.surface in self._quote_claims_after
            or (
                t.surface in self._quotation_claims
                and k not in defining
                and not self._acted_on(tokens, k, quoted)
            )
            for k, t in outside
        ):
            return mentions
        # a sign's phrase may run on past the closing mark ("... feel my legs' all day"): its
        # first word says whose words it is; a quoted "he" or "my dad" is the quotation's too
        inside = [
            m
            for m in mentions
            if m.concept in self._symptoms and m.first in quoted and not (m.negated or m.asked)
        ]
        told = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and m.first not in quoted
            and m.first not in dated
            and not (m.negated or m.other or m.past or m.resolved or m.general or m.asked)
        ]
        # outside them, only the back's own state ("my tight lower back"): no sign to add up
        if not inside or not all(m.bound and m.bound <= BACKS for m in told):
            return mentions
        return [m._replace(asked=True) if m in inside else m for m in mentions]

    def _said(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether the quotation first..last is the whole of what a person in the asker's life
        says, of themselves: a person's word (an 'others' word, not a story's or a crowd's), or
        the asker's "I" saying it now ("I keep saying"), then only speaking words with a speech
        verb among them, right before the quotation, and a clause break or the sentence's end
        right after it. Its sentence's "means", "slang", "expression" then ask what the person
        tells ("My husband keeps saying 'my legs have gone' - by that he means he can't stand
        up", "Grandad keeps saying 'my legs are dead' - is that slang for tired?": review23),
        not what a phrase means ("My friend says 'I nearly wet myself' means you laughed")."""
        after = last + 1
        if after < len(tokens) and tokens[after].clause == tokens[last].clause:
            return False
        between: list[str] = []
        for j in range(first - 1, max(-1, first - SPEAKER_REACH - 1), -1):
            t = tokens[j]
            if t.sentence != tokens[first].sentence:
                return False
            person = t.stem in self._others_stems and t.stem not in self._quotation_unreal
            now = t.surface in self._self and bool(set(between) & self._quotation_speaking_now)
            if person or now:
                return bool(set(between) & self._quotation_speech_verbs)
            if t.surface not in self._quotation_speaking:
                return False
            between.append(t.surface)
        return False

    def _acted_on(self, tokens: list[Token], k: int, quoted: set[int]) -> bool:
        """Whether the claim word at k is an object another person acts on ('object_claims':
        "my Spanish mate does half marathons with me", "my friend keeps teasing me"): another
        person's word ('others', not a pronoun) before it in its clause, outside the quotations,
        is the clause's subject, so the "me" claims none of the quoted words (safety87). "it's
        happening to me", "what's wrong with me" and "same for me" name no one else and claim."""
        if tokens[k].surface not in self._quotation_object_claims:
            return False
        clause = tokens[k].clause
        return any(
            tokens[j].stem in self._others_stems
            for j in range(k - 1, -1, -1)
            if j not in quoted and tokens[j].clause == clause
        )

    def _spoken_after(self, tokens: list[Token], cue: int, first: int, within: set[int]) -> bool:
        """Whether a person (an 'others' word or a pronoun) stands between a cue and the quotation
        after it: the person's own words, not the song's or the review's (review16: "My husband was
        singing in the shower and slipped, he keeps saying 'I can't feel my legs'", "My wife left a
        review, then she fell and said 'I can't feel my bum'")."""
        return any(
            tokens[j].stem in self._others_stems or tokens[j].surface in self._pronouns
            for j in range(cue + 1, first)
            if j not in within
        )

    def _owned_cue(self, tokens: list[Token], k: int, within: set[int]) -> bool:
        """Whether the cue at k is the asker's own ("my review", "I wrote a review", "I left a
        1-star review saying"): a 'self' word up to OWNER_REACH words before it in its clause (the
        quotations' words aside), no other person's word between ("my daughter keeps singing" is
        the daughter's). A phrase to translate is the exercise's, whoever translates it."""
        clause = tokens[k].clause
        for j in range(k - 1, max(-1, k - OWNER_REACH - 1), -1):
            t = tokens[j]
            if j in within:
                continue
            if t.clause != clause or t.stem in self._others_stems:
                return False
            if t.surface in self._self:
                return True
        return False
