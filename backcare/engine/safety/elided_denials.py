"""A reported condition and the asker's short answer to it (safety115, issue #12, red flags 38):
"111 said if it gets worse or I get numbness or trouble peeing to call back. It hasn't, it's
exactly the same", "GP said come back if I get numbness down below or trouble peeing. I
haven't, all normal".

watch_lists.py reads a list of signs to watch for, then the asker's denial of them. Two frames
of that reading are here, read from the message's structure rather than from its phrases:
- a *reported condition*: a sentence where a reporting word or a source ("said", "told", "GP")
  stands before a conditional ("if"): the signs after it are what someone said to come back
  for, not what the asker has;
- an *elided denial*: a clause that is only a subject, a negated auxiliary and a few closing
  words ("I haven't", "it hasn't yet", "I have not, thankfully"): the answer whose verb is left
  out, so it can only deny the condition told before it. A clause that goes on to a verb or a
  sign ("I haven't been able to pee since", "it hasn't gone away") is not one.
Words in data/elided_denials.json. watch_lists.py keeps its own guards: no claim after the
denial, no live word in the list, no listed sign told elsewhere, nothing else raising."""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token


def _words() -> dict[str, frozenset[str]]:
    return listed_words("elided_denials.json")


def conditionals() -> frozenset[str]:
    """The conditionals' words ("if"): watch_lists.py's quick exit reads them too."""
    return _words()["conditionals"]


def reported_conditions(tokens: list[Token], reporting: Collection[str]) -> set[int]:
    """The sentences where a reporting word or a source stands before a conditional."""
    opening = conditionals()
    found: set[int] = set()
    reported: set[int] = set()
    for t in tokens:
        if t.surface in reporting:
            reported.add(t.sentence)
        elif t.surface in opening and t.sentence in reported:
            found.add(t.sentence)
    return found


def elided_denials(tokens: list[Token]) -> list[int]:
    """Where each elided denial starts: a clause of a subject, a negated auxiliary (or an
    auxiliary and a negation) and closing words only."""
    words = _words()
    by_clause: dict[int, list[int]] = {}
    for k, t in enumerate(tokens):
        by_clause.setdefault(t.clause, []).append(k)
    found: list[int] = []
    for clause in sorted(by_clause):
        at = by_clause[clause]
        surfaces = [tokens[k].surface for k in at]
        lead = 1 if surfaces and surfaces[0] in words["tails"] else 0  # "nope, it hasn't"
        if len(surfaces) > lead and surfaces[lead] in words["subjects"]:
            auxiliary, rest = (
                (surfaces[lead + 1], surfaces[lead + 2 :]) if len(at) > lead + 1 else ("", [])
            )
        elif len(surfaces) > lead and _opens_sentence(tokens, at[lead]):
            auxiliary, rest = surfaces[lead], surfaces[lead + 1 :]  # "Haven't, same as ever"
        else:
            continue
        if auxiliary not in words["auxiliaries"]:
            continue
        if not auxiliary.endswith("nt"):  # "I have not", "it has not yet"
            if not rest or rest[0] not in words["negations"]:
                continue
            rest = rest[1:]
        if all(w in words["tails"] for w in rest):
            found.append(at[lead])
    return found


def _opens_sentence(tokens: list[Token], at: int) -> bool:
    """Whether the word at `at` is its sentence's first (a subject left out: "Haven't.")."""
    return at == 0 or tokens[at - 1].sentence != tokens[at].sentence
