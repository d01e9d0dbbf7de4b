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
A question where the bound is not conclusive is read in full as before.

A sense may take a word only where one of its words may stand; it turns that word into SENSE_WORD
for the check (detect.Safety._read), which changes the word's own features, its pairs and, for a
negation, which words after it are marked denied. So where senses may be, the features are
worked out for every choice of which of those words a sense takes (net.word_values, as
features() makes them, each choice): those found in every choice are known, the others
possible, and the bound covers any subset of the possible ones. Exact still; more words that may
be taken only make it wider.
"""

from __future__ import annotations

from collections.abc import Sequence

from backcare.engine.safety.asked_figure import figure_concepts
from backcare.engine.safety.corrected import replied
from backcare.engine.safety.felt_heat import heat_concepts
from backcare.engine.safety.high_fever import high_concepts
from backcare.engine.safety.net import UNTRAINED, Net, concept_features
from backcare.engine.safety.position_lists import list_concepts
from backcare.engine.safety.reading import Alternative, Token, normal, stem_words
from backcare.engine.safety.rising_scores import score_concepts
from backcare.engine.tuning import NET_MAX_WORDS, QUIET_MAX_SENSED, SAFETY_WORD_MEMO
from backcare.hints import Any

# vocabulary.SENSE (the label of an everyday sense) and detect.SENSE_WORD (what the check reads for
# a word a sense took): not imported, detect imports this module (tests/test_safety_screen.py
# checks them)
SENSE = ""
SENSE_WORD = "~sense~"


# each sense as the stems each of its words may be (a prefix or number word: not checked); the
# senses indexed by the stems of one of their words ("" for a sense with no word to check it by):
# a question holding none of them holds no such sense; each sense's number in the phrase index.
# A plain tuple: the snapshot keeps it (store/snapshot.py), without importing this module.
SenseGroups = tuple[list[list[frozenset[str]]], dict[str, list[int]], list[int]]


def sense_groups(
    texts: Sequence[tuple[str, str]], as_senses: frozenset[str] = frozenset()
) -> SenseGroups:
    """The senses' groups of the phrase index's (label, text) pairs, with the phrases of the
    concepts the learned check reads as senses (`as_senses`, 'as_senses' in the vocabulary: a
    leaflet's overdose section, OD_WARNED), whose words it takes as a sense's too."""
    senses: list[list[frozenset[str]]] = []
    by: dict[str, list[int]] = {}
    phrase: list[int] = []
    chosen = [
        (n, text) for n, (label, text) in enumerate(texts) if label == SENSE or label in as_senses
    ]
    # each distinct word read once (the senses repeat long lists of options), its options
    # stemmed in one call into the C stemmer
    written = {word for _, text in chosen for word in text.split()}
    checked = {
        word: [normal(o.removeprefix("=")) for o in word.split("|")]
        for word in written
        if word not in ("...", "$")
        and not any(o.startswith("<") or o.endswith("*") for o in word.split("|"))
    }
    ordered = sorted({o for options in checked.values() for o in options})
    stems = dict(zip(ordered, stem_words(ordered), strict=True))
    group = {word: frozenset(stems[o] for o in options) for word, options in checked.items()}
    for number, text in chosen:
        phrase.append(number)
        groups = [group[word] for word in text.split() if word in group]
        if not groups:  # nothing to check it by: every question may hold it
            by.setdefault("", []).append(len(senses))
        else:  # by its least common-looking word: fewest options, longest stems
            key = max(groups, key=lambda g: (-len(g), min(map(len, g))))
            for s in key:
                by.setdefault(s, []).append(len(senses))
        senses.append(groups)
    return senses, by, phrase


class Quiet:
    """What the quick exit needs of one Safety: its senses' words, and a memo per concept set."""

    def __init__(self, safety: Any, net: Net) -> None:
        """`safety`: the detect.Safety it reads for (not imported: detect imports this module)."""
        self._safety = safety
        self._net = net
        ready = safety._ready_tables()  # as the snapshot keeps them, or built
        groups: SenseGroups = (
            ready[1] if ready is not None else sense_groups(safety._index._texts, safety._as_senses)
        )
        self._senses, self._senses_by, self._sense_phrase = groups
        # each sense's groups as a bit mask (a bit per distinct group), and each stem as the mask
        # of the groups it is in: a sense's words may all be there when its mask lies within the
        # question's (one test a sense instead of one a group)
        number: dict[frozenset[str], int] = {}
        self._sense_masks: list[int] = []
        for sense in self._senses:
            mask = 0
            for g in sense:
                mask |= 1 << number.setdefault(g, len(number))
            self._sense_masks.append(mask)
        self._stem_bits: dict[str, int] = {}
        for g, n in number.items():
            for s in g:
                self._stem_bits[s] = self._stem_bits.get(s, 0) | 1 << n
        # each sense's words (compiled when a question first may hold it): where it may stand
        self._sense_words: dict[int, list[Alternative]] = {}
        # concepts -> the spread of their possible features (Net.spread)
        self._maybe: dict[frozenset[str], tuple[list[int], list[int]]] = {}
        # possible word features' packed values (where senses may be) -> their spread
        self._words: dict[frozenset[int], tuple[list[int], list[int]]] = {}

    def silent(self, question: str) -> bool:
        """True only when the learned check would raise nothing for this question."""
        found = self.reading(question)
        if found is None:
            return False
        tokens, concepts, sensed = found
        if self._safety.may_turn_from_denials(tokens):
            # the check also reads the part after a turn from the asker's denials (denied.py
            # _turned): a part's features are not bounded here, so it is read in full
            return False
        if len(tokens) > NET_MAX_WORDS:
            # a long message is read a window at a time (net.windows), each with its own gates:
            # read in full. Bounding each window over every concept the whole message may name
            # was seldom conclusive and cost more than the reading (~200 ms for 220 words)
            return False
        # the check also reads a message without its trailing ordinary questions (follow_up.py):
        # the words before each clause after the first are bounded too, over the same concepts
        # (those before are among them)
        ends = [i for i in range(1, len(tokens)) if tokens[i].clause != tokens[i - 1].clause]
        named: frozenset[str] | None = None
        net = self._net
        # the word features' packed values by position for each choice of the words senses
        # take (one choice where none may), made once: a part's are its first positions'
        choices = self.value_choices(tokens, sensed)
        for end in [len(tokens), *ends]:
            known, maybe = self.known_values(choices, end)
            words = self._word_spread(maybe)
            sums = net.sums_of_values(known)
            if not net.sums_may_raise(sums, self._spread(concepts, words)):
                continue
            # not conclusive: only the concepts with a phrase found in the question (screen.py),
            # fewer than those whose words are all there, may be mentioned
            if named is None:
                # a pronoun's sign is read as its sign (returned.py), and so is an ability
                # asked about (ability_answers.py): its phrase names that sign
                pronouns = frozenset(self._safety._signs_told_by)
                matched = self._told(self._safety._screen.matched(question, concepts | pronouns))
                named = frozenset(matched) & concepts
            if named == concepts or net.sums_may_raise(sums, self._spread(named, words)):
                return False
        return True

    def _word_spread(self, maybe: set[int]) -> tuple[list[int], list[int]] | None:
        """The spread of the possible word features' packed values (None for none), memoised:
        a batch asks the same senses beside the same words again and again."""
        if not maybe:
            return None
        key = frozenset(maybe)
        words = self._words.get(key)
        if words is None:
            if len(self._words) >= SAFETY_WORD_MEMO:
                self._words.clear()
            words = self._words[key] = self._net.spread_of_values(key)
        return words

    def _spread(
        self, concepts: frozenset[str], words: tuple[list[int], list[int]] | None
    ) -> tuple[list[int], list[int]]:
        """The spread of these concepts' possible features and of the possible word features
        (a bucket in both counts twice: only a wider bound)."""
        spread = self._maybe.get(concepts)
        if spread is None:
            if len(self._maybe) >= SAFETY_WORD_MEMO:
                self._maybe.clear()
            spread = self._maybe[concepts] = self._net.spread(concept_features(concepts))
        if words is None:
            return spread
        return (
            [a + b for a, b in zip(spread[0], words[0], strict=True)],
            [a + b for a, b in zip(spread[1], words[1], strict=True)],
        )

    def value_choices(
        self, tokens: list[Token], sensed: tuple[int, ...]
    ) -> list[list[tuple[int, ...] | frozenset[int]]]:
        """The packed values of the word features (net.word_values: two entries a position)
        for each choice of which of the `sensed` tokens a sense takes."""
        safety = self._safety
        negations, reach = safety._negations, safety._negation_reach
        choices = []
        for mask in range(1 << len(sensed)):
            shown = list(tokens)
            for k, i in enumerate(sensed):
                if mask >> k & 1:
                    shown[i] = shown[i]._replace(surface=SENSE_WORD, stem=SENSE_WORD)
            choices.append(self._net.word_values(shown, negations, reach))
        return choices

    @staticmethod
    def known_values(
        choices: list[list[tuple[int, ...] | frozenset[int]]], end: int
    ) -> tuple[set[int], set[int]]:
        """The packed values of the first `end` tokens' word features read in every choice
        (value_choices), and those read in some choice only. A feature's value names its
        bucket, so whichever choice the check reads, its word features' values are the known
        ones and a subset of the others: Net.spread_of_values bounds what that subset adds."""
        found = []
        for choice in choices:
            values: set[int] = set()
            values.update(*choice[: 2 * end])
            found.append(values)
        if len(found) == 1:
            return found[0], set()
        known = set.intersection(*found)
        return known, set.union(*found) - known

    def reading(self, question: str) -> tuple[list[Token], frozenset[str], tuple[int, ...]] | None:
        """The question's tokens as the learned check reads them, the concepts its mentions can
        only be among, and the tokens a sense may take (where one of the senses its words may
        hold has a word that accepts them). None before the rules' quick exit has run, or when
        more than QUIET_MAX_SENSED tokens may be taken (too many choices to try). So the
        check's features are among those of word_features(tokens, sensed) and some of
        concept_features(concepts) (tests/test_safety_quiet.py checks it)."""
        safety = self._safety
        screen = safety._screen
        if screen is None:  # built by the rules' quick exit, which runs first in a batch
            return None
        read = screen.read(question)  # the rules' quick exit just read it: kept
        tokens, stems = read.tokens, read.stems
        candidates = {n for s in (*stems, "") for n in self._senses_by.get(s, ())}
        masks, bits = self._sense_masks, self._stem_bits
        met = 0
        for s in stems:
            met |= bits.get(s, 0)
        sensed: set[int] = set()
        for n in candidates:
            if masks[n] & met == masks[n]:  # each of its groups holds one of the stems
                words = self._sense_words.get(n)
                if words is None:
                    phrase = safety._index.phrase(self._sense_phrase[n])
                    words = self._sense_words[n] = [e for e in phrase.elements if e is not None]
                sensed.update(i for i, t in enumerate(tokens) if any(w.accepts(t) for w in words))
        if len(sensed) > QUIET_MAX_SENSED:
            return None
        # the concepts as the learned check's features name them (net.UNTRAINED)
        concepts = screen.named(question)
        pain = replied(tokens)  # corrected.py reads back pain at a reply's subjectless sign
        if pain is not None:
            concepts = concepts | {pain}
        # the concepts safety113's and safety137's readings add from other concepts, from a list
        # of positions or from scores told by the day (felt_heat.py, asked_figure.py,
        # high_fever.py, position_lists.py, rising_scores.py), as the rules' quick exit counts them
        concepts = concepts | heat_concepts(concepts) | figure_concepts(concepts)
        concepts = concepts | high_concepts(concepts)
        concepts = concepts | list_concepts(tokens) | score_concepts(tokens)
        if concepts & self._alike_signs():
            # a sign read as the back's pain takes its words from the word features like a
            # sense (denied_alike.py, safety139): no bound here, the check reads the message
            return None
        named = {UNTRAINED.get(c, c) for c in self._told(concepts)} - {""}
        return tokens, frozenset(named), tuple(sorted(sensed))

    @staticmethod
    def _alike_signs() -> frozenset[str]:
        """The signs denied_alike.py may read as the back's pain (data/denied_alike.json)."""
        from backcare.engine.safety.listed_words import listed_words

        return frozenset(listed_words("denied_alike.json")["signs"])

    def _told(self, concepts: set[str]) -> set[str]:
        """These concepts, and the sign each sign told by a pronoun is read as (returned.py
        _pronoun_signs: "my bladder. It won't go." is RETENTION to the check)."""
        told = self._safety._signs_told_by
        return concepts | {told[c] for c in concepts if c in told}
