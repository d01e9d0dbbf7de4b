"""A question about a sign in bare terms, asked beside the asker's own denial ("Does back
pain going into both legs mean something bad? Mine is just in my back"): which such questions
the denial covers, and the affirmations after it that take the cover back.
"""

from __future__ import annotations

from backcare.engine.safety.asker_denials import AskerDenials, Denials
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


class AskedApart(AskerDenials):
    """The bare questions a denial covers, for `framing.Framing` (mixed in)."""

    def _asked_apart(
        self, tokens: list[Token], mentions: list[Mention], denials: Denials
    ) -> set[int]:
        """The sentences that ask about a sign in bare terms, by no one: a question's first word
        ("Does back pain going into both legs mean something bad?", "Is a fever with back pain
        always serious?") and no I, me, my, no one else and no time course in it. Alone, such a
        question is how people ask about their own sign (_asked keeps its notice); beside the
        asker's denial ("Mine is just in my back", "I don't have one") it is asked as a report's
        signs are, which the denial covers (red flags 43). Not when a denial leaves room for
        more ('asked_cover_breaks': "I don't have any other symptoms", "nothing else"), nor when
        a word from the denial on hedges it ('asked_cover_hedges': "Only a bit", "I think")."""
        clauses = denials.cover | set(denials.signs)
        if any(w in self._asked_cover_breaks for c in clauses for w in denials.words[c]):
            return set()
        # "I don't have either. Only a bit.", "I don't have it, I think": a denial hedged or
        # half taken back from its first word on covers nothing ('asked_cover_hedges')
        start = min(k for k, t in enumerate(tokens) if t.clause in clauses)
        if any(t.surface in self._asked_cover_hedges for t in tokens[start:]):
            return set()
        openers = {t.sentence: t.surface for t in reversed(tokens)}  # each sentence's first word
        asked = {s for s, w in openers.items() if w in self._question_words}
        if self._affirmed_apart(tokens, asked):
            return set()  # "Whichever it is, it's been that way two days" (review12)
        if self._timed_after(tokens[start:], clauses | denials.readings, asked):
            return set()  # "None of that. Well, only since Sunday." (the red-team trial)
        asked -= {
            t.sentence
            for t in tokens
            if t.surface in self._self
            or t.stem in self._others_stems
            or t.surface in self._covering_people
            or t.surface in self._their_reflexives
        }
        asked -= {m.sentence for m in mentions if m.concept in self._story and not m.negated}
        if denials.cover:
            return asked  # "I don't have one", "none of that": a pro-form covers whatever was asked
        # a denial of named signs covers only the same signs asked about: "Is saddle numbness an
        # emergency? I don't have leg pain." tells what the asker has and what they don't (the
        # cold review of the thirty-fifth session); never a kin sign's denial
        denied = set(denials.signs.values())
        return {
            s
            for s in asked
            if all(
                m.concept in denied
                for m in mentions
                if m.sentence == s and not m.negated and m.concept in self._symptoms
            )
        }

    def _timed_after(self, after: list[Token], denying: set[int], asked: set[int]) -> bool:
        """Whether a clause after the denial, not a denial, a reading or a question, with no
        negation, tells a time ('asked_affirmed' 'times': "None of that. Well, only since
        Sunday.", "I don't have any of that. Well, only once this morning"): the sign told after
        all. When unsure, flag."""
        by_clause: dict[int, list[Token]] = {}
        for t in after:
            if t.clause not in denying and t.sentence not in asked:
                by_clause.setdefault(t.clause, []).append(t)

        def timed(clause: list[Token]) -> bool:
            # "since", "once"; "for" only before a count ("for two days", not "for a stiff back")
            return any(
                t.surface in self._asked_affirm_times
                or (
                    t.surface in self._asked_affirm_spans
                    and k + 1 < len(clause)
                    and (
                        clause[k + 1].number is not None
                        or clause[k + 1].surface in self._asked_affirm_counts
                    )
                )
                for k, t in enumerate(clause)
            )

        return any(
            not any(t.surface in self._negations for t in clause) and timed(clause)
            for clause in by_clause.values()
        )

    def _affirmed_apart(self, tokens: list[Token], asking: set[int]) -> bool:
        """Whether a clause of the message affirms a sign by a pro-form or an ellipsis
        ('asked_affirmed'): before any negation in it, its sentence no question, a verb
        of having or feeling with a pro-form in the clause ("Whichever it is, it's been that
        way two days", "whatever it's called, I've got it", "that's what I have"; "it" only
        after the verb: "it's getting better" affirms nothing), or a yes word ("Yes, since
        Monday"). The bare question is then the asker's own sign, whatever the denial says of
        another (review12's "... and the toilet isn't working either"): when unsure, flag.
        `asking`: the sentences opened by a question word."""
        by_clause: dict[int, list[Token]] = {}
        for t in tokens:
            if t.sentence not in asking:
                by_clause.setdefault(t.clause, []).append(t)
        for clause in by_clause.values():
            # the clause up to its first negation: "it's been that way two days and the toilet
            # isn't working either" affirms before its "isn't"; "I don't have it" does not
            words = [t.surface for t in clause]
            words = words[: next((k for k, w in enumerate(words) if w in self._negations), None)]
            if any(w in self._denied_yes for w in words):
                return True
            verbs = [k for k, w in enumerate(words) if w in self._asked_affirm_verbs]
            if verbs and any(
                w in self._asked_affirm_proforms
                and (w not in self._asked_affirm_after or k > verbs[0])
                for k, w in enumerate(words)
            ):
                return True
        return False
