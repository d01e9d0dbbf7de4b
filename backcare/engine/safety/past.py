"""Signs that are over: long ago ("years ago", a lay "ages ago"), passed lately ("all better
now"), or a one-off ("nothing since").
"""

from __future__ import annotations

from bisect import bisect_right

from backcare.engine.safety.reading import (
    Found,
    Token,
)
from backcare.engine.safety.senses import Reader
from backcare.engine.safety.vocabulary import (
    PAST,
    PAST_LAY,
    RECOVERED,
    RESOLVED,
    SENSE,
    TROUBLES,
)


class Past(Reader):
    """The readings of time over of `detect.Safety` (mixed in)."""

    def _not_over_before_back(self, found: list[Found]) -> list[Found]:
        """ "had a bad back for years back pain much worse today": a "long ago" phrase ending in
        the word that opens a longer back phrase ("years back" | "back pain", "back went", "back
        is agony") is no "long ago" in unpunctuated text, where the back phrase reads on; it would
        make the rest of the scope past (a red-team finding). "hurt it years back and it still
        niggles" keeps it: no back phrase of more than "back" starts there."""
        opens = {f.positions[0] for f in found if f.label in TROUBLES and len(f.positions) > 1}
        if not opens:
            return found
        return [f for f in found if not (f.label in (PAST, PAST_LAY) and f.positions[-1] in opens)]

    def _lay_past(self, tokens: list[Token], found: list[Found]) -> list[Found]:
        """ "Had covid ages ago": a lay "long ago" ('PAST_LAY') is PAST, unless its sentence
        names a recent time ('recent': "I wet myself ages ago in the night", "a long time ago,
        it was this morning"), where it is only a manner of speaking and says nothing is over,
        nor anywhere in a question told as live (a 'kept_live' word other than its time words: a
        plea, "still": "I fell down the stairs ages ago and still can't get up, please help"; a
        time course or "now" alone is no such word: "had covid ages ago and was fine, now ...")."""
        if self._live_word(tokens, timing=False):
            return [f for f in found if f.label != PAST_LAY]
        recent = {tokens[f.positions[0]].sentence for f in found if f.label in self._recent}
        return [
            f._replace(label=PAST) if f.label == PAST_LAY else f
            for f in found
            if f.label != PAST_LAY or tokens[f.positions[0]].sentence not in recent
        ]

    def _past_positions(
        self, tokens: list[Token], found: list[Found], label: str, negated: set[int]
    ) -> set[int]:
        """The words a "this is over" phrase covers: its own scope, except what follows it after a
        joiner ("had cancer two years ago and the ache is getting worse" is a new ache), and the
        scope before it ("had a fever last week, all better now") unless its own scope names
        what is over ("I can't feel my bum, but the pain is much better": only the pain is). A
        denied one ("nothing makes it better") says nothing is over."""
        positions: set[int] = set()
        # what a scope names starts in it: "the same since my baby years ago" names nothing
        # of the scope "since my baby years ago"; nor does a cause read beside ('since my baby')
        named = [
            f.positions[0]
            for f in found
            if f.label not in (PAST, RESOLVED, RECOVERED, SENSE)
            and f.label not in self._beside_causes
        ]
        # per scope: its words, its joiners, the first word a phrase names; then per scope what
        # its phrases cover (the scope before, and its words up to a joiner after a phrase):
        # one pass over the words, not one per phrase
        words: dict[int, list[int]] = {}
        joiners: dict[int, list[int]] = {}
        for p, token in enumerate(tokens):
            words.setdefault(token.scope, []).append(p)
            if token.surface in self._joiners:
                joiners.setdefault(token.scope, []).append(p)
        first_named: dict[int, int] = {}
        for p in named:
            scope = tokens[p].scope
            first_named[scope] = min(p, first_named.get(scope, p))
        before: set[int] = set()  # scopes whose scope before is covered
        until: dict[int, int] = {}  # per scope, the covered words are those before this one
        for f in found:
            if f.label != label or negated.issuperset(f.positions):
                continue
            scope = tokens[f.positions[0]].scope
            if first_named.get(scope, len(tokens)) >= f.positions[0]:  # it names nothing before
                before.add(scope)
            spanned = {scope}
            # a phrase across a breaker ("fine | now after last week's spasm": "now" opens a
            # scope) followed by what got over ('over_after': "after", "since", "thanks") covers
            # that scope as well, up to a joiner; not a new scope run on ("better now both legs
            # numb" is no leg numbness that is over)
            after = f.positions[-1] + 1
            if after < len(tokens) and tokens[after].surface in self._over_after:
                spanned.add(tokens[f.positions[-1]].scope)
            for spanned_scope in spanned:
                stops = joiners.get(spanned_scope, [])
                k = bisect_right(stops, f.positions[-1])
                end = stops[k] if k < len(stops) else len(tokens)
                until[spanned_scope] = max(end, until.get(spanned_scope, end))
        for scope in before:
            # the scope before, past a scope of joiners alone ("had covid last month and now I'm
            # fine": "and" is a scope of its own)
            prev = scope - 1
            while prev > 0 and all(tokens[p].surface in self._joiners for p in words.get(prev, ())):
                prev -= 1
            positions.update(words.get(prev, ()))
        for scope, end in until.items():
            positions.update(p for p in words[scope] if p < end)
        return positions

    def _one_off_positions(
        self, tokens: list[Token], found: list[Found], negated: set[int]
    ) -> tuple[set[int], set[int]]:
        """The words before "nothing since", "just a one-off" in its sentence: passed lately
        (resolved: emergency rules still count them, "wet myself on Monday, nothing since"),
        and long over (past) when the sentence also says when ("Years ago I had a bug and
        didn't make it to the loo once, nothing since")."""
        resolved: set[int] = set()
        past: set[int] = set()
        # per sentence, the last such phrase's start (the words before the others are before
        # it too), and the sentences that say when: found once, not per phrase
        last: dict[int, int] = {}
        for f in found:
            if f.label not in self._one_off or negated.issuperset(f.positions):
                continue
            sentence = tokens[f.positions[0]].sentence
            last[sentence] = max(f.positions[0], last.get(sentence, f.positions[0]))
        if not last:
            return resolved, past
        dated = {
            tokens[g.positions[0]].sentence
            for g in found
            if g.label == PAST and not negated.issuperset(g.positions)
        }
        for p, token in enumerate(tokens):
            if p < last.get(token.sentence, -1):
                resolved.add(p)
                if token.sentence in dated:
                    past.add(p)
        return resolved, past
