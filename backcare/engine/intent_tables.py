"""The tables a pack's `Sense` reads questions and entries with (intent.py), built once from the
question-type cues (cues.py), generic words, problem kinds and body regions, and the types it
returns. Pure: no I/O; the readings themselves are cue_reading.py (cues in a run of stems),
asking.py (the sentence that asks and the forms it asks in), subject_words.py (what a text is
about) and intent.py (what a text asks)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from backcare.engine.analyze import Analyzer, Concept, stem, words
from backcare.engine.cues import Cues
from backcare.namedtuple import NamedTuple


class Named(NamedTuple):
    """The stems a question names: its own words (and typo fixes), and those with synonyms."""

    own: frozenset[str]
    wide: frozenset[str]
    # broader terms reached only through a one-way link ("legs" -> "muscl"): they name an entry
    # about the broad thing in general ("How do I get rid of tight muscles?"), not one with
    # distinct subject words of its own ("Why are my spinal erectors so tight?")
    broad: frozenset[str] = frozenset()


class Subject(NamedTuple):
    stems: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # multi-word tags, as sorted naming stems
    # the subject words few entries of the pack have ("sit", not "back", in a back-care FAQ)
    distinct: frozenset[str] = frozenset()


class Asked(NamedTuple):
    types: frozenset[str]  # what the question asks: its first strong cue's type
    firm: bool  # found through a strong cue
    also: frozenset[str] = frozenset()  # the types of its other cues ("relax" in a "why" question)


class SenseTables:
    """One pack's question-type and subject tables: what every reading of a `Sense` looks up."""

    def __init__(
        self,
        analyzer: Analyzer,
        cues: Cues,
        generic: Iterable[str],
        problem_kinds: Iterable[str] = (),
        regions: Sequence[Sequence[str]] = (),
        borders: Iterable[str] = (),
    ) -> None:
        self.analyzer = analyzer
        # body parts that border the back ("hips"): a question naming one may be about the
        # back (Matcher._other_region)
        self.borders = frozenset(stem(w) for w in borders if analyzer.regions)
        # words naming body problems in general ("conditions"): names_problems
        self._problem_kinds = frozenset(stem(w) for w in problem_kinds)
        self.cues = cues
        self._longest = cues.longest
        self._starts = frozenset(phrase[0] for phrase in (*cues.strong, *cues.weak))
        # each cue's (type, strong), a strong cue winning over a weak one of the same words, and
        # the lengths of the cues starting with each stem, longest first (_cues)
        self._cue_kinds = {
            **{phrase: (kind, False) for phrase, kind in cues.weak.items()},
            **{phrase: (kind, True) for phrase, kind in cues.strong.items()},
        }
        lengths: dict[str, set[int]] = {}
        for phrase in self._cue_kinds:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self._cue_lengths = {s: tuple(sorted(n, reverse=True)) for s, n in lengths.items()}
        gaps: dict[str, set[int]] = {}
        for phrase in cues.gapped:
            gaps.setdefault(phrase[0], set()).add(len(phrase))
        self._gap_lengths = {s: tuple(sorted(n, reverse=True)) for s, n in gaps.items()}
        # strong cues' words only say what is asked; a weak cue's may be what it is about too
        # ("price", "address": the cost or the place of something), so they stay subject words
        # (and a type asked alone's: "safe", "size", "percentage" stay what an entry may be
        # about, "Is this safe?")
        cue_stems = {
            s for phrase, kind in cues.strong.items() if kind not in cues.alone for s in phrase
        }
        framing = {stem(w) for w in analyzer.framing}
        # words that say only what is asked wherever they stand ("how", "do", "I", "last", and
        # a strong cue's words that name no subject anyway: the "weeks" of "how many weeks");
        # a cue's other words only inside the cue (only_asks: the "clinic" of "clinical features")
        generic_stems = {stem(w) for w in generic}
        self._plain_asking = frozenset(
            framing | {stem(w) for w in analyzer.stopwords} | (cue_stems & generic_stems)
        )
        self._asked: tuple[str, str | None] = ("", None)  # the last text's asking sentence
        # the cues of the last few runs of stems (_cue_spans): ranking reads a question's
        # cues three or four times, and a sentence of it again
        self._spans: dict[tuple[str, ...], tuple[tuple[int, int, tuple[str, bool]], ...]] = {}
        # the last few texts' stems and words as cues read them (_reading): analysis reads a
        # question and its sentences ~13 times a question through it
        self._readings: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # the first words of the phrases that ask nothing, and their lengths, longest first
        # (plain_words, called for every reading: once a pack, not once a call)
        self._plain_firsts = frozenset(p[0] for p in cues.plain)
        self._plain_sizes = tuple(sorted({len(p) for p in cues.plain}, reverse=True))
        # regions named by phrases ("all over"), as stems: phrase_regions
        self._region_phrases = {
            phrase: region
            for region, group in enumerate(regions if analyzer.regions else ())
            for member in group
            if len(phrase := tuple(stem(w) for w in words(member))) >= 2
        }
        # the practical types' cue words but stop words ("cost", "price", "address"): asks_only
        stops = {stem(w) for w in analyzer.stopwords}
        self._stop_stems = frozenset(stops)
        self._stopwords = frozenset(analyzer.stopwords)
        self._practical_stems = frozenset(
            s
            for phrase, kind in cues.weak.items()
            if kind in cues.practical
            for s in phrase
            if s not in stops
        )
        self._practical_words = frozenset(
            phrase[0]
            for phrase, kind in cues.weak.items()
            if kind in cues.practical and len(phrase) == 1
        )
        self._not_subject = frozenset(
            {stem(w) for w in generic} | cue_stems | framing | {stem(w) for w in analyzer.stopwords}
        )
        # a concept's part of what a question names (`named`), kept: a batch meets the same
        # concepts again and again; bounded, cleared when full
        self._naming_of: dict[Concept, tuple[str, frozenset[str], frozenset[str]]] = {}
