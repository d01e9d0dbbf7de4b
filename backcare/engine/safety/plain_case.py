"""The asker's own plain case told after their denial of a report's signs ("I don't have any of
those, it's just a stiff lower back after painting the ceiling yesterday"): its time dates that
case, not the report's signs (safety112, issue #12, red flags 37: a pasted chatbot's or
Copilot's list of warning signs, denied, raised its signs because of the "yesterday" and the "5
days in" of the asker's own ordinary back ache). framing._covered keeps the report's signs
live when a time course stands anywhere, except in a clause after the denial that opens with
'own_case' ("Mine started after hoovering on Sunday"); a clause opening with a minimiser
(data/plain_case.json 'plain': "it's just", "I'm only", within its first PLAIN_REACH words)
tells the asker's case as plainly. A sign told there is read as before: one that raises a notice
on its own keeps the report's signs ("I don't have any of those, it's just that both legs went
numb yesterday"). A minimiser followed by one of 'complaints' ("it's only that I've started
dribbling a bit since Tuesday", "it's just that") introduces a complaint, not a plain case: its
time keeps the report's signs (safety114, review29)."""

from __future__ import annotations

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token

# a minimiser opens a clause when it stands within its first words ("it's just", "I'm only")
PLAIN_REACH = 3


def plain_clauses(tokens: list[Token]) -> frozenset[int]:
    """The clauses opening with a minimiser (module doc)."""
    words = listed_words("plain_case.json")
    plain, complaints = words["plain"], words["complaints"]
    firsts: dict[int, int] = {}
    found: set[int] = set()
    complained: set[int] = set()
    for k, t in enumerate(tokens):
        seen = firsts.get(t.clause, 0)
        if seen < PLAIN_REACH and t.surface in plain:
            found.add(t.clause)
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is not None and after.clause == t.clause and after.surface in complaints:
                complained.add(t.clause)
        firsts[t.clause] = seen + 1
    return frozenset(found - complained)
