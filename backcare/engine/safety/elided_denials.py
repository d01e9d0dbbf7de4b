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
- an *elided answer of ability*: the same clause with a positive "can" ("I can", "yes I can,
  totally normal") after a condition told as an ability lost ("if I can't control my
  bladder"): it answers that the ability is kept, so it too denies the condition (safety123).
- an *anaphoric denial*: a clause that is only a subject, a negated auxiliary, a verb of having,
  a quantifier and a demonstrative ("I don't have anything like that", "I haven't got any of
  those", "I've not had that"): the signs it denies are the ones the message named before it;
  hypothetical.py reads it as it reads "none of that" beside a sign only supposed.
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
    lost = {k for k, t in enumerate(tokens) if t.surface in words["lost_abilities"]}
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
        if auxiliary in words["abilities"] and lost & set(range(at[lead])):
            # "if I can't control my bladder ... I can, totally normal": the ability the
            # condition told lost, answered kept (safety123); not one the next clause of its
            # sentence limits ("I could, on the left side anyway, not the right": 'ability_limits')
            sentence = tokens[at[lead]].sentence
            limited = any(
                tokens[k].surface in words["ability_limits"] and tokens[k].sentence == sentence
                for k in by_clause.get(clause + 1, [])
            )
            if all(w in words["tails"] for w in rest) and not limited:
                found.append(at[lead])
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


def anaphoric_denials(tokens: list[Token]) -> set[int]:
    """The clauses that are an anaphoric denial (module doc): subject, negated auxiliary, verb
    of having, a quantifier or none, a demonstrative, closing words."""
    words = _words()
    by_clause: dict[int, list[str]] = {}
    for t in tokens:
        by_clause.setdefault(t.clause, []).append(t.surface)
    quantifiers = sorted(words["quantifiers"], key=lambda q: -len(q.split()))
    found: set[int] = set()
    for clause, said in by_clause.items():
        if len(said) < 4 or said[0] not in words["subjects"]:
            continue
        rest = said[1:]
        if rest[0] in words["auxiliaries"] and rest[0].endswith("nt"):
            rest = rest[1:]
        elif rest[0] in words["auxiliaries"] and rest[1:2] and rest[1] in words["negations"]:
            rest = rest[2:]  # "I have not had that"
        else:
            continue
        if not rest or rest[0] not in words["possessing"]:
            continue
        rest = rest[1:]
        if rest and rest[0] in words["possessing"]:
            rest = rest[1:]  # "I haven't got", "I've not had"
        for quantifier in quantifiers:
            parts = quantifier.split()
            if rest[: len(parts)] == parts:
                rest = rest[len(parts) :]
                break
        if (
            rest
            and rest[0] in words["demonstratives"]
            and all(w in words["tails"] for w in rest[1:])
        ):
            found.add(clause)
    return found
