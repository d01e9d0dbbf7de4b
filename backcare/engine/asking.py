"""The sentence of a question that asks, and the forms it asks in (a `Sense` mixin): a story's
question sentence, a clause put to the pack's owner, a plea, a price it names, what a yes/no
question asks a cause or a verdict of, a choice between two things, two things taken together.
Pure: no I/O."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from backcare.engine.analyze import stem, text_stems, words
from backcare.engine.asides import unquoted
from backcare.engine.cue_places import (
    asks_yes_no,
    named_apart,
    negated_spans,
    priced,
    verdict_object,
    verdict_place,
)
from backcare.engine.cue_reading import CueReading
from backcare.engine.dictation import fillers, spoken_sentences
from backcare.lazyregex import lazy

# a stop a space or the end follows (written_sentences): the dots inside "3.79.1" end nothing
_WRITTEN_STOP = lazy(r"[.!?]+(?=\s|$)")  # compiled when first used: a calm cold ask does not
# a sentence runs to its last stop: a stop a comma follows ("back always stiff??, could it be AS")
# does not end it
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?]+(?=[ \t]*,))+[.!?]*")
# a dash with spaces around it, or a colon, between a list and the question it leads to
_LIST_END = re.compile(r"\s[-\u2013\u2014]+\s|:\s")
# a clause's end inside a sentence: a comma, semicolon, colon, or a dash with spaces around it
_CLAUSE_END = re.compile(r"[,;:]\s*|\s[-\u2013\u2014]+\s")
CHOICE_WORDS = 6  # a comparative this many words after "A or B" makes a choice of them
CHOICE_LEAD = 3  # "A or B" opening a question makes a choice of them, A at most this many words


def written_sentences(text: str) -> int:
    """How many sentences a text's writer ended with a stop followed by a space, a line's end or
    the text's end (quoted lines left out): the stops of a version number ("make 3.79.1") end
    none, and a run-on sentence that dictation's fillers part is one sentence written."""
    return sum(1 for s in _WRITTEN_STOP.split(unquoted(text)) if words(s))


class AskingSentence(CueReading):
    """What a question's asking sentence is, and the forms it asks in."""

    def _asking_sentence(self, text: str) -> str | None:
        """The sentence that asks, in a text of several sentences (None for one): the last with a
        question mark, or a later one with a strong cue that starts with a question word; else the
        last with a question-type cue, else the last. A guess asked first is not what is asked:
        "is it my kidneys or just a muscle? my lower back's tight, how do i loosen it" asks how to
        loosen it (typed quickly, with no second question mark). The last text's answer is kept:
        ranking asks three times."""
        if self._asked[0] == text:
            return self._asked[1]
        # lines quoted from the post a reply answers ("> have you tried ...?") are not asked
        own = unquoted(text)
        sentences: list[str] = [s for s in _SENTENCE.findall(own) if words(s)]
        if len(sentences) == 1:  # dictated with no stop: its fillers part its sentences
            sentences = spoken_sentences(sentences[0], fillers()) or sentences
        asking = None
        if len(sentences) >= 2:
            marked = next((i for i in reversed(range(len(sentences))) if "?" in sentences[i]), None)
            if marked is not None:
                asking = next(
                    (s for s in reversed(sentences[marked + 1 :]) if self._asks_unknown(s)),
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
            asking = self._clause_to_pack(sentences[0]) or self._after_list(sentences[0])
            if asking is None and own != text:  # the asker's one sentence below a quote
                asking = sentences[0]
        self._asked = (text, asking)
        return asking

    def _after_list(self, sentence: str) -> str | None:
        """In a sentence of one question, the question after a list of what the asker has, set
        off by a dash or a colon: "tight back, tension headaches, bad sleep, clenched jaw - how do
        I relieve spinal tension?" asks how to relieve spinal tension; the list is its story.
        Only a question that starts with a question word's strong cue, after a list (its items
        parted by commas) that holds no such cue; else None: "Pilates or yoga for lower back pain
        - which is better?" asks to choose between the two it names first."""
        parts = _LIST_END.split(sentence)
        if len(parts) < 2:
            return None
        before, question = " ".join(parts[:-1]), parts[-1]
        if "," not in before or any(firm and lead for _, firm, lead in self._cues(before)):
            return None
        found = self._cues(question)
        stems = self._reading(question)[0]
        if not found or not stems or stems[0] not in self.cues.leading:
            return None
        return question if any(firm and lead for _, firm, lead in found) else None

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
        return None if self._names_nothing(clause) else clause

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

    def topic_text(self, text: str) -> str:
        """The text whose topics are asked: the sentence that asks; in a question of one
        sentence, its clause that asks after statements of the asker's, as if they were sentences
        of a story ("Pregnant and my back muscles are really tight, what can I do at home to
        loosen them?", "I'm quite overweight and my back is always tight, why would that be"):
        who asks and what they live with is not what is asked, as "I'm pregnant. What helps ...?"
        says. The clause must start with a question word's strong cue and the statements hold no
        cue: "Is it safe to loosen my erectors while pregnant?" and "Does being overweight make
        my back stiff?" still ask about pregnancy and weight."""
        sentence = self._asking_sentence(text)
        if sentence is not None:
            return self._with_guess_before(text, sentence)
        return self._after_statements(text) or text

    def _with_guess_before(self, text: str, sentence: str) -> str:
        """The asking sentence, and the question right before it when the asking sentence names
        nothing of its own: "Could my back pain be kidney stones? how do i tell the difference"
        asks how to tell whether it is kidney stones, so the stones are asked (quality78). Only
        a guess before it, a yes/no question ("is it", "could it be"), not the asker's story
        ("I'm pregnant. What helps?" still asks what helps) nor a question it narrows ("how long
        does it take to rebuild muscle? Weeks or months?"), and only a sentence of stop words,
        cues and generic words: one that names a subject ("my lower back's tight, how do i loosen
        it") asks about that."""
        if not self._names_nothing(sentence):
            return sentence
        sentences = [s for s in _SENTENCE.findall(unquoted(text)) if words(s)]
        at = next((i for i, s in enumerate(sentences) if s == sentence), 0)
        before = sentences[at - 1] if at > 0 else ""
        guess = before.rstrip().endswith("?") and asks_yes_no(self.cues, self._reading(before)[0])
        return f"{before} {sentence}" if guess else sentence

    def _names_nothing(self, sentence: str) -> bool:
        """Whether every word of a sentence is a stop word or a word that names no subject
        (cues, framing and generic words): "how do i tell", "what should I do"."""
        stops = self.analyzer.stopwords
        return all(w in stops or stem(w) in self._not_subject for w in words(sentence))

    def _after_statements(self, sentence: str) -> str | None:
        """The clause of a one-sentence question from its first clause (after a comma, dash or
        colon) that starts with a question word's strong cue and points back ("it", "that"), when
        the clauses before it hold no cue; else None."""
        for found in _CLAUSE_END.finditer(sentence):
            before, question = sentence[: found.start()], sentence[found.end() :]
            if not words(before) or self._cues(before):
                return None
            stems = self._reading(question)[0]
            if not stems or stems[0] not in self.cues.leading:
                continue
            # it asks about what the statements tell ("what can I do to loosen them", "why
            # would that be"); one that names its own subject asks about the statements' too
            # ("my son hurt his back in rugby, how long should he wait before playing again")
            if self.cues.back_references.isdisjoint(words(question)):
                return None
            if any(firm and lead for _, firm, lead in self._cues(question)):
                return question
        return None

    def _asks_unknown(self, sentence: str) -> bool:
        """Whether a sentence after the last question mark asks by a strong cue that starts with
        a question word, one not said to be known already ("I already know why they get tight",
        "I understand why": Cues.mentioned up to mentioned_reach words before it, not after
        "you"): such a sentence tells the story of the question asked before it ("How do I
        loosen my erector spinae? I already know why they get tight ...") (quality65)."""
        cues = self.cues
        stems = self._reading(sentence)[0]
        for first, _, (_, firm) in self._cue_spans(stems):
            if not firm or stems[first] not in cues.leading:
                continue
            before = range(max(0, first - cues.mentioned_reach), first)
            known = next((i for i in reversed(before) if stems[i] in cues.mentioned), None)
            if known is None or (known > 0 and stems[known - 1] in cues.mentioned_unless):
                return True
        return False

    def asking_text(self, text: str) -> str:
        """The sentence that asks, or the whole text when it is one sentence."""
        sentence = self._asking_sentence(text)
        return text if sentence is None else sentence

    def asking_words(self, text: str) -> frozenset[str] | None:
        """The words of the sentence that asks (None for a text of one sentence)."""
        sentence = self._asking_sentence(text)
        return None if sentence is None else frozenset(words(sentence))

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

    def set_against(self, text: str) -> tuple[str, str] | None:
        """The two words either side of a word that sets them against each other (Cues.
        set_against: "sitting upright versus hunching over the laptop": upright, hunching),
        stop words skipped. An entry naming both by different words tells them apart: it
        answers the comparison whatever type its own question asks; one naming one side only is
        judged as before (a side of a choice asked with "or" it does not name is outside it)."""
        return _set_against(words(text), self.cues.set_against, self.analyzer.stopwords)

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


def _set_against(
    tokens: Sequence[str], joiners: Container[str], stop: Container[str]
) -> tuple[str, str] | None:
    """The words either side of the first word that sets two things against each other
    ("upright versus hunching"), stop words skipped, or None."""
    for at, token in enumerate(tokens):
        if token in joiners:
            before = next((w for w in reversed(tokens[:at]) if w not in stop), None)
            after = next((w for w in tokens[at + 1 :] if w not in stop), None)
            if before is not None and after is not None:
                return before, after
    return None


def _bare(tokens: Sequence[str], at: int, stop: Container[str]) -> bool:
    """Whether a text starts with "A or B", A one to CHOICE_LEAD words none of which is a stop word
    (the "or" at `at`): "hot or cold for lower back pain", "heating pad or ice?" (A and B words of
    the lexicon: not valgrind's "Conditional jump or move depends on ..."). Such a question
    asks to choose as a comparative would ("heat or ice, which is better"). Not a yes/no question
    ("does ibuprofen or paracetamol help"), a question word first ("what signs or symptoms"), nor
    "A or B" at the end ("heat, ice, or something else?", "in the car or at my desk")."""
    return 0 < at <= CHOICE_LEAD and not any(w in stop for w in tokens[:at])
