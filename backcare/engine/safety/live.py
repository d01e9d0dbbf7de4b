"""Whether a question tells something live now, asks help of a thing, or takes back what it said:
the three small readings every framing step consults (`LiveReadings`, a base of `Vocabulary`,
whose word sets from data/safety_vocabulary.json they read).
"""

from __future__ import annotations

from collections.abc import Iterable

from backcare.engine.safety.reading import Token


class LiveReadings:
    """The "is it live now" readings; the word sets are filled by `Vocabulary.__init__`."""

    _happening: frozenset[str]
    _live: frozenset[str]
    _reported_care: frozenset[str]
    _help_words: frozenset[str]
    _helpers: frozenset[str]
    _helped: frozenset[str]
    _question_words: frozenset[str]
    _retractions: frozenset[str]

    def _live_now(
        self, tokens: list[Token], reporting: Iterable[int] = (), readings: Iterable[int] = ()
    ) -> bool:
        """Whether the question tells something live now: a "now" word ('happening': "numb bum
        now") or a plea, fear, hurry or care being sought ('live': "please help", "ambulance").
        Care named in one of the `reporting` sentences ("I saw it on a leaflet at the GP", "the
        poster says call 999", "My GP said to go to hospital if ...") is where the report was or
        what it advises, not care sought ('reported_care'). The one test of "is something live
        now" for every reading that sets signs aside (framing's general, asked, abstract and
        covered readings; future's); each passes the sentences it reads as reports, and
        framing._covered the clauses of the asker's normal readings, whose "now" dates them."""
        reports = frozenset(reporting)
        dated = frozenset(readings)  # clauses of a normal reading: "36.6 today" dates it
        return any(
            (t.surface in self._happening and t.clause not in dated)
            or (
                t.surface in self._live
                and not (t.sentence in reports and t.surface in self._reported_care)
                and not self._asked_help(tokens, k)
            )
            for k, t in enumerate(tokens)
        )

    def _asked_help(self, tokens: list[Token], k: int) -> bool:
        """Whether the word at k is 'help' asked of a thing ('asked_help': "Which stretches
        help?", "what would help"), no plea: its clause opens with a question word, no helper
        stands right before it ("can you help") and no one helped right after ("help me")."""
        if tokens[k].surface not in self._help_words:
            return False
        clause = tokens[k].clause
        start = k
        while start > 0 and tokens[start - 1].clause == clause:
            start -= 1
        before = tokens[k - 1].surface if k > start else ""
        after = tokens[k + 1].surface if k + 1 < len(tokens) else ""
        return (
            tokens[start].surface in self._question_words
            and before not in self._helpers
            and after not in self._helped
        )

    def _taken_back_after(self, tokens: list[Token], clause: int) -> bool:
        """Whether a clause after `clause` takes back what it said ('retractions': "That's not me
        at all. Sorry, yes it is.", "I haven't. Actually I lied."): a denial or an answer no so
        followed denies nothing (framing._covered, answered.py)."""
        return any(t.clause > clause and t.surface in self._retractions for t in tokens)
