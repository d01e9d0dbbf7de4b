"""Question types and subjects: what a question asks, and what it is about. Pure once loaded: the
cue phrases and generic words are read from two data files, once.

*Type* ("intent"): cause, symptoms, remedy, duration, diagnosis, prognosis, prevention, definition,
read from cue phrases in data/intents.json ("how long" -> duration, "why" -> cause). Cues are matched
on word stems, longest first at each position, so the "how" of "how long" is not also a how-to.
An entry's types come from its question and aliases; a question's from its own words.

*Subject*: the words of an entry's question and aliases that name what it is about, i.e. what is left
once stop words, framing words, question-type cues and data/generic_words.txt ("stiff", "fix", "best")
are gone. "What helps tight back muscles?" is about {back, muscle}. A confident answer needs the
question to name part of the entry's subject (match.py); "how do I fix a stiff door hinge" does not.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence

from backcare.engine.analyze import (
    PHRASE_SEPARATOR,
    Analyzer,
    Concept,
    load_region_borders,
    load_regions,
    stem,
    text_stems,
    words,
)
from backcare.engine.cue_places import (
    absent_places,
    asks_yes_no,
    denied_places,
    gap_cue,
    mentioned_places,
    named_apart,
    negated_spans,
    priced,
    verdict_object,
    verdict_place,
)
from backcare.engine.cues import Cues, load_cues
from backcare.engine.tuning import CONCEPT_CACHE, OBJECT_REACH
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, expect_strings, read_shared_json, read_words

# a sentence runs to its last stop: a stop a comma follows ("back always stiff??, could it be AS")
# does not end it
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?]+(?=[ \t]*,))+[.!?]*")
CUE_SPAN_MEMO = 16  # runs of stems whose cues are kept (_cue_spans): a question and its sentences
CHOICE_WORDS = 6  # a comparative this many words after "A or B" makes a choice of them
CHOICE_LEAD = 3  # "A or B" opening a question makes a choice of them, A at most this many words


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


# where an answer's sentences end (answer_types): a full stop, ! or ? before a space, or a line break
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


class Asked(NamedTuple):
    types: frozenset[str]  # what the question asks: its first strong cue's type
    firm: bool  # found through a strong cue
    also: frozenset[str] = frozenset()  # the types of its other cues ("relax" in a "why" question)


class Sense:
    """Reads question types and entry subjects, with one pack's analyzer."""

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

    def types(self, text: str) -> Asked:
        """What a text asks ("how long does it last" -> {"duration"}): the type of the first strong
        cue of the sentence that asks (in "why are my erectors tight when I relax", "why" asks and
        "relax" is content), else of the whole text, else its weak cues ("what is"), which never
        make a clash."""
        sentence = self._asking_sentence(text)
        for part in (sentence, text) if sentence is not None else (text,):
            found = self._cues(part)
            strong = [(kind, lead) for kind, firm, lead in found if firm]
            joined = self._joined(strong)
            if joined is not None and not self._acts(part):
                return Asked(frozenset({joined}), True)
            read = self._reading(part)[0]
            spans = self._cue_spans(read)
            absent = absent_places(self.cues, read, spans)
            if absent:  # what is said to be absent is not asked ("no ... leg symptoms")
                strong = [cue for i, cue in enumerate(strong) if i not in absent]
            if strong:
                # a question word's cue said to be known or set aside is not asked when a later
                # one asks ("I understand why ..., but how do I loosen them")
                mentioned = mentioned_places(self.cues, read, spans, absent)
                # a type set aside is not asked by its other cues either ("not how long it
                # lasts - what causes it": "lasts")
                aside = frozenset(strong[i][0] for i in mentioned)
                denied = denied_places(self.cues, read, spans) | mentioned
                denied |= {i for i, (kind, _) in enumerate(strong) if kind in aside}
                # else a cue not denied ("my erectors won't loosen up - what's causing it?")
                first = next(
                    (i for i, (_, lead) in enumerate(strong) if lead and i not in mentioned),
                    next(
                        (i for i in range(len(strong)) if i not in denied),
                        next((i for i, (_, lead) in enumerate(strong) if lead), 0),
                    ),
                )
                kind, lead = strong[first]
                others = frozenset(
                    other
                    for i, (other, _) in enumerate(strong)
                    if i != first and i not in denied and kind not in self.cues.alone
                )
                stems = text_stems(part)
                loose = (
                    not lead
                    and kind in self.cues.open_in_yes_no
                    and bool(stems)
                    and stems[0] in self.cues.yes_no
                )
                # a cue of the story around a question that asks in words of no type ("I can't
                # get an appointment until next week. What's the quickest thing I can do?") only
                # describes: it ranks, but clashes with nothing
                story = part is text and sentence is not None
                return Asked(frozenset({kind}), not loose and not story, others)
        tail = self._tail(sentence if sentence is not None else text)
        if tail is not None:
            return Asked(frozenset({tail}), True)
        return Asked(frozenset(kind for kind, _, _ in self._cues(text)), False)

    def _joined(self, strong: Sequence[tuple[str, bool]]) -> str | None:
        """The type two of a sentence's strong cues ask together ("how do I stop it from coming
        back again": remedy beside recurrence asks prevention), or None."""
        if not self.cues.joined or len(strong) < 2:
            return None
        kinds = {kind for kind, _ in strong}
        return next(
            (asks for (kind, beside), asks in self.cues.joined.items() if {kind, beside} <= kinds),
            None,
        )

    def _acts(self, text: str) -> bool:
        """Whether an action follows the cue of a type whose join it undoes (Cues.join_actions:
        "how do I prevent google from showing some sites", "how to avoid downloading
        attachments" ask how to do something, not how to prevent a problem)."""
        actions = self.cues.join_actions
        if not actions:
            return False
        stems, tokens = self._reading(text)
        stops = self._stopwords  # "something", "nothing": no action
        for first, size, (kind, strong) in self._cue_spans(stems):
            if not strong or kind not in actions:
                continue
            marks, endings, reach = actions[kind]
            if any(
                t in marks or (t not in stops and len(t) > 4 and t.endswith(endings))
                for t in tokens[first + size : first + size + reach]
            ):
                return True
        return False

    def _tail(self, text: str) -> str | None:
        """The type a yes/no question asks by its last word ("Is muscle atrophy painful?",
        "does having my back cracked hurt"), or None."""
        if not self.cues.tails:
            return None
        typed = words(text)  # words, not stems: "painful" is stemmed "pain" ("... back pain?")
        if typed and typed[0] in self.cues.how_first:
            typed = typed[1:]  # "how is muscle atrophy measured" asks what "is it measured" asks
        if len(typed) < 3 or stem(typed[0]) not in self.cues.yes_no:
            return None
        return self.cues.tails.get(typed[-1])

    def _reading(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """A text's stems and words as cues read them: a contraction of "is" as its two words
        ("where's" -> where, is)."""
        tokens = words(text)
        contracted = self.cues.contracted
        if contracted.keys().isdisjoint(tokens):
            return text_stems(text), tokens
        stems: list[str] = []
        typed: list[str] = []
        for token, stemmed in zip(tokens, text_stems(text), strict=True):
            parts = contracted.get(token, (stemmed,))
            stems.extend(parts)
            typed.extend((token,) * len(parts))
        return tuple(stems), tuple(typed)

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

    def cue_objects(self, text: str, kinds: frozenset[str]) -> frozenset[str]:
        """The words a strong cue of some types acts on: those right after it, from its first
        word that is no stop word to the next stop word, at most OBJECT_REACH ("avoid a stiff
        back at work": stiff, back; "avoid it": none)."""
        stems, tokens = self._reading(text)
        stops = self._stopwords
        found: set[str] = set()
        for first, size, (kind, strong) in self._cue_spans(stems):
            if not strong or kind not in kinds:
                continue
            taken: list[str] = []
            for token in tokens[first + size :]:
                if token in stops:
                    if taken:
                        break
                    continue
                taken.append(token)
                if len(taken) >= OBJECT_REACH:
                    break
            found.update(taken)
        return frozenset(found)

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

    def _asking_sentence(self, text: str) -> str | None:
        """The sentence that asks, in a text of several sentences (None for one): the last with a
        question mark, or a later one with a strong cue that starts with a question word; else the
        last with a question-type cue, else the last. A guess asked first is not what is asked:
        "is it my kidneys or just a muscle? my lower back's tight, how do i loosen it" asks how to
        loosen it (typed quickly, with no second question mark). The last text's answer is kept:
        ranking asks three times."""
        if self._asked[0] == text:
            return self._asked[1]
        sentences: list[str] = [s for s in _SENTENCE.findall(text) if words(s)]
        asking = None
        if len(sentences) >= 2:
            marked = next((i for i in reversed(range(len(sentences))) if "?" in sentences[i]), None)
            if marked is not None:
                asking = next(
                    (
                        s
                        for s in reversed(sentences[marked + 1 :])
                        if any(firm and lead for _, firm, lead in self._cues(s))
                    ),
                    None,
                )
                if asking is None:
                    asking = sentences[marked]
                    if self._pleads(asking):
                        asking = next(
                            (
                                s
                                for s in reversed(sentences[:marked])
                                if any(firm for _, firm, _ in self._cues(s))
                            ),
                            asking,
                        )
            if asking is None:
                asking = next((s for s in reversed(sentences) if self._cues(s)), sentences[-1])
        elif sentences:
            asking = self._clause_to_pack(sentences[0])
        self._asked = (text, asking)
        return asking

    def asks_the_pack(self, text: str) -> bool:
        """Whether a question of one sentence asks in a clause put to the pack after its story
        (_clause_to_pack): an entry must then meet that clause, not the story alone."""
        sentences = [s for s in _SENTENCE.findall(text) if words(s)]
        return len(sentences) == 1 and self._clause_to_pack(sentences[0]) is not None

    def _clause_to_pack(self, sentence: str) -> str | None:
        """In a sentence of one question, its last clause after a comma when that clause asks the
        pack's owner something ("do you ...", "can you ...") in words of its own and the words
        before hold no cue of their own: "this back pain is killing me, do you have any
        appointments today" asks for an appointment; the pain is its story. None otherwise: a
        clause that refers back ("..., can you tell me a good site for this") or names nothing
        ("..., can you suggest anything") asks about its story."""
        openers = self.cues.to_pack
        if not openers or "," not in sentence:
            return None
        before, _, clause = sentence.rpartition(",")
        stems = self._reading(clause)[0]
        if not any(stems[: len(o)] == o for o in openers) or self._cues(before):
            return None
        typed = words(clause)
        if not self.cues.back_references.isdisjoint(typed):
            return None
        stops = self.analyzer.stopwords
        if all(w in stops or stem(w) in self._not_subject for w in typed):
            return None
        return clause

    def _pleads(self, sentence: str) -> bool:
        """Whether a sentence ends with a plea ("can you help", "any ideas") and holds no other
        cue: it asks for help, not a type ("Our textbook is vague, can you help?")."""
        pleas = self.cues.pleas
        if not pleas:
            return False
        stems = self._reading(sentence)[0]
        size = len(stems)
        plea = next((p for p in pleas if len(p) <= size and stems[size - len(p) :] == p), None)
        return plea is not None and not self._cue_spans(stems[: size - len(plea)])

    def choice(self, text: str) -> tuple[str, str] | None:
        """The two words a question asks to choose between: those either side of "or" (stop words
        skipped), when a comparative follows within CHOICE_WORDS words ("is ibuprofen or naproxen
        better for back pain": ibuprofen, naproxen), comes before them after "which" ("which
        works best, ThermaCare or Salonpas"), or when "A or B" opens the question (_bare: "hot or
        cold for lower back pain"). A side "bag of X" is X."""
        tokens = words(text)
        if "or" not in tokens or not self.cues.comparatives:
            return None
        stems = text_stems(text)
        stop = self.analyzer.stopwords
        for at, token in enumerate(tokens):
            if token != "or":
                continue
            before = next((w for w in reversed(tokens[:at]) if w not in stop), None)
            after = next((i for i in range(at + 1, len(tokens)) if tokens[i] not in stop), None)
            if before is None or after is None:
                continue
            if before in tokens[after + 1 : after + 1 + CHOICE_LEAD]:
                # "hot compress or cold compress": a word both sides share tells neither apart
                before = next((w for w in reversed(tokens[: at - 1]) if w not in stop), before)
            window = stems[after + 1 : after + 1 + CHOICE_WORDS]
            known = self.analyzer.vocabulary  # the lexicon's words: two things it knows
            ends = after + 1 == len(tokens) or tokens[after + 1] in stop
            bare = _bare(tokens, at, stop) and (
                ends or (before in known and tokens[after] in known)
            )
            if after + 2 < len(tokens) and tokens[after + 1] == "of":
                # "or a bag of frozen peas": the thing is what the bag holds
                after = next(
                    (i for i in range(after + 2, len(tokens)) if tokens[i] not in stop), after
                )
            if "which" in tokens[:at]:
                # "which works best, ThermaCare or Salonpas": the comparative may come first
                window = (*stems[max(0, at - 1 - CHOICE_WORDS) : at - 1], *window)
            if bare or any(
                tuple(window[i : i + len(c)]) == c
                for c in self.cues.comparatives
                for i in range(len(window))
            ):
                return before, tokens[after]
        return None

    def combined(self, text: str, about: Sequence[tuple[tuple[str, ...], str]]) -> bool:
        """Whether a question asks about two of its topics taken together: it names two or more
        and says so ("paracetamol and ibuprofen together", "at the same time"), or joins two of
        them by "with" ("codeine with ibuprofen"). An entry mentioning both by one word
        ("medication") cannot tell what they do together (Matcher._outside)."""
        if len(about) < 2:
            return False
        stems = text_stems(text)
        if any(
            tuple(stems[i : i + len(c)]) == c
            for c in self.cues.combining
            for i in range(len(stems))
        ):
            return True
        tokens = words(text)
        if self.cues.joiners.isdisjoint(tokens):
            return False
        named = {w for _, written in about for w in words(written)}
        stop = self.analyzer.stopwords
        for at, token in enumerate(tokens):
            if token in self.cues.joiners:
                before = next((w for w in reversed(tokens[:at]) if w not in stop), None)
                after = next((w for w in tokens[at + 1 :] if w not in stop), None)
                if before in named and after in named:
                    return True
        return False

    def regions(self, stems: Iterable[str]) -> frozenset[int]:
        """The body regions some stems name ("calves": limbs; "spine": back)."""
        return frozenset(r for s in stems if (r := self.analyzer.regions.get(s)) is not None)

    def phrase_regions(self, text: str) -> frozenset[int]:
        """The body regions a text names by a phrase of words that are stop words alone ("stiff
        all over": the whole body), read on all its words."""
        phrases = self._region_phrases
        if not phrases:
            return frozenset()
        stems = text_stems(text)
        return frozenset(
            region
            for phrase, region in phrases.items()
            if any(stems[i : i + len(phrase)] == phrase for i in range(len(stems)))
        )

    def generic(self, word: str) -> bool:
        """Whether a word can never name a subject (generic, framing, question-type or stop word),
        or is a numeral: an age, a count, a week of pregnancy ("im 20 weeks pregnant", "my 14
        year old") says how much or how old, not what about."""
        return word.isdecimal() or stem(word) in self._not_subject

    def named_types(self, text: str) -> frozenset[str]:
        """The types a pack must answer by name (Cues.named) that the sentence that asks names by
        a weak cue, whatever else it asks ("how much is a massage to loosen my erectors": a price,
        the loosening being what the massage is for)."""
        if not self.cues.named:
            return frozenset()
        sentence = self._asking_sentence(text)
        spans = self._cue_spans(self._reading(text if sentence is None else sentence)[0])
        # beside a strong cue, a weak cue of one word may be a verb ("free them off", "pay"):
        # only a phrase ("how much is") says the question asks a price; none negated ("I don't
        # want to pay"); a price sign beside a figure does ("under $20"; cue_places.priced)
        stems = self._reading(sentence or text)[0]
        firm, denied = any(s for _, _, (_, s) in spans), negated_spans(self.cues, stems, spans)
        return priced(self.cues, sentence or text, stems, spans) | frozenset(
            kind
            for i, (_, size, (kind, strong)) in enumerate(spans)
            if not strong and kind in self.cues.named and (size > 1 or not firm) and i not in denied
        )

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

    def cause_asked(self, text: str) -> frozenset[str]:
        """The words (as `words` gives them) a yes/no question of a loose type names as what it
        asks about ("can stress cause back pain": stress; "does SMA cause breathing problems":
        sma), stop, framing, generic and cue words aside: the words between its first word and
        its first cue, when no question word comes before the cue ends. An entry naming none of
        them does not say whether that is a cause. Likewise the words a yes/no question asks a
        verdict on, up to its verdict word (cue_places.verdict_place: "is apple cider vinegar a
        good home remedy": apple, cider, vinegar): an entry naming none gives no verdict; when
        it names nothing there ("is it ok"), the words after a verdict link ("to") name it."""
        stems, typed = self._reading(self.asking_text(text))
        if not asks_yes_no(self.cues, stems):
            return frozenset()
        spans = self._cue_spans(stems)
        first = verdict_place(self.cues, stems, spans)  # "is X a good home remedy": X
        verdict = first is not None
        if first is None:
            if not spans or spans[0][2][0] not in self.cues.open_in_yes_no or not spans[0][2][1]:
                return frozenset()
            first = spans[0][0]
        if self.cues.leading.intersection(stems[: first + 1]):
            return frozenset()  # an open question inside ("can you explain what causes it")
        named = frozenset(
            w
            for s, w in zip(stems[1:first], typed[1:first], strict=True)
            if s not in self._not_subject
        )
        if named or not verdict or first + 1 >= len(stems):
            return named
        if stems[first + 1] not in self.cues.verdict_links:
            return named
        taken = verdict_object(stems[first + 2 :], typed[first + 2 :], self._stopwords)
        return frozenset(w for s, w in taken if s not in self._not_subject)

    def named_apart(self, text: str) -> tuple[frozenset[str], ...]:
        """Groups of words the sentence that asks names, each of which an entry must name by one
        of its words to answer (else an outside topic, Matcher._ranked): a method's name ("what
        is the McKenzie method"), what a verdict judges joined by "with" ("is a hot bath with
        lavender oil good": lavender, oil). See cue_places.named_apart."""
        stems, typed = self._reading(self.asking_text(text))
        return named_apart(self.cues, stems, typed, self._not_subject, self._cue_spans(stems))

    def asking_text(self, text: str) -> str:
        """The sentence that asks, or the whole text when it is one sentence."""
        sentence = self._asking_sentence(text)
        return text if sentence is None else sentence

    def asking_words(self, text: str) -> frozenset[str] | None:
        """The words of the sentence that asks (None for a text of one sentence)."""
        sentence = self._asking_sentence(text)
        return None if sentence is None else frozenset(words(sentence))

    def entry_types(self, texts: Iterable[str]) -> frozenset[str]:
        """Every type an entry's question and aliases ask ("Why does the DNLC test fail?" is a
        cause and a diagnosis question); a text's weak cues count when it has no strong one
        ("When and where do we meet?" is a place and a schedule question). A practical type's cue
        counts beside a strong one: "How much does a treatment cost?" asks the cost of a treatment
        (the clinic's service, a remedy cue), and practical types clash with no other type."""
        found: set[str] = set()
        practical = self.cues.practical
        for text in texts:
            cues = self._cues(text)
            weak_only = not any(strong for _, strong, _ in cues)
            found.update(
                kind for kind, strong, _ in cues if strong or weak_only or kind in practical
            )
            # what its last word asks too ("Does chiropractic treatment hurt?": a remedy cue, and
            # whether it hurts)
            tail = self._tail(text)
            if tail is not None:
                found.add(tail)
        return frozenset(found)

    def answer_types(self, answer: str) -> dict[str, frozenset[str]]:
        """The types an entry's answer answers by saying one of their "in_answers" phrases, each
        with the stems of the sentences that say it ("To avoid back stiffness, use an upright
        sitting posture": prevention, of back stiffness), beside those its question and aliases
        ask (entry_types). Whether a pack answers how to prevent something, and what, is read
        from its own answers, not assumed."""
        table = self.cues.in_answers
        if not table or not answer:
            return {}
        longest = max(len(p) for p in table)
        found: dict[str, set[str]] = {}
        for sentence in _SENTENCE_END.split(answer):
            stems = text_stems(sentence)
            for size in range(1, longest + 1):
                for k in range(len(stems) - size + 1):
                    kind = table.get(stems[k : k + size])
                    if kind is not None:
                        found.setdefault(kind, set()).update(stems)
        return {kind: frozenset(said) for kind, said in found.items()}

    def subject(self, texts: Iterable[str], tags: Iterable[str] = ()) -> Subject:
        """An entry's subject: the words of its question and aliases that name what it is about, and
        its multi-word tags' naming words ("legs up the wall", "hot and cold packs"): a question
        holding all the words of one names the entry's subject too. Single-word tags ("heat",
        "desk") are too loose to stand for a subject on their own."""
        stems = frozenset(s for text in texts for s in self._naming(text))
        phrases = {tuple(sorted(set(self._naming(tag)))) for tag in tags}
        return Subject(stems, tuple(sorted(p for p in phrases if len(p) >= 2)))

    def asks_of(self, text: str) -> frozenset[str]:
        """The stems of the words by which a question says what it asks about its subject (no
        stop words, no subject words: "how many ... need" of "How many sessions will I need?",
        "happen" of "What happens at my appointment?")."""
        return frozenset(
            s
            for w in words(text)
            if w not in self.analyzer.stopwords and (s := stem(w)) in self._not_subject
        )

    def names_problems(self, stems: frozenset[str]) -> bool:
        """Whether an entry's subject stems are only words naming body problems in general
        ("conditions" of "What conditions do you treat?"): a body region's problem is one."""
        return bool(stems) and stems <= self._problem_kinds

    def asks_only(self, stems: Iterable[str]) -> bool:
        """Whether stems are all words of the practical types' cues ("cost", "price", "address"):
        subject words that say what is asked of a subject more than they name one."""
        return self._practical_stems.issuperset(stems)

    def _naming(self, text: str) -> list[str]:
        return [
            s
            for w in words(text)
            if w not in self.analyzer.stopwords and (s := stem(w)) not in self._not_subject
        ]

    def named(self, concepts: Sequence[Concept], typed: Iterable[str]) -> Named:
        """What a question can name: its own words (stems typed, typo fixes) and, for the
        question-and-aliases subject only, their single-word synonyms. A broader term reached
        through a one-way link ("legs" -> "muscle") is searched for but names nothing: "both legs
        weak" is not a question about the erector muscles."""
        own: set[str] = set(typed)
        synonyms: set[str] = set()
        broad: set[str] = set()
        for concept in concepts:
            if concept.filler or not concept.alternatives:
                continue
            word, its_synonyms, its_broad = self._concept_names(concept)
            own.add(word)
            synonyms |= its_synonyms
            broad |= its_broad
        # set comprehensions, not `-=`: that walks the whole (large) not-subject set
        own = {t for t in own if t not in self._not_subject}
        wide = own | synonyms
        return Named(frozenset(own), frozenset(wide), frozenset(broad - wide))

    def _concept_names(self, concept: Concept) -> tuple[str, frozenset[str], frozenset[str]]:
        """A concept's word (its stem, or its typo fix), and the single-word synonyms and the
        broader terms it reaches, less the words that never name a subject."""
        found = self._naming_of.get(concept)
        if found is None:
            word = concept.alternatives[0][0]
            broader = self.analyzer.broader_only(word)
            single = [t for t, _ in concept.alternatives if PHRASE_SEPARATOR not in t]
            kept = [t for t in single if t not in self._not_subject]
            found = (
                word,
                frozenset(t for t in kept if t not in broader),
                frozenset(t for t in kept if t in broader),
            )
            if len(self._naming_of) >= CONCEPT_CACHE:
                self._naming_of.clear()
            self._naming_of[concept] = found
        return found


def load_generic_words() -> list[str]:
    return read_words("generic_words.txt")


def default_sense(analyzer: Analyzer) -> Sense:
    from backcare.engine import prebuilt  # the bundled cues, read from the snapshot if it has them

    cues = prebuilt.cues() or load_cues()
    return Sense(
        analyzer,
        cues,
        load_generic_words(),
        load_problem_kinds(),
        load_regions(),
        load_region_borders(),
    )


def load_problem_kinds() -> list[str]:
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    return expect_strings(data.get("problem_kinds", []), "intents.json: problem_kinds")


def _bare(tokens: Sequence[str], at: int, stop: Container[str]) -> bool:
    """Whether a text starts with "A or B", A one to CHOICE_LEAD words none of which is a stop word
    (the "or" at `at`): "hot or cold for lower back pain", "heating pad or ice?" (A and B words of
    the lexicon: not valgrind's "Conditional jump or move depends on ..."). Such a question
    asks to choose as a comparative would ("heat or ice, which is better"). Not a yes/no question
    ("does ibuprofen or paracetamol help"), a question word first ("what signs or symptoms"), nor
    "A or B" at the end ("heat, ice, or something else?", "in the car or at my desk")."""
    return 0 < at <= CHOICE_LEAD and not any(w in stop for w in tokens[:at])
