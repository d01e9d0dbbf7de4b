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

from collections.abc import Iterable, Sequence

from backcare.engine.analyze import (
    Analyzer,
    load_region_borders,
    load_regions,
    stem,
    text_stems,
    words,
)
from backcare.engine.asking import AskingSentence
from backcare.engine.cue_places import (
    absent_cue_places,
    absent_places,
    denied_places,
    mentioned_places,
)
from backcare.engine.cues import Cues, load_cues
from backcare.engine.intent_tables import Asked, Named, Subject
from backcare.engine.subject_words import SubjectWords
from backcare.lazyregex import lazy
from backcare.resources import expect_dict, expect_strings, read_shared_json, read_words

__all__ = ["Asked", "Named", "Sense", "Subject", "build_sense", "default_sense"]

# where an answer's sentences end (answer_types): a full stop, ! or ? before a space, or a line break
_SENTENCE_END = lazy(r"(?<=[.!?])\s+|\n+")  # first used when an entry's sense is not kept


class Sense(SubjectWords, AskingSentence):
    """Reads question types and entry subjects, with one pack's analyzer. Its readings are mixins
    over the tables built once (intent_tables.SenseTables): CueReading (cue_reading.py: where the
    cues are), AskingSentence (asking.py: the sentence that asks, its forms), SubjectWords
    (subject_words.py: what a text is about); the types asked are read here."""

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
        # else its other cues, but those naming what is said to be absent ("without leg symptoms")
        read = self._reading(text)[0]
        spans = self._cue_spans(read)
        absent = absent_cue_places(self.cues, read, spans)
        return Asked(
            frozenset(kind for i, (_, _, (kind, _)) in enumerate(spans) if i not in absent), False
        )

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


def load_generic_words() -> list[str]:
    return read_words("generic_words.txt")


def default_sense(analyzer: Analyzer) -> Sense:
    """The bundled question-type and subject tables over this analyzer: from the registered
    source when it holds them for this very analyzer (the snapshot's: building them stems every
    cue, generic and stop word, and parses intents.json and lexicon.json, ~4% of a cold ask),
    else built, over the source's cues when it has them."""
    from backcare.engine import prebuilt

    found = prebuilt.sense(analyzer)
    if found is not None:
        return found
    return build_sense(analyzer, prebuilt.cues() or load_cues())


def build_sense(analyzer: Analyzer, cues: Cues) -> Sense:
    """The tables `default_sense` reads, built from the bundled data files."""
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
