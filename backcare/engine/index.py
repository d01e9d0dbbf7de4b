"""Indexing a pack: per-entry analysis, BM25F postings and character n-gram statistics. Pure: no I/O.
`backcare.store.memory` serves small packs from an `IndexData`; `backcare.store.sqlite` writes the same
`IndexBuilder` output to a file for large ones.

Field weights (question and aliases weigh most, then tags and topic, the answer least) and how much a
term found in each field counts towards coverage live here because postings record them.

Building is analysis-bound (a 50,000-entry pack has about 250,000 texts and 2 million words), so
`TextAnalysis` gives `Analyzer.terms` and `words` results through per-word tables: an ASCII text is
split in C (bytes.translate, then split) and its words mapped to stems with one dict lookup each,
instead of a regex, a cached fold and a cached stem per word. Any other text goes through
`analyze.words` itself. tests/test_store_build.py checks that both give the analyzer's own results.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import chain, filterfalse, pairwise, repeat
from operator import itemgetter

from backcare.engine.analyze import Analyzer, stem, words
from backcare.engine.split_compounds import (
    compound_key,
    compound_terms,
    has_hyphen,
    hyphen_compounds,
    load_particles,
)
from backcare.engine.tuning import BATCH_WORDS, FIELD_COVER, FIELD_WEIGHTS, B
from backcare.hints import overload
from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Entry, Pack
from backcare.store.protocol import DocFeatures, Postings, Progress

FIELDS = tuple(FIELD_WEIGHTS)
_QUESTION, _ALIASES, _ANSWER = (FIELDS.index(name) for name in ("question", "aliases", "answer"))
_COVER = tuple(FIELD_COVER[name] for name in FIELDS)
_COVER_FALLS = all(a >= b for a, b in pairwise(_COVER))  # as the fields come, never up

# ASCII bytes -> what `analyze.words` makes of them: letters lower-cased, digits kept, apostrophes
# (' and `) kept for a second look, everything else a word boundary
_ASCII_TABLE = bytes(
    c + 32
    if 65 <= c <= 90
    else c
    if (97 <= c <= 122 or 48 <= c <= 57 or c == 39)
    else 39
    if c == 96
    else 32
    for c in range(256)
)

_LENGTHS = itemgetter(*range(len(FIELDS)))  # a packed record's field lengths, taken in C
SHORT_TEXTS = 100_000  # tags and topics whose terms are kept while a pack is analysed
Analysed = Sequence[list[str]]  # an entry's terms, field by field in FIELDS order
# An entry's analysis, packed: the number of terms in each field, then every term's number
# (TextAnalysis.term_ids); and its n-gram words joined by spaces. A 100,000-entry pack's analysis
# held as lists of strings would cost over 100 MB more.
Packed = tuple["array[int]", str]


def unpack(numbers: array[int]) -> list[array[int]]:
    """A packed record's term numbers, field by field."""
    fields = []
    at = len(FIELDS)
    for length in numbers[: len(FIELDS)]:
        fields.append(numbers[at : at + length])
        at += length
    return fields


def field_texts(entry: Entry) -> dict[str, list[str]]:
    return {
        "question": [entry.question],
        "aliases": list(entry.aliases),
        "tags": list(entry.tags),
        "topic": [entry.topic],
        "answer": [entry.answer],
    }


@lru_cache(maxsize=2 * BATCH_WORDS)  # ~1.2 KB a word: 40 MB at most (65,536 words: 80 MB)
def word_grams(word: str) -> tuple[str, ...]:
    """Character 3-5-grams of one word, with its boundaries marked."""
    padded = f" {word} "
    return tuple(padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1))


class TextAnalysis:
    """`Analyzer.terms` and `analyze.words` for many texts, with the same results, faster.

    `stems` maps every word seen to its stem ("" for a stop word), so a text's terms are one dict
    lookup per word, done in C; the words seen are the pack's vocabulary."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.stems: dict[str, str] = {}
        self._short: dict[str, list[str]] = {}
        # for `packed`: every term seen, numbered from 1 (names[0] is no term's, so a number is
        # never 0: word_ids gives a stop word 0, and `filter(None, ...)` drops it in C)
        self.term_ids: dict[str, int] = {}
        self.names: list[str] = [""]
        # every word seen -> its stem's number in term_ids (0 for a stop word): `packed` maps a
        # text's words to numbers in one lookup each, with no list of stems between
        self.word_ids: dict[str, int] = {}
        self._exact = False  # a word whose stem is "" (never seen): fall back to the analyzer's way
        # the compounds entries write as a verb and its particle ("back up": split_compounds):
        # compound term -> (entry, field index) each time it is written, entries as packed
        self.compounds: dict[str, list[tuple[int, int]]] = {}
        self._packed = 0  # entries packed so far
        self._particles = load_particles()

    def tokens(self, text: str) -> list[str]:
        """`list(analyze.words(text))`."""
        if not text.isascii():
            return list(words(text))
        found = text.encode("ascii").translate(_ASCII_TABLE).decode("ascii").split()
        if "'" in text or "`" in text:  # apostrophes only inside a word belong to it
            found = [w for part in found for w in ((part,) if "'" not in part else words(part))]
        return found

    def terms(self, tokens: list[str]) -> list[str]:
        """`Analyzer.terms` of the text these are the tokens of."""
        stems = self.stems
        try:  # (a stop word's stem is "": filtered out in the same pass)
            kept = list(filter(None, map(stems.__getitem__, tokens)))
        except KeyError:
            self._learn(tokens)
            kept = list(filter(None, map(stems.__getitem__, tokens)))
        if self._exact:
            stop = self.analyzer.stopwords
            return [stem(w) for w in ([w for w in tokens if w not in stop] or tokens)]
        if kept or not tokens:
            return kept
        return [stem(w) for w in tokens]  # stop words only: the analyzer keeps them all

    def _learn(self, tokens: Iterable[str]) -> None:
        stop = self.analyzer.stopwords
        for word in set(tokens).difference(self.stems):
            found = "" if word in stop else stem(word)
            if not found and word not in stop:
                self._exact = True
            self.stems[word] = found

    def text_terms(self, text: str) -> list[str]:
        return self.terms(self.tokens(text))

    def fields(self, entry: Entry) -> tuple[list[list[str]], list[str]]:
        """The entry's terms field by field (FIELDS order), and the words of its question and
        aliases that are not stop words (its character n-grams come from those)."""
        tokens = self.tokens
        question = tokens(entry.question)
        aliases = [tokens(a) for a in entry.aliases]
        return self._fields(entry, question, aliases, tokens(entry.answer))

    def _fields(
        self, entry: Entry, question: list[str], aliases: list[list[str]], answer: list[str]
    ) -> tuple[list[list[str]], list[str]]:
        """`fields`, from the tokens of the entry's question, aliases and answer."""
        terms = self.terms
        short = self._short
        tags = []
        for tag in entry.tags:
            tag_terms = short.get(tag)
            if tag_terms is None:
                tag_terms = self._remember(tag)
            tags += tag_terms
        topic = short.get(entry.topic)
        if topic is None:
            topic = self._remember(entry.topic)
        analysed = [
            terms(question),
            [t for tokens in aliases for t in terms(tokens)],
            tags,
            topic,
            terms(answer),
        ]
        return analysed, self._gram_words(entry, question, aliases)

    def _gram_words(
        self,
        entry: Entry,
        question: list[str] | None = None,
        aliases: list[list[str]] | None = None,
    ) -> list[str]:
        """The words of the entry's question and aliases that are not stop words (its character
        n-grams come from those); `question` and `aliases`: their tokens, when already read."""
        if question is None:
            question = self.tokens(entry.question)
        if aliases is None:
            aliases = [self.tokens(a) for a in entry.aliases]
        said = self.analyzer.stopwords.__contains__
        gram_words = list(filterfalse(said, question))
        for tokens in aliases:
            gram_words += filterfalse(said, tokens)
        return gram_words

    def _remember(self, text: str) -> list[str]:
        """A tag's or a topic's terms: kept, as packs repeat them (never changed by callers)."""
        found = self.text_terms(text)
        if len(self._short) < SHORT_TEXTS:
            self._short[text] = found
        return found

    def packed(self, entry: Entry) -> Packed:
        """`fields` in one compact record (a pack's analysis is held until every entry is done);
        its compounds written as two words are noted (`compounds`)."""
        # each text split into words once: its terms and its compounds are read from them
        tokens = self.tokens
        question = tokens(entry.question)
        aliases = [tokens(a) for a in entry.aliases]
        answer = tokens(entry.answer)
        self._note_compounds(entry, question, aliases, answer)
        numbers = self._numbers(entry, question, aliases, answer)
        if numbers is not None:
            return numbers, " ".join(self._gram_words(entry, question, aliases))
        analysed, gram_words = self._fields(entry, question, aliases, answer)
        ids = self.term_ids
        numbers = array("I", map(len, analysed))
        try:
            numbers.extend(map(ids.__getitem__, chain.from_iterable(analysed)))
        except KeyError:
            for term in set(chain.from_iterable(analysed)).difference(ids):
                ids[term] = len(self.names)
                self.names.append(term)
            del numbers[len(analysed) :]
            numbers.extend(map(ids.__getitem__, chain.from_iterable(analysed)))
        return numbers, " ".join(gram_words)

    def _numbers(
        self, entry: Entry, question: list[str], aliases: list[list[str]], answer: list[str]
    ) -> array[int] | None:
        """`packed`'s numbers from the texts' tokens, each word mapped to its term's number in one
        lookup (word_ids); None when a text needs `terms`' other ways (words that are all stop
        words, a word with no stem), which `packed` then takes."""
        if self._exact:
            return None
        # the texts read in `_fields`' order, so words are learnt (and the vocabulary ordered) as
        # there
        tags: list[str] = []
        short = self._short
        for tag in entry.tags:
            tag_terms = short.get(tag)
            tags += self._remember(tag) if tag_terms is None else tag_terms
        topic = short.get(entry.topic)
        if topic is None:
            topic = self._remember(entry.topic)
        numbers_of = self._word_numbers
        asked = numbers_of(question)
        if asked is None:
            return None
        also = array("I")
        for tokens in aliases:
            found = numbers_of(tokens)
            if found is None:
                return None
            also += found
        said = numbers_of(answer)
        if said is None:
            return None
        numbers = array("I", (len(asked), len(also), len(tags), len(topic), len(said)))
        numbers += asked
        numbers += also
        numbers.extend(self._term_numbers(chain(tags, topic)))
        numbers += said
        return numbers

    def _word_numbers(self, tokens: list[str]) -> array[int] | None:
        """The numbers of `terms(tokens)`'s terms, or None when that is not the words' stems less
        the stop words (every word a stop word; a word whose stem is '')."""
        word_ids = self.word_ids
        try:
            found = array("I", filter(None, map(word_ids.__getitem__, tokens)))
        except KeyError:
            self._learn_numbers(tokens)
            if self._exact:
                return None
            found = array("I", filter(None, map(word_ids.__getitem__, tokens)))
        return found if found or not tokens else None

    def _learn_numbers(self, tokens: Iterable[str]) -> None:
        """word_ids of the words not yet in it (their stems learnt as `terms` learns them)."""
        self._learn(tokens)  # (first: the stems learnt in `terms`' order)
        new = set(tokens).difference(self.word_ids)
        stems = self.stems
        numbers = self._term_numbers(stems[w] for w in new if stems[w])
        self.word_ids.update(zip((w for w in new if stems[w]), numbers, strict=True))
        self.word_ids.update((w, 0) for w in new if not stems[w])

    def _term_numbers(self, terms: Iterable[str]) -> list[int]:
        """Each term's number in term_ids, a new term given the next."""
        ids, names = self.term_ids, self.names
        found = []
        for term in terms:
            number = ids.get(term)
            if number is None:
                number = ids[term] = len(names)
                names.append(term)
            found.append(number)
        return found

    def _note_compounds(
        self, entry: Entry, question: list[str], aliases: list[list[str]], answer: list[str]
    ) -> None:
        """The compounds an entry writes as a verb and a particle, with the field of each (its
        question, aliases and answer: tags and topics are labels), in `compounds`; `question`,
        `aliases` and `answer`: those texts' tokens."""
        doc = self._packed
        self._packed += 1
        stop, particles = self.analyzer.stopwords, self._particles
        if (  # most entries write neither a particle nor a hyphen: no call per text
            particles.isdisjoint(question)
            and particles.isdisjoint(answer)
            and not has_hyphen(entry.question)
            and not has_hyphen(entry.answer)
            and (not aliases or all(map(particles.isdisjoint, aliases)))
            and not any(map(has_hyphen, entry.aliases))
        ):
            return
        for field, texts in (
            (_QUESTION, ((entry.question, question),)),
            (_ALIASES, zip(entry.aliases, aliases, strict=True)),
            (_ANSWER, ((entry.answer, answer),)),
        ):
            for text, tokens in texts:
                paired = compound_terms(tokens, stop, particles)
                # "check-up" is a verb and its particle already: counted once
                joined = [t for t in hyphen_compounds(text) if t not in paired]
                for term in chain(paired, joined):
                    self.compounds.setdefault(term, []).append((doc, field))

    def unpacked(self, record: Packed) -> tuple[list[list[str]], list[str]]:
        """The inverse of `packed`."""
        fields = unpack(record[0])
        names = self.names.__getitem__
        return [list(map(names, field)) for field in fields], record[1].split()

    def features(self, entry: Entry) -> DocFeatures:
        """What ranking reads of an entry beyond its postings: the n-grams of its question and
        aliases (its answer, the longest field, is not analysed: an SQLite-backed pack computes
        this per candidate at query time)."""
        return doc_features(self._gram_words(entry))

    def vocabulary(self) -> set[str]:
        """Every word seen that is not a stop word (the words typos are corrected against)."""
        stop = self.analyzer.stopwords
        return {w for w in self.stems if w not in stop}


def doc_features(gram_words: Iterable[str]) -> DocFeatures:
    # counted in C, in the order the words' n-grams come (a large pack's batch makes this for
    # thousands of candidates)
    grams: Counter[str] = Counter(chain.from_iterable(map(word_grams, gram_words)))
    return DocFeatures(grams, sum(grams.values()))


_Appenders = tuple[Callable[[int], None], Callable[[float], None], Callable[[int], None]]


class IndexBuilder:
    """Accumulates BM25F postings and n-gram statistics entry by entry, in compact arrays.

    BM25F needs the fields' average lengths before the first posting, so entries are analysed
    first (`TextAnalysis.fields`) and added with their analysis. Used for the in-memory index and,
    fed in a stream, for the persistent one (backcare.store.sqlite).
    """

    def __init__(
        self,
        analysis: TextAnalysis,
        average: Mapping[str, float],
        weights: Mapping[str, float] = FIELD_WEIGHTS,
    ) -> None:
        self.analysis = analysis
        self._average = tuple(average[name] for name in FIELDS)
        self._weights = tuple(weights[name] for name in FIELDS)
        self._numbered: dict[int, Postings] = {}  # by term number (TextAnalysis.term_ids)
        # and the postings' append methods, by term number (one lookup a posting, not four)
        self._appenders: dict[int, _Appenders] = {}
        # field length -> a term's share by count (0.0 for 0; see `add`)
        self._shares: list[dict[int, list[float]]] = [{} for _ in FIELDS]
        # n-gram statistics come from the n-gram words: the entries holding each, and how often
        # each is used (`gram_df`, `gram_avg`)
        self._word_docs: dict[str, array[int]] = {}
        self._word_uses: Counter[str] = Counter()
        self._gram_df: Counter[str] | None = None
        self.compound_postings: dict[str, Postings] = {}  # take_compounds
        self.size = 0
        # what adapt.answer_share measured of the pack, and the average length in terms of an
        # entry's question plus answer (the answer-text BM25 of match.py is normalised by it)
        self.answer_share = 0.0
        self.text_length = self._average[0] + self._average[FIELDS.index("answer")]
        # the answer field's weight chosen for the pack (adapt.answer_weight): whether the pack
        # reads its answers (adapt.answers_read)
        self.answer_weight = self._weights[FIELDS.index("answer")]

    def add(self, record: Packed) -> None:
        """One entry's postings (terms weighted as BM25F does, field by field in FIELDS order,
        with the field each counts most in) and its n-gram statistics."""
        doc = self.size
        self.add_grams(record)
        numbers = record[0]
        weighted: dict[int, float] | None = None  # term -> BM25F tf, summed field by field
        cover: dict[int, int] = {}
        firsts: list[repeat[int]] = []  # each field, as often as the terms it was first to hold
        at = len(FIELDS)
        for index, length in enumerate(numbers[: len(FIELDS)]):
            if not length:
                continue
            terms = numbers[at : at + length]
            at += length
            # a term's share of a field: weight x count / norm, the same for every entry whose
            # field has this length (kept: 50,000 entries have a few hundred lengths)
            shares = self._shares[index].get(length)
            if shares is None:
                shares = self._shares[index][length] = [0.0, self._share(index, length, 1)]
            part = dict.fromkeys(terms, shares[1])  # this field's share of each term
            if len(part) != length:  # a term found more than once
                counts = Counter(terms)
                most = max(counts.values())
                if most >= len(shares):
                    shares += [self._share(index, length, c) for c in range(len(shares), most + 1)]
                part = dict(zip(counts, map(shares.__getitem__, counts.values()), strict=True))
            if weighted is None:
                weighted = part
                firsts.append(repeat(index, len(part)))
            else:
                before = len(weighted)
                if len(part) < 4:  # a topic, a tag: cheaper than making a set
                    for term in part:
                        if term in weighted:
                            part[term] = weighted[term] + part[term]
                else:
                    for term in part.keys() & weighted.keys():
                        part[term] = weighted[term] + part[term]
                weighted.update(part)
                # a dict keeps its keys in the order they came: the terms new in this field last
                firsts.append(repeat(index, len(weighted) - before))
            if not _COVER_FALLS:
                value = _COVER[index]
                for term in part:
                    if term not in cover or value > _COVER[cover[term]]:
                        cover[term] = index
        if weighted is not None:
            if _COVER_FALLS:  # the first field a term is in counts most: it is each term's cover
                covers: Iterable[int] = chain.from_iterable(firsts)
            else:
                covers = map(cover.__getitem__, weighted)
            appenders = self._appenders
            for (term, tf), field in zip(weighted.items(), covers, strict=True):
                found = appenders.get(term)
                if found is None:
                    made = self._numbered[term] = (array("I"), array("f"), array("B"))
                    found = appenders[term] = (made[0].append, made[1].append, made[2].append)
                add_doc, add_tf, add_field = found
                add_doc(doc)
                add_tf(tf)
                add_field(field)

    def add_grams(self, record: Packed) -> None:
        """One entry's n-gram statistics (`add` without its postings)."""
        doc = self.size
        self.size += 1
        gram_words = record[1].split()
        self._word_uses.update(gram_words)
        word_docs = self._word_docs
        for word in dict.fromkeys(gram_words):
            found_docs = word_docs.get(word)
            if found_docs is None:
                found_docs = word_docs[word] = array("I")
            found_docs.append(doc)
        self._gram_df = None

    def take_grams(
        self, word_docs: dict[str, array[int]], word_uses: Counter[str], size: int
    ) -> None:
        """The n-gram statistics of `size` entries at once (backcare.engine.bulk), as `add_grams`
        would leave them after the last: each word's entries, and its uses, in the order the words
        came; the entries then count as added."""
        self._word_docs = word_docs
        self._word_uses = word_uses
        self.size = size
        self._gram_df = None

    @property
    def averages(self) -> tuple[float, ...]:
        """The fields' average lengths in terms, in FIELDS order."""
        return self._average

    @property
    def weights(self) -> tuple[float, ...]:
        """The fields' BM25F weights, in FIELDS order."""
        return self._weights

    def _share(self, index: int, length: int, count: int) -> float:
        """BM25F's tf share of a term found `count` times in a field of this length."""
        return self._weights[index] * count / (1 - B + B * length / self._average[index])

    @property
    def postings(self) -> dict[str, Postings]:
        """Each term's postings, by term (a new dict each time: read it once), the compounds
        entries write as two words among them (`compound_postings`)."""
        names = self.analysis.names
        return {
            **self.compound_postings,
            **{names[number]: found for number, found in self._numbered.items()},
        }

    def take_compounds(self, packed: Sequence[Packed]) -> None:
        """The postings of the compounds the pack writes as a verb and a particle ("back up":
        split_compounds), made from the entries' packed records: each entry's tf is the share
        BM25F gives a term found once in each field it is written in, by that field's length as
        indexed (the compounds are not counted in it: no other term's score changes), its field
        the first of them. Kept under the compound's own key (`compound_key`), apart from the word
        written as one."""
        found: dict[str, Postings] = {}
        for term, places in sorted(self.analysis.compounds.items()):
            weights: dict[int, float] = {}
            first: dict[int, int] = {}
            for doc, field in places:
                length = packed[doc][0][field]
                weights[doc] = weights.get(doc, 0.0) + self._share(field, max(length, 1), 1)
                if doc not in first or _COVER[field] > _COVER[first[doc]]:  # as `add` covers
                    first[doc] = field
            docs = sorted(weights)
            found[compound_key(term)] = (
                array("I", docs),
                array("f", [weights[d] for d in docs]),
                array("B", [first[d] for d in docs]),
            )
        self.compound_postings = found

    @property
    def vocabulary(self) -> set[str]:
        return self.analysis.vocabulary()

    @property
    def gram_df(self) -> Counter[str]:
        """How many entries hold each n-gram of their question's and aliases' words. Counted from
        the words' entries, not entry by entry (each entry's n-grams, about 100, were made into a
        set and counted: a third of adding it): an n-gram of one word has that word's entries; one
        shared by several words (" st", "ing") has the union of theirs, taken in C."""
        if self._gram_df is None:
            word_docs = self._word_docs
            words_of: dict[str, list[str]] = {}
            for word in word_docs:
                for gram in dict.fromkeys(word_grams(word)):
                    found = words_of.get(gram)
                    if found is None:
                        words_of[gram] = [word]
                    else:
                        found.append(word)
            self._gram_df = Counter(
                {
                    gram: len(word_docs[words[0]])
                    if len(words) == 1
                    else len(set().union(*map(word_docs.__getitem__, words)))
                    for gram, words in words_of.items()
                }
            )
        return self._gram_df

    @property
    def gram_avg(self) -> float:
        """The average number of n-grams an entry has (counted with repeats, word by word)."""
        total = sum(uses * len(word_grams(word)) for word, uses in self._word_uses.items())
        return max(1e-9, total / max(1, self.size))


def average_lengths(lengths: Iterable[Sequence[int]]) -> dict[str, float]:
    """Each field's average length in terms, from each entry's lengths in FIELDS order."""
    rows = list(lengths)
    totals = [sum(column) for column in zip(*rows, strict=True)] or [0] * len(FIELDS)  # in C
    count = len(rows)
    return {name: max(1e-9, totals[i] / max(1, count)) for i, name in enumerate(FIELDS)}


class IndexData(NamedTuple):
    """Everything derived from a pack once: BM25F postings, vocabulary, n-gram statistics."""

    size: int
    postings: dict[str, Postings]
    vocabulary: set[str]
    gram_df: Counter[str]
    gram_avg: float
    features: list[DocFeatures]
    gram_postings: dict[str, list[tuple[int, int]]]  # gram -> (doc, count in question and aliases)
    answer_share: float = 0.0  # adapt.answer_share of the pack
    text_length: float = 1.0  # an entry's average question + answer length in terms
    answer_weight: float = FIELD_WEIGHTS["answer"]  # adapt.answer_weight of the pack


class _AsMappings(Sequence[Mapping[str, list[str]]]):
    """Packed analyses as field name -> terms, for adapt.answer_weight."""

    def __init__(self, analysis: TextAnalysis, packed: Sequence[Packed]) -> None:
        self._analysis = analysis
        self._packed = packed

    def __len__(self) -> int:
        return len(self._packed)

    def _mapping(self, record: Packed) -> dict[str, list[str]]:
        return dict(zip(FIELDS, self._analysis.unpacked(record)[0], strict=True))

    @overload
    def __getitem__(self, index: int) -> Mapping[str, list[str]]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Mapping[str, list[str]]]: ...
    def __getitem__(
        self, index: int | slice
    ) -> Mapping[str, list[str]] | Sequence[Mapping[str, list[str]]]:
        if isinstance(index, slice):
            return [self._mapping(r) for r in self._packed[index]]
        return self._mapping(self._packed[index])

    def __iter__(self) -> Iterator[Mapping[str, list[str]]]:
        return (self._mapping(r) for r in self._packed)


def field_weights(
    pack: Pack,
    analyzer: Analyzer,
    analysed: Sequence[Mapping[str, list[str]]] | None = None,
    share: float | None = None,
) -> dict[str, float]:
    """The BM25F field weights for a pack: the defaults, with the answer's chosen from the pack
    (`share`: its adapt.answer_share, when known)."""
    from backcare.engine.adapt import answer_weight

    return {**FIELD_WEIGHTS, "answer": answer_weight(pack.entries, analyzer, analysed, share)}


def analyse_pack(
    pack: Pack, analyzer: Analyzer, progress: Progress | None = None
) -> tuple[IndexBuilder, list[Packed]]:
    """Every entry analysed once (packed), and a builder with the pack's field lengths and weights.
    `progress` hears (entries analysed, twice the entries): adding them is the other half."""
    analysis = TextAnalysis(analyzer)
    total = len(pack.entries)
    packed: list[Packed] = []
    for doc, entry in enumerate(pack.entries):
        packed.append(analysis.packed(entry))
        if progress is not None and doc % 1000 == 0:
            progress(doc + 1, 2 * total)
    average = average_lengths(map(_LENGTHS, (record[0] for record in packed)))
    share = _answer_share(packed)  # first: an alias-less pack's answer weight depends on it
    weights = field_weights(pack, analyzer, _AsMappings(analysis, packed), share)
    builder = IndexBuilder(analysis, average, weights)
    builder.answer_share = share
    builder.take_compounds(packed)
    return builder, packed


def _answer_share(packed: Sequence[Packed]) -> float:
    """adapt.answer_share over the packed records' term numbers: the fields before the answer are
    the question side, the answer is the last field (only the sampled answers are sliced)."""
    from backcare.engine.adapt import answer_share

    count = len(FIELDS)  # question, aliases, tags, topic, answer (the record's lengths first)

    def cut(numbers: array[int]) -> int:  # where the answer's terms start (summed by hand: 50k
        return count + numbers[0] + numbers[1] + numbers[2] + numbers[3]  # slices cost 30 ms)

    return answer_share(
        (numbers[count : cut(numbers)] for numbers, _ in packed),
        lambda doc: packed[doc][0][cut(packed[doc][0]) :],
        len(packed),
    )


def build_index(pack: Pack, analyzer: Analyzer) -> IndexData:
    builder, packed = analyse_pack(pack, analyzer)
    features = []
    for record in packed:
        builder.add(record)
        features.append(doc_features(record[1].split()))
    gram_postings: dict[str, list[tuple[int, int]]] = {}
    for doc, f in enumerate(features):
        for gram, count in f.grams.items():
            gram_postings.setdefault(gram, []).append((doc, count))
    return IndexData(
        builder.size,
        builder.postings,
        builder.vocabulary,
        builder.gram_df,
        builder.gram_avg,
        features,
        gram_postings,
        builder.answer_share,
        builder.text_length,
        builder.answer_weight,
    )
