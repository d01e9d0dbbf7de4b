"""Related English words, as a re-rank of a large pack's best candidates. Pure: no I/O beyond
looking words up in the bundled data file, no printing; it reads a `Store`'s postings.

A paraphrase says a question's idea in words its entry lacks ("several Dropbox accounts on my
computer" for "Multiple dropbox accounts on one PC?", "remove" for "delete", "directory" for
"folder"). No pack teaches such pairs about itself when the two words never stand in one of its
entries (links.py learns only from the pack), and WordNet holds few of them (docs/matching.md,
quality56). data/related_words.txt holds them for ~25,700 common English words (SCOWL), made
once by tools/make_related_words.py from a sentence-embedding model's view of each word alone, so
the plain install imports no model.

For each of the question's words that a candidate's question and aliases do not hold (a word they
hold was scored by the ranking already; one its answer holds, in passing, far less), the candidate
is credited with the best of its question's and aliases' terms related to it: their similarity
times the term's IDF in the pack. The sum, relative to the best candidate's, is added at
`RELATED_WEIGHT` to the key relative to the best, over the best `RELATED_TOP`.

Only a pack the word links read (`LINK_MIN_ENTRIES` entries or more) is read so (tuning.py says
what smaller packs lost), so a cold ask of the bundled pack never imports this module or reads
the file. A large pack's ask looks up only its question's words, by bisect in the file's bytes
(`RelatedTable`), and reads whether a candidate's question holds a word from its
terms (links.py keeps them), not from the word's postings: parsing the whole 2.5 MB file doubled
a large pack's cold ask, and a common word's postings in a 50,000-entry pack cost ~15 ms
(quality62, docs/benchmarks.md)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from backcare.engine.candidates import idf
from backcare.engine.ranked import Scored
from backcare.engine.tuning import LINK_CACHE, RELATED_TOP, RELATED_WEIGHT
from backcare.resources import DataError, read_bytes
from backcare.store.protocol import Store

RELATED_FILE = "related_words.txt"

Pairs = tuple[tuple[str, float], ...]  # a word's related stems and their similarity


class RelatedWords:
    """Re-ranks one store's candidates by the related words their questions hold."""

    def __init__(self, store: Store, own_terms: Callable[[int], frozenset[str]]) -> None:
        self.store = store
        self.related = related_words()
        # an entry's question and aliases' terms (links.PackLinks keeps them, one cache for both)
        self._own_terms = own_terms
        self._weights: dict[str, float] = {}  # a term's IDF in the pack

    def rerank(self, terms: Sequence[str], scored: list[Scored]) -> list[Scored]:
        """The best RELATED_TOP candidates re-ranked by their key relative to the best plus
        RELATED_WEIGHT x their related words relative to the best candidate's; the rest keep
        their order below them. Unchanged when no candidate's question holds a related word."""
        words = {t: pairs for t in dict.fromkeys(terms) if (pairs := self.related.get(t))}
        if not words or len(scored) < 2:
            return scored
        top = scored[:RELATED_TOP]
        credit = {doc: self._credit(doc, words) for _, doc, *_ in top}
        best_credit = max(credit.values())
        if not best_credit:
            return scored
        best = top[0][0] or 1.0
        fused = [(s[0] / best + RELATED_WEIGHT * credit[s[1]] / best_credit, *s[1:]) for s in top]
        fused.sort(key=lambda item: (-item[0], item[1]))
        floor = min(item[0] for item in fused)
        rest = [(min(s[0] / best, floor), *s[1:]) for s in scored[RELATED_TOP:]]
        return fused + rest

    def _credit(self, doc: int, words: Mapping[str, Pairs]) -> float:
        """`words`: the question's words that have related words, with them."""
        own = self._own_terms(doc)
        value = 0.0
        for word, pairs in words.items():
            if word in own:
                continue  # the ranking scored the word where the entry's question holds it
            value += max(
                (similarity * self._weight(term) for term, similarity in pairs if term in own),
                default=0.0,
            )
        return value

    def _weight(self, term: str) -> float:
        found = self._weights.get(term)
        if found is None:
            found = idf(self.store.size, len(self.store.postings(term)[0]))
            if len(self._weights) >= LINK_CACHE:
                self._weights.clear()
            self._weights[term] = found
        return found


class RelatedTable:
    """data/related_words.txt searched where it lies: one line a word, "stem<TAB>stem:similarity
    ...", sorted by stem in byte order (tools/make_related_words.py writes it so, and
    test_quality62 checks it), after a header of '#' lines. A lookup bisects the lines, ~15
    probes of a line each for 25,700 words, and parses only the line it finds, so a question
    costs its own words (~20 us each) and never the whole file. Lookups are kept, misses too.
    Nothing read is trusted: a line found not in that shape is a DataError; a word the file
    cannot hold (empty, a tab, a line break) is simply not in it."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._start = _after_header(data)
        self._found: dict[str, Pairs | None] = {}

    def get(self, word: str) -> Pairs | None:
        """The word's related stems and their similarity, or None: not in the file."""
        if word in self._found:
            return self._found[word]
        found = self._look_up(word)
        if len(self._found) >= LINK_CACHE:
            self._found.clear()
        self._found[word] = found
        return found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> Pairs:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def _look_up(self, word: str) -> Pairs | None:
        if not word or any(c in word for c in "\t\n\r"):
            return None
        try:
            key = word.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (argv's undecodable bytes): no stem
            return None
        data = self._data
        low, high = self._start, len(data)
        while low < high:  # [low, high) holds whole lines; low starts one
            middle = (low + high) // 2
            start = max(low, data.rfind(b"\n", low, middle) + 1)
            end = data.find(b"\n", start, high)
            end = high if end < 0 else end
            tab = data.find(b"\t", start, end)
            if tab < 0:
                raise _malformed(start)
            stem = data[start:tab]
            if stem == key:
                return _pairs(data[tab + 1 : end], start)
            if stem < key:
                low = end + 1
            else:
                high = start
        return None


def _after_header(data: bytes) -> int:
    """Where the first word's line starts: past the '#' lines at the top."""
    start = 0
    while data[start : start + 1] == b"#":
        end = data.find(b"\n", start)
        if end < 0:
            return len(data)
        start = end + 1
    return start


def _pairs(text: bytes, offset: int) -> Pairs:
    """A line's "stem:similarity ..." part; a DataError naming where the line starts if any
    item is not in that shape."""
    try:
        pairs = tuple(
            (term, float(similarity))
            for term, _, similarity in (
                item.rpartition(":") for item in text.decode("utf-8").split()
            )
        )
    except ValueError:  # a similarity not a number, or bytes not UTF-8
        pairs = ()
    if not pairs or any(not term for term, _ in pairs):
        raise _malformed(offset)
    return pairs


def _malformed(offset: int) -> DataError:
    return DataError(
        f"bundled data file {RELATED_FILE}: the line at byte {offset} is not "
        "'stem<TAB>stem:similarity ...'"
    )


@lru_cache(maxsize=1)
def related_words() -> RelatedTable:
    """data/related_words.txt, read once a process (a copy, not a map: resources.read_bytes); its
    lines are parsed only as words are looked up."""
    return RelatedTable(read_bytes(RELATED_FILE))
