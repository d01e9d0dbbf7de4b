"""The learned check's quick exit: questions it cannot flag, found without reading them in full.

Once the rules raise nothing, the learned check (net.py) used to read every question in full (the
rules' reading: phrases, negations, whose symptom, ...), which cost more than half of a batch's
red-flag time. Its features are of two kinds. The words' (stems, pairs, letter n-grams) come from
the question's tokens alone, as long as no everyday sense of an alarm word ("fell asleep") takes
one of them; the concepts' (named, denied, someone else's, over, pairs) need the full reading. So
a question whose words start no sense gets its word features exactly, and for the concepts every
feature of every concept its words may name (the rules' quick exit finds those: detect.Requirements,
a superset) - and Net.may_raise bounds the model's output over all of them. When no tier can pass
its threshold the answer is the full reading's, silence, without that reading: exact, not a guess.
A question that may hold a sense, or where the bound is not conclusive, is read in full as before.
"""

from __future__ import annotations

from typing import Any

from backcare.engine.analyze import stem
from backcare.engine.safety.net import Net, concept_features, features
from backcare.engine.safety.reading import Token, normal, tokenize
from backcare.engine.tuning import NET_MAX_WORDS, SAFETY_WORD_MEMO

SENSE = ""  # detect.SENSE: the label of a phrase that is an everyday sense of an alarm word


class Quiet:
    """What the quick exit needs of one Safety: its senses' words, and a memo per concept set."""

    def __init__(self, safety: Any, net: Net) -> None:
        """`safety`: the detect.Safety it reads for (not imported: detect imports this module)."""
        self._safety = safety
        self._net = net
        # each sense as the stems each of its words may be (a prefix or number word: not
        # checked), indexed by the stems of one of its words: a question holding none of them
        # holds no such sense
        self._senses: list[list[frozenset[str]]] = []
        self._senses_by: dict[str, list[int]] = {}
        for label, text in safety._index._texts:
            if label != SENSE:
                continue
            groups = []
            for word in text.split():
                options = word.split("|")
                if word in ("...", "$") or any(
                    o.startswith("<") or o.endswith("*") for o in options
                ):
                    continue
                groups.append(frozenset(stem(normal(o.removeprefix("="))) for o in options))
            if not groups:  # nothing to check it by: every question may hold it
                self._senses_by.setdefault("", []).append(len(self._senses))
            else:  # by its least common-looking word: fewest options, longest stems
                key = max(groups, key=lambda g: (-len(g), min(map(len, g))))
                for s in key:
                    self._senses_by.setdefault(s, []).append(len(self._senses))
            self._senses.append(groups)
        # concepts -> the spread of their possible features (Net.spread)
        self._maybe: dict[frozenset[str], tuple[list[int], list[int]]] = {}
        self._labels: set[str] | None = None  # every concept a phrase names
        # a token's phrases (Requirements.phrases: by its stems, its prefixes, a number's class)
        self._phrases: dict[tuple[str, str, tuple[str, ...], bool], tuple[int, ...]] = {}

    def silent(self, question: str) -> bool:
        """True only when the learned check would raise nothing for this question."""
        found = self.reading(question)
        if found is None:
            return False
        tokens, concepts = found
        if len(tokens) > NET_MAX_WORDS:
            return True  # check_learned abstains on a pasted page
        spread = self._maybe.get(concepts)
        if spread is None:
            if len(self._maybe) >= SAFETY_WORD_MEMO:
                self._maybe.clear()
            spread = self._maybe[concepts] = self._net.spread(concept_features(concepts))
        safety = self._safety
        known = features(tokens, (), safety._negations, safety._negation_reach)
        return not self._net.may_raise(known, spread)

    def reading(self, question: str) -> tuple[list[Token], frozenset[str]] | None:
        """The question's tokens as the learned check reads them, and the concepts its mentions
        can only be among; None when a sense may take one of its words (the tokens are then not
        known without the full reading). So the check's features are those of `features(tokens)`
        and some of `concept_features(concepts)` (tests/test_safety_quiet.py checks it)."""
        safety = self._safety
        required = safety._required
        if required is None:  # built by the rules' quick exit, which runs first in a batch
            return None
        tokens = [
            safety._correct(t)
            for t in tokenize(question, safety._breakers, safety._joiners, safety._openers)
        ]
        stems: set[str] = set()
        phrases: list[int] = []
        memo = self._phrases
        for token in tokens:
            stems.add(token.stem)
            stems.update(token.alt)
            key = (token.surface, token.stem, token.alt, token.number is None)
            found = memo.get(key)
            if found is None:
                if len(memo) >= SAFETY_WORD_MEMO:
                    memo.clear()
                found = memo[key] = required.phrases(token)
            phrases += found
        candidates = {n for s in (*stems, "") for n in self._senses_by.get(s, ())}
        senses = self._senses
        if any(all(not stems.isdisjoint(g) for g in senses[n]) for n in candidates):
            return None
        if self._labels is None:
            self._labels = {label for label, _ in required.needs}
        return tokens, frozenset(required.concepts(phrases, stems, self._labels))
