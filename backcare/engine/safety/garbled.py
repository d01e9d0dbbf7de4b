"""A line of random letters is no description (`detect.Safety`, mixed in): signs read only from
short tokens that initials or a correction make signs ("rtc", "N Ed", "aOra"), with nothing
around them that a person would write, are dropped (a garbage line in a batch raised an
emergency)."""

from __future__ import annotations

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.senses import Reader
from backcare.engine.safety.vocabulary import BACK, TROUBLES

# a sign read from a token this short by initials or a correction alone ("rtc", "rtas", "aora"),
# with nothing around it, is no description (Garbled._garbled)
SHORT_READING = 4
COMMON_LENGTH = 3  # a common word this long beside it ("rtc had", "rtc yesterday") is a description


class Garbled(Reader):
    """Garbage lines told from descriptions, for `detect.Safety` (mixed in)."""

    def _garbled(
        self, question: str, raw: list[Token], tokens: list[Token], mentions: list[Mention]
    ) -> list[Mention]:
        """No mentions when every sign is read from a token of at most SHORT_READING letters that
        only initials or a correction make a sign ("rtc" a road crash, "N Ed" erectile
        dysfunction, "aOra" an aorta), with no back trouble, no person and no common word of
        COMMON_LENGTH letters or more around it: a line of random letters, not a description (a
        garbage line in a batch raised an emergency). Initials alone keep theirs unless the line
        is mostly symbols or control bytes. "cant pee", "ED and numb bum", "i had an rtc", "rtc
        yesterday", "rta" keep theirs."""
        if not mentions:
            return mentions
        short = {
            p
            for p, (r, t) in enumerate(zip(raw, tokens, strict=True))
            if len(r.surface) <= SHORT_READING
            and (r.surface in self._initials or r.surface != t.surface)
        }
        mentions = self._out_of_noise(raw, tokens, mentions, short)
        if not mentions or any(m.concept in (*TROUBLES, BACK) for m in mentions):
            return mentions
        if any(p not in short for m in mentions for p in range(m.first, m.last + 1)):
            return mentions
        if any(
            t.surface in self._self or t.surface in self._pronouns or t.stem in self._others_stems
            for t in tokens
        ):
            return mentions
        said = {p for m in mentions for p in range(m.first, m.last + 1)}
        words = [r.surface for p, r in enumerate(raw) if p not in said]
        if len(raw) == 1:
            # the initials alone ("rta" typed into a back-care tool is read as the event: a miss
            # costs more), unless they stand in a line of symbols and control bytes
            return [] if _mostly_symbols(question) else mentions
        from backcare.engine.safety.typos import _is_common  # only for such lines

        if any(len(w) >= COMMON_LENGTH and _is_common(w) for w in words):
            return mentions
        return []

    def _out_of_noise(
        self, raw: list[Token], tokens: list[Token], mentions: list[Mention], short: set[int]
    ) -> list[Mention]:
        """The mentions, but each read from short tokens alone that stands in noise, with
        hardly a readable word around it (noise.py: "74soi ka s" in random bytes), whatever else
        the line holds: a sign told in a sentence amid noise keeps its notice."""
        if not any(all(p in short for p in range(m.first, m.last + 1)) for m in mentions):
            return mentions
        # not imported by a calm ask (issue 17)
        from backcare.engine.safety.noise import from_noise
        from backcare.engine.safety.typos import _is_common  # only for such lines

        return [
            m
            for m in mentions
            if not (
                all(p in short for p in range(m.first, m.last + 1))
                and from_noise(m, raw, tokens, _is_common)
            )
        ]


_TEXT_MARKS = frozenset(".,;:!?'\"-()/&")


def _mostly_symbols(question: str) -> bool:
    """Whether most of a line's visible characters are neither letters, digits nor ordinary
    punctuation (random bytes, control characters): no one's words."""
    visible = [c for c in question if not c.isspace()]
    odd = sum(1 for c in visible if not c.isalnum() and c not in _TEXT_MARKS)
    return odd * 2 > len(visible)
