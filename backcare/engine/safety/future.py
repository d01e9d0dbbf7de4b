"""Signs that have not happened: asked about a procedure still to come ("I'm booked for a
vasectomy; will the numbness down there affect my back?", "a steroid injection next week; will my
legs go numb?"), no one's state now (redteam9's B8).
"""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary


class Future(Vocabulary):
    """The reading of what is still to come in `detect.Safety` (mixed in)."""

    def _ahead(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Signs named only in clauses that look ahead are asked about, not told (`asked`: no
        notice, the pointer), when the question names a time to come ('future' 'times': "next
        month", "tomorrow", "booked", "planned"): a clause that opens as a question of what will
        happen ('openers': "will my legs go numb?", "will it make my bum numb afterwards?") and
        does not ask whether a sign goes on ('ongoing': "will this numbness go away?"), or a
        clause that names the sign and a time to come with no joiner between them ("fitting a
        catheter during my hip op next month"; "my bum is numb and I have an op booked" tells the
        numbness). Not when
        the question tells a time course or a "now" anywhere ("will my legs go numb again? they
        did yesterday" is a story), when a plea or fear is in it, or when any live sign of the
        asker's stands outside such clauses (it is told, and the rest may be its course). An
        operation already had ("I had a steroid injection yesterday and my legs are still numb")
        names no time to come."""
        surfaces = [t.surface for t in tokens]
        willing: set[int] = set()  # clauses that open as a question of what will happen
        timed: dict[int, list[int]] = {}  # clauses naming a time to come: where
        lasting: set[int] = set()  # clauses asking whether a sign goes on ("will it go away")
        for k, t in enumerate(tokens):
            opens = k == 0 or tokens[k - 1].clause != t.clause
            if opens and t.surface in self._future_openers:
                willing.add(t.clause)
            if t.surface in self._future_times or (
                t.surface in self._future_next
                and k + 1 < len(tokens)
                and surfaces[k + 1] in self._future_units
            ):
                timed.setdefault(t.clause, []).append(k)
            if t.surface in self._future_ongoing:
                lasting.add(t.clause)
        if not timed:
            return mentions  # "will this numbness go away?" asks of a sign now
        ahead = willing - lasting
        if not ahead:
            return mentions
        signs = [
            k
            for k, m in enumerate(mentions)
            if m.concept in self._symptoms
            and m.concept not in self._parts
            and not (m.negated or m.other or m.past or m.resolved)
        ]
        joined = [0]  # joined[k]: the joiners before position k ("and", "but": one pass)
        for t in tokens:
            joined.append(joined[-1] + (t.surface in self._joiners))

        def timed_with(m: Mention) -> bool:  # no joiner between the sign and its time to come
            return any(
                joined[max(p, m.first)] == joined[min(p, m.first)]
                for p in timed.get(tokens[m.first].clause, ())
            )

        if not signs or not all(
            tokens[mentions[k].first].clause in ahead or timed_with(mentions[k]) for k in signs
        ):
            return mentions
        if self._told_now(tokens, mentions):
            return mentions
        if any(self._there_now(tokens, mentions[k]) for k in signs):
            return mentions  # a sign already there is told, and the rest may be its course
        held = set(signs)
        return [m._replace(asked=True) if k in held else m for k, m in enumerate(mentions)]

    def _supposed(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """Accidents supposed in order to guard against them are asked about, not told (redteam9
        B10): an event ('supposed_events') that starts at most two words after a 'supposing'
        opener ("if", "in case") and its subject ("if I fall off my horse", "in case I crash"),
        in a sentence that names a precaution ("protect", "wear", "insurance", "safest way to
        land"). Not when the question tells a time course, a "now" or a plea, nor when a live
        sign of the asker's other than such events is told ("I crashed yesterday and my legs are
        numb, should I wear a brace in case I crash again?" keeps its notice)."""
        surfaces = [t.surface for t in tokens]
        guarded = {t.sentence for t in tokens if t.surface in self._precautions}
        if not guarded:
            return mentions
        opened: set[int] = set()  # positions right after an opener and its subject
        for k, word in enumerate(surfaces):
            if word not in self._supposing or tokens[k].sentence not in guarded:
                continue
            if word == "case" and (k == 0 or surfaces[k - 1] != "in"):
                continue
            j = k + 1
            while j < len(tokens) and j <= k + 2 and surfaces[j] in self._supposing_subjects:
                j += 1
            if j > k + 1:
                opened.update(range(j, min(len(tokens), j + 2)))
        if not opened:
            return mentions
        held = {
            k
            for k, m in enumerate(mentions)
            if m.concept in self._supposed_events
            and not (m.negated or m.other)
            and (m.first in opened or m.concept == "VEHICLE")
        }
        if not any(mentions[k].first in opened for k in held):
            return mentions
        # a vehicle is held only beside a supposed collision in its clause ("ride my motorbike
        # in case I crash")
        clauses = {tokens[mentions[k].first].clause for k in held if mentions[k].first in opened}
        held = {k for k in held if tokens[mentions[k].first].clause in clauses}
        signs = [
            m
            for k, m in enumerate(mentions)
            if k not in held
            and m.concept in self._symptoms
            and m.concept not in self._parts
            and not (m.negated or m.other or m.past or m.resolved or m.asked)
        ]
        if signs or self._told_now(tokens, mentions):
            return mentions
        return [m._replace(asked=True) if k in held else m for k, m in enumerate(mentions)]

    def _told_now(self, tokens: list[Token], mentions: list[Mention]) -> bool:
        """A time course, a "now" or a plea anywhere: something is happening."""
        return any(m.concept in self._story and not m.negated for m in mentions) or self._live_now(
            tokens
        )

    def _there_now(self, tokens: list[Token], m: Mention) -> bool:
        """Whether a sign named in a question of what is to come is already there (review9 1a):
        under an embedder with a subject before it in its sentence ("will a scan show why I
        can't feel my bum", "given that I've lost control"), after a "keep" ("will my legs keep
        giving way"), or in a sentence that asks for a remedy ("will it fix the numbness", "will
        the numb bum be sorted by it"). Only a sign that is its "will" verb's own complement
        ("will my legs go numb?") is still to come."""
        sentence = [t for t in tokens if t.sentence == tokens[m.first].sentence]
        surfaces = [t.surface for t in tokens]
        start = next(k for k, t in enumerate(tokens) if t.sentence == tokens[m.first].sentence)
        if any(s in self._future_keeping for s in surfaces[start : m.last + 1]):
            return True
        for k in range(start, m.first):
            if (
                surfaces[k] in self._future_embedders
                and k + 1 < len(tokens)
                and surfaces[k + 1] in self._future_subjects
            ):
                return True
        return any(t.surface in self._future_remedies for t in sentence)
