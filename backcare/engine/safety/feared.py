"""A fear of a disease that tells the disease held: the sense gives way (safety114, issue #12,
review29).

safety112's sense "paranoid|worried ... every|any ache|pain|lump ... cancer" reads "Panicking
every ache is cancer after watching a documentary" as a fear, not a cancer had. Its gaps also
swallowed a cancer the asker has or had: "scared any pain means my cancer is back", "worried
about any ache now given I had kidney cancer", "worried every lump is cancer after mine last
year", "every ache is the cancer come back", "every ache is my lung cancer spreading" lost their
cancer-history and cancer-cord. A sense opening with one of 'fears' and ending on one of
'diseases' (data/feared.json) gives way
when the disease is possessed (one of 'possessors' just before it: "my cancer", "the cancer"),
when its span tells a history (one of 'histories': "given I had kidney cancer"), or when one of
'courses' follows it in its clause within COURSE_REACH words ("is back", "has spread", "after
mine last year", "in my bones"). The bare fear ("every ache is cancer", "could be a tumour")
keeps its sense.
"""

from __future__ import annotations

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Found, Token
from backcare.engine.safety.vocabulary import SENSE

COURSE_REACH = 4  # "cancer ... is back", "... after mine last year": a course told at once
POSSESSOR_REACH = 3  # "my lung cancer", "the bowel cancer": a possessor before the disease


def held_fears(tokens: list[Token], candidates: list[Found]) -> list[Found]:
    """The phrases found, less each fear sense whose disease is held (module doc)."""
    words = listed_words("feared.json")
    diseases = words["diseases"]
    if not any(t.surface in diseases for t in tokens):
        return candidates
    return [f for f in candidates if not _held(tokens, f, words)]


def _held(tokens: list[Token], found: Found, words: dict[str, frozenset[str]]) -> bool:
    """Whether `found` is a sense ending on a disease the asker holds (module doc)."""
    if found.label != SENSE or tokens[found.positions[-1]].surface not in words["diseases"]:
        return False
    if tokens[found.positions[0]].surface not in words["fears"]:
        return False  # another sense of the word ("a doco about cancer last night")
    first, last = found.positions[0], found.positions[-1]
    clause = tokens[last].clause
    before = tokens[max(first, last - POSSESSOR_REACH) : last]
    if any(t.surface in words["possessors"] for t in before):
        return True
    if any(t.surface in words["histories"] for t in tokens[first:last]):
        return True
    after = [t for t in tokens[last + 1 : last + 1 + COURSE_REACH] if t.clause == clause]
    return any(t.surface in words["courses"] for t in after)
