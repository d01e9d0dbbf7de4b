"""Question-type cues: the phrases of data/intents.json that say what a question asks ("how long"
-> duration, "why" -> cause), read once into `Cues` for intent.Sense. Kept apart from the reading
itself (intent.py), which is long enough on its own."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from backcare.engine.analyze import stem, words
from backcare.namedtuple import NamedTuple
from backcare.resources import expect_dict, expect_strings, read_json


class Cues(NamedTuple):
    """Cue phrases (tuples of stems) -> question type; weak cues count only when no other does."""

    strong: Mapping[tuple[str, ...], str]
    weak: Mapping[tuple[str, ...], str]
    # question words ("why", "how"): a cue starting with one asks, and outranks a cue met earlier
    # that may only describe ("my back is permanently clenched, why?" asks why)
    leading: frozenset[str] = frozenset()
    # "does SMA cause breathing problems?" asks whether they go with SMA, not what causes them:
    # a yes/no question (one of these first words) of these types asks it loosely (no clash)
    yes_no: frozenset[str] = frozenset()
    open_in_yes_no: frozenset[str] = frozenset()
    # "better", "safest": after "A or B", the question asks to choose between A and B
    comparatives: frozenset[tuple[str, ...]] = frozenset()
    # "together", "at the same time": a question naming two topics asks about them combined
    combining: frozenset[tuple[str, ...]] = frozenset()
    # "with", "plus" between two topics joins them too ("codeine with ibuprofen")
    joiners: frozenset[str] = frozenset()
    # types that ask to choose ("which is better"): an entry whose tags name two of the options
    # the question gives, by different words, answers them ("ice packs and a hot water bottle ...
    # which is better": the entry tagged heat and ice)
    choosing: frozenset[str] = frozenset()
    # "where's", "what's", "hows": a question word and "is" run together, read as both when cues
    # are looked for ("where's the clinic" asks where, as "where is the clinic" does); word ->
    # the stems it stands for
    contracted: Mapping[str, tuple[str, ...]] = {}
    # the practical types: those with weak cues only ("place", "cost", "things" to bring), each
    # a question of its own; two different ones clash (match._intent)
    practical: frozenset[str] = frozenset()
    # "can you help", "any ideas", "thanks": words that close a question by asking for help, of
    # no type of their own; a last sentence ending with one and holding no other cue asks what an
    # earlier sentence's cue asks ("... what the most common cause is. can you help?")
    pleas: frozenset[tuple[str, ...]] = frozenset()
    # "do you", "is there": a clause after a comma starting with one asks the pack (the clinic)
    # something, and the clause before is the story ("this back pain is killing me, do you have
    # any appointments today"): the clause is the sentence that asks
    to_pack: frozenset[tuple[str, ...]] = frozenset()
    # "it", "this": a clause holding one asks about the story before it, not apart from it
    back_references: frozenset[str] = frozenset()
    # the last word (as typed) of a yes/no question with no strong cue -> the type it asks ("Is muscle
    # atrophy painful?" asks whether it hurts: no entry on its causes or signs answers that)
    tails: Mapping[str, str] = {}
    # "don't", "never": a side cue at most `negation_reach` stems after one, with no other cue
    # between, describes a state ("why don't my erectors ever relax"), not a second request
    negations: frozenset[str] = frozenset()
    negation_reach: int = 0
    clause_breaks: frozenset[str] = frozenset()  # "and", "but": a negation's reach ends there
    # types asked alone ("alone": true in intents.json: a product's size, a statistic, an anatomy
    # fact, whether something is safe): a question asking one is answered only by an entry of that
    # type; its other cues say what the thing is for ("what size ball should I buy to loosen my
    # erectors"), not a second question, so an entry answering them is a clash, not a side answer
    alone: frozenset[str] = frozenset()
    # types a pack must answer by name ("named": true in intents.json: a price, the best product):
    # asked by a weak cue of a pack none of whose candidate entries asks it or says one of its
    # one-word cues ("How much does physical therapy for a stiff back cost?" of a pack with no
    # prices), the question is asked firmly, so an entry of another type is a clash, but for the
    # types each names beside it ("named_or": the best stretch is a remedy's to name); type ->
    # those types
    named: Mapping[str, frozenset[str]] = {}
    # "how": a question starting with one, then a yes/no first word ("how is muscle atrophy
    # measured"), asks by its last word (`tails`) as the yes/no question does
    how_first: frozenset[str] = frozenset()
    # a cue of the first type beside one of the second asks the third ("how do I stop my back
    # pain from coming back again": recurrence with remedy asks prevention); (type, type) -> type
    joined: Mapping[tuple[str, str], str] = {}
    # phrases that make an entry answer a type when its answer says them ("in_answers": "To avoid
    # back stiffness, use an upright sitting posture" answers how to avoid it); stems -> type
    in_answers: Mapping[tuple[str, ...], str] = {}
    # a type whose join (above) does not hold when an action follows its cue ("joined_unless":
    # "how do I prevent google from showing ...", "how to avoid downloading ...": a how-to, not
    # the prevention of a problem); type -> (words, word endings, how many words after the cue)
    join_actions: Mapping[str, tuple[frozenset[str], tuple[str, ...], int]] = {}
    # words that say a thing is absent ("no", "without"), and how many words after them: a cue
    # among those words names what is absent, not what is asked ("can the paraspinal muscles
    # waste even if there's no sciatica or leg symptoms" asks no symptoms question)
    absent: frozenset[str] = frozenset()
    absent_reach: int = 0
    # words that say a question's type is already known or set aside ("I understand why ...,
    # but how do I loosen them", "forget how to loosen them: why ..."): a cue starting with a
    # question word up to `mentioned_reach` words after one is mentioned, not asked, when a later
    # cue starting with a question word asks; not after one of `mentioned_unless` ("do you know
    # why ...": asked)
    mentioned: frozenset[str] = frozenset()
    mentioned_reach: int = 0
    mentioned_unless: frozenset[str] = frozenset()
    # "good", "effective": a yes/no question that says one of these before its first strong cue
    # asks a verdict on what it names between its first word and this word ("is apple cider
    # vinegar a good home remedy for back pain": apple cider vinegar), as a loose cause question
    # names its cause (Sense.cause_asked): an entry naming none of it gives no verdict on it
    verdicts: frozenset[str] = frozenset()
    # a cue with a gap ("gapped": "when can I have a massage ... after a C-section" asks how long
    # to wait): its first phrase is the cue, of its type, when one of its closing words follows
    # within `gap_reach` words; first phrase (stems) -> (closing stems, type)
    gapped: Mapping[tuple[str, ...], tuple[frozenset[str], str]] = {}
    gap_reach: int = 0
    # "method", "technique": the words right before one name a method ("the McKenzie method",
    # "the Alexander technique"), which an entry naming none of them does not explain
    methods: frozenset[str] = frozenset()
    # "to": a verdict word right after "is it" and followed by one of these asks a verdict on what
    # follows ("is it ok to exercise with a sore back": exercise), read as Sense.cause_asked reads
    # a cause: an entry naming none of it does not say whether that is all right
    verdict_links: frozenset[str] = frozenset()
    # "not": right before a cue starting with a question word, it sets that type aside when a
    # later strong cue of another type asks ("Not how long it lasts - what actually causes back
    # stiffness when I sit?" asks the cause)
    contrast: frozenset[str] = frozenset()
    # "$", "£": a sign beside a figure ("under $20", "20€") names a price, which the type
    # `price_type` (a type a pack must answer by name) asks, however the question words it
    price_signs: frozenset[str] = frozenset()
    price_type: str = ""
    # phrases, as typed words (not stems: "lasts weeks" still asks how long), that start as a
    # cue does but ask nothing ("last month", "last week": a time, not the "last" of "how long
    # does it last"); their words that would start a cue are not read for cues
    plain: frozenset[tuple[str, ...]] = frozenset()
    # "versus", "vs": a word that sets two things against each other, a choice between the
    # words either side of it with no comparative needed ("sitting upright versus hunching")
    set_against: frozenset[str] = frozenset()
    # "if", "so", "while": a word opening another clause right after a cue ends what the cue acts
    # on before it starts ("what should I avoid doing if I want my back pain to ease": avoid acts
    # on what is asked, not on the back pain of the clause after it; Sense.cue_objects)
    object_ends: frozenset[str] = frozenset()
    # a type asked firmly of nothing its cue names ("what should I avoid doing if I want my back
    # pain to ease") asks these too ("objectless_also": remedy, as advice); type -> types
    objectless_also: Mapping[str, frozenset[str]] = {}

    @property
    def longest(self) -> int:
        return max((len(c) for c in (*self.strong, *self.weak)), default=0)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text))


def _contracted(forms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each contraction of "is" ("where's", "whats") -> the stems of its two words."""
    found: dict[str, tuple[str, ...]] = {}
    for form in forms:
        typed = words(form)
        if len(typed) == 1 and typed[0].endswith("s") and len(typed[0]) > 2:
            found[typed[0]] = (stem(typed[0][:-1].rstrip("'")), "is")
    return found


def cues_from(
    types: Mapping[str, Mapping[str, Sequence[str]]],
    leading: Iterable[str] = (),
    yes_no: Iterable[str] = (),
    open_in_yes_no: Iterable[str] = (),
    comparatives: Iterable[str] = (),
    combining: Iterable[str] = (),
    joiners: Iterable[str] = (),
    choosing: Iterable[str] = (),
    contractions: Iterable[str] = (),
    pleas: Iterable[str] = (),
    to_pack: Iterable[str] = (),
    back_references: Iterable[str] = (),
    tails: Mapping[str, Sequence[str]] | None = None,
    negations: Iterable[str] = (),
    negation_reach: int = 0,
    clause_breaks: Iterable[str] = (),
    alone: Iterable[str] = (),
    named: Mapping[str, Iterable[str]] | None = None,
    how_first: Iterable[str] = (),
    joined: Mapping[str, Mapping[str, str]] | None = None,
    absent: Iterable[str] = (),
    absent_reach: int = 0,
    mentioned: Iterable[str] = (),
    mentioned_reach: int = 0,
    mentioned_unless: Iterable[str] = (),
    verdicts: Iterable[str] = (),
    gap_reach: int = 0,
    methods: Iterable[str] = (),
    verdict_links: Iterable[str] = (),
    contrast: Iterable[str] = (),
    price_signs: Iterable[str] = (),
    price_type: str = "",
    plain: Iterable[str] = (),
    set_against: Iterable[str] = (),
    object_ends: Iterable[str] = (),
) -> Cues:
    contracted = _contracted(contractions)

    def phrase(text: str) -> tuple[str, ...]:  # a cue written with a contraction reads as both
        return tuple(s for w in words(text) for s in contracted.get(w, (stem(w),)))

    strong = {phrase(c): name for name, spec in types.items() for c in spec.get("cues", ())}
    weak = {phrase(c): name for name, spec in types.items() for c in spec.get("weak", ())}
    strong.pop((), None)
    weak.pop((), None)
    return Cues(
        strong,
        weak,
        frozenset(stem(w) for w in leading),
        frozenset(stem(w) for w in yes_no),
        frozenset(open_in_yes_no),
        frozenset(filter(None, map(_phrase, comparatives))),
        frozenset(filter(None, map(_phrase, combining))),
        frozenset(w.casefold() for w in joiners),
        frozenset(choosing),
        contracted,
        frozenset(
            name for name, spec in types.items() if spec.get("weak") and not spec.get("cues")
        ),
        frozenset(filter(None, map(phrase, pleas))),
        frozenset(filter(None, map(phrase, to_pack))),
        frozenset(w.casefold() for w in back_references),
        {w.casefold(): kind for kind, members in (tails or {}).items() for w in members},
        frozenset(stem(w) for w in negations),
        negation_reach,
        frozenset(stem(w) for w in clause_breaks),
        frozenset(alone),
        {kind: frozenset(also) for kind, also in (named or {}).items()},
        frozenset(w.casefold() for w in how_first),
        {
            (kind, beside): asks
            for kind, pairs in (joined or {}).items()
            for beside, asks in pairs.items()
        },
        {
            found: name
            for name, spec in types.items()
            for c in spec.get("in_answers", ())
            if (found := phrase(c))
        },
        {
            name: _actions(spec["joined_unless"])
            for name, spec in types.items()
            if "joined_unless" in spec
        },
        frozenset(stem(w) for w in absent),
        absent_reach,
        frozenset(stem(w) for w in mentioned),
        mentioned_reach,
        frozenset(stem(w) for w in mentioned_unless),
        frozenset(stem(w) for w in verdicts),
        {
            found: (frozenset(stem(w) for w in closing), name)
            for name, spec in types.items()
            for first, closing in _gapped(spec.get("gapped", {})).items()
            if (found := phrase(first))
        },
        gap_reach,
        frozenset(stem(w) for w in methods),
        frozenset(stem(w) for w in verdict_links),
        frozenset(stem(w) for w in contrast),
        frozenset(price_signs),
        price_type,
        frozenset(filter(None, map(words, plain))),
        frozenset(w.casefold() for w in set_against),
        frozenset(w.casefold() for w in object_ends),
        {
            name: frozenset(also)
            for name, spec in types.items()
            if (also := spec.get("objectless_also"))
        },
    )


def _gapped(value: object) -> dict[str, list[str]]:
    """A type's "gapped": {first phrase: [closing words]}."""
    spec = value if isinstance(value, dict) else {}
    return {
        k: [w for w in v if isinstance(w, str)]
        for k, v in spec.items()
        if isinstance(k, str) and isinstance(v, list)
    }


def _actions(value: object) -> tuple[frozenset[str], tuple[str, ...], int]:
    """A type's "joined_unless": {"words": [...], "endings": [...], "reach": n}."""
    spec = value if isinstance(value, dict) else {}
    reach = spec.get("reach", 0)
    return (
        frozenset(w.casefold() for w in spec.get("words", ()) if isinstance(w, str)),
        tuple(e.casefold() for e in spec.get("endings", ()) if isinstance(e, str)),
        reach if isinstance(reach, int) and not isinstance(reach, bool) else 0,
    )


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    data = expect_dict(read_json("intents.json"), "intents.json")
    leading = expect_strings(data.get("question_words", []), "intents.json: question_words")
    yes_no = expect_dict(data.get("yes_no", {}), "intents.json: yes_no")
    choice = expect_dict(data.get("choice", {}), "intents.json: choice")
    combined = expect_dict(data.get("combination", {}), "intents.json: combination")
    pleas = expect_dict(data.get("pleas", {}), "intents.json: pleas")
    to_pack = expect_dict(data.get("to_pack", {}), "intents.json: to_pack")
    negations = expect_dict(data.get("negations", {}), "intents.json: negations")
    reach = negations.get("reach", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        reach = 0
    absent = expect_dict(negations.get("absent", {}), "intents.json: negations: absent")
    absent_reach = absent.get("reach", 0)
    if not isinstance(absent_reach, int) or isinstance(absent_reach, bool) or absent_reach < 0:
        absent_reach = 0
    mentioned = expect_dict(data.get("mentioned", {}), "intents.json: mentioned")
    prices = expect_dict(data.get("prices", {}), "intents.json: prices")
    types = expect_dict(data.get("types"), "intents.json: types")
    return cues_from(
        types,
        leading,
        expect_strings(yes_no.get("first_words", []), "intents.json: yes_no: first_words"),
        expect_strings(yes_no.get("loose_types", []), "intents.json: yes_no: loose_types"),
        expect_strings(choice.get("comparatives", []), "intents.json: choice: comparatives"),
        expect_strings(combined.get("cues", []), "intents.json: combination: cues"),
        expect_strings(combined.get("joiners", []), "intents.json: combination: joiners"),
        expect_strings(choice.get("types", []), "intents.json: choice: types"),
        expect_strings(data.get("contractions", []), "intents.json: contractions"),
        expect_strings(pleas.get("phrases", []), "intents.json: pleas: phrases"),
        expect_strings(to_pack.get("openers", []), "intents.json: to_pack: openers"),
        expect_strings(
            to_pack.get("back_references", []), "intents.json: to_pack: back_references"
        ),
        {
            kind: expect_strings(words, f"intents.json: yes_no: tails: {kind}")
            for kind, words in expect_dict(
                yes_no.get("tails", {}), "intents.json: yes_no: tails"
            ).items()
        },
        expect_strings(negations.get("words", []), "intents.json: negations: words"),
        reach,
        expect_strings(negations.get("clause_breaks", []), "intents.json: negations: breaks"),
        [
            name
            for name, spec in types.items()
            if isinstance(spec, dict) and spec.get("alone") is True
        ],
        {
            name: expect_strings(spec.get("named_or", []), f"intents.json: {name}: named_or")
            for name, spec in types.items()
            if isinstance(spec, dict) and spec.get("named") is True
        },
        expect_strings(yes_no.get("how_first", []), "intents.json: yes_no: how_first"),
        {
            name: _joined(spec.get("joined", {}), f"intents.json: {name}: joined")
            for name, spec in types.items()
            if isinstance(spec, dict) and spec.get("joined")
        },
        expect_strings(absent.get("words", []), "intents.json: negations: absent: words"),
        absent_reach,
        expect_strings(mentioned.get("words", []), "intents.json: mentioned: words"),
        _reach(mentioned.get("reach", 0)),
        expect_strings(mentioned.get("unless_after", []), "intents.json: mentioned: unless_after"),
        expect_strings(yes_no.get("verdicts", []), "intents.json: yes_no: verdicts"),
        _reach(data.get("gap_reach", 0)),
        expect_strings(
            expect_dict(data.get("methods", {}), "intents.json: methods").get("words", []),
            "intents.json: methods: words",
        ),
        expect_strings(yes_no.get("verdict_links", []), "intents.json: yes_no: verdict_links"),
        expect_strings(mentioned.get("contrast", []), "intents.json: mentioned: contrast"),
        expect_strings(prices.get("signs", []), "intents.json: prices: signs"),
        prices.get("type", "") if isinstance(prices.get("type"), str) else "",
        expect_strings(
            expect_dict(data.get("plain", {}), "intents.json: plain").get("phrases", []),
            "intents.json: plain: phrases",
        ),
        expect_strings(choice.get("set_against", []), "intents.json: choice: set_against"),
        expect_strings(
            expect_dict(data.get("objects", {}), "intents.json: objects").get("ends", []),
            "intents.json: objects: ends",
        ),
    )


def _reach(value: object) -> int:
    """A reach read from intents.json: a non-negative int, else 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _joined(value: object, where: str) -> dict[str, str]:
    """A type's "joined": {beside type: the type asked} (each a string)."""
    pairs = expect_dict(value, where)
    return {k: v for k, v in pairs.items() if isinstance(v, str)}
