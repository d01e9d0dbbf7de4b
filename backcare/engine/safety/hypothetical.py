"""Signs only supposed (safety71, issue #12, red flags 29): told as what may happen, not as
anyone's state now. "What should I do IF I ever lose bladder control with my back? Not happening,
just want to know for the future", "hypothetically if my legs went numb would i go to A&E or call
111? mine are fine", a physio's sheet "that if I ever lose bladder control, or go numb around my
bottom, I should go straight to A&E. I'm fine at the moment, touch wood", a receptionist's "Like
if they mention numbness or can't pee?".

A sign after an 'openers' word ("if", "in case") in its sentence is supposed when the message
says nothing is happening (a 'not_now' phrase: "not happening", "hypothetically", "mine are
fine", "touch wood") or when the clause is another person's report supposed ('others' and, within
REPORT_REACH words, a 'reporting' verb: "if they mention", "if a caller says"). Such a sign is
asked about: no notice, the pointer ("If this is happening to you now: ..."), as future.py's
signs still to come.

Never supposed: any sign when a 'live' time (topic_frame's) stands outside a 'not_now' phrase's
clause ("if I can't feel my legs now is that bad?"; "would that be an emergency? They're fine
now": an episode over; "I'm fine at the moment, touch wood" is the phrase's own); when a 'keeps'
phrase stands anywhere ("it's happening now, what do I do", "scared", "my brother has it"); an
opener that is "whether" ("he can't tell if he needs a wee": after a 'whether_before' word); or
when a live sign of the asker's is told outside the supposed stretches ("Hypothetically, if I
couldn't pee? My bum is numb"). "I'm fine" and "never had" are no 'not_now' phrases: "If I walk
50 metres both my legs go weak. I'm fine though" tells a habit, "I've never had it before" a
first time; but beside a 'not_now' phrase in its sentence the asker's fine state with its
time ("I'm fine at the moment, touch wood", a 'fine_states' word) is calm (safety76). A body region and
a course ('plain_courses') in a calm clause beside a 'plain_pains' concept, and no sign of another
kind there, are where the asker's plain pain is and its course, no live sign told ("Right now it's
just the usual ache in my right buttock, on and off for years"; safety142). Words in data ('hypothetical' in
data/safety_vocabulary.json).
"""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary

# the longest phrase of the vocabulary, in words
LONGEST = 4
# how far after an 'others' word its reporting verb may stand ("if a caller ever says")
REPORT_REACH = 2


class Hypotheticals(Vocabulary):
    """The reading of signs only supposed (mixed into `detect.Safety` through topic_frame.py)."""

    def _supposed_signs(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, a supposed sign's marked as asked about (module doc)."""
        words = self._hypothetical
        if not any(t.surface in words["openers"] or t.surface == "in" for t in tokens):
            return mentions  # the quick exit: no opener's first word
        phrases = phrases_at(tokens)
        if any(p in words["keeps"] for _, p in phrases):
            return mentions
        # 'general_denials' ("no symptoms", "just asking") are calm as 'not_now' phrases are,
        # but suppose only a stretch told as a supposition (below)
        calming = words["not_now"] | words["general_denials"]
        calm = {tokens[k].clause for k, p in phrases if p in calming}
        # "I don't have anything like that": a denial of what was supposed (elided_denials.py)
        from backcare.engine.safety.elided_denials import anaphoric_denials

        calm |= anaphoric_denials(tokens)
        firm = any(p in words["not_now"] for _, p in phrases)
        # "I'm fine at the moment, touch wood": the asker's fine state beside a 'not_now'
        # phrase in its sentence dates the fineness, not a sign (safety76)
        unworried = {tokens[k].sentence for k, p in phrases if p in calming}
        fine = {t.clause for t in tokens if t.surface in words["fine_states"]}
        calm |= {
            t.clause
            for t in tokens
            if t.sentence in unworried and t.clause in fine and t.surface in self._self
        }
        # "mine are fine just curious lol its been since yesterday": a time course after the
        # calming phrase in its sentence is told, not calmed (outlived_calm.py)
        calming_ends: dict[int, int] = {}  # by sentence: after its last calming phrase
        for k, p in phrases:
            if p in calming:
                end = k + len(p.split())
                sentence = tokens[k].sentence
                calming_ends[sentence] = max(end, calming_ends.get(sentence, end))
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.outlived_calm import outlived_sentences

        outlived = outlived_sentences(tokens, mentions, calming_ends)
        calm -= {t.clause for t in tokens if t.sentence in outlived}
        live = {k for k, p in phrases if p in self._frame_live}
        # a live time of someone's: in a clause naming the asker, another or a sign (not a
        # story's "the garden centre has started selling bulbs")
        told_of = {t.clause for t in tokens if t.surface in self._self | words["others"]}
        told_of |= {
            tokens[m.first].clause
            for m in mentions
            if m.concept in self._symptoms and m.concept not in self._story
        }
        if any(tokens[k].clause in told_of - calm for k in live):
            return mentions  # "would that be an emergency? They're fine now": it happened
        not_now = bool(calm)
        # a body region is where a sign is, not the sign: "if my legs ever went numb" supposes
        # with the "ever" after "legs" (safety115); a sign's phrase holding its region holds
        # the words between them too ("if my legs ever gave way": safety119), so a sign is read
        # up to its last word
        signs_at = sorted(
            (m.first, m.last)
            for m in mentions
            if m.concept in self._symptoms
            and m.concept not in self._parts
            and m.concept not in self._region_concepts
        )
        supposed: set[int] = set()  # the positions of the supposed stretches
        ends = _sentence_ends(tokens)  # once: an opener's stretch runs to its sentence's end
        for k, phrase in phrases:
            if phrase not in words["openers"]:
                continue
            if k and tokens[k - 1].surface in words["whether_before"]:
                continue  # "he can't tell if he needs a wee": whether, no supposing
            start = k + len(phrase.split())
            # the supposition ends where the asker answers it ("if my legs go weak ring 999,
            # that hasn't happened but I can't feel my bum": what follows the answer is told,
            # safety139)
            end = ends[tokens[k].sentence]
            end = next(
                (j for j in range(start + 1, end) if tokens[j].clause in calm - {tokens[k].clause}),
                end,
            )
            stretch = range(start, end)
            reported = any(
                tokens[j].surface in words["others"]
                and any(
                    tokens[i].surface in words["reporting"]
                    for i in range(j + 1, min(len(tokens), j + 1 + REPORT_REACH + 1))
                )
                for j in range(start, min(len(tokens), start + REPORT_REACH + 1))
            )
            if reported or (
                not_now and (firm or _told_as_supposing(tokens, k, start, signs_at, words))
            ):
                supposed.update(stretch)
        if not supposed:
            return mentions
        signs = [
            m for m in mentions if m.concept in self._symptoms and m.concept not in self._parts
        ]
        held = [m for m in signs if m.first in supposed and not m.negated]
        # "touch wood" is no weakness: the words of a 'not_now' phrase name no sign
        said = {j for k, p in phrases if p in calming for j in range(k, k + len(p.split()))}
        nowish = {tokens[k].sentence for k in live - said}
        mine = {t.clause for t in tokens if t.surface in self._self}
        # where the asker's plain pain is now, and its course: "Right now it's just the usual
        # ache in my right buttock that I've had on and off for years" names a body region and
        # a course in the clause that says only the usual is happening, no sign of its own
        # (safety142); with a sign of another kind in that clause ("right now it's just an ache
        # and my bum is numb") they count as before
        pained = {tokens[m.first].clause for m in mentions if m.concept in words["plain_pains"]}
        where = self._region_concepts | words["plain_courses"]
        plain = (calm & pained) - {
            tokens[m.first].clause
            for m in signs
            if m.concept not in where and m.concept not in self._background and m.first not in said
        }
        told = [  # a live sign outside: told, and the supposed may be its course
            m
            for m in signs
            if m.first not in supposed | said
            and m.concept not in self._story
            and not (m.negated or m.other or m.past or m.resolved or m.asked or m.general)
            and (m.sentence in nowish or tokens[m.first].clause in mine)
            and not (m.concept in where and tokens[m.first].clause in plain)
        ]
        if not held or told:
            return mentions
        return [m._replace(asked=True) if m in held else m for m in mentions]


def _told_as_supposing(
    tokens: list[Token],
    opener: int,
    start: int,
    signs_at: list[tuple[int, int]],
    words: dict[str, frozenset[str]],
) -> bool:
    """Whether the opener at `opener` (its words ending before `start`) opens a supposition,
    not a habit ("what if my legs went weak", "if I ever went numb"; not "just if I sit for 10
    mins my bum goes numb"): a 'supposing_before' word right before it, or a 'supposing' word
    from `start` to its sentence's first sign (at `signs_at`, sorted: first and last words),
    the sign's words included ("if I suddenly lost control", "if my legs ever gave way"). A general denial ("no symptoms", "none of those") is what
    people say before telling their own sign, so only such a stretch is supposed (safety102)."""
    if opener and tokens[opener - 1].surface in words["supposing_before"]:
        return True
    sentence = tokens[opener].sentence
    first = next((last for p, last in signs_at if p >= start), len(tokens) - 1)
    return any(
        tokens[j].surface in words["supposing"]
        for j in range(start, min(first, len(tokens) - 1) + 1)
        if tokens[j].sentence == sentence
    )


def _sentence_ends(tokens: list[Token]) -> dict[int, int]:
    """Each sentence's end: the position after its last word (one pass, so a message of many
    openers and no stops costs linear work)."""
    return {t.sentence: k + 1 for k, t in enumerate(tokens)}


def phrases_at(tokens: list[Token]) -> list[tuple[int, str]]:
    """Every run of one to LONGEST words within a clause, with where it starts (topic_frame's
    reading too)."""
    found: list[tuple[int, str]] = []
    surfaces = [t.surface for t in tokens]
    clauses = [t.clause for t in tokens]
    n = len(tokens)
    for k in range(n):
        clause = clauses[k]
        phrase = surfaces[k]
        found.append((k, phrase))
        for j in range(k + 1, min(n, k + LONGEST)):
            if clauses[j] != clause:
                break
            phrase = f"{phrase} {surfaces[j]}"  # the words so far, space-joined
            found.append((k, phrase))
    return found


def alone_claim(tokens: list[Token], claims: frozenset[str]) -> bool:
    """Whether a clause of these tokens is wholly one of `claims` (topic_frame 'echo_alone':
    "Snap.", "Every single one.", "..., all of them."): a claim of a topic's or a syllabus'
    signs said on its own (safety77; topic_frame.py and syllabus.py)."""
    clauses: dict[int, list[str]] = {}
    for t in tokens:
        clauses.setdefault(t.clause, []).append(t.surface)
    return any(" ".join(words) in claims for words in clauses.values())
