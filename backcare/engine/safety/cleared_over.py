"""A sign a clinician examined and cleared, told ended since, is over (safety141, issue #12, red
flags 48: "Last month I had a scare with some tingling in my groin, went to A&E, had an MRI the
same night, all clear, they said it was a trapped nerve and the tingling went completely within a
week"; "Went to urgent care with chest pain and back ache last week, ECG and bloods were fine,
they said it was a pulled muscle from coughing and the chest pain's gone now").

"Gone now" alone marks a sign passed lately ('resolved'), which an emergency rule still counts: a
sign that came and went this week needs checking. Told with a clinician's all-clear of it too, it
has been checked, and it has ended: a history, no sign now. So a sign of the asker's is marked
`past` when
- a sentence at or after it (at most one on) tells a clinician's examination and verdict
  (cleared.py's reading: a clinician or a place of care, a check, a verdict, no contrast after);
- after it, in its sentence, the clearing one or the one after that, its end is told (one of
  data/cleared_over.json 'ends', no denial just before it: "hasn't gone"), in a clause naming that
  sign or no other sign ("the tingling went completely", "and it has gone");
- its own clause tells it in the past: no word of now up to it ("I have tingling" is now);
- nothing after the end tells it back: no RETURNED or RECURRED phrase, no 'returns' word ("still",
  "again", "but") in a clause naming that sign or nothing ("the MRI was clear but the numbness is
  still there", "it went away but came back this morning").
A check alone is not enough (a sign still there after a normal scan is still a sign), nor is an
end alone. Someone else's, denied or already past signs are not touched. Pure: tokens and
mentions in.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import BACK, RECURRED, RETURNED, TROUBLES
from backcare.resources import DataError

# how many words before an end word a denial of it is looked for ("hasn't really gone")
DENIAL_REACH = 3
# how many words before "again" a word asking how to avoid a return is looked for ("how do I
# avoid pulling it again")
PREVENTED_REACH = 5
# how many words after an end word a sign makes it an onset ("went numb", "went all tingly")
ONSET_REACH = 2
# how many words after an end word a partial word makes it no end ("went off and on")
PARTIAL_REACH = 3
# the lists of cleared_over.json
KEYS = (
    "ends",
    "end_phrases",
    "signs",
    "denials",
    "returns",
    "goings",
    "resumed",
    "prevented",
    "partial",
)
# the longest phrase of cleared_over.json 'end_phrases', in words ("all fine now")
LONGEST_PHRASE = 3


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    """The word lists of cleared_over.json (module doc), checked present."""
    lists = listed_words("cleared_over.json")
    for key in KEYS:
        if key not in lists:
            raise DataError(f"cleared_over.json: {key!r} missing")
    return lists


def cleared_over(
    tokens: list[Token],
    mentions: list[Mention],
    symptoms: Collection[str],
    regions: Collection[str],
    tells_now: Callable[[list[Token], int], bool],
) -> list[Mention]:
    """The mentions, the asker's signs examined, cleared and told ended since marked past
    (module doc). `symptoms` are the concepts a rule reads as signs; `regions` are the body parts a sign is told of: a region named between a sign
    and its end is its place, no other sign, and a region's end is its sign's ("tingling in my
    groin ... the tingling went")."""
    if not any(
        m.concept in symptoms and not (m.negated or m.other or m.past or m.general or m.asked)
        for m in mentions
    ):
        return mentions  # no sign of the asker's: a calm ask reads no data file here
    words = _words()
    signs = words["signs"]
    own = [
        m
        for m in mentions
        if m.concept in signs and not (m.negated or m.other or m.past or m.general or m.asked)
    ]
    if not own:
        return mentions
    # not imported by a calm ask (issue 17)
    from backcare.engine.safety.cleared import clearing_sentences

    cleared = clearing_sentences(tokens, mentions)
    if not cleared:
        return mentions
    ends, phrases, denials = words["ends"], words["end_phrases"], words["denials"]
    partial = words["partial"]
    returns, goings, resumed, prevented = (
        words["returns"],
        words["goings"],
        words["resumed"],
        words["prevented"],
    )
    surfaces = [t.surface for t in tokens]
    dated = {t.sentence for t in tokens if t.surface in listed_words("cleared.json")["dated"]}
    named = {m.concept for m in mentions if not m.negated} & (set(signs) | {BACK, *TROUBLES})
    by_clause: dict[int, set[str]] = {}
    spans: dict[int, list[Mention]] = {}  # per clause, its signs (an end word may be one's too)
    for m in mentions:
        if not m.negated and m.concept in named:
            by_clause.setdefault(tokens[m.first].clause, set()).add(m.concept)
            spans.setdefault(tokens[m.first].clause, []).append(m)
    sign_starts = {m.first for m in mentions if m.concept in signs and not m.negated}
    back_again = [m.first for m in mentions if m.concept in (RETURNED, RECURRED) and not m.negated]

    def ends_at(p: int) -> bool:
        """Whether an end is told from the word at `p` (a word of 'ends' not going somewhere,
        or the first word of an 'end_phrases' phrase)."""
        if surfaces[p] in ends:
            if p + 1 < len(tokens) and surfaces[p + 1] in goings:
                return False
            # a sign right after it is what it became: an onset ("went numb", "gone dead"); a
            # partial word, an easing or a sign coming and going ("went a bit better", "went
            # off and on all day")
            return not any(p < q <= p + ONSET_REACH for q in sign_starts) and not any(
                w in partial for w in surfaces[p + 1 : p + 1 + PARTIAL_REACH]
            )
        return any(
            " ".join(surfaces[p : p + size]) in phrases for size in range(2, LONGEST_PHRASE + 1)
        )

    def end_of(m: Mention) -> int | None:
        """Where the sign's end is first told after it, within reach of a clearing sentence."""
        last = max((c for c in cleared if c in (m.sentence, m.sentence + 1)), default=None)
        if last is None:
            return None
        if last in dated and m.sentence not in dated and m.sentence != last:
            return None  # an all-clear of then, a sign told undated (cleared.py)
        # a region's sign told with it in its clause is the same sign told again ("tingling in
        # my groin ... the tingling went"); a sign's region is no other sign
        told_with = by_clause.get(tokens[m.first].clause, set()) if m.concept in regions else set()
        for p in range(m.last + 1, len(tokens)):
            t = tokens[p]
            if t.sentence > last + 1:
                return None
            if not ends_at(p):
                continue
            if any(surfaces[q] in denials for q in range(max(0, p - DENIAL_REACH), p)):
                continue
            # the end's subject: the signs named before it in its clause, after this sign
            between = {
                n.concept for n in spans.get(t.clause, []) if m.last < n.first and n.last < p
            } - {m.concept, BACK, *TROUBLES, *regions, *told_with}
            if between:
                continue  # another sign's end ("the tingling went, bladder fine")
            return p
        return None

    def no_return(p: int) -> bool:
        """Whether the word at `p` is an activity taken up again or a return to avoid."""
        if p and surfaces[p - 1] in resumed:
            return True
        return any(
            surfaces[q] in prevented and tokens[q].sentence == tokens[p].sentence
            for q in range(max(0, p - PREVENTED_REACH), p)
        )

    def told_back(m: Mention, end: int) -> bool:
        """Whether anything after the end, or in the sign's own sentence, tells it back."""
        if any(
            (p > end or tokens[p].sentence == m.sentence) and not no_return(p) for p in back_again
        ):
            return True
        for p in range(end + 1, len(tokens)):
            if surfaces[p] in returns and not no_return(p):
                clause = by_clause.get(tokens[p].clause, set())
                if m.concept in clause or not clause:
                    return True
        return False

    def told_now(m: Mention) -> bool:
        """Whether the sign's own clause tells it in the present, up to the sign."""
        clause = tokens[m.first].clause
        start = m.first
        while start > 0 and tokens[start - 1].clause == clause:
            start -= 1
        return any(tells_now(tokens, p) for p in range(start, m.last + 1))

    over: set[int] = set()
    for m in own:
        end = end_of(m)
        if end is not None and not told_now(m) and not told_back(m, end):
            over.add(id(m))
    if not over:
        return mentions
    return [m._replace(past=True, resolved=False) if id(m) in over else m for m in mentions]
