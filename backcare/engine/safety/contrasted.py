"""Someone else's signs disowned by the asker's contrast with their own case (safety59, issue #12;
red flags 27): "Tonight we had a guy come in after a motorbike crash with a spinal injury and a
catheter ... For me it's nothing like that, I just ache", "the main character ... loses control of
his bladder ... mine is nothing like his", "Half my residents are doubly incontinent ... I don't
have any of the stuff my residents have", "the trainer spent ages on spinal injuries: ... loss of
feeling, incontinence, tingling in both legs ... Nothing like the stuff in the course."

A contrast ('contrast' in data/safety_vocabulary.json) is a 'leads' word ("nothing", "none") then
"like" or "of", or a negation with have or got then "any of" / "anything of", then a 'referents'
word ("that", "his", "the"): never "this", since "nothing like this before" tells a sign new, and
no 'novelty' word ("before", "ever") after it in its clause. It is the asker's: a self word in its
clause, or it opens its clause ("Nothing like the stuff in the course.").

The signs it disowns are those told in a sentence before it, each someone else's or after a person
word in its sentence ('others', or 'people': "the trainer", "a guy"; "Both legs went numb in the
trainer's class" names no one before the sign), each someone else's or in a clause naming no self word: they are denied
(and disowned, so the learned check does not overrule it). Nothing is disowned when the message
pleads or fears anywhere ('keeps': "what do I do", "scared"); a sign in a sentence telling a time
now ('live': "now", "still", "since") keeps its notice, and so does one in a sentence dated today
or tonight unless the message tells the asker's care or health job ('jobs': a patient, a nurse): "Tonight my husband couldn't feel his
legs. Mine is nothing like that" still raises. The asker's own signs are never touched: "I'm a
nurse ... nothing like my patients, but my own legs are numb tonight" keeps its notice. A contrast
taken back in a later clause ('retractions': "None of that is me. Actually I lied, it is.") disowns
nothing, as a denial so taken back denies nothing (framing._covered).
"""

from __future__ import annotations

from backcare.engine.safety.phrase_lengths import lengths
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import BACK, TROUBLES, Vocabulary

# the longest 'keeps' phrase, in words ("what should i do")
KEEPS_WORDS = 4


class Contrasted(Vocabulary):
    """The reading of the asker's contrast with someone else's signs (mixed into `detect.Safety`)."""

    def _contrasted(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, someone else's signs told before the asker's contrast denied (module doc)."""
        mentions = self._compared_cases(tokens, mentions)
        if not any(
            t.surface in self._contrast_leads or t.surface in self._contrast_any for t in tokens
        ):
            return mentions  # the quick exit: no contrast can be told
        at = self._contrast_at(tokens)
        if at is None or self._contrast_kept(tokens):
            return mentions
        if self._taken_back_after(tokens, tokens[at].clause):
            return mentions  # "None of that is me. Actually I lied, it is." disowns nothing
        sentence = tokens[at].sentence
        job = any(m.concept in self._contrast_jobs for m in mentions)
        # per sentence, where it first names someone else (a person word)
        named: dict[int, int] = {}
        speech = {t.clause: k for k, t in enumerate(tokens) if t.surface in self._contrast_speech}
        for k, t in enumerate(tokens):
            person = t.stem in self._others_stems or t.surface in self._contrast_people
            if person and speech.get(t.clause, -1) < k:  # "My husband says ..." names no holder
                named.setdefault(t.sentence, k)
        own_clauses = {t.clause for t in tokens if t.surface in self._self}
        family = {t.sentence for t in tokens if t.stem in self._contrast_family}
        kept = {t.sentence for t in tokens if t.surface in self._contrast_live}
        kept |= {
            s for s in self._dated_sentences(tokens) if not job or s in family
        }  # a time told today keeps the sign unless a job's case ("Tonight a guy came in")

        def disowned(m: Mention) -> bool:
            return (
                not m.negated
                and m.concept not in self._background
                and m.sentence < sentence
                and (m.other or named.get(m.sentence, m.first) < m.first)
                and (m.other or tokens[m.first].clause not in own_clauses)
                and m.sentence not in kept
            )

        return [m._replace(negated=True, disowned=True) if disowned(m) else m for m in mentions]

    def _compared_cases(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions without the back trouble of others' cases the asker compares with
        ('compare_leads', then a 'compared_others' word in its clause and no self word after the
        lead: "Nothing like the usual back pain cases"): no one's told (safety67). "My own dad is
        the patient tonight: numb saddle, retention ... Nothing like the usual back pain cases"
        read that back pain as the asker's, and a relative's emergency beside the asker's own back
        trouble is the asker's question (rules._happening)."""
        surfaces = [t.surface for t in tokens]
        spans: list[tuple[int, int]] = []
        sizes = lengths(self._compare_leads)  # the data's, longest first
        for k in range(len(tokens) - 1):
            size = next(
                (n for n in sizes if " ".join(surfaces[k : k + n]) in self._compare_leads), 0
            )
            if not size:
                continue
            clause = tokens[k].clause
            end = k
            while end + 1 < len(tokens) and tokens[end + 1].clause == clause:
                end += 1
            after = surfaces[k + size : end + 1]
            if set(after) & self._compared_others and not set(after) & self._self:
                spans.append((k + size, end))
        if not spans:
            return mentions
        return [
            m
            for m in mentions
            if not (
                m.concept in (*TROUBLES, BACK)
                and any(a <= m.first and m.last <= b for a, b in spans)
            )
        ]

    def _contrast_at(self, tokens: list[Token]) -> int | None:
        """Where the last contrast of the asker's stands (module doc), or None."""
        clauses: dict[int, list[int]] = {}  # each clause's positions, read once (linear)
        for k, t in enumerate(tokens):
            clauses.setdefault(t.clause, []).append(k)
        found = None
        for k in range(len(tokens) - 2):
            t, after, referent = tokens[k], tokens[k + 1], tokens[k + 2]
            if not (t.clause == after.clause == referent.clause):
                continue
            if referent.surface not in self._contrast_referents:
                continue
            if referent.surface == "the" and (
                k + 3 >= len(tokens) or tokens[k + 3].surface not in self._contrast_the_nouns
            ):
                continue  # "any of the numbers for out of hours" is no contrast
            clause = clauses[t.clause]
            before = {tokens[q].surface for q in clause if q < k}
            if t.surface in self._contrast_leads and after.surface in self._contrast_links:
                pass
            elif t.surface in self._contrast_any and after.surface in self._contrast_any_links:
                if not (before & self._negations and before & self._contrast_have):
                    continue
            else:
                continue
            if not self._contrast_owned(tokens, clause, k):
                continue
            if any(tokens[q].surface in self._contrast_novelty for q in clause if q > k):
                continue
            found = k
        return found

    def _contrast_kept(self, tokens: list[Token]) -> bool:
        """Whether a 'keeps' phrase (a plea, fear) stands anywhere."""
        surfaces = [t.surface for t in tokens]
        return any(
            " ".join(surfaces[k : k + size]) in self._contrast_keeps
            for k in range(len(surfaces))
            for size in range(1, KEEPS_WORDS + 1)
        )

    def _contrast_owned(self, tokens: list[Token], clause: list[int], k: int) -> bool:
        """Whether the contrast at k is the asker's case: a self word before it in its clause
        ("mine is nothing like his"), a 'self_after' word after it ("... for me"), or a bare
        'opening' one: "Nothing like the stuff in the course." ("the" before a 'the_nouns' word)
        or "Nothing like that." ending its clause, naming no one after it ("Nothing like the
        usual sciatica he gets", "Nothing like that should happen to anyone" are no contrast)."""
        if any(tokens[q].surface in self._self for q in clause if q < k) or any(
            tokens[q].surface in self._contrast_self_after for q in clause if q > k + 2
        ):
            return True
        lead, link, referent = tokens[k], tokens[k + 1], tokens[k + 2]
        if not (
            clause[0] == k
            and lead.surface in self._contrast_opening
            and link.surface in self._contrast_links
        ):
            return False
        if any(
            tokens[q].surface in self._pronouns or tokens[q].stem in self._others_stems
            for q in clause
            if q > k + 2
        ):
            return False
        return referent.surface == "the" or clause[-1] == k + 2

    def _dated_sentences(self, tokens: list[Token]) -> set[int]:
        """The sentences telling a 'dated' time ("tonight", "this morning", "an hour ago")."""
        found: set[int] = set()
        for k in range(len(tokens)):
            for size in (1, 2):
                words = tokens[k : k + size]
                phrase = " ".join(t.surface for t in words)
                if len(words) == size and phrase in self._contrast_dated:
                    found.add(words[0].sentence)
        return found
