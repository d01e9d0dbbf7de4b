"""Text -> terms, one analyzer for questions and entries alike.

Steps: Unicode NFKC, case folding and accent stripping; tokenising on letters/digits (keeping inner
apostrophes); Snowball stemming (PyStemmer); stop words dropped unless nothing else is left; and, for
questions only, expansion through the lexicon's synonym groups. Per-word work is cached because words
repeat far more than questions do (batch mode answers thousands of lines).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

import Stemmer

from backcare.engine.apostrophes import APOSTROPHES
from backcare.engine.english_words import SortedWords as SortedWords
from backcare.engine.english_words import common_words as common_words
from backcare.engine.sorted_rows import PhraseRows
from backcare.engine.tuning import (
    BEST_REACH,
    CHILD_AGE,
    KIND_ASKED_REACH,
    PAIR_WORD,
    SYNONYM_WEIGHT,
    WORD_CACHE,
)
from backcare.hints import TYPE_CHECKING, Any
from backcare.namedtuple import NamedTuple
from backcare.resources import (
    expect_dict,
    expect_list,
    expect_strings,
    read_json,
    read_words,
)

if TYPE_CHECKING:
    from backcare.packs.schema import Pack

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# Joins the stems of a multi-word lexicon member into one term meaning "all of these words".
PHRASE_SEPARATOR = " "
# In a lexicon member, "muscles ... spine": the second part follows within GAP_WORDS words.
GAP = "..."
GAP_WORDS = 6
IDIOM_GAP = 2  # words said before the last word of an idiom of a thing's back (Analyzer.idiomatic)

# no PyStemmer cache: `stem` keeps its own, and a word the stemmer's cache misses costs twice a
# bare stemming (~1.0 against ~0.46 us; a cold ask stems ~1,000 distinct words once; issue 17)
_stemmer = Stemmer.Stemmer("english", 0)
# words that start no word run together with the next (analyzer joins)
_ARTICLES = frozenset({"a", "an", "the"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case-fold and strip accents from one token ('Café' -> 'cafe')."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_stemmer.stemWord(word.replace("'", "")))


# analysis, ranking and safety each read the same question, its sentences, its asking sentence and
# its corrected forms, ~25 texts a question: at 8 most were gone before their next reading (1,000 of
# the bench's batch questions: 33,121 tokenisings at 8, 16,301 at 256; a few MB at most)
@lru_cache(maxsize=256)
def words(text: str) -> tuple[str, ...]:
    """Normalised surface tokens of a text, in order."""
    if text.isascii():  # NFKC and accent folding change nothing here: lower-casing is all
        return tuple(_TOKEN.findall(text.translate(APOSTROPHES).lower()))
    text = unicodedata.normalize("NFKC", text.translate(APOSTROPHES))  # fold first: see apostrophes
    return tuple(fold(t) for t in _TOKEN.findall(text))


@lru_cache(maxsize=8)  # a question's stems are read by several steps
def text_stems(text: str) -> tuple[str, ...]:
    """The stems of a text's tokens, in order."""
    return tuple(stem(w) for w in words(text))


class Concept(NamedTuple):
    """One idea in a question: the word typed and the terms (stems) that can stand for it, weighted.
    `filler` marks the concepts of a question made only of stop words ("what is it")."""

    word: str
    alternatives: tuple[tuple[str, float], ...]
    filler: bool = False


def _phrases(texts: Iterable[str]) -> list[tuple[str, ...]]:
    """The stems of many short texts (lexicon phrases), stemmed in one call: start-up time."""
    tokens = [words(t) for t in texts]
    flat = iter(_stemmer.stemWords([w.replace("'", "") for ws in tokens for w in ws]))
    return [tuple(next(flat) for _ in ws) for ws in tokens]


class TopicWords(NamedTuple):
    """Topics an answer must mention when a question asks about them, and the words around a topic
    that make it only the question's setting (before it) or the source of what it asks (after)."""

    names: Sequence[str] = ()
    setting_before: Sequence[str] = ()
    # a setting told as what brought a state on: one of setting_from right before one of
    # setting_doing ("tight from lifting the toddler": the toddler is what was lifted)
    setting_from: Sequence[str] = ()
    setting_doing: Sequence[str] = ()
    source_after: Sequence[str] = ()
    # topics asked about even as the setting: things done to the back itself ("back pain after
    # an epidural" asks about the epidural, "rebuild muscle after surgery" not about surgery)
    always_asked: Sequence[str] = ()
    # words after a number that make it an age ("12-year-old", "9 yo"): under CHILD_AGE it is a
    # child's, the topic ages_as names ("child"); after "months old", "weeks old" (baby_ages) always
    ages: Sequence[str] = ()
    baby_ages: Sequence[str] = ()
    ages_as: Sequence[str] = ()
    # topics that are where something was seen (imaging: "gone thin on the scan, what causes
    # that" asks about the thinning), right after one of seen_before ("on the", "in my"), unless
    # the text asks what they show (seen_unless: "can wasting be seen on an MRI")
    seen_on: Sequence[str] = ()
    seen_before: Sequence[str] = ()
    seen_unless: Sequence[str] = ()
    # words right after an organ that make it a place on the body ("the kidney area", "pain of
    # the kidneys place": the lower back), not the organ asked about
    place_after: Sequence[str] = ()
    # words that name a kind of thing, not one thing ("medication", "painkillers"): a topic they
    # stand for as lexicon synonyms ("ibuprofen") is mentioned by them only where an entry is about
    # the kind (its question or aliases say it) or answers what the question asks (Sense's type)
    classes: Sequence[str] = ()
    # words that ask which one of a kind ("which painkillers are ok", "what painkiller should I
    # take"): a kind asked so (KIND_ASKED_REACH words on at most) asks to name one, which only an
    # entry about such things (its question or aliases) does, not a list that names the kind
    which: Sequence[str] = ()
    # words that ask to name the best one of a thing ("best foam roller for erector spinae"): a
    # topic up to BEST_REACH words after one is mentioned only by an entry that says it by its own
    # words, not through a synonym ("massage" says how to use a roller, not which one to buy)
    best: Sequence[str] = ()


class Analyzer:
    """Holds the stop words and synonym groups; turns texts into stems and questions into concepts."""

    def __init__(
        self,
        stopwords: Iterable[str],
        synonyms: Iterable[Sequence[str]] = (),
        framing: Iterable[str] = (),
        topics: TopicWords | None = None,
        broader: Sequence[Sequence[str]] = (),
        regions: Sequence[Sequence[str]] = (),
        idioms: Iterable[str] = (),
    ) -> None:
        self.stopwords = frozenset(fold(w) for w in stopwords)
        self._stop_stems = frozenset(stem(w) for w in self.stopwords)
        # words that frame a question ("how long", "best way") rather than name its topic
        self.framing = frozenset(fold(w) for w in framing)
        # phrase (tuple of stems) -> the terms of the other members of its groups
        expansions: dict[tuple[str, ...], set[str]] = {}
        # a phrase whose other words are stop words is searched as its one word ("in bed": bed);
        # but not when that word alone is a member of another group, a sense of its own there:
        # "wear off" is no "wear" (clothes), so "gets better" must not reach the wear entry
        own_sense = _own_senses([[self._member(m) for m in group] for group in synonyms])
        for number, group in enumerate(synonyms):
            members = {self._member(m) for m in group}
            members.discard(((), ""))
            for phrase, _ in members:
                expansion = expansions.setdefault(phrase, set())
                expansion.update(
                    term
                    for other, term in members
                    if other != phrase
                    and term
                    and not (len(other) > 1 and number not in own_sense.get(term, (number,)))
                )
        # one-way links: a narrower word also searches its broader term ("calves" -> "muscle"), but
        # not the other way ("muscles" must not reach the "legs" of "legs up the wall")
        # ... and which terms a word reaches only that way: a broader term is searched for, but
        # does not name what the word names ("legs" is no question about the erector muscles)
        only_broader: dict[str, set[str]] = {}
        for broad, *narrow in broader:
            _, term = self._member(broad)
            for phrase, _ in map(self._member, narrow):
                if phrase:
                    if term not in expansions.get(phrase, ()) and len(phrase) == 1:
                        only_broader.setdefault(phrase[0], set()).add(term)
                    expansions.setdefault(phrase, set()).add(term)
        self._only_broader = {s: frozenset(terms) for s, terms in only_broader.items()}
        # sorted, so a question's terms come in the same order in every run
        expanded = {p: tuple(sorted(terms)) for p, terms in expansions.items()}
        # kept as one sorted text (engine/sorted_rows.py): a question looks a few phrases up
        self._expansions = PhraseRows(expanded)
        self._longest = max((len(p) for p in expanded), default=0)
        self._phrase_starts = frozenset(p[0] for p in expanded if len(p) > 1)
        # their first two stems: most words that start a phrase ("back") start it with few others
        self._phrase_heads = frozenset(p[:2] for p in expanded if len(p) > 1)
        self._gaps = [(p[: p.index(GAP)], p[p.index(GAP) + 1 :], p) for p in expanded if GAP in p]
        # each gap's number under its first stem: a question is checked only for the gaps whose
        # first word it has, not for all of them
        self._gap_starts: dict[str, list[int]] = {}
        for number, (left, _, _) in enumerate(self._gaps):
            self._gap_starts.setdefault(left[0], []).append(number)
        self._single: dict[tuple[str, float], Concept] = {}
        self._merged: dict[tuple[str, tuple[tuple[str, ...], ...], bool], Concept] = {}
        # body regions (back; limbs and neck): stem -> region number
        self.regions = {stem(w): i for i, group in enumerate(regions) for w in group}
        # phrases in which a body-region word is no body part ("get it back", "back to normal")
        # region stem -> (idiom, where the stem is in it), so only a region word's neighbours are read
        self._idioms: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for idiom in set(_phrases(idioms)):
            for at, s in enumerate(idiom):
                if s in self.regions:
                    self._idioms.setdefault(s, []).append((idiom, at))
        # the same, grouped by the region word's place and the idiom's length: a question's words
        # around a region word are then read once a group (the 104 idioms of "back" are 8 groups)
        groups: dict[str, dict[tuple[int, int], set[tuple[str, ...]]]] = {}
        for s, places in self._idioms.items():
            for idiom, at in places:
                groups.setdefault(s, {}).setdefault((at, len(idiom)), set()).add(idiom)
        self._idiom_groups = {
            s: [(at, size, frozenset(found)) for (at, size), found in sorted(by.items())]
            for s, by in groups.items()
        }
        self._idiomatic: tuple[str, frozenset[int]] = ("", frozenset())  # the last text's
        # single lexicon words, so a typo of a lay word ("wastng") can be corrected to it
        self.vocabulary = frozenset(
            w
            for group in (*synonyms, *broader)
            for m in group
            for w in words(m)
            if w not in self.stopwords
        )
        # topics an answer must mention when a question asks about them ("mattress", "MRI"), as
        # the stems of all their words ("time off work" keeps its "off")
        topics = topics or TopicWords()
        # each topic's stems -> the words it is written with (a question's words must be close
        # to them: "muscles relax" has the stems of "muscle relaxants" but is no medicine)
        self._topic_words: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for name, phrase in zip(topics.names, _phrases(topics.names), strict=True):
            if phrase:
                self._topic_words.setdefault(phrase, []).append(words(name))
        # (the topics are the dict's keys: no set of them is kept, ~1M instructions a cold ask
        # to read from the snapshot)
        self._topic_longest = max((len(p) for p in self._topic_words), default=0)
        self._topic_starts = frozenset(p[0] for p in self._topic_words)
        # the lengths of the topics starting with each stem, longest first
        lengths: dict[str, set[int]] = {}
        for p in self._topic_words:
            lengths.setdefault(p[0], set()).add(len(p))
        self._topic_lengths = {s: tuple(sorted(n, reverse=True)) for s, n in lengths.items()}
        self._setting = frozenset(stem(w) for w in topics.setting_before)
        self._setting_from = frozenset(stem(w) for w in topics.setting_from)
        self._doing = frozenset(stem(w) for w in topics.setting_doing)
        self._always_asked = frozenset(filter(None, _phrases(topics.always_asked)))
        self._classes = frozenset(filter(None, _phrases(topics.classes)))
        self._which = frozenset(fold(w) for w in topics.which)
        self._best = frozenset(stem(w) for w in topics.best)
        self._topic_forms: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
        self._ages = tuple((p, False) for p in _phrases(topics.ages) if p) + tuple(
            (p, True) for p in _phrases(topics.baby_ages) if p
        )
        self._age_topic = next(filter(None, _phrases(topics.ages_as)), ())
        self._source = frozenset(
            fold(w) for w in topics.source_after
        )  # as written: "shows", not "show"
        self._place_after = frozenset(fold(w) for w in topics.place_after)
        self._seen_on = frozenset(filter(None, _phrases(topics.seen_on)))
        self._seen_before = tuple(filter(None, _phrases(topics.seen_before)))
        self._seen_unless = tuple(filter(None, _phrases(topics.seen_unless)))

    def _member(self, member: str) -> tuple[tuple[str, ...], str]:
        """A lexicon member as a phrase to spot in questions (all its stems) and as the one term it
        expands to: a phrase's content stems joined by spaces, which ranking reads as "all of these
        words" ("physical activity" must not match every entry that says "physical")."""
        if GAP in member:  # "muscles ... spine": spotted only, never searched for
            left, _, right = member.partition(GAP)
            return (*self._member(left)[0], GAP, *self._member(right)[0]), ""
        tokens = words(member)
        content = [w for w in tokens if w not in self.stopwords] or tokens
        return tuple(stem(w) for w in tokens), PHRASE_SEPARATOR.join(stem(w) for w in content)

    def terms(self, text: str) -> list[str]:
        """Stems of a text, stop words dropped unless they are all there is."""
        tokens = words(text)
        kept = [w for w in tokens if w not in self.stopwords] or tokens
        return [stem(w) for w in kept]

    def concepts(self, text: str, known: Callable[[str], bool] | None = None) -> list[Concept]:
        """A question's concepts: each kept word, plus what its phrase or word means via the lexicon.
        With `known` (is this word in the pack?), two words that the pack writes as one ("back up"
        for "backup", "git hub") make one concept."""
        tokens = words(text)
        joined = self._joins(tokens, known) if known is not None else {}
        stems = text_stems(text)
        idiomatic = self.idiomatic(text)
        kept = [w not in self.stopwords for w in tokens]
        filler = not any(kept)
        # multi-word lexicon phrases (stop words included, so "lack of exercise" works)
        phrases: dict[int, list[tuple[str, ...]]] = {}
        heads = self._phrase_heads
        for start, first in enumerate(stems):
            if first in self._phrase_starts and stems[start : start + 2] in heads:
                for length in range(2, min(self._longest, len(stems) - start) + 1):
                    phrase = tuple(stems[start : start + length])
                    if phrase in self._expansions:
                        for i in range(start, start + length):
                            phrases.setdefault(i, []).append(phrase)
        present = set(stems)
        starts = self._gap_starts
        for number in sorted(n for s in present if s in starts for n in starts[s]):
            left, right, phrase = self._gaps[number]  # in the lexicon's order, as phrases are
            if right[0] in present:
                self._spot_gap(stems, left, right, phrase, phrases)
        concepts = []
        for i, word in enumerate(tokens):
            if i in joined:
                concept = self.concept(joined[i])
                second = tokens[i + 1]
                # two words of content that the pack also writes run together ("council tax",
                # where an address says "counciltax@"): the pair read as written, too, so the
                # entries that say it as two words are found as well as the one-word form's.
                # Not a letter before a word ("e-mails", "x ray"): a prefix, not a word
                if (
                    kept[i]
                    and second not in self.stopwords
                    and min(len(word), len(second)) >= PAIR_WORD
                ):
                    pair = PHRASE_SEPARATOR.join((stem(word), stem(second)))
                    concept = concept._replace(alternatives=(*concept.alternatives, (pair, 1.0)))
                concepts.append(concept._replace(word=f"{word} {second}"))
                continue
            if not (kept[i] or filler) or i - 1 in joined:
                continue
            if i in idiomatic:  # only what its phrase means ("get it back": regain), if anything
                meant = {t: SYNONYM_WEIGHT for p in phrases.get(i, ()) for t in self._expansions[p]}
                if meant:
                    concepts.append(Concept(word, tuple(meant.items())))
                continue
            if i not in phrases and not filler:
                concepts.append(self.concept(word))
                continue
            concepts.append(self._in_phrases(word, tuple(phrases.get(i, ())), filler))
        return concepts

    def _in_phrases(self, word: str, phrases: tuple[tuple[str, ...], ...], filler: bool) -> Concept:
        """A word's concept with what the lexicon phrases it is part of mean (kept: a batch meets
        the same phrases again and again)."""
        key = (word, phrases, filler)
        found = self._merged.get(key)
        if found is None:
            alternatives = dict(self.concept(word).alternatives)
            for phrase in phrases:
                for term in self._expansions[phrase]:
                    alternatives.setdefault(term, SYNONYM_WEIGHT)
            found = Concept(word, tuple(alternatives.items()), filler)
            if len(self._merged) >= WORD_CACHE:
                self._merged.clear()
            self._merged[key] = found
        return found

    @staticmethod
    def _spot_gap(
        stems: Sequence[str],
        left: tuple[str, ...],
        right: tuple[str, ...],
        phrase: tuple[str, ...],
        phrases: dict[int, list[tuple[str, ...]]],
    ) -> None:
        """Marks the words of "muscles ... spine" where the second part follows the first within
        GAP_WORDS words ("the muscles running up beside my spine")."""
        for start in range(len(stems) - len(left) + 1):
            if tuple(stems[start : start + len(left)]) != left:
                continue
            after = start + len(left)
            for at in range(after, min(after + GAP_WORDS + 1, len(stems) - len(right) + 1)):
                if tuple(stems[at : at + len(right)]) == right:
                    for i in (*range(start, after), *range(at, at + len(right))):
                        phrases.setdefault(i, []).append(phrase)
                    break

    def idiomatic(self, text: str) -> frozenset[int]:
        """Positions of body-region words that are no body part in this text ("back" in "how long
        to get it back", "back to normal"): dropped from the question's concepts and regions."""
        if self._idiomatic[0] == text:  # read twice for each question
            return self._idiomatic[1]
        stems = text_stems(text)
        if self._idioms.keys().isdisjoint(stems):
            self._idiomatic = (text, frozenset())
            return self._idiomatic[1]
        groups = self._idiom_groups
        found = frozenset(
            i
            for i, s in enumerate(stems)
            if s in groups
            and any(
                i >= at
                and (
                    stems[i - at : i - at + size] in idioms
                    # a thing's back said with words before the thing ("the back of a wobbly
                    # wooden chair" as "the back of a chair"): an idiom of four words or more
                    # that opens with the region word, up to IDIOM_GAP words before its last
                    or (
                        at == 0
                        and size >= 4
                        and any(
                            (*stems[i : i + size - 1], stems[i + size - 1 + gap]) in idioms
                            for gap in range(1, IDIOM_GAP + 1)
                            if i + size - 1 + gap < len(stems)
                        )
                    )
                )
                for at, size, idioms in groups[s]
            )
        )
        self._idiomatic = (text, found)
        return found

    def _joins(self, tokens: Sequence[str], known: Callable[[str], bool]) -> dict[int, str]:
        """Positions where a word and the next one are, run together, a word of the pack. The
        first word may be inflected where the pack's compound is not: a phrasal verb's past or
        gerund ("striked through", "logged in", "backing up") is the compound the pack writes
        ("strikethrough", "login", "backup")."""
        joins: dict[int, str] = {}
        for i in range(len(tokens) - 1):
            first, second = tokens[i], tokens[i + 1]
            if (
                i - 1 in joins
                or first in _ARTICLES  # "a long walk" is no "along", "a part" no "apart"
                or (first in self.stopwords and second in self.stopwords)
            ):
                continue
            word = first + second
            if word in self.stopwords or not known(word):
                inflected, word = word, stem(first) + second  # stemmed only when needed
                if word == inflected or word in self.stopwords or not known(word):
                    continue
            joins[i] = word
        return joins

    def topics(self, text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The topics a text asks about, as stems and as written, longest first at each position
        ("standing desk", not "desk"); not those that are only its setting ("after knee surgery") or the source of what
        it asks ("my MRI report says ...")."""
        if not self._topic_words:
            return ()
        tokens = words(text)
        stems = text_stems(text)
        found = []
        i = 0
        while i < len(stems):
            size = 1
            if self._age_topic and tokens[i].isdigit() and (length := self._age(tokens, stems, i)):
                # a child's age: "my 12-year-old", "a 6 month old baby" (not "I'm 45 years old")
                if not self._in_setting(stems, i):
                    found.append((self._age_topic, " ".join(tokens[i : i + length])))
                i += length
                continue
            if stems[i] in self._topic_starts:
                for length in self._topic_lengths.get(stems[i], ()):
                    if length > len(stems) - i:
                        continue
                    phrase = stems[i : i + length]
                    if phrase in self._topic_words and self._written_as(
                        tokens[i : i + length], self._topic_words[phrase]
                    ):
                        aside = phrase not in self._always_asked and self._in_setting(stems, i)
                        aside = aside or not self._source.isdisjoint(
                            tokens[i + length : i + length + 2]
                        )
                        aside = aside or not self._place_after.isdisjoint(
                            tokens[i + length : i + length + 1]
                        )
                        if not aside and not self._seen_there(phrase, stems, i):
                            found.append((phrase, " ".join(tokens[i : i + length])))
                        size = length
                        break
            i += size
        return tuple(found)

    def always_asked(self, phrase: tuple[str, ...]) -> bool:
        """Whether a topic (as stems) is asked wherever it is said ("an epidural", "a flu jab")."""
        return phrase in self._always_asked

    def topic_names(self) -> Iterator[tuple[tuple[str, ...], str]]:
        """Every topic, as stems and as written (each written form once)."""
        for phrase, forms in self._topic_words.items():
            for form in forms:
                yield phrase, " ".join(form)

    def _seen_there(self, phrase: tuple[str, ...], stems: Sequence[str], at: int) -> bool:
        """Whether a topic starting at `at` is only where something was seen ("thin on the scan"),
        not what the text asks about ("can it be seen on an MRI", "what does it look like")."""
        if phrase not in self._seen_on:
            return False
        if not any(tuple(stems[max(0, at - len(b)) : at]) == b for b in self._seen_before):
            return False
        return not any(
            tuple(stems[i : i + len(u)]) == u for u in self._seen_unless for i in range(len(stems))
        )

    def _age(self, tokens: Sequence[str], stems: Sequence[str], at: int) -> int:
        """The length of a child's age starting with the number at `at` (0 if it is none)."""
        for phrase, always in self._ages:
            if tuple(stems[at + 1 : at + 1 + len(phrase)]) == phrase:
                return 1 + len(phrase) if always or int(tokens[at]) < CHILD_AGE else 0
        return 0

    @staticmethod
    def _written_as(typed: Sequence[str], forms: Sequence[tuple[str, ...]]) -> bool:
        """Whether words typed are one of a topic's written forms, give or take an inflection
        ("mattresses", "surgeries"; not "relax" for "relaxants")."""
        return any(
            len(form) == len(typed) and all(_close(a, b) for a, b in zip(typed, form, strict=True))
            for form in forms
        )

    def setting(self, text: str) -> frozenset[str]:
        """The words of a text's setting: those within three words after "after", "since",
        "without" ... ("my hamstrings are tight after football": football), or "from" before a
        doing word ("from lifting the toddler")."""
        if not self._setting and not self._doing:
            return frozenset()
        tokens = words(text)
        return frozenset(
            w for i in self._setting_starts(text_stems(text)) for w in tokens[i + 1 : i + 4]
        )

    def _setting_starts(self, stems: Sequence[str]) -> list[int]:
        """The places of the words that open a setting: one of setting_before, or one of
        setting_from right before a doing word ("from lifting": what was done brought it on)."""
        return [i for i in range(len(stems)) if self._opens_setting(stems, i)]

    def _opens_setting(self, stems: Sequence[str], i: int) -> bool:
        """Whether the word at `i` opens a setting (_setting_starts)."""
        s = stems[i]
        return s in self._setting or (
            s in self._setting_from and i + 1 < len(stems) and stems[i + 1] in self._doing
        )

    def _in_setting(self, stems: Sequence[str], at: int) -> bool:
        """Whether a word is within three words after a setting's opener: only those three
        places are read, not the whole message once per topic found."""
        return any(self._opens_setting(stems, i) for i in range(max(0, at - 3), at))

    def setting_cues(self, text: str) -> frozenset[str]:
        """The words that open a text's setting ("since" of "stiff since breakfast"): they say
        when or without what, not what the text is about."""
        if not self._setting:
            return frozenset()
        return frozenset(
            w for w, s in zip(words(text), text_stems(text), strict=True) if s in self._setting
        )

    @staticmethod
    def figurative(text: str) -> frozenset[str]:
        """The words of a text's similes, which describe rather than name: the two words after
        "as a", "like a" ("tight as a drum", "stiff like a plank of wood")."""
        tokens = words(text)
        return frozenset(
            w
            for i in range(len(tokens) - 1)
            if tokens[i] in ("as", "like") and tokens[i + 1] in ("a", "an")
            for w in tokens[i + 2 : i + 4]
        )

    def topic_forms(self, topic: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """What an entry may say to mention a topic: all its content stems, or all the stems of one
        of its lexicon synonyms ("ibuprofen" is mentioned by "pain medication")."""
        found = self._topic_forms.get(topic)
        if found is None:
            content = tuple(s for s in topic if s not in self._stop_stems) or topic
            synonyms = self._expansions.get(topic, ())
            found = (content, *(tuple(t.split(PHRASE_SEPARATOR)) for t in synonyms))
            self._topic_forms[topic] = found
        return found

    def names_a_kind(self, form: tuple[str, ...]) -> bool:
        """Whether a topic form (topic_forms) is a word for a kind of thing ("medication"), not
        the thing a question names ("ibuprofen")."""
        return form in self._classes

    def kinds_asked(self, text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The words for a kind of thing (topics "classes") that a text asks which one of, as
        stems and as written ("which painkillers are ok for backache", "what painkiller should I
        take"): the question asks to name one of the kind, as it asks about a topic."""
        if not self._which or not self._classes:
            return ()
        tokens = words(text)
        stems = text_stems(text)
        found = []
        for i, stemmed in enumerate(stems):
            if (stemmed,) in self._classes and self._which.intersection(
                tokens[max(0, i - KIND_ASKED_REACH) : i]
            ):
                found.append(((stemmed,), tokens[i]))
        return tuple(found)

    def best_asked(self, text: str) -> frozenset[tuple[str, ...]]:
        """The topics a text asks to name the best one of (TopicWords.best: "best foam roller for
        erector spinae": foam roller), as stems."""
        if not self._best:
            return frozenset()
        stems = text_stems(text)
        found = set()
        for i, stemmed in enumerate(stems):
            if stemmed not in self._best:
                continue
            for j in range(i + 1, min(len(stems), i + 1 + BEST_REACH)):
                for length in self._topic_lengths.get(stems[j], ()):
                    if tuple(stems[j : j + length]) in self._topic_words:
                        found.add(tuple(stems[j : j + length]))
                        break
        return frozenset(found)

    def names_kinds(self, text: str) -> bool:
        """Whether stems with a space either side of each phrase (Sense._outside's texts) hold a
        word for a kind of thing ("medic": "Should I take pain medication every day?")."""
        return any(f" {' '.join(kind)} " in text for kind in self._classes)

    def broader_only(self, term: str) -> frozenset[str]:
        """The terms a stem reaches only through a one-way broader link ("leg" -> "muscl")."""
        return self._only_broader.get(term, frozenset())

    def concept(self, word: str, weight: float = 1.0) -> Concept:
        """The concept of one (corrected) word: its stem and its lexicon synonyms, scaled by weight."""
        found = self._single.get((word, weight))
        if found is None:
            alternatives: dict[str, float] = {stem(word): weight}
            for other in _other_number(word):  # "bus"/"buses": one word to Snowball's eye
                alternatives.setdefault(stem(other), weight)
            for term in self._expansions.get((stem(word),), ()):
                alternatives.setdefault(term, weight * SYNONYM_WEIGHT)
            if len(self._single) >= WORD_CACHE:
                self._single.clear()  # a long batch of ever new words: start afresh
            found = self._single[word, weight] = Concept(word, tuple(alternatives.items()))
        return found


def _own_senses(groups: Sequence[Sequence[tuple[tuple[str, ...], str]]]) -> dict[str, set[int]]:
    """Each one-word member's term -> the numbers of the synonym groups it is a member of alone."""
    found: dict[str, set[int]] = {}
    for number, members in enumerate(groups):
        for phrase, term in members:
            if len(phrase) == 1 and term:
                found.setdefault(term, set()).add(number)
    return found


def _other_number(word: str) -> tuple[str, ...]:
    """The singular or plural of a word whose two forms Snowball stems apart: it reads "buses" as
    "buse" + s ("bus" stays "bus"), and strips "lens" to "len" but "lenses" to "lens" ("gas",
    "iris", "canvas", "plus" alike). A "-ses" word is the plural of its "-s" form when that form is
    a common English word and its "-se" form is not ("uses", "noses", "causes": "use", "nose",
    "cause"); an "-s" word is a singular when it is a common word, without its "s" is not
    ("muscles", "news": "muscle", "new") and it does not end in "es" ("series"). The red-flag reader keeps Snowball's stems: this is an
    alternative term of the matcher's concept, not a change of `stem`."""
    if len(word) < 3 or not word.endswith("s") or word.endswith("ss"):
        return ()
    common = common_words()
    if word.endswith("ses") and len(word) >= 5:
        single = word[:-2]
        if stem(word) != stem(single) and word[:-1] not in common and single in common:
            return (single,)
        return ()
    plural = word + "es"
    if (
        not word.endswith("es")
        and stem(plural) != stem(word)
        and word in common
        and word[:-1] not in common
        and (word + "e" not in common)
    ):
        return (plural,)
    return ()


# inflectional endings: a topic's word and the question's may differ by one of these, not by a
# derivation the stemmer also removes ("relaxants" is a medicine, "relax" is not)
_ENDINGS = ("ies", "ing", "es", "ed", "s", "y", "e")


def _base(word: str) -> str:
    """A word without its inflectional ending, and a final doubled letter ("running": run)."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word[:-1] if len(word) >= 4 and word[-1] == word[-2] else word


def _close(typed: str, written: str) -> bool:
    """Two inflections of one word (mattress / mattresses, injury / injuring, run / running), or
    a word and its possessive ("my dog's back" names my dog)."""
    typed = typed.removesuffix("'s")
    return typed == written or _base(typed) == _base(written)


def load_stopwords() -> list[str]:
    return read_words("stopwords.txt")


def load_framing_words() -> list[str]:
    return read_words("framing_words.txt")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    return expect_dict(read_json("lexicon.json"), "lexicon.json")


def load_lexicon() -> list[list[str]]:
    groups = expect_list(_lexicon().get("synonyms"), "lexicon.json: synonyms")
    return [expect_strings(g, f"lexicon.json: synonyms[{i}]") for i, g in enumerate(groups)]


def load_broader() -> list[list[str]]:
    """The lexicon's one-way groups: a broader term, then the narrower words that also search it."""
    groups = expect_list(_lexicon().get("broader", []), "lexicon.json: broader")
    return [expect_strings(g, f"lexicon.json: broader[{i}]") for i, g in enumerate(groups)]


def load_idioms() -> list[str]:
    """The lexicon's idioms: phrases in which a body-region word is no body part."""
    return expect_strings(_lexicon().get("idioms", []), "lexicon.json: idioms")


def load_region_borders() -> list[str]:
    """The lexicon's words of body parts that border the back ("hips", "glutes")."""
    return expect_strings(_lexicon().get("region_borders", []), "lexicon.json: region_borders")


def load_regions() -> list[list[str]]:
    """The lexicon's body regions, each a list of the words that name it."""
    groups = expect_list(_lexicon().get("regions", []), "lexicon.json: regions")
    return [expect_strings(g, f"lexicon.json: regions[{i}]") for i, g in enumerate(groups)]


def load_topics() -> TopicWords:
    """The lexicon's topics: things a question may ask about that an answer must mention."""
    data = expect_dict(_lexicon().get("topics", {}), "lexicon.json: topics")
    return TopicWords(
        *(expect_strings(data.get(k, []), f"lexicon.json: topics: {k}") for k in TopicWords._fields)
    )


def default_analyzer(extra_synonyms: Iterable[Sequence[str]] = ()) -> Analyzer:
    """The analyzer for back-care packs: bundled stop words, lexicon and topics, plus a pack's own
    groups."""
    return Analyzer(
        load_stopwords(),
        [*load_lexicon(), *extra_synonyms],
        load_framing_words(),
        load_topics(),
        load_broader(),
        load_regions(),
        load_idioms(),
    )


def analyzer_for(pack: Pack) -> Analyzer:
    """The analyzer a pack's index and questions use: with the back-care lexicon unless the pack
    turns it off, plus the pack's own synonym groups. One per lexicon: the index store and the
    matcher of an indexed pack ask for it in turn, and building one costs 15-30 ms of a cold ask.
    (Its caches are memos of pure functions of the text: sharing it changes no result.)"""
    return _analyzer(pack.builtin_lexicon, pack.synonyms)


@lru_cache(maxsize=4)
def _analyzer(builtin: bool, synonyms: tuple[tuple[str, ...], ...]) -> Analyzer:
    from backcare.engine import prebuilt

    return prebuilt.analyzer(builtin, synonyms) or build_analyzer(builtin, synonyms)


def build_analyzer(builtin: bool, synonyms: tuple[tuple[str, ...], ...]) -> Analyzer:
    """A new analyzer for a pack's lexicon settings (analyzer_for shares one per process)."""
    if builtin:
        return default_analyzer(synonyms)
    return Analyzer(load_stopwords(), synonyms, load_framing_words())
