"""A question read for red flags: tokens with their sentence and clause, and the phrases found in it.

Words are normalised as the matcher does (Unicode folding, apostrophes dropped, Snowball stems). A
phrase is written in data as words separated by spaces; each word may list alternatives ("pee|wee"),
end in '*' to match any word starting so ("tingl*"), name a number class ("<old>"), or be "..."
(up to GAP other words); "=word" matches that word only, not its other forms. Between two phrase words, up to FILLER_SKIP filler words ("really", "my")
may stand ("can't feel my bum properly" reads as "can't feel bum"). Phrases never cross a clause.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

import Stemmer

from backcare.engine.analyze import fold, stem
from backcare.engine.apostrophes import READING, join_contractions
from backcare.engine.escapes import decode_escapes
from backcare.engine.lookalikes import read_as_latin
from backcare.engine.obfuscations import read_obfuscations
from backcare.engine.safety.checklist import read_checklist
from backcare.engine.safety.excepted import exceptions_told
from backcare.engine.safety.numbers import read_number
from backcare.engine.safety.run_together import run_together_read
from backcare.engine.safety.stem_lists import NEEDS_GROUPS, NEEDS_STEMS, StemLists, needs_text
from backcare.engine.safety.text_gates import (
    may_answer_a_question,
    may_hold_emoji,
    may_quote_a_field,
    may_run_on,
    may_say_mine,
    may_say_neither,
    may_speak_numbers,
)
from backcare.engine.tuning import SAFETY_WORD_MEMO
from backcare.hints import Any
from backcare.lazyregex import lazy
from backcare.namedtuple import NamedTuple

GAP = 5  # words a "..." in a phrase may stand for
FILLER_SKIP = 2  # filler words allowed between two words of a phrase
FRAGMENT = 3  # a sentence of at most this many words joins the next one

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
    r"|(?P<pause>\.{2,}|…)"  # an ellipsis is a pause, not the end of a thought ("hit by a car... in GTA")
    r"|(?P<stop>[.!?;\n]+)"
    # "&" between two letters joins them ("A&E", "B&Q"): no pause inside a name
    r"|(?P<pause2>[,:+]|(?<![^\W\d_])&|&(?![^\W\d_])|\s[-–—]+\s|[–—])"
    # a whole number in brackets of its own is an aside, as between commas: "Mum (86) fell" is
    # "Mum, 86, fell", an age (safety77); "38.5" or "8/10" in brackets are not asides, nor is a
    # label ending in a number: "broke a vertebra (L2) skiing" reads on, as it opened no aside
    # (safety141)
    r"|(?P<pause3>\((?=\s*\d{1,3}\s*\))"
    r"|(?:(?<=\(\d)|(?<=\(\d\d)|(?<=\(\d\d\d)|(?<=\(\s\d)|(?<=\(\s\d\d)|(?<=\(\s\d\d\d))\s*\))"
)
# the matcher's stemmer (analyze.stem), for many words in one call; without PyStemmer's own
# cache (as analyze's): the words stemmed here are remembered where they are used (a phrase word's
# Alternative, the vocabulary's stems by first letter), and a word the cache misses costs twice a
# bare stemming (~1.0 against ~0.46 us): a cold ask stems ~1,500 words here, nearly all once
_STEMMER = Stemmer.Stemmer("english", 0)


def phrase_starts(surfaces: Sequence[str], phrase: Sequence[str]) -> list[int]:
    """Where the words of `phrase` stand together in `surfaces`, as written (no stems)."""
    n, said = len(phrase), tuple(phrase)
    return [k for k in range(len(surfaces) - n + 1) if tuple(surfaces[k : k + n]) == said]


def said_earlier_in_clause(tokens: Sequence[Token], at: int, words: Collection[str]) -> bool:
    """Whether one of `words` is written before position `at` within its clause (a negation
    before a count, "I haven't had 14"; a plan before a number, "can I take another 4")."""
    clause = tokens[at].clause
    k = at - 1
    while k >= 0 and tokens[k].clause == clause:
        if tokens[k].surface in words:
            return True
        k -= 1
    return False


@lru_cache(maxsize=64)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of space-joined phrases: a run of words joined can only be one of the
    phrases if its first word is one of these (or holds a space itself), so the words that are
    not need no joining (a fixed vocabulary's few sets: bounded)."""
    return frozenset(p.split(" ")[0] for p in phrases)


def stem_words(words: list[str]) -> list[str]:
    """The stems of normalised words (as analyze.stem gives them) in one call into the stemmer."""
    return list(_STEMMER.stemWords(words))


class Token(NamedTuple):
    surface: str  # folded, apostrophes removed ("can't" -> "cant")
    stem: str
    sentence: int
    clause: int  # phrases stay within a clause
    scope: int  # a clause, also ended by a breaker word ("but", "just"): where a negation reaches
    number: float | None  # the value of a number ("38.5", "six")
    alt: tuple[str, ...] = ()  # stems of other readings of a typo ("fel": "feel", "fell", "felt")
    paragraph: int = 0  # paragraphs are parted by a blank line
    at: int = -1  # where the word starts in the normalised text (normalize_text), -1 for none


@lru_cache(maxsize=16384)
def _word(value: str) -> tuple[str, str]:
    surface = normal(value)
    return surface, stem(surface)


def normal(word: str) -> str:
    if word.isascii() and word.islower():  # the data files' words: no folding needed
        return word.replace("'", "")
    return fold(word).replace("'", "")


def tokenize(
    text: str, breakers: frozenset[str], joiners: frozenset[str], subjects: frozenset[str]
) -> list[Token]:
    """Tokens in order. A sentence ends at . ! ? ; or a new line; a clause also at a comma, colon
    or dash; a scope also at a breaker word ("but", "just") and at a joiner followed by a subject
    ("and I", "so my"), which is where a negation stops reaching."""
    # a match a token (findall's tuples cost ~1% less) for where each word starts: quotations.py
    # reads the marks around the tokens' words by it, with no tokenizing of its own
    raw: list[tuple[str, str, int, int, float | None, int, int]] = []
    sentence = clause = paragraph = 0
    lines = 0  # new lines since the last word: two or more part paragraphs
    word = _word
    text_read = normalize_text(text)
    for found in _TOKEN.finditer(text_read):
        kind = found.lastgroup
        if kind == "word" or kind == "num":
            if lines > 1:
                paragraph += 1
            lines = 0
            value = found.group()
            if kind == "word":
                raw.append((*word(value), sentence, clause, None, paragraph, found.start()))
            else:
                read = read_number(value.replace(",", "."))
                raw.append((value, value, sentence, clause, read, paragraph, found.start()))
        else:  # a stop, a pause or a clause mark
            if kind == "stop":
                sentence += 1
                lines += found.group().count("\n")
            elif kind == "pause" and _pause_held(raw[-1][0] if raw else "", text_read, found.end()):
                continue  # a comic pause holds its phrase open (data/pause_held.json)
            clause += 1
    tokens: list[Token] = []
    scope = 0
    last_clause = -1
    following = [r[0] for r in raw[1:]]
    following.append("")
    for (surface, stemmed, sentence, clause, number, part, at), after in zip(
        raw, following, strict=False
    ):
        if (
            (tokens and clause != last_clause)
            or surface in breakers
            or (surface in joiners and after in subjects)
        ):
            scope += 1
        last_clause = clause
        tokens.append(Token(surface, stemmed, sentence, clause, scope, number, (), part, at))
    return _join_fragments(tokens)


_NEXT_WORD = lazy(r"\s*([^\W\d_]+)")  # first used at an ellipsis


@lru_cache(maxsize=1)
def _held_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words before an ellipsis, and after it, that hold its phrase open (data/pause_held.json)."""
    from backcare.resources import expect_dict, read_json

    held = expect_dict(read_json("pause_held.json"), "pause_held.json")
    return frozenset(map(normal, held["before"])), frozenset(map(normal, held["after"]))


def _pause_held(before: str, text: str, end: int) -> bool:
    """Whether the ellipsis ending at `end` holds its phrase open: the word after it, in lower
    case, continues the phrase ("the stairs... of the bouncy castle"), or the word before it is
    one the data lists as needing what follows (none today: "no fever or anything in the... legs
    are weak" would join a denial to the sign after the pause). A stop or a capital after it is a
    new thought."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    after = following.group(1)
    if not after.islower():
        return False
    held_before, held_after = _held_words()
    return before in held_before or normal(after) in held_after


# the last texts' normalised forms: a question the rules' screen lets through is read in full
# (tokenize) and then again by follow_up.py and quotations.py, from the same text
@lru_cache(maxsize=2)
def normalize_text(text: str) -> str:
    """Escapes decoded ("&#39;", "%27", "\\u0027", "k1ll": engine/escapes.py), Unicode
    compatibility forms folded, every apostrophe made "'", look-alikes read as what they stand for
    (small capitals, invisible marks, fillers; after NFKC, Cyrillic and Greek letters inside a
    Latin word or among Latin words: engine/lookalikes.py, harden17), disguised spellings read
    (combining marks dropped, "k*ll", "k i l l", "kiII": engine/obfuscations.py) and a negation read as the
    vocabulary writes it ("can t", "ca n't", "can not": "can't"), a checklist's boxes and crosses
    read as words (checklist.py), emoji before them (emoji.py), a run-on sentence ended (run_on.py), spoken compound numbers as digits (spoken.py), the asker's "mine" for a part just named as
    someone else's (mine.py), before tokenizing. The red-flag reading's one normalisation
    (harden14)."""
    # fold first: NFKC splits the acute accent (see engine/apostrophes.py)
    # a sentence no mark ended ("...myself Also, is heat better?"): run_on.py (safety62)
    # a message typed with no spaces ("backpainandnowbothlegsnumb..."): run_together.py
    text = read_checklist(_read_emoji(_read_run_on(run_together_read(decode_escapes(text)))))
    text = _form_answers(text)  # "any incontinence? Y/N' - I put N": form_answers.py
    text = _quoted_fields(text)  # "'Numbness' none", "'Bladder' and I put N/A": quoted_fields.py
    text = exceptions_told(text)  # "no numbness except round my bottom": excepted.py
    text = _neither_denied(text)  # "neither leg is weak": neither.py
    text = read_as_latin(unicodedata.normalize("NFKC", text.translate(READING)))
    # disguised spellings ("k*ll", "p-e-e", "kiII", overlaid marks) read as the vocabulary's
    # words: engine/obfuscations.py (harden18); spoken numbers as digits (spoken.py, safety31)
    # the asker's "mine" for a part just named as someone else's ("... of mine"): mine.py
    return _read_mine(join_contractions(_spoken_numbers(read_obfuscations(text))))


# The steps below are imported only for a text they may change (text_gates.py: each step's own
# quick exit), so that a calm question loads none of their modules (issue 17).


def _read_run_on(text: str) -> str:
    if not may_run_on(text):
        return text
    from backcare.engine.safety.run_on import read_run_on

    return read_run_on(text)


def _quoted_fields(text: str) -> str:
    if not may_quote_a_field(text):
        return text
    from backcare.engine.safety.quoted_fields import quoted_fields

    return quoted_fields(text)


def _read_emoji(text: str) -> str:
    if not may_hold_emoji(text):
        return text
    from backcare.engine.safety.emoji import read_emoji

    return read_emoji(text)


def _form_answers(text: str) -> str:
    if not may_answer_a_question(text):
        return text
    from backcare.engine.safety.form_answers import form_answers

    return form_answers(text)


def _neither_denied(text: str) -> str:
    if not may_say_neither(text):
        return text
    from backcare.engine.safety.neither import neither_denied

    return neither_denied(text)


def _spoken_numbers(text: str) -> str:
    if not may_speak_numbers(text):
        return text
    from backcare.engine.safety.spoken import spoken_numbers

    return spoken_numbers(text)


def _read_mine(text: str) -> str:
    if not may_say_mine(text):
        return text
    from backcare.engine.safety.mine import read_mine

    return read_mine(text)


def first_token(value: str) -> Token:
    """A word or number (as _TOKEN finds it in a normalised text) read as a token alone."""
    # the tokenizer's own number group decides: str.isdigit() is also true of digits no float()
    # reads ("፩", "᧚"), which _TOKEN reads as words
    found = _TOKEN.match(value)
    if found is not None and found.lastgroup == "num" and found.end() == len(value):
        return Token(value, value, 0, 0, 0, read_number(value.replace(",", ".")))
    return Token(*_word(value), 0, 0, 0, None)


def _join_fragments(tokens: list[Token]) -> list[Token]:
    """A fragment of a few words ("Both legs. Numb since this morning.") belongs with the
    sentence after it, so symptoms written telegraphically still meet in one sentence."""
    sizes: dict[int, int] = {}
    for token in tokens:
        sizes[token.sentence] = sizes.get(token.sentence, 0) + 1
    order = sorted(sizes)
    target = {s: s for s in order}
    for s, after in reversed(list(pairwise(order))):
        if sizes[s] <= FRAGMENT:
            target[s] = target[after]
    if all(target[s] == s for s in order):
        return tokens
    return [t._replace(sentence=target[t.sentence]) for t in tokens]


# a number class (data 'numbers'): (low, high, kind), kind "" for any number in the range,
# "whole" for whole numbers only (an age: "I'm 39.2" is no age), "fraction" for numbers with a
# fractional part only (a reading: "I'm 39.2" is a temperature, "I'm 39" an age), "year" for
# whole numbers that cannot be a round time on a 24-hour clock: "hasn't had a wee since 2000" (or
# 1930, 2015, 2045) is this evening, the safe reading, while "since 2010" or "since 1987" is a year
# (review18: a year read for 20:00 made a husband's retention long-standing)
NumberClass = tuple[float, float, str]
_ROUND_MINUTES = (0, 15, 30, 45)  # the minutes a time of day is told at


def number_class(spec: Sequence[Any], this_year: int) -> NumberClass:
    """A number class as the vocabulary writes it: [low, high] or [low, high, kind]. A bound
    written {"years_before": n} is the year n years before `this_year` (the engine has no clock:
    the vocabulary's 'calendar' says which year it reads as this one)."""
    kind = str(spec[2]) if len(spec) > 2 else ""
    if kind not in ("", "whole", "fraction", "year"):
        raise ValueError(f"unknown number kind {kind!r}")
    low, high = (
        this_year - int(b["years_before"]) if isinstance(b, Mapping) else float(b) for b in spec[:2]
    )
    return float(low), float(high), kind


def in_class(number: float, cls: NumberClass) -> bool:
    low, high, kind = cls
    if not low <= number <= high:
        return False
    if kind == "year":
        clock = number < 2400 and int(number) % 100 in _ROUND_MINUTES
        return number.is_integer() and not clock
    return kind == "" or number.is_integer() == (kind == "whole")


class Alternative(NamedTuple):
    stems: frozenset[str]
    exact: frozenset[str]  # words that must stand as written ("=months": not "month")
    prefixes: tuple[str, ...]
    ranges: tuple[NumberClass, ...]  # number classes

    def accepts(self, token: Token) -> bool:
        number = token.number
        if number is not None and any(in_class(number, r) for r in self.ranges):
            return True
        return (
            token.stem in self.stems
            or any(a in self.stems for a in token.alt)
            or token.surface in self.exact
            or token.surface.startswith(self.prefixes)
        )


Element = Alternative | None  # None is a gap ("...")


class Phrase(NamedTuple):
    label: str  # the concept it names; "" for a sense that is no symptom ("fell asleep")
    first: Alternative
    elements: tuple[Element, ...]  # all of them, the first included
    # for each later word that can only be one of some stems: those stems. A question holding
    # none of one of them cannot hold the phrase, which is cheaper to see than to try.
    needs: tuple[frozenset[str], ...]
    at_end: bool = False  # written with a final "$": the phrase must end its clause ("it's gone $")


class Found(NamedTuple):
    label: str
    positions: tuple[int, ...]  # the tokens the phrase's words matched


def _alternative(word: str, classes: Mapping[str, NumberClass]) -> Alternative:
    if word.isascii() and "<" not in word and "*" not in word and "=" not in word:
        # plain options only (most phrase words): `normal` of an ASCII option is its lower case
        # less apostrophes (`fold` of ASCII is `lower`), here in one call for all of them
        # (~120 phrases are compiled for a question's words: issue 17)
        options = word.lower().replace("'", "").split("|")
        return Alternative(frozenset(_STEMMER.stemWords(options)), frozenset(), (), ())
    return options_one_by_one(word, classes)


def options_one_by_one(word: str, classes: Mapping[str, NumberClass]) -> Alternative:
    """A phrase word's options each read and made normal on its own: a number class "<name>",
    a prefix "word*", an exact "=word", or a plain word stemmed (_alternative's fast path for
    plain ASCII options must give the same: tests/test_speed31.py)."""
    plain: list[str] = []
    exact, prefixes, ranges = set(), [], []
    for option in word.split("|"):
        if option.startswith("<") and option.endswith(">"):
            ranges.append(classes[option[1:-1]])
        elif option.endswith("*"):
            prefixes.append(normal(option[:-1]))
        elif option.startswith("="):
            exact.add(normal(option[1:]))
        else:
            plain.append(normal(option))
    # a word lists up to dozens of options: their stems in one call into the C stemmer
    stems = frozenset(_STEMMER.stemWords(plain)) if plain else frozenset()
    return Alternative(stems, frozenset(exact), tuple(prefixes), tuple(ranges))


def check_syntax(text: str) -> list[str]:
    """A phrase's words; ValueError unless it starts and ends with a word, one '...' at a time.
    A final "$" (not counted as a word) says the phrase must end its clause."""
    words = text.split()
    if words and words[-1] == "$":
        words = words[:-1]
    if (
        not words
        or "$" in words
        or "..." in (words[0], words[-1])
        or any(a == b == "..." for a, b in pairwise(words))
    ):
        raise ValueError(f"phrase {text!r} must start and end with a word, one '...' at a time")
    return words


def compile_phrase(
    label: str,
    text: str,
    classes: Mapping[str, NumberClass],
    alternatives: dict[str, Alternative] | None = None,
) -> Phrase:
    """A phrase compiled; `alternatives`: each word as written compiled once (the phrases share
    many words: 3,299 distinct of 6,195), kept by the caller."""
    known = {} if alternatives is None else alternatives
    elements: list[Element] = []
    needs: list[frozenset[str]] = []
    for w in check_syntax(text):
        if w == "...":
            elements.append(None)
            continue
        compiled = known.get(w)
        if compiled is None:
            compiled = known[w] = _alternative(w, classes)
        if elements and not compiled.prefixes and not compiled.ranges:
            # what a later word can only be: its stems, and those of its exact words
            exact = compiled.exact
            needs.append(compiled.stems | {stem(x) for x in exact} if exact else compiled.stems)
        elements.append(compiled)
    at_end = text.split()[-1] == "$"
    first = elements[0]
    assert first is not None  # check_syntax
    return Phrase(label, first, tuple(elements), tuple(needs), at_end)


class Requirements(NamedTuple):
    """Phrases by one word they cannot be found without, and every word each needs (see
    PhraseIndex.requirements)."""

    by_stem: dict[str, tuple[int, ...]]
    by_prefix: dict[str, tuple[int, ...]]
    numeric: tuple[int, ...]  # phrases indexed by a number class
    needs: tuple[tuple[str, tuple[frozenset[str], ...]], ...]  # label, each word's stems

    def phrases(self, token: Token) -> tuple[int, ...]:
        """The phrases this token may be the indexed word of."""
        found = list(self.numeric) if token.number is not None else []
        for key in (token.stem, *token.alt):
            found += self.by_stem.get(key, ())
        word = token.surface
        for length in range(1, len(word) + 1):
            found += self.by_prefix.get(word[:length], ())
        return tuple(found)

    def concepts(self, phrases: Iterable[int], stems: set[str], wanted: set[str]) -> set[str]:
        """The concepts, of those wanted, of the phrases whose other words may all be among
        these stems."""
        found: set[str] = set()
        needs = self.needs
        for n in set(phrases):
            label, groups = needs[n]
            if label in wanted and label not in found:
                for g in groups:
                    if stems.isdisjoint(g):
                        break
                else:
                    found.add(label)
        return found


class PhraseIndex:
    """Phrases found by their first word. Only the first word of each phrase is read up front; a
    phrase is compiled the first time a question holds its first word, so loading stays cheap."""

    def __init__(
        self, phrases: Iterable[tuple[str, str]], classes: Mapping[str, NumberClass]
    ) -> None:
        # a list when built here, the snapshot's read-only Rows when loaded (store/described.py)
        texts: list[tuple[str, str]] = []
        self._texts: Sequence[tuple[str, str]] = texts
        self._compiled: dict[int, Phrase] = {}
        self._classes = classes
        by_stem: dict[str, list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}
        self._numeric: list[int] = []  # phrases whose first word is a number class
        # per word, when seen: the phrases it may start, each with the mask of the stem groups
        # its later words need (a bit a distinct group, given as phrases are compiled; each
        # stem has the bits of the groups it is in): a question meets a phrase's needs when
        # the bits of its stems cover the mask, one test instead of a set test a word
        # (bounded: SAFETY_WORD_MEMO words, then afresh, as the other word memos of a batch)
        self._starts: dict[tuple[str, str, tuple[str, ...], bool], tuple[tuple[int, int], ...]] = {}
        self._group_bits: dict[frozenset[str], int] = {}
        self._stem_bits: dict[str, int] = {}
        self._alternatives: dict[str, Alternative] = {}  # each phrase word compiled, when first
        # each phrase's `needs` as text (`needs_rows`), from the snapshot: a question's words
        # are tested against them before a phrase is compiled, so a cold ask compiles only the
        # phrases its stems can hold (~5 of ~140 a calm question's words start: ~3% of it,
        # issue 17); None when built here (a phrase is compiled to know them, as before)
        self._needs: Sequence[tuple[str]] | None = None
        self._text_bits: dict[str, int] = {}  # a group's text (needs_text) -> its bit
        groups: dict[str, list[int]] = {}  # phrases by their first word as written
        for n, (label, text) in enumerate(phrases):
            texts.append((label, text))
            groups.setdefault(text.partition(" ")[0], []).append(n)
        words: dict[str, list[int]] = {}
        for first, numbers in groups.items():
            if not (first.isascii() and first.islower()) or "'" in first:
                first = "|".join(normal(option) for option in first.split("|"))
            for option in first.split("|"):  # data words: ASCII lower case, no apostrophes
                if option.startswith("<"):
                    self._numeric += numbers
                elif option.endswith("*"):
                    self._by_prefix.setdefault(option[:-1], []).extend(numbers)
                else:  # an exact word ("=months") is found through its stem, then checked
                    words.setdefault(option.removeprefix("="), []).extend(numbers)
        # one call into the C stemmer for all distinct first words: loading is paid by every `ask`
        stems = _STEMMER.stemWords(list(words))
        for numbers, s in zip(words.values(), stems, strict=True):
            by_stem.setdefault(s, []).extend(numbers)
        self._by_stem = StemLists(by_stem)
        self._longest_prefix = max(map(len, self._by_prefix), default=0)

    def requirements(self, weak: frozenset[str]) -> Requirements:
        """What each phrase (senses aside) cannot be found without, indexed by one of its
        words: the concepts a question may name given the words it holds. The word indexed is
        the one without 'weak' stems (common words: "i", "have", "back") with the fewest
        alternatives, so a question of common words reaches few phrases. Read from the phrase
        texts with one call into the C stemmer (compiling them all costs ~0.1 s)."""
        parsed = [
            [w.split("|") for w in text.split() if w not in ("...", "$")] for _, text in self._texts
        ]
        plain = sorted(
            {
                normal(o.removeprefix("="))
                for words in parsed
                for options in words
                for o in options
                if not o.startswith("<") and not o.endswith("*")
            }
        )
        stems = dict(zip(plain, _STEMMER.stemWords(plain), strict=True))

        def group(options: list[str]) -> frozenset[str] | None:
            """A word's stems, or None when it may be a prefix or a number (not checked)."""
            if any(o.startswith("<") or o.endswith("*") for o in options):
                return None
            return frozenset(stems[normal(o.removeprefix("="))] for o in options)

        by_stem: dict[str, list[int]] = {}
        by_prefix: dict[str, list[int]] = {}
        numeric: list[int] = []
        needs: list[tuple[str, tuple[frozenset[str], ...]]] = []
        for (label, _), words in zip(self._texts, parsed, strict=True):
            if not label:
                continue  # a sense names no concept
            groups = [group(options) for options in words]
            n = len(needs)

            def rank(k: int) -> tuple[bool, bool, int]:
                g = groups[k]  # noqa: B023 (used at once)
                if g is None:
                    return (True, True, len(words[k]))  # noqa: B023
                return (False, not g.isdisjoint(weak), len(g))

            chosen = min(range(len(words)), key=rank)
            # the indexed word is there when the phrase is looked at: only the others are checked
            others = tuple(g for k, g in enumerate(groups) if g is not None and k != chosen)
            needs.append((label, others))
            for option in words[chosen]:
                if option.startswith("<"):
                    numeric.append(n)
                elif option.endswith("*"):
                    by_prefix.setdefault(normal(option[:-1]), []).append(n)
                else:
                    by_stem.setdefault(stems[normal(option.removeprefix("="))], []).append(n)
        return Requirements(
            {k: tuple(v) for k, v in by_stem.items()},
            {k: tuple(v) for k, v in by_prefix.items()},
            tuple(numeric),
            tuple(needs),
        )

    def validate(self) -> None:
        """Compile every phrase now (loading only reads first words): ValueError if one is bad."""
        for n in range(len(self._texts)):
            self.phrase(n)

    def phrase(self, n: int) -> Phrase:
        found = self._compiled.get(n)
        if found is None:
            label, text = self._texts[n]
            found = self._compiled[n] = compile_phrase(
                label, text, self._classes, self._alternatives
            )
        return found

    def starting_with(self, token: Token) -> tuple[tuple[int, int], ...]:
        """The numbers of the phrases whose first word may be this token, in file order, each
        with the mask of the groups its later words need (`_needs_mask`); `find` compiles a
        phrase only when the question meets its mask."""
        # the token's own fields as the key (their hashes are kept by the strings): joining the
        # stem and alternatives into a new string a token cost ~1.5% of a 10k batch (speed47)
        key = (token.surface, token.stem, token.alt, token.number is not None)
        cached = self._starts.get(key)
        if cached is None:
            if len(self._starts) >= SAFETY_WORD_MEMO:
                self._starts.clear()  # a bound for long batches of ever new words
            found = list(self._numeric) if token.number is not None else []
            found += self._by_stem.get(token.stem, ())
            for alt in token.alt:
                found += self._by_stem.get(alt, ())
            word = token.surface
            for length in range(1, min(len(word), self._longest_prefix) + 1):
                found += self._by_prefix.get(word[:length], ())
            numbers = sorted(set(found))
            texts = self._needs
            if texts is None:
                masks = [self._needs_mask(self.phrase(n).needs) for n in numbers]
            else:
                masks = [self._text_mask(texts[n][0]) for n in numbers]
            cached = self._starts[key] = tuple(zip(numbers, masks, strict=True))
        return cached

    def _text_mask(self, text: str) -> int:
        """`_needs_mask` of needs as text (`needs_text`): each group's text (its stems sorted,
        so one text a group) given its bit once."""
        mask = 0
        if text:
            bits = self._text_bits
            for group in text.split(NEEDS_GROUPS):
                bit = bits.get(group)
                if bit is None:
                    bit = bits[group] = self._needs_mask((frozenset(group.split(NEEDS_STEMS)),))
                mask |= bit
        return mask

    def needs_rows(self) -> list[tuple[str]] | None:
        """Every phrase's `needs` as text (`needs_text`), for the snapshot; compiles every
        phrase. None when a stem holds a separator, or a phrase does not compile (it fails
        when first met, as when built): the phrases are then compiled to know their needs."""
        made = []
        known: dict[str, Alternative] = {}  # not this index's memos: the snapshot stores them empty
        for label, phrase in self._texts:
            try:
                text = needs_text(compile_phrase(label, phrase, self._classes, known).needs)
            except ValueError:
                return None
            if text is None:
                return None
            made.append((text,))
        return made

    def _needs_mask(self, needs: tuple[frozenset[str], ...]) -> int:
        """The bits of the groups of stems a phrase's later words need, each group given a
        bit the first time a phrase needs it (and each of its stems that bit)."""
        mask = 0
        bits, stem_bits = self._group_bits, self._stem_bits
        for group in needs:
            bit = bits.get(group)
            if bit is None:
                bit = bits[group] = 1 << len(bits)
                for s in group:
                    stem_bits[s] = stem_bits.get(s, 0) | bit
            mask |= bit
        return mask

    def find(self, tokens: list[Token], fillers: frozenset[str]) -> list[Found]:
        """Every phrase found in the tokens (overlapping ones included)."""
        found = []
        starts = [self.starting_with(token) for token in tokens]
        # after every phrase that may start here has its groups' bits: the groups the
        # question's stems meet (a phrase needs each of its later words' groups met)
        stem_bits = self._stem_bits
        met = 0
        for token in tokens:
            met |= stem_bits.get(token.stem, 0)
            for a in token.alt:
                met |= stem_bits.get(a, 0)
        compiled = self._compiled
        for i, candidates in enumerate(starts):
            for n, mask in candidates:
                if mask & met != mask:
                    continue
                phrase = compiled.get(n) or self.phrase(n)
                positions = match_at(phrase, tokens, i, fillers)
                if positions is not None:
                    found.append(Found(phrase.label, positions))
        return found


def match_at(
    phrase: Phrase, tokens: list[Token], start: int, fillers: frozenset[str]
) -> tuple[int, ...] | None:
    """The positions of the phrase's words when it starts at `start`, or None."""
    if not phrase.first.accepts(tokens[start]):
        return None
    found = _rest(phrase.elements, 1, tokens, start, fillers, (start,))
    if found is not None and phrase.at_end:
        after = found[-1] + 1
        if after < len(tokens) and tokens[after].clause == tokens[found[-1]].clause:
            return None
    return found


def _numeric(element: Element) -> bool:
    """Whether a phrase word is a number class alone ("<any>", "<old>"): no word can be it."""
    return (
        element is not None
        and bool(element.ranges)
        and not (element.stems or element.exact or element.prefixes)
    )


def _through_aside(
    elements: tuple[Element, ...], k: int, tokens: list[Token], found: tuple[int, ...]
) -> bool:
    """Whether the phrase's word k may go on into the clause after the last word's, through a
    number told as an aside: a person's age in brackets or between commas ("my nephew (6) was
    39.2", "my son, who is 2, is 38.9": tokenize makes the aside a clause of its own, safety77).
    Only a phrase that asks for a number there reads it so: its word k is a number class alone
    and the aside is a lone number directly after (going in), or its word k-1 was one and
    matched the number ending the aside (coming out); the next clause follows in the same
    sentence (fixD, issue #12)."""
    last = found[-1]
    here, after = tokens[last], tokens[last + 1]
    if after.clause != here.clause + 1 or after.sentence != here.sentence:
        return False
    if _numeric(elements[k]):  # going in: the aside is this number alone
        ends = last + 2 >= len(tokens) or tokens[last + 2].clause != after.clause
        return after.number is not None and after.number.is_integer() and ends
    # coming out: the number the phrase's last word read ends its clause, and the clause is an
    # aside the phrase read whole: gone into, or begun with the phrase ("who is 2,", "(6)"
    # between two clauses of its sentence; not "knocked for six, and my": redteam14)
    if here.number is None or not _numeric(elements[k - 1]):
        return False
    start = found[0]
    if tokens[start].clause != here.clause:
        return True  # gone into: the lone number of its clause (above)
    begun = start == 0 or tokens[start - 1].clause != here.clause
    if start == last:  # begun at the number: an aside only if alone between two clauses
        return begun and start > 0 and tokens[start - 1].sentence == here.sentence
    return begun


def _rest(
    elements: tuple[Element, ...],
    k: int,
    tokens: list[Token],
    last: int,
    fillers: frozenset[str],
    found: tuple[int, ...],
) -> tuple[int, ...] | None:
    if k == len(elements):
        return found
    clause = tokens[last].clause
    element = elements[k]
    gap = element is None
    target = elements[k + 1] if gap else element
    assert target is not None  # phrases never have two gaps in a row nor end in one
    reach = GAP if gap else FILLER_SKIP
    for j in range(last + 1, min(len(tokens), last + 2 + reach)):
        token = tokens[j]
        if token.clause != clause:
            if j == last + 1 and not gap and _through_aside(elements, k, tokens, found):
                clause = token.clause
            else:
                return None
        if target.accepts(token):
            done = _rest(elements, k + (2 if gap else 1), tokens, j, fillers, (*found, j))
            if done is not None:
                return done
        if not gap and token.surface not in fillers:
            return None
    return None
