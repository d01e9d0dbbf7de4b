"""Lay phrases quoted as examples for an information purpose (red flags 22: a physio student's
revision sheet, "my lecturer said ... people describe saddle anaesthesia in everyday language,
like saying it feels odd when they wipe"; a patient leaflet, "patients often say things like 'my
bum feels numb'"). The signs are the words people use, quoted; no one tells them, so they are
asked about (a pointer, no notice), as listed.py reads a list of red flags. The quoted "my" and
"I" are the patients' words, which listed.py's and framing's readings cannot tell from the
asker's own.

A quotation opens at a word that reports how people put a sign ('quoted.verbs' after a generic
subject within QUOTE_REACH words: "people describe", "patients often say") or at a word that names
phrases before an example opener ('quoted.heads' within HEAD_REACH words before 'quoted.openers':
"lay phrases for saddle numbness, like", "things like", "words such as"), and runs to the end of
its sentence. The signs in quotations are asked when the message names an information purpose (a
'framing' concept: a revision sheet, an essay, a leaflet, flashcards), every sign it names is
inside a quotation or denied, and nothing tells a case: no time course ('story' concepts) in a
quotation's sentence, and no "now", "since", "started", "mine" or "got" anywhere (listed.py's
words). "For my essay: patients describe it as a numb bum. Mine has been numb since yesterday"
keeps its notice (a sign outside the quotation), and so does a quotation the asker claims
('quoted.claims_after' anywhere after it opens: "I can't feel it either", "I have that too";
'quoted.claims_in_sentence' after it in its sentence: "happening to me"; 'quoted.claims_relative'
there with an I right after: "which is what I have")."""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary

QUOTE_REACH = 3  # a generic subject this many words before a reporting verb ("patients often say")
HEAD_REACH = 5  # a phrases word this many words before an opener ("lay phrases for X, like")


class QuotedExamples(Vocabulary):
    """The reading of lay phrases quoted as examples (mixed into `detect.Safety`)."""

    def _quoted_examples(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Mark `asked` the signs inside quotations of how people put them (see the module)."""
        if not any(m.concept in self._framing and not m.negated for m in mentions):
            return mentions
        if any(
            t.surface in self._happening
            or t.surface in self._told_words
            or t.surface in self._owning
            for t in tokens
        ):
            return mentions
        starts = self._quotation_starts(tokens)
        if not starts:
            return mentions
        # each sentence's earliest quotation start: a quotation runs to its sentence's end
        opens: dict[int, int] = {}
        for k in starts:
            opens.setdefault(tokens[k].sentence, k)
        # the asker claims what is quoted: "I can't feel it either", "I have that too", "which is
        # what I have", "happening to me" (review13 F1): then nothing is read as quoted
        if any(self._claims(tokens, k, opens) for k in range(starts[0] + 1, len(tokens))):
            return mentions

        def quoted(m: Mention) -> bool:
            at = opens.get(m.sentence)
            return at is not None and at <= m.first

        signs = [m for m in mentions if m.concept in self._symptoms and not m.negated]
        if not signs or not all(quoted(m) for m in signs):
            return mentions
        if any(
            m.concept in self._story and not m.negated and m.sentence in opens for m in mentions
        ):
            return mentions  # "patients say it feels odd - mine started yesterday"
        return [m._replace(asked=True) if m in signs else m for m in mentions]

    def _claims(self, tokens: list[Token], k: int, opens: dict[int, int]) -> bool:
        """Whether the word at k claims a quotation's signs as the asker's (module doc)."""
        word = tokens[k].surface
        if word in self._quote_claims_after:
            return True
        at = opens.get(tokens[k].sentence)
        if at is None or k <= at:
            return False
        if word in self._quote_claims_in_sentence:
            return True
        return word in self._quote_claims_relative and any(
            t.surface in self._self and t.sentence == tokens[k].sentence
            for t in tokens[k + 1 : k + 4]
        )

    def _quotation_starts(self, tokens: list[Token]) -> list[int]:
        """The positions where a quotation of lay phrases opens (see the module), in order."""
        starts = []
        for k, t in enumerate(tokens):
            sentence = t.sentence
            if t.surface in self._quote_verbs and any(
                tokens[j].surface in self._quote_subjects and tokens[j].sentence == sentence
                for j in range(max(0, k - QUOTE_REACH), k)
            ):
                starts.append(k)
            elif t.surface in self._quote_openers:
                head = next(
                    (
                        j
                        for j in range(max(0, k - HEAD_REACH), k)
                        if tokens[j].surface in self._quote_heads and tokens[j].sentence == sentence
                    ),
                    None,
                )
                if head is not None:
                    starts.append(head)
        return sorted(starts)
