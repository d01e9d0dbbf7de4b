"""A clinician's examination reported by the asker (safety44; redteam15 A7): a reported question
of the asker's ability ("the GP asked whether I could feel her touch my bottom", "asked if I
could pee", "went through the checklist about whether I could pee": concepts ASKED_FEEL,
ASKED_PEE) answered no ("and I couldn't", "I said no", "I
can't") tells that ability lost, as the asker telling it: the question's words are read as the
loss ('inquiries.ability_losses': NOT_FEEL, RETENTION), where the rules meet it with the body
part the question names ("my bottom", "my inner thighs"). Asked and answered otherwise (yes, "I
could", an answer taken back, no answer) they are no sign. answered.py and inline_answers.py
leave an ability asked about alone ("answers yes to a loss"). The quick exits see the loss in
the question's words (vocabulary `_signs_told_by`), as they do a pronoun's sign."""

from __future__ import annotations

from backcare.engine.safety.answered import bare_no, reported_questions
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary


class AbilityAnswers(Vocabulary):
    """The reading of an ability asked about and answered no (mixed into `Safety`)."""

    def _abilities_lost(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, each ability asked about read as its loss when answered no, and
        dropped otherwise."""
        losses = self._ability_sign_of
        if not any(m.concept in losses for m in mentions):
            return mentions
        # the reported questions as answered.py reads them, a clinician's list of questions too
        # ("asked me all the usual questions about whether I could feel ...": safety46's lists)
        spans = reported_questions(self, tokens)
        clause_ends: dict[int, int] = {}
        for k, t in enumerate(tokens):
            clause_ends[t.clause] = k + 1
        out = []
        for m in mentions:
            if m.concept not in losses:
                out.append(m)
                continue
            span = next((s for s in spans if m.first in s), None)
            if (
                span is not None
                and not (m.negated or m.other)
                and self._answered_lost(tokens, span, m.last, clause_ends)
            ):
                out.append(m._replace(concept=losses[m.concept]))
        return out

    def _answered_lost(
        self, tokens: list[Token], span: range, asked: int, clause_ends: dict[int, int]
    ) -> bool:
        """Whether a bare answer no follows the question (its last word at `asked`): a later
        clause of its sentence ("and I couldn't", ", I said no"), or the first clause after its
        sentence ("... my thighs; I couldn't")."""
        surfaces = [t.surface for t in tokens]
        starts = [
            p
            for p in range(asked + 1, span.stop)
            if tokens[p].clause != tokens[p - 1].clause
            or (surfaces[p - 1] in self._joiners | self._breakers and surfaces[p] in self._self)
        ]
        if span.stop < len(tokens):
            starts.append(span.stop)
        noes = self._negations | self._answers_no | self._ability_noes
        return any(
            bare_no(self, tokens, range(start, clause_ends[tokens[start].clause]), noes)
            for start in starts
        )
