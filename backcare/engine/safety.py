"""Red-flag detection: which urgent-care rules a question triggers. Pure: rules in, flags out.

Rules live in data/red_flags.json (see its "about"). Matching is recall-first: word order is free
within a short window, prefixes cover word forms, and words of five letters or more tolerate a typo
(rapidfuzz, consulted only for words sharing a 3-letter prefix with a rule word, so most questions never
import it). A pattern does not fire when a negation closely precedes it ("no fever").
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from backcare.engine.analyze import words
from backcare.resources import data_path

URGENCIES = ("emergency", "urgent", "soon")
WINDOW = 8  # a pattern's words must fall within this many words of each other
NEGATION_REACH = 3  # a negation this many words before a pattern cancels it
TYPO_MIN_LENGTH = 5
TYPO_CUTOFF = 85


class RedFlag(NamedTuple):
    id: str
    urgency: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "urgency": self.urgency, "message": self.message}


class _Slot(NamedTuple):
    exact: frozenset[str]
    prefixes: tuple[str, ...]


class _Rule(NamedTuple):
    flag: RedFlag
    patterns: tuple[tuple[_Slot, ...], ...]


Slot = tuple[int, int, int]  # (rule, pattern, slot) numbers


class Safety:
    """Compiled red-flag rules.

    Each distinct word is looked up once (cached) to find the pattern slots it can fill; a pattern
    is checked only when every one of its slots is filled by some word of the question.
    """

    def __init__(self, data: dict[str, object]) -> None:
        messages = data["messages"]
        assert isinstance(messages, dict)
        self._negations = frozenset(str(w) for w in data["negations"])  # type: ignore[attr-defined]
        rules = []
        for raw in data["rules"]:  # type: ignore[attr-defined]
            action = messages[raw["urgency"]]
            flag = RedFlag(raw["id"], raw["urgency"], f"{raw['message']} {action}")
            patterns = tuple(tuple(_slot(s) for s in p.split()) for p in raw["patterns"])
            rules.append(_Rule(flag, patterns))
        order = {u: i for i, u in enumerate(URGENCIES)}
        self._rules = sorted(rules, key=lambda r: order[r.flag.urgency])  # stable: file order kept
        self._exact: dict[str, list[Slot]] = {}
        self._prefixed: list[tuple[str, Slot]] = []
        for r, rule in enumerate(self._rules):
            for p, pattern in enumerate(rule.patterns):
                for k, slot in enumerate(pattern):
                    for word in slot.exact:
                        self._exact.setdefault(word, []).append((r, p, k))
                    self._prefixed.extend((prefix, (r, p, k)) for prefix in slot.prefixes)
        self._slots_of: dict[str, tuple[Slot, ...]] = {}
        self.corrections: dict[str, str] = {}  # word -> rule word it is a typo of (or itself)
        self._by_prefix: dict[str, list[str]] = {}
        for word in sorted({*self._exact, *(prefix for prefix, _ in self._prefixed)}):
            if len(word) >= TYPO_MIN_LENGTH - 1:
                self._by_prefix.setdefault(word[:3], []).append(word)

    @property
    def rule_ids(self) -> list[str]:
        return [r.flag.id for r in self._rules]

    def check(self, question: str) -> list[RedFlag]:
        """The red flags a question raises, most urgent first."""
        tokens = [_correct(w.replace("'", ""), self) for w in words(question)]
        positions: dict[Slot, list[int]] = {}
        for i, token in enumerate(tokens):
            for slot in self._slots(token):
                positions.setdefault(slot, []).append(i)
        filled: dict[tuple[int, int], int] = {}
        for r, p, _ in positions:
            filled[r, p] = filled.get((r, p), 0) + 1
        fired = set()
        for (r, p), count in sorted(filled.items()):
            pattern = self._rules[r].patterns[p]
            if r in fired or count < len(pattern):
                continue
            if self._fires([positions[r, p, k] for k in range(len(pattern))], tokens):
                fired.add(r)
        return [self._rules[r].flag for r in sorted(fired)]

    def _slots(self, token: str) -> tuple[Slot, ...]:
        found = self._slots_of.get(token)
        if found is None:
            hits = list(self._exact.get(token, ()))
            hits += [slot for prefix, slot in self._prefixed if token.startswith(prefix)]
            found = self._slots_of[token] = tuple(hits)
        return found

    def _fires(self, positions: list[list[int]], tokens: list[str]) -> bool:
        """Whether the pattern's words fall within WINDOW of each other, not negated."""
        anchor = min(positions, key=len)
        for p in anchor:
            chosen = []
            for options in positions:
                near = [q for q in options if abs(q - p) <= WINDOW]
                if not near:
                    break
                chosen.append(min(near, key=lambda q: abs(q - p)))
            else:
                if not self._negated(tokens, min(chosen), set(chosen)):
                    return True
        return False

    def _negated(self, tokens: list[str], first: int, used: set[int]) -> bool:
        for i in range(first - 1, max(-1, first - NEGATION_REACH - 1), -1):
            if tokens[i] in ("but", "although", "though", "however"):
                return False
            if i not in used and tokens[i] in self._negations:
                return True
        return False

    def typo_candidates(self, token: str) -> list[str]:
        return self._by_prefix.get(token[:3], [])


@lru_cache(maxsize=16384)
def _correct_cached(token: str, candidates: tuple[str, ...]) -> str:
    from rapidfuzz import fuzz, process

    found = process.extractOne(token, candidates, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
    return found[0] if found else token


def _correct(token: str, safety: Safety) -> str:
    """A misspelt rule word ('numbess') becomes the rule word; anything else is left alone."""
    found = safety.corrections.get(token)
    if found is None:
        found = token
        if len(token) >= TYPO_MIN_LENGTH:
            candidates = safety.typo_candidates(token)
            plausible = tuple(c for c in candidates if _may_be_close(token, c))
            if plausible and token not in candidates:
                found = _correct_cached(token, plausible)
        safety.corrections[token] = found
    return found


def _may_be_close(a: str, b: str) -> bool:
    """A cheap lower bound on the Indel distance (letters one word has and the other lacks), so
    rapidfuzz is imported only for words that could pass TYPO_CUTOFF."""
    allowed = (100 - TYPO_CUTOFF) * (len(a) + len(b)) / 100
    if abs(len(a) - len(b)) > allowed:
        return False
    missing = sum((Counter(a) - Counter(b)).values()) + sum((Counter(b) - Counter(a)).values())
    return missing <= allowed


def _slot(text: str) -> _Slot:
    options = text.split("|")
    exact = frozenset(o for o in options if not o.endswith("*"))
    prefixes = tuple(o[:-1] for o in options if o.endswith("*"))
    return _Slot(exact, prefixes)


def load_safety() -> Safety:
    data = json.loads(data_path("red_flags.json").read_text(encoding="utf-8"))
    return Safety(data)
