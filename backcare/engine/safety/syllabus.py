"""Signs named as what a course, a class, an exam or a case study covers (safety46, issue #12;
held-out 25: "Just did a first aid course at work and they covered spinal injuries from falls from
height", "my physio textbook case study: 45M, urinary retention, bilateral sciatica", "Revising for
my nursing exam ... We've got a question on saddle anaesthesia and urinary retention"). In a
sentence that names study (a 'framing' concept of 'syllabus.framing': a course, an exam, a
textbook) or the sentence after it, the words from a 'content' word ("covered", "on", "case",
"question") to the end of the sentence are the syllabus: their signs are no one's now (`other` and
`past`, as an instruction's aim). A scope holding the asker's own word ("I", "my") or a word of a
live time course ("since", "now", "yesterday") is never the syllabus, nor anything after it: "Did a
first aid course on spinal injuries and now I can't feel my bum", "did a course on Monday and fell
off a ladder on Tuesday" keep their notices. From the study's sentence on, what its teacher
says ('teachers', then a 'says' word: "The trainer also mentioned that back pain with chest pain
can be a heart attack") is its content too (safety48)."""

from __future__ import annotations

from backcare.engine.safety.hypothetical import alone_claim, phrases_at
from backcare.engine.safety.reading import Found, Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary

# the words before a study's own that may name its owner ("my physio textbook"), and after it
# its time ("our lecture today")
OWNER_REACH = 2
# the ages a case's age and sex code may give ("58M"): below, a height ("fell 3 m")
MIN_CODE_AGE, MAX_CODE_AGE = 16, 110


class Syllabus(Vocabulary):
    """The reading of a course's content ('syllabus' in data/safety_vocabulary.json; mixed into
    `Safety`)."""

    def _syllabus_words(self, tokens: list[Token], found: list[Found]) -> set[int]:
        """The positions of the words a course, exam or case study covers (module docstring)."""
        framed = [f.positions for f in found if f.label in self._syllabus_framing] + [
            (k,) for k, t in enumerate(tokens) if t.surface in self._syllabus_courses
        ]
        studied = {tokens[p[0]].sentence for p in framed}
        if not studied:
            return set()
        # a scope that holds the asker's own word or a live time: the asker's, never content;
        # but the study's own possessive and time ("my textbook case study: 45M, urinary
        # retention", "our lecture today covered ...")
        owned = {q for p in framed for q in range(p[0] - OWNER_REACH, p[-1] + OWNER_REACH + 1)}
        stops = {
            t.scope
            for k, t in enumerate(tokens)
            if (t.surface in self._self or t.surface in self._work_live) and k not in owned
        }
        starts = self._content_starts(tokens, framed)
        # the course's teacher telling it, from the study's sentence on ("The trainer also
        # mentioned that back pain with chest pain can be a heart attack"): from a saying word
        # after the teacher (safety48)
        teachers: dict[int, int] = {}  # a sentence's first teacher word
        for j, t in enumerate(tokens):
            if t.surface in self._syllabus_teachers and t.sentence >= min(studied):
                teachers.setdefault(t.sentence, j)
        words: set[int] = set()
        k = 0
        while k < len(tokens):
            sentence = tokens[k].sentence
            if (
                (
                    (
                        (tokens[k].surface in self._syllabus_content or k in starts)
                        and (sentence in studied or sentence - 1 in studied)
                    )
                    or (tokens[k].surface in self._syllabus_says and teachers.get(sentence, k) < k)
                )
                and tokens[k].scope not in stops
                # the study's own words come first ("on my course" names no content), and a word
                # of theirs is none ("trivia question: numb bum and can't pee": review16)
                and not any(p[-1] >= k for p in framed if tokens[p[0]].sentence == sentence)
            ):
                end = k
                while (
                    end + 1 < len(tokens)
                    and tokens[end + 1].sentence == sentence
                    and tokens[end + 1].scope not in stops
                ):
                    end += 1
                words.update(range(k, end + 1))
                k = end
            k += 1
        if words and self._claimed_after(tokens, min(words), words):
            return set()
        return words

    def _content_starts(self, tokens: list[Token], framed: list[tuple[int, ...]]) -> set[int]:
        """Where content starts with no 'content' word (safety49, red flags 26): a case's age and
        sex code ("Nursing exam question: 58M with saddle anaesthesia"; not "34F here", "I'm
        34F", which introduce the asker), and the word after a study phrase naming what is
        studied as its topics ("Revising red flags for my physio finals: cauda equina, ...")."""
        starts = {
            k + 1
            for p in framed
            for k in [p[-1]]
            if any(tokens[q].surface in self._syllabus_topics for q in range(p[0], k + 1))
            and k + 1 < len(tokens)
            and tokens[k + 1].sentence == tokens[k].sentence
        }
        for k in range(len(tokens) - 1):
            number = tokens[k].number
            # an adult's age ("58M"), not a height fallen ("fell 3 m off the scaffold")
            code = (
                number is not None
                and MIN_CODE_AGE <= number <= MAX_CODE_AGE
                and tokens[k + 1].surface in self._syllabus_sexes
            )
            after = tokens[k + 2].surface if k + 2 < len(tokens) else ""
            before = tokens[k - 1].surface if k > 0 else ""
            if code and after not in self._introductions and before not in self._self:
                starts.add(k)
        return starts

    def _claimed_after(self, tokens: list[Token], start: int, words: set[int]) -> bool:
        """Whether the asker claims a sign after the content begins (review16: "Our lecture covered
        cauda equina: saddle numbness, retention. That is exactly what I have"): a 'self' word with
        a 'claims' word ("have", "got") after it in its clause, not "I have to write ..."; or a
        'claims_back' word pointing the content at the asker ("which is exactly what happened to
        me this morning", "same as what's going on with me": review17 F2); or, as after a topic's
        frame, an 'echoes' phrase outside the content ("that's me on all three", "I tick every
        one of those boxes") or a clause of only an 'echo_alone' claim ("Snap."; safety77). A
        claim denied before it in its clause ("none of which I have") claims nothing."""
        told = [t for k, t in enumerate(tokens) if k >= start and k not in words]
        if any(p in self._frame_echoes for _, p in phrases_at(told)) or alone_claim(
            told, self._frame_echo_alone
        ):
            return True
        for k in range(start, len(tokens)):
            if k in words:
                continue
            if tokens[k].surface in self._syllabus_claims_back and self._me_within(tokens, k):
                return True
            if tokens[k].surface not in self._self:
                continue
            clause = tokens[k].clause
            if any(t.surface in self._negations and t.clause == clause for t in tokens[start:k]):
                continue  # "none of which I have", "not that I have any of them"
            for j in range(k + 1, min(len(tokens), k + 4)):
                if tokens[j].clause != clause:
                    break
                if tokens[j].surface in self._syllabus_claims and self._claims_a_sign(tokens, j):
                    return True
        return False

    def _claims_a_sign(self, tokens: list[Token], claim: int) -> bool:
        """Whether the claim word at `claim` claims the content's signs: not "I have to write
        ...", nor "I have a desk job", a thing of its own, which a sign named so is read as ever
        (safety49); but "a few of those", "an awful lot of these" count a share of the signs
        (review17 F2: 'amounts' after "a"/"an")."""
        after = [t.surface for t in tokens[claim + 1 : claim + 4]]
        if not after or after[0] not in self._syllabus_not_claims:
            return True
        return after[0] in self._syllabus_counted and any(
            w in self._syllabus_amounts for w in after[1:]
        )

    def _me_within(self, tokens: list[Token], k: int) -> bool:
        """Whether "me" (or "mine") follows within a few words in the clause ("happened to me",
        "going on with me", "applies to me")."""
        clause = tokens[k].clause
        return any(
            t.surface in self._syllabus_pointed_at and t.clause == clause
            for t in tokens[k + 1 : k + 5]
        )

    def _studied(
        self, tokens: list[Token], found: list[Found], mentions: list[Mention], real: bool
    ) -> list[Mention]:
        """The mentions, those inside a course's content marked as no one's now; none when the
        asker says it is real (`real`: framing._framing_taken_back, "Med student question: what
        does saddle numbness mean? This is real, not theoretical")."""
        covered = set() if real else self._syllabus_words(tokens, found)
        if not covered:
            return mentions
        return [
            m._replace(other=True, past=True)
            if m.first in covered and m.last in covered and m.concept in self._symptoms
            else m
            for m in mentions
        ]
