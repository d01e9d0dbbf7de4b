"""The asker's own ordinary question after someone else's emergency (safety55, issue #12): "his
bum is numb now. Also, which stretches are good for a stiff back?", "my husband can't pee. Also,
what mattress is best for my back pain?".

Someone else's emergency counts with their back unnamed only while the asker tells no back trouble
of their own (rules._happening: a carer's own sore back beside a relative's long-standing
incontinence is the carer's question). A back named in the asker's trailing ordinary question is
no such telling: the carer's report comes first and the question they came with after it. So
`self_told` reads the asker's back trouble from the part before the trailing ordinary questions,
and a 'barred' concept (others_barred: "what does ... mean" is a definition asked, not a report)
counts only there too.

The trailing questions are follow_up.py's (each clause naming nothing but an ordinary question's
concepts or what the report named, one of them the back), and also such a question with the asker
in it ("which stretches are good for my stiff back?", "what can I do for my back?") when its
sentence opens, past the openers ("Also,", "btw"), with a question word: a report of the asker's
own ("My lower back is tight from the shift, best stretch?", "I'm his carer and my back aches from
helping him. Any lifting techniques?") opens with no question word, and keeps its say.
"""

from __future__ import annotations

from collections.abc import Sequence

from backcare.engine.safety.back_trouble import back_trouble
from backcare.engine.safety.follow_up import follow_up_starts
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.namedtuple import NamedTuple


class Asked(NamedTuple):
    start: int  # where the trailing ordinary questions start (the message's length: none)
    self_told: tuple[bool, bool]  # the asker's back trouble told before them (any, pain only)


class AskedAfter(Vocabulary):
    """The asker's trailing ordinary questions, set apart from their report (mixed into
    `detect.Safety`, whose rules read someone else's emergency with it)."""

    def _trailing_asked(self, tokens: list[Token], mentions: list[Mention]) -> Asked | None:
        """Where the trailing ordinary questions start and the asker's back trouble told before
        them; None when the message ends with none."""
        start = self._asked_start(tokens, mentions)
        if start >= len(tokens):
            return None
        told = back_trouble([m for m in mentions if m.first < start]).told
        return Asked(start, (told[False][0], told[True][0]))

    def _asked_start(self, tokens: list[Token], mentions: Sequence[Mention]) -> int:
        """The first position of the trailing ordinary questions: follow_up.py's, or earlier when
        the clauses with the asker in them are questions opened by a question word."""
        args = (self._follow_up, self._follow_up_needs)
        strict = follow_up_starts(tokens, mentions, *args, self._self, self._follow_up_openers)
        start = min(strict, default=len(tokens))
        loose = follow_up_starts(tokens, mentions, *args, frozenset(), self._follow_up_openers)
        for at in sorted(loose):
            if at < start and all(
                self._asks(tokens, i)
                for i in range(at, len(tokens))
                if tokens[i].surface in self._self
            ):
                return at
        return start

    def _asks(self, tokens: list[Token], at: int) -> bool:
        """Whether the asker's word at `at` stands in a question: its sentence opens, past the
        follow-up openers, with a question word, and the word is an owned one ("my back") or
        within the question's first words ("what can I do", not "... when I help him")."""
        sentence = tokens[at].sentence
        words = [
            i
            for i, t in enumerate(tokens)
            if t.sentence == sentence and t.surface not in self._follow_up_openers
        ]
        if not words or tokens[words[0]].surface not in self._question_words:
            return False
        return tokens[at].surface in self._asking_owned or at in words[: self._asking_reach]
