"""Typo correction: a misspelt vocabulary word ("numbess", "cnat", "fel") read as the word meant,
never a real English word or another form of a vocabulary word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from backcare.engine.analyze import common_words, stem
from backcare.engine.safety.reading import (
    Token,
    stem_words,
)
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.engine.spelling import closest_by_ratio
from backcare.engine.tuning import SAFETY_WORD_MEMO
from backcare.hints import Any
from backcare.lazyregex import lazy

TYPO_MIN_LENGTH = 5
# Longer words are no typo of the vocabulary's (its longest has 16 letters; letters typed too often
# are undone first): trying each swap of a 100,000-letter word held 10 GB.
TYPO_MAX_LENGTH = 40
TYPO_CUTOFF = 85
TYPO_PREFIX = 2  # a typo keeps the first letters of its word ("feaver" for "fever")
MAX_READINGS = 3  # a short typo read as at most this many words ("fel": feel, fell, felt)
SHORT_TYPO_MIN = 3  # shorter words ("pe", "r") are left to the spellings table
_REPEATS = lazy(r"(.)\1+")  # letters typed more than once ("peee", "bumm")
# words whose concepts, corrections and such check() remembers, each memo then starting afresh
WORD_MEMO_SIZE = SAFETY_WORD_MEMO


class Typos(Vocabulary):
    """The corrections of `detect.Safety` (mixed in), memoised per word."""

    # False for the reader of an author's text (detect.Safety.as_written): no search for the
    # vocabulary word a misspelt word stands for (_respelt); the spellings and number words
    # tables still apply
    _typos = True

    def __init__(self, rules: Mapping[str, Any], vocabulary: Mapping[str, Any]) -> None:
        super().__init__(rules, vocabulary)
        # how many prefixes ("prefix") and words of ties ("tie") this check has searched for
        # before tabling them all (_prefixed, _uses): the check's own, as its other memos, not
        # a process's (a second check, or one loaded from the snapshot, starts afresh)
        self._typo_searches: dict[str, int] = {}

    def _correct(self, token: Token) -> Token:
        """A misspelt vocabulary word ('numbess') or a text-speak spelling ('cnt') becomes that
        word; anything else is left alone."""
        word = token.surface
        respelt = self._spellings.get(word)
        if respelt is not None:
            return token._replace(surface=respelt, stem=stem(respelt))
        value = self._number_words.get(word)
        if value is not None:
            return token._replace(number=value)
        if (
            token.number is not None
            or word in self._surfaces
            or word in self._others_words
            or word in self._work_jobs  # "carer" is no typo of "career" (safety31)
            or len(word) < SHORT_TYPO_MIN
            or not self._typos
        ):
            return token
        fixed = self._corrections.get(word)
        if fixed is None:
            if len(self._corrections) >= WORD_MEMO_SIZE:
                self._corrections.clear()  # a batch of ever new words (random text) is bounded
            fixed = self._corrections[word] = self._respelt(token)
        if fixed == (word,):
            return token
        alt = tuple(stem(other) for other in fixed[1:])
        return token._replace(surface=fixed[0], stem=stem(fixed[0]), alt=alt)

    def _respelt(self, token: Token) -> tuple[str, ...]:
        """The vocabulary word a typo stands for (a few when it may be any: "fel" is "feel",
        "fell" or "felt"), or the word itself. Letters typed too often ("peee", "bumm") and two letters
        swapped ("cnat", "cancre") are tried first; a short word ("feal", "fel", "numm") may be
        one other edit from a vocabulary word; a longer one is compared with rapidfuzz. A real
        English word or another form of a vocabulary word is never corrected."""
        word = token.surface
        # a function, not the template r"\1\1": re compiles a template on first use (~2 ms)
        doubled, single = _REPEATS.sub(_twice, word), _REPEATS.sub(_once, word)
        if len(word) > TYPO_MAX_LENGTH:
            repeated = [near for near in (doubled, single) if near in self._typo_targets]
            return (repeated[0],) if repeated and not _is_common(word) else (word,)
        swaps = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
        for near in (doubled, single, *swaps):
            if near != word and near in self._typo_targets and not _is_common(word):
                return (near,)
        if len(word) < TYPO_MIN_LENGTH:
            nearest = self._one_edit(word)
            return nearest if nearest and not _is_common(word) else (word,)
        counts = Counter(word)
        # the vocabulary words with the typed first letters first; then those a phone's or a
        # dyslexic typist's first letters may stand for ("nimbness", "mumbness": _prefixes)
        for prefixes in ((word[:TYPO_PREFIX],), self._prefixes(word)):
            if not prefixes:
                continue  # no other first letters to try ("br...": a consonant second)
            plausible = tuple(
                c for c in self._prefixed(*prefixes) if _may_be_close(word, counts, c)
            )
            if not plausible:
                continue
            # the cheaper test first: a common word ("siting") skips stemming the vocabulary's
            # words of its first letter (~1.3 ms of a cold question: issue 17)
            if _is_common(word) or self._is_word_form(token):
                return (word,)
            fixed = _closest(word, plausible)
            if fixed != word:
                return (fixed,)
        return (word,)

    def _prefixes(self, word: str) -> tuple[str, ...]:
        """The first letters other than the typed ones that a typo may stand for
        (data/safety_vocabulary.json 'typo_letters'): another vowel second ("nimbness" for
        "numbness", "tyngling"), a first letter's alike neighbour ("mumbness"), or both."""
        first, second = word[0], word[1]
        firsts = [first, *(pair[2:] for pair in sorted(self._typo_first_alike) if pair[0] == first)]
        vowels = self._typo_second_vowels
        seconds = sorted(vowels) if second in vowels else [second]
        typed = word[:TYPO_PREFIX]
        return tuple(f + s for f in firsts for s in seconds if f + s != typed)

    def _one_edit(self, word: str) -> tuple[str, ...]:
        """The vocabulary words a short word is a single edit from, keeping its first letter,
        cheapest edit first: a vowel for a vowel ("feal"), a letter missing or extra ("fel"),
        then, in a word of four letters, another consonant ("numm"). When two words tie, both
        are kept (the vocabulary's more used first); more than MAX_READINGS is no correction."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        vowels = "aeiou"
        found: dict[str, int] = {}

        def consider(candidate: str, cost: int) -> None:
            if (
                len(candidate) >= SHORT_TYPO_MIN
                and candidate[0] == word[0]
                and candidate in self._typo_targets
            ):
                found[candidate] = min(cost, found.get(candidate, cost))

        for i, old in enumerate(word):
            for new in letters:
                if new != old:
                    if old in vowels and new in vowels:
                        consider(word[:i] + new + word[i + 1 :], 1)
                    elif len(word) >= 4:
                        consider(word[:i] + new + word[i + 1 :], 3)
            consider(word[:i] + word[i + 1 :], 2)
        for i in range(len(word) + 1):
            for new in letters:
                consider(word[:i] + new + word[i:], 2)
        if not found:
            return ()
        best = min(found.values())
        winners = [c for c, cost in found.items() if cost == best]
        if len(winners) > MAX_READINGS:
            return ()
        if len(winners) > 1:  # the vocabulary's more used reading first
            winners.sort(key=lambda c: -self._uses(c))
        return tuple(winners)

    def _uses(self, word: str) -> int:
        """How many times the phrases use a vocabulary word as one of a word's alternatives
        ("=word" counted too). The first tie's few words are searched for (a single ask: tabling
        all ~3,000 words costs more than a tie's searches); from then on, in a batch, a table of
        every word's count is made once (a batch of new words met 191 ties, ~2-4 ms a search)."""
        searched = self._typo_searches.get("tie", 0)
        if searched < MAX_READINGS:
            self._typo_searches["tie"] = searched + 1
            return len(re.findall(rf"(?:^|(?<=[ |]))=?{re.escape(word)}(?=$|[ |])", self._joined))
        # a batch's ties, each of which searched the whole text: every word's count at once
        return _use_counts(self._joined)[word]

    def _prefixed(self, *prefixes: str) -> tuple[str, ...]:
        """Vocabulary words long enough to correct starting with any of these letters, in order
        of the prefixes, then alphabetically. The first PREFIX_SEARCHES prefix lists this check
        asks for are searched for (~0.4 ms each: a single
        ask with a typo asks one or two, and sorting the whole vocabulary into the table cost it
        ~1.6 ms, speed23); from then on, in a batch, the table of every prefix is made in one
        pass over the vocabulary (one pass per new prefix was paid again in every batch of new
        words); it holds the vocabulary's prefixes only (~200), so ever new words never grow it."""
        searched = self._typo_searches.get("prefix", 0)
        if not self._by_prefix and searched < PREFIX_SEARCHES:
            self._typo_searches["prefix"] = searched + 1
            shortest = TYPO_MIN_LENGTH - 1
            found = [w for w in self._typo_targets if w[:TYPO_PREFIX] in prefixes]
            return tuple(
                w
                for prefix in prefixes
                for w in sorted(
                    w for w in found if len(w) >= shortest and w[:TYPO_PREFIX] == prefix
                )
            )
        if not self._by_prefix:
            table: dict[str, list[str]] = {}
            for w in sorted(self._typo_targets):
                if len(w) >= TYPO_MIN_LENGTH - 1:
                    table.setdefault(w[:TYPO_PREFIX], []).append(w)
            # whole, then in one update (in C, a dict's): a thread reading it never sees a part
            self._by_prefix.update({p: tuple(words) for p, words in table.items()})
        # (a prefix of TYPO_PREFIX letters: _respelt asks it of words of TYPO_MIN_LENGTH or more)
        return tuple(w for prefix in prefixes for w in self._by_prefix.get(prefix, ()))

    def _is_word_form(self, token: Token) -> bool:
        """Whether a word is another form of a vocabulary word ("tingles" for "tingle")."""
        # The English Snowball stemmer only cuts and rewrites endings, so a word and its forms
        # share their first letter: stemming the vocabulary words with the token's first letter
        # is enough (a question with a typo paid ~5 ms stemming all of them).
        initial = token.stem[:1]
        known = self._known_stems.get(initial)
        if known is None:
            if len(self._known_stems) >= WORD_MEMO_SIZE:
                self._known_stems.clear()  # a first letter of any script, as _by_prefix
            # in one call into the C stemmer (a call a word: ~4 ms for a validate's few letters)
            known = self._known_stems[initial] = frozenset(
                stem_words(
                    [word.replace("'", "") for word in self._surfaces if word[:1] == initial]
                )
            )
        return token.stem in known


PREFIX_SEARCHES = 3  # prefixes searched for before the table of every prefix is made


@lru_cache(maxsize=2)
def _use_counts(joined: str) -> Counter[str]:
    """Each word's uses as one of a phrase word's alternatives ("=word" too): the phrases' words
    split at spaces and "|" (what _uses' search reads as a word's bounds)."""
    return Counter(w.removeprefix("=") for w in re.split(r"[ |]", joined))


def _twice(found: re.Match[str]) -> str:
    return found.group(1) * 2


def _once(found: re.Match[str]) -> str:
    return found.group(1)


@lru_cache(maxsize=4096)
def _closest(word: str, candidates: tuple[str, ...]) -> str:
    return closest_by_ratio(word, candidates, TYPO_CUTOFF) or word


def _is_common(word: str) -> bool:
    return word in common_words()  # loaded on first use only


def _may_be_close(a: str, counts: Counter[str], b: str) -> bool:
    """A cheap lower bound on the Indel distance (letters one word has and the other lacks), so
    only words that could pass TYPO_CUTOFF are compared. `counts`: Counter(a), made once a word;
    b's letter counts are kept per vocabulary word (_letters)."""
    allowed = (100 - TYPO_CUTOFF) * (len(a) + len(b)) / 100
    if abs(len(a) - len(b)) > allowed:
        return False
    # letters in a or b but not matched in the other: |a| + |b| - 2 * (letters in common)
    shared = sum(min(n, counts[letter]) for letter, n in _letters(b))
    return len(a) + len(b) - 2 * shared <= allowed


@lru_cache(maxsize=8192)
def _letters(word: str) -> tuple[tuple[str, int], ...]:
    """A vocabulary word's letters with their counts (the typo targets: ~4,000 words)."""
    return tuple(Counter(word).items())
