"""The rules' quick exit in a batch: a question no rule can fire on, found without reading it in full.

A rule fires only on live mentions of every concept of one of its combinations, and every mention
is a phrase of the vocabulary found in the question's tokens (detect.Safety._read: senses,
negations, other people, the past and harmless causes only remove or mark mentions; none adds
one, but for dose_counts.py's count past a limit told as bare numbers, which may_fire adds
from the numbers and limit words, and rising_scores.py's scores told by the day). So a question
that holds no phrase of some concept of each combination raises nothing, and
the pointer (which reads the same combinations) names nothing: exact, not a guess.

Finding that costs far less than the full reading. Each word is read once a batch (typo
correction, the phrases indexed by it: detect.Requirements, bounded memo); a question's words then
give the concepts whose phrases may be there, and only when they hold a whole combination are
those concepts' phrases matched against the tokens (reading.match_at, the full reading's own
matcher). The tokens are kept for the learned check's quick exit (quiet.py), which reads the same
question next: one tokenization a question for both.
"""

from __future__ import annotations

from backcare.engine.analyze import stem
from backcare.engine.safety.asked_figure import figure_concepts
from backcare.engine.safety.code_switch import said
from backcare.engine.safety.felt_heat import heat_concepts
from backcare.engine.safety.high_fever import high_concepts
from backcare.engine.safety.position_lists import list_concepts
from backcare.engine.safety.reading import Phrase, Requirements, Token, match_at
from backcare.engine.safety.rising_scores import score_concepts
from backcare.hints import Any
from backcare.namedtuple import NamedTuple

# vocabulary.SENSE, the label of an everyday sense (a copy, as in quiet.py;
# tests/test_safety_screen.py checks they agree)
SENSE = ""


class Screened(NamedTuple):
    """A question as both quick exits read it."""

    question: str
    tokens: list[Token]  # typo-corrected, as the full reading's tokens before senses
    stems: set[str]  # every stem a token may be (typos with several readings: all of them)
    phrases: list[int]  # the phrases (detect.Requirements) the tokens may be the indexed word of
    labels: set[str]  # those phrases' concepts


class Screen:
    """The rules' quick exit for one Safety, with the last question's reading."""

    def __init__(self, safety: Any) -> None:
        """`safety`: the detect.Safety it screens for."""
        self._safety = safety
        self._required: Requirements = safety._requirements()
        # a requirement's phrase number -> its number in the phrase index (which holds the
        # senses too, and Requirements does not)
        self._in_index = [n for n, (label, _) in enumerate(safety._index._texts) if label != SENSE]
        if len(self._in_index) != len(self._required.needs):
            raise AssertionError("requirements and phrase index disagree")  # a broken invariant
        self._labels = {label for label, _ in self._required.needs}  # every concept named
        # each requirement phrase as its concept and a bit mask of the stem groups its other
        # words need, and each stem as the mask of the groups it is in (_masks, when first named)
        self._masks: list[tuple[str, int]] | None = None
        self._stem_bits: dict[str, int] = {}
        self._compiled: dict[int, Phrase] = {}
        self._last: Screened | None = None
        self._named: tuple[str, set[str], int] | None = None  # question, concepts, groups met
        self._call_words: tuple[frozenset[str], tuple[str, ...]] | None = None
        # the combinations of the rules with their own call, as Safety._combos_by keeps them
        self._call_combos: dict[str, list[frozenset[str]]] | None = None
        self._derived_from: frozenset[str] | None = None  # _sources, when first asked

    def goes_on_to_call(self, word: str) -> bool:
        """Whether a phrase of a rule with its own call (the crisis) may go on after `word`: a
        word of one of its places but the last (its stem, or a prefix 'word*'), or a filler.
        A break inside a '...' gap is not found this way (a wrap word joins most: "to", "my")."""
        if self._call_words is None:
            safety = self._safety
            concepts = {c for r in safety._rules if r.flag.call for combo in r.sets for c in combo}
            places = [
                w
                for label, text in safety._index._texts
                if label in concepts
                for words in [[w for w in text.split() if w not in ("...", "$")]]
                for place in words[:-1]
                for w in place.split("|")
            ]
            whole = {stem(w.lstrip("=")) for w in places if "*" not in w and "<" not in w}
            starts = tuple(w.lstrip("=").rstrip("*") for w in places if w.endswith("*"))
            self._call_words = (frozenset(whole) | safety._fillers, starts)
        words, prefixes = self._call_words
        return stem(word) in words or word.startswith(prefixes)

    def read(self, question: str) -> Screened:
        """The question's tokens, their stems and the phrases they may hold (kept for the last
        question: the rules' and the learned check's quick exits read it in turn)."""
        if self._last is not None and self._last.question == question:
            return self._last
        safety = self._safety
        memo = safety._word_reading
        tokens: list[Token] = []
        stems: set[str] = set()
        labels: set[str] = set()
        phrases: list[int] = []
        # read as detect._read reads them (code_switch.py), which reads the same words next
        for raw in said(question, safety._breakers, safety._joiners, safety._openers):
            reading = memo.get((raw.surface, raw.number is None))
            if reading is None:
                reading = safety._read_word(raw)  # and kept in the memo
            fields, word_stems, word_labels, word_phrases = reading
            if fields is not None:  # corrected: a typo, a spelling or a number word
                surface, stem, number, alt = fields
                raw = raw._replace(surface=surface, stem=stem, number=number, alt=alt)
            tokens.append(raw)
            stems.update(word_stems)
            labels |= word_labels
            phrases += word_phrases
        self._last = Screened(question, tokens, stems, phrases, labels)
        return self._last

    def may_fire(self, question: str) -> bool:
        """Whether some rule could fire (or the pointer name a tier): every concept of one of
        its combinations has a phrase found in the question, wherever and however it is said."""
        safety = self._safety
        read = self.read(question)
        # the concepts a reading adds from numbers, not phrases (dose_counts.py: a count past a
        # limit told as bare numbers): possible whenever the words they need are there; and
        # from a list of positions (position_lists.py)
        # and from scores told by the day ("a 3 on monday, ... a 9 today": rising_scores.py)
        tokened = safety._dose_concepts(read.tokens) | list_concepts(read.tokens)
        tokened |= score_concepts(read.tokens)
        # by the indexed words alone, then with every word each phrase needs, then by the
        # phrases themselves: each step for the concepts of the combinations still possible,
        # with the concepts safety113's and safety137's readings add from other concepts'
        # mentions (felt_heat.py, asked_figure.py, high_fever.py) derived at each step from
        # that step's concepts: a mention is of a phrase found, so what it derives is found from
        # the narrower set too (deriving them from the indexed words alone let ~23% of a calm
        # batch through: "to" indexes a URINE phrase, and URINE's RETENTION is a combination on
        # its own)
        wanted = safety._combos_within(read.labels | tokened | self._derived(read.labels))
        if not wanted:
            return False
        named = self.named(question)
        wanted = safety._combos_within((named | tokened | self._derived(named)) & wanted)
        if not wanted:
            return False
        # the concepts whose mentions derive others are looked for too, wanted or not
        found = self.matched(question, wanted | (named & self._sources()))
        return bool(safety._combos_within((found & wanted) | tokened | self._derived(found)))

    def _sources(self) -> frozenset[str]:
        """The concepts whose mentions felt_heat.py, asked_figure.py and high_fever.py derive
        another from (HOT, URINE, FEVER), and those a pronoun's or an ability's mention is read
        as them from (returned.py, ability_answers.py)."""
        if self._derived_from is None:
            derives = {c for c in self._labels if self._derived(frozenset((c,)))}
            told = self._safety._signs_told_by
            self._derived_from = frozenset(derives | {p for p in told if told[p] in derives})
        return self._derived_from

    def _derived(self, concepts: set[str] | frozenset[str]) -> frozenset[str]:
        """The concepts felt_heat.py, asked_figure.py and high_fever.py may add where these may
        be mentioned (a pronoun's or an ability's sign read as its sign first)."""
        told = self._safety._signs_told_by
        signs = concepts | {told[c] for c in concepts if c in told}
        return heat_concepts(signs) | figure_concepts(signs) | high_concepts(signs)

    def may_call(self, question: str) -> bool:
        """Whether a rule with its own call (the crisis lines) could fire: may_fire over those
        rules' combinations alone. A batch reads each line with the one before it for the crisis
        only (cli/wrapped.py); two lines of signs joined hold combinations of other rules, which
        may_fire would read in full for nothing."""
        safety = self._safety
        by = self._call_combos if self._call_combos is not None else self._built_call_combos()
        read = self.read(question)
        added = safety._dose_concepts(read.tokens)
        wanted = _within(read.labels | added, by)
        if not wanted:
            return False
        wanted = _within((self.named(question) | added) & wanted, by)
        if not wanted:
            return False
        return bool(_within(self.matched(question, wanted) | added, by))

    def _built_call_combos(self) -> dict[str, list[frozenset[str]]]:
        """Safety._combos_by (vocabulary.py) for the rules with their own call only: their
        combinations, and each with a sign told by a pronoun or an ability (returned.py,
        ability_answers.py) in that word's place, by its least concept not in the background."""
        safety = self._safety
        calls = [combo for combo, n in safety._combos if safety._rules[n].flag.call]
        told = [
            combo - {sign} | {pronoun}
            for pronoun, sign in safety._signs_told_by.items()
            for combo in calls
            if sign in combo
        ]
        by: dict[str, list[frozenset[str]]] = {}
        for combo in calls + told:
            by.setdefault(min(combo - safety._background), []).append(combo)
        self._call_combos = by
        return by

    def named(self, question: str) -> set[str]:
        """The concepts of the phrases whose words may all be in the question (each phrase's
        indexed word and the stems each other word may be), kept for the last question: both
        quick exits read them. As Requirements.concepts (over every concept) finds them, one
        mask test a phrase: a phrase's groups are all met when its mask lies within the mask of
        the groups the question's stems are in."""
        if self._named is not None and self._named[0] == question:
            return self._named[1]
        read = self.read(question)
        masks = self._masks if self._masks is not None else self._built_masks()
        met = 0
        bits = self._stem_bits
        for s in read.stems:
            met |= bits.get(s, 0)
        found: set[str] = set()
        for n in set(read.phrases):
            label, mask = masks[n]
            if mask & met == mask:
                found.add(label)
        self._named = (question, found, met)
        return found

    def _built_masks(self) -> list[tuple[str, int]]:
        """Each requirement phrase's concept and the mask of its groups (a bit per distinct
        group), and each stem's mask in _stem_bits."""
        number: dict[frozenset[str], int] = {}
        masks: list[tuple[str, int]] = []
        for label, groups in self._required.needs:
            mask = 0
            for g in groups:
                mask |= 1 << number.setdefault(g, len(number))
            masks.append((label, mask))
        for g, n in number.items():
            for s in g:
                self._stem_bits[s] = self._stem_bits.get(s, 0) | 1 << n
        self._masks = masks
        return masks

    def matched(self, question: str, wanted: set[str] | frozenset[str]) -> set[str]:
        """The concepts, of those wanted, that have a phrase found in the question: those its
        full reading may mention (it mentions only phrases it finds)."""
        read = self.read(question)
        self.named(question)  # the groups the question's stems meet (kept with the concepts)
        assert self._named is not None and self._masks is not None
        met, masks = self._named[2], self._masks
        found: set[str] = set()
        tokens, fillers = read.tokens, self._safety._fillers
        places: Places | None = None  # where each stem and word stands, when first needed
        for n in sorted(set(read.phrases)):
            label, mask = masks[n]
            if (
                label in wanted
                and label not in found
                and mask & met == mask  # every word's group met: cheaper than matching
            ):
                if places is None:
                    places = _places(tokens)
                if self._found(n, tokens, fillers, places):
                    found.add(label)
        return found

    def _found(self, n: int, tokens: list[Token], fillers: frozenset[str], places: Places) -> bool:
        """Whether requirement phrase `n` is in the tokens, as the full reading finds it."""
        phrase = self._compiled.get(n)
        if phrase is None:
            phrase = self._compiled[n] = self._safety._index.phrase(self._in_index[n])
        first = phrase.first
        if first.prefixes:
            return any(
                first.accepts(token) and match_at(phrase, tokens, i, fillers) is not None
                for i, token in enumerate(tokens)
            )
        # a first word of stems, exact words and number classes only accepts the tokens that
        # hold one of them, or a number (Alternative.accepts): those tokens' places, not every
        # token, are tried (safety116's ELDER '<elder> yo|...|and|$' is reached by any 'and')
        by_stem, by_surface, numbers = places
        starts: set[int] = set(numbers) if first.ranges else set()
        for s in first.stems.intersection(by_stem):
            starts.update(by_stem[s])
        for w in first.exact.intersection(by_surface):
            starts.update(by_surface[w])
        return any(match_at(phrase, tokens, i, fillers) is not None for i in starts)


def _within(concepts: set[str] | frozenset[str], by: dict[str, list[frozenset[str]]]) -> set[str]:
    """The concepts of the combinations (`by` one concept of theirs) these concepts hold in
    full, as Safety._combos_within finds them."""
    within: set[str] = set()
    for c in concepts:
        for combo in by.get(c, ()):
            if combo <= concepts:
                within |= combo
    return within


# the places of a question's tokens: by each stem a token may be (its own and its typo
# readings'), by each token's surface, and those of the tokens that hold a number
Places = tuple[dict[str, list[int]], dict[str, list[int]], list[int]]


def _places(tokens: list[Token]) -> Places:
    by_stem: dict[str, list[int]] = {}
    by_surface: dict[str, list[int]] = {}
    numbers: list[int] = []
    for i, token in enumerate(tokens):
        if token.number is not None:
            numbers.append(i)
        by_stem.setdefault(token.stem, []).append(i)
        for a in token.alt:
            by_stem.setdefault(a, []).append(i)
        by_surface.setdefault(token.surface, []).append(i)
    return by_stem, by_surface, numbers
