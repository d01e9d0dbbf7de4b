"""Where a text's question-type cues are (a `Sense` mixin): each cue's place, length, type and
strength in a run of stems, longest first at each place, and what the words inside cues say (only
what is asked, a type, an object acted on). Pure: no I/O."""

from __future__ import annotations

from backcare.engine.analyze import stem, text_stems, words
from backcare.engine.cue_places import absent_cue_places, gap_cue
from backcare.engine.intent_tables import SenseTables
from backcare.engine.tuning import OBJECT_REACH

CUE_SPAN_MEMO = 16  # runs of stems whose cues are kept (_cue_spans): a question and its sentences


class CueReading(SenseTables):
    """The cues of a text, and the words inside them."""

    def _reading(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """A text's stems and words as cues read them: a contraction of "is" as its two words
        ("where's" -> where, is). Kept for the last few texts (_readings)."""
        found = self._readings.get(text)
        if found is None:
            if len(self._readings) >= CUE_SPAN_MEMO:
                self._readings.clear()
            found = self._readings[text] = self._read_cues(text)
        return found

    def _read_cues(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        tokens = words(text)
        contracted = self.cues.contracted
        timed = self.plain_words(text)
        if contracted.keys().isdisjoint(tokens) and not timed:
            return text_stems(text), tokens
        stems: list[str] = []
        typed: list[str] = []
        for token, stemmed in zip(tokens, text_stems(text), strict=True):
            if token in timed:  # "last" of "last month": no cue
                continue
            parts = contracted.get(token, (stemmed,))
            stems.extend(parts)
            typed.extend((token,) * len(parts))
        return tuple(stems), tuple(typed)

    def _cues(self, text: str) -> list[tuple[str, bool, bool]]:
        """The (type, strong, leading) of each cue in a text, in order; the longest cue at each
        position; leading when it starts with a question word."""
        stems = self._reading(text)[0]
        return [
            (kind, strong, stems[first] in self.cues.leading)
            for first, _, (kind, strong) in self._cue_spans(stems)
        ]

    def _cue_spans(self, stems: tuple[str, ...]) -> tuple[tuple[int, int, tuple[str, bool]], ...]:
        """Each cue in a run of stems, in order: its first stem's place, its length, its (type,
        strong); the longest cue at each place, and the next searched after it. Kept for the
        last few runs read."""
        spans = self._spans.get(stems)
        if spans is None:
            if len(self._spans) >= CUE_SPAN_MEMO:
                self._spans.clear()
            spans = self._spans[stems] = tuple(self._find_cue_spans(stems))
        return spans

    def _find_cue_spans(self, stems: tuple[str, ...]) -> list[tuple[int, int, tuple[str, bool]]]:
        found: list[tuple[int, int, tuple[str, bool]]] = []
        lengths = self._cue_lengths
        kinds = self._cue_kinds
        size = len(stems)
        gapped = self.cues.gapped
        i = 0
        while i < size:
            length = 1
            gap = gap_cue(self.cues, stems, i, self._gap_lengths) if gapped else None
            if gap is not None:
                found.append((i, gap[0], (gap[1], True)))
                i += gap[0]
                continue
            for cue in lengths.get(stems[i], ()):
                if cue <= size - i and (hit := kinds.get(stems[i : i + cue])) is not None:
                    found.append((i, cue, hit))
                    length = cue
                    break
            i += length
        return found

    def only_asks(self, text: str) -> bool:
        """Whether every word of a text only says what is asked ("how do I relax", "how long does
        it last"): a stop or framing word, or a word inside a strong cue found in the text. A
        cue's word elsewhere says what the text is about: the "clinic" of "where is the clinic"
        is no asking word because "clinical features" is a cue of symptoms (a clinic pack's own
        question was refused as asking about nothing)."""
        stems = self._reading(text)[0]
        inside = {
            k
            for first, size, (_, strong) in self._cue_spans(stems)
            if strong  # a weak cue's words may be what it is about ("address")
            for k in range(first, first + size)
        }
        plain = self._plain_asking
        return bool(stems) and all(k in inside or s in plain for k, s in enumerate(stems))

    def cue_words(self, text: str) -> frozenset[str]:
        """The generic words of a text inside its strong cues of two words or more ("fast" of
        "how fast", "helps" of "what helps"): there they say only what is asked, so an entry
        holding them shares the question's type (the intent bonus), not its topic ("does a
        language atrophy, and how fast": "How fast can I regain muscle I have lost?" shares
        only "atrophy"). A cue's other words may still name a topic ("leads" of "leads to")."""
        stems, tokens = self._reading(text)
        plain = self._plain_asking
        return frozenset(
            tokens[k]
            for first, size, (_, strong) in self._cue_spans(stems)
            if strong and size >= 2
            for k in range(first, first + size)
            if stems[k] in plain
        )

    def plain_words(self, text: str) -> frozenset[str]:
        """The words of a text that would start a cue but stand, wherever they stand, inside a
        phrase that asks nothing (the "last" of "we changed the mattress last month"): a time,
        not the word "last" of "How long does a stiff back last?"."""
        plain = self.cues.plain
        if not plain:
            return frozenset()
        tokens = words(text)
        if self._plain_firsts.isdisjoint(tokens):
            return frozenset()
        sizes = self._plain_sizes
        inside: set[str] = set()
        outside: set[str] = set()
        i = 0
        while i < len(tokens):
            size = next((n for n in sizes if tokens[i : i + n] in plain), 0)
            if size:
                inside.update(t for t in tokens[i : i + size] if stem(t) in self._starts)
                i += size
                continue
            outside.add(tokens[i])
            i += 1
        return frozenset(inside - outside)

    def type_words(self, text: str) -> tuple[tuple[str, str], ...]:
        """The (word, type) of each word of a text inside one of its strong cues, stop words
        aside ("clinical", "features" of "which clinical features point towards SMA": symptoms;
        "presentation"). They say what is asked: an entry that answers that type answers them
        by its type, whether or not it says the words (Matcher._ranked)."""
        stems, tokens = self._reading(text)
        stops = self._stop_stems
        return tuple(
            dict.fromkeys(
                (tokens[k], kind)
                for first, size, (kind, strong) in self._cue_spans(stems)
                if strong
                for k in range(first, first + size)
                if stems[k] not in stops
            )
        )

    def absent_cue_words(self, text: str) -> frozenset[str]:
        """The words (stop words aside) of a text's cues, strong or weak, that name what is said
        to be absent ("symptoms" of "even without leg symptoms": cue_places.absent_cue_places)."""
        stems, tokens = self._reading(text)
        if self.cues.absent.isdisjoint(stems):
            return frozenset()
        spans = self._cue_spans(stems)
        stops = self._stop_stems
        return frozenset(
            tokens[k]
            for place in absent_cue_places(self.cues, stems, spans)
            for k in range(spans[place][0], spans[place][0] + spans[place][1])
            if stems[k] not in stops
        )

    def cue_objects(self, text: str, kinds: frozenset[str]) -> frozenset[str]:
        """The words a strong cue of some types acts on: those right after it, from its first
        word that is no stop word to the next stop word, at most OBJECT_REACH ("avoid a stiff
        back at work": stiff, back; "avoid it": none), and none past a word opening another clause
        ("what should I avoid doing if I want my back pain to ease": none)."""
        stems, tokens = self._reading(text)
        stops = self._stopwords
        ends = self.cues.object_ends
        found: set[str] = set()
        for first, size, (kind, strong) in self._cue_spans(stems):
            if not strong or kind not in kinds:
                continue
            taken: list[str] = []
            for token in tokens[first + size :]:
                if token in ends:  # another clause: what the cue acts on was said before it
                    break
                if token in stops:
                    if taken:
                        break
                    continue
                taken.append(token)
                if len(taken) >= OBJECT_REACH:
                    break
            found.update(taken)
        return frozenset(found)

    def objectless_also(self, text: str, kinds: frozenset[str]) -> frozenset[str]:
        """The types a question of these types asks too when a cue of them is said and acts on
        nothing it names (intents.json "objectless_also": "what should I avoid doing if ...":
        remedy). Not a type asked by two cues together ("how can I keep it from coming back":
        joined), whose own cue is not said."""
        table = self.cues.objectless_also
        wanted = frozenset().union(*(table.get(kind, frozenset()) for kind in kinds))
        if not wanted or self.cue_objects(text, kinds):
            return frozenset()
        said = any(
            strong and kind in kinds
            for _, _, (kind, strong) in self._cue_spans(self._reading(text)[0])
        )
        return wanted if said else frozenset()

    def word_cues(self, kinds: frozenset[str]) -> frozenset[str]:
        """The stems of the one-word cues of some types ("cost", "fee", "free" of a price)."""
        return frozenset(
            phrase[0]
            for table in (self.cues.strong, self.cues.weak)
            for phrase, kind in table.items()
            if kind in kinds and len(phrase) == 1
        )

    def practical(self, word: str) -> bool:
        """Whether a word is a practical type's cue on its own ("price", "fee", "cost"): one the
        pack never has asks the type, which an entry answers by its type, not by the word. Not
        a word of a longer cue ("much" of "how much is"), which may frame a question whose
        subject the entry lacks ("how much does a new sofa cost")."""
        return stem(word) in self._practical_words
