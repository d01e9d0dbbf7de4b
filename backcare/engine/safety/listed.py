"""Signs named as members of a list or a textbook case, or as terms compared: "what are the red
flags for cauda equina, like saddle anaesthesia and urinary retention?", "list the cauda equina
red flags - saddle numbness, retention", "a textbook cauda equina case has saddle anaesthesia",
"is saddle anaesthesia the same as a numb bum from sitting too long?" (redteam12 B2, B7). No one
tells them: they are asked about, as `framing._asked` reads a study question (a pointer, no
notice), but the cue here is the list or the comparison, which `_asked` does not know."""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary

# A list's heads and verbs, a textbook case's words, a comparison's and the words that own a sign
# are data: safety_vocabulary.json 'listed', read by vocabulary.Vocabulary.


class ListedSigns(Vocabulary):
    """The reading of signs named in a list, a textbook case or a comparison (mixed into
    `detect.Safety`)."""

    def _listed_or_compared(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Mark `asked` the signs named after a list's head in its sentence ("red flags (for
        X)(,) like / e.g. / -", "list the ... symptoms:", "a textbook / classic ... case has")
        or in a question that compares them as terms ("is X the same as Y?", "is X different
        from Y?"), when nothing in the message is the asker's own: no I, me or my outside a
        framing's words ("For my physio exam:", "just curious for my exams"), no "now" word, no
        plea or care sought ('abstract.live'), no time course outside the list's sentence, and
        no sign outside the sentences read so.
        "is X a sign of Y?" is not read so: a person asks so about their own (a review found
        "is a numb bum a sign of something serious?" silenced)."""
        cue = self._listing_cue(tokens)
        if cue is None:
            return mentions
        _, sentences = cue
        framing = {  # "just curious for my exams": the framing's words and the two before them
            p
            for m in mentions
            if m.concept in self._framing
            for p in range(max(0, m.first - 2), m.last + 1)
        }
        if any(t.surface in self._self and k not in framing for k, t in enumerate(tokens)):
            return mentions
        if any(
            t.surface in self._happening
            or t.surface in self._live
            or t.surface in self._told_words
            or t.surface in self._owning
            for t in tokens
        ):
            return mentions
        # a sentence of its own beside the list's that is no framing ("Asking because of both",
        # "Have both.", "Tick, tick, tick.", "Whichever it is, it's been that way two days"): it
        # may claim the signs in words no list of ours holds; when in doubt, the notice (review12)
        if any(
            t.sentence not in sentences and k not in framing and t.surface.isalpha()
            for k, t in enumerate(tokens)
        ):
            return mentions
        listed = [
            m
            for m in mentions
            if m.concept in self._symptoms
            and not m.negated
            and tokens[m.first].sentence in sentences
        ]
        if not listed:
            return mentions
        if any(
            (m.concept in self._symptoms or m.concept in self._story)
            and not m.negated
            and tokens[m.first].sentence not in sentences
            for m in mentions
        ):
            return mentions
        keys = {(m.concept, m.first) for m in listed}
        return [m._replace(asked=True) if (m.concept, m.first) in keys else m for m in mentions]

    def _listing_cue(self, tokens: list[Token]) -> tuple[int, set[int]] | None:
        """Where the first list, textbook-case or comparison cue is, and the sentences it
        covers (its own, and the next when "e.g." or "i.e." split it), if it has one."""
        found = self._first_listing_cue(tokens)
        if found is None:
            return None
        at, sentences = found
        for k in range(at + 1, len(tokens) - 1):
            if tokens[k].sentence not in sentences:
                break
            if tokens[k].surface in ("e", "i") and tokens[k + 1].surface in ("g", "e"):
                sentences |= {tokens[k + 1].sentence, tokens[min(k + 2, len(tokens) - 1)].sentence}
                break
        return at, sentences

    def _first_listing_cue(self, tokens: list[Token]) -> tuple[int, set[int]] | None:
        """The first list, textbook-case or comparison cue and its sentence."""
        surfaces = [t.surface for t in tokens]
        for k, word in enumerate(surfaces):
            sentence = tokens[k].sentence
            if word in self._case_words and any(
                w in self._case_nouns for w in surfaces[k + 1 : k + 4]
            ):
                return k, {sentence}
            listed = any(w in self._list_verbs for w in surfaces[max(0, k - 5) : k])
            if word in self._red_flag_heads and k > 0 and surfaces[k - 1] == "red":
                ahead = surfaces[k + 1 : k + 8]
                # "red flags for cauda equina, like", "red flags -", "list the red flags"
                if listed or any(w in self._list_openers for w in ahead):
                    return k, {sentence}
            if word in self._list_heads and listed:
                return k, {sentence}
            if word in self._same_words or word in self._different_words:
                start = next(
                    p for p in range(k, -1, -1) if p == 0 or tokens[p - 1].sentence != sentence
                )
                if surfaces[start] in self._copulas and (
                    word in self._different_words
                    or any(w in self._likeness for w in surfaces[k + 1 : k + 3])
                ):
                    return start, {sentence}
        return None
