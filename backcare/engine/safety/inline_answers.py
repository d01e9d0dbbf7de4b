"""A reported question answered no inside its own sentence: "the physio asked whether I had trouble
peeing or a numb bum, no to both, how long ...", "asked if I had numbness in my groin, I said no",
"111 asked if I had numbness down there or trouble peeing and I don't" (redteam12 B4). answered.py
reads the answer in the clause after the question's sentence; here the answer is a later clause
of the same sentence, or an "and I ..." tail of the question's own clause."""

from __future__ import annotations

from backcare.engine.safety.answered import bare_no, reported_questions
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.safety_net import affirmed
from backcare.engine.safety.vocabulary import Vocabulary


class InlineAnswers(Vocabulary):
    """The reading of a reported question answered in its own sentence (mixed into `Safety`)."""

    def _answered_in_sentence(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Deny the signs of a reported question ('inquiries': "asked if", "checked whether",
        "asked about") that a bare answer no later in the same sentence answers: a clause of its
        own ("no to both", "I said neither", "none") or a tail "and/but I ..." of the question's
        clause ("and I don't"), short, with a negation or a one-word no and only answer words.
        The signs before the answer are denied; what follows it is read as ever ("..., no to
        both, but my bum has gone numb since" keeps the numbness). As in answered.py, an ability
        asked about ("asked if I could pee, I said no") answers yes to a loss, so it denies
        nothing, and an answer taken back ("I said no. Actually I lied.") denies nothing, nor one
        after which the sign came ("I said no, but now I have", "no, it came on that night")."""
        surfaces = [t.surface for t in tokens]
        clause_ends: dict[int, int] = {}  # a clause's end
        for k, t in enumerate(tokens):
            clause_ends[t.clause] = k + 1
        denied: set[int] = set()
        for span in reported_questions(self, tokens):
            answer = self._inline_no(tokens, span, clause_ends)
            if (
                answer is not None
                and not any(
                    surfaces[p] in self._inquiry_abilities for p in range(span.start, answer)
                )
                and not self._since_answered(tokens, answer, clause_ends)
            ):
                denied.update(range(span.start, answer))
        if not denied:
            return mentions
        return [
            m._replace(negated=True) if m.first in denied and m.concept in self._symptoms else m
            for m in mentions
        ]

    def _inline_no(
        self, tokens: list[Token], span: range, clause_ends: dict[int, int]
    ) -> int | None:
        """Where a bare answer no starts inside a reported question's sentence, if one does."""
        surfaces = [t.surface for t in tokens]
        first_clause = tokens[span.start].clause
        for p in range(span.start + 1, span.stop):
            if tokens[p].clause != tokens[p - 1].clause and tokens[p].clause != first_clause:
                start = p  # a clause of its own: "no to both", "I said no"
            elif (
                surfaces[p - 1] in self._joiners | self._breakers
                and surfaces[p] in self._self
                and p - 1 > span.start
            ):
                start = p  # "... or trouble peeing and I don't"
            else:
                continue
            words = range(start, clause_ends[tokens[start].clause])
            if bare_no(self, tokens, words, self._negations | self._answers_no):
                return start
        return None

    def _since_answered(
        self, tokens: list[Token], answer: int, clause_ends: dict[int, int]
    ) -> bool:
        """Whether the words after an answer no tell that the sign came since: a "now", a time
        course or onset word outside a question ("what now?" asks), or a statement of a subject's
        ("but now I have", "it has")."""
        after = range(clause_ends[tokens[answer].clause], len(tokens))
        opening: dict[int, str] = {}  # a clause's first word: "what now?" asks, tells nothing
        for t in tokens:
            opening.setdefault(t.clause, t.surface)
        if any(
            (tokens[p].surface in self._happening or tokens[p].surface in self._told_words)
            and opening[tokens[p].clause] not in self._question_words
            for p in after
        ):
            return True
        # a statement of a subject's that may say the sign came ("but now I have", "it has")
        # follows the answer closely: in its sentence or the next; later ones tell other things
        # ("I strained it moving a bed on Friday, it's day five and it's easing": safety49), and a
        # sign told in words of its own there is read as ever
        near = {p for p in after if tokens[p].sentence <= tokens[answer].sentence + 1}
        skip = set(range(len(tokens))) - near | self._reported_words(tokens, after)
        return affirmed(self, tokens, skip)

    def _reported_words(self, tokens: list[Token], after: range) -> set[int]:
        """The words someone else says after the answer, to the end of their clause ("She said
        it's mechanical back pain": the doctor's verdict, no sign of the asker's come since;
        safety37): after a person or pronoun and a reporting verb or a verdict's ('verdicts':
        "She thinks it's a strain", "he reckons it's a pulled muscle": safety48)."""
        people = self._others_stems | self._pronouns
        says = self._reporters | self._reported | self._inquiry_verdicts
        words: set[int] = set()
        for p in after:
            if p > 0 and tokens[p - 1].stem in people and tokens[p].surface in says:
                clause = tokens[p].clause
                q = p
                while q < len(tokens) and tokens[q].clause == clause:
                    words.add(q)
                    q += 1
        return words
