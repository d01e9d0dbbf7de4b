"""The batch's red-flag quick exits read the same as before speed18 made them cheaper (issue 17):
the rules' screen finds a phrase's words by one mask test (screen.Screen.named, matched), the
learned check's finds senses the same way (quiet.Quiet.reading) and sums a question's word features
from their packed values by position (net.Net.word_values). Each is checked against the plain
reading it replaced, on every labelled line."""

from __future__ import annotations

import json
from pathlib import Path

from backcare.engine.safety import load_safety
from backcare.engine.safety.detect import QUICK_AFTER, Safety
from backcare.engine.safety.net import features
from backcare.engine.safety.screen import _places

EVAL = Path(__file__).resolve().parent / "eval"


def _questions() -> list[str]:
    found: dict[str, None] = {}
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            question = json.loads(line).get("q") if line.strip() else None
            if isinstance(question, str):
                found[question] = None
    return list(found)


def _warmed() -> Safety:
    safety = load_safety()
    for _ in range(QUICK_AFTER + 1):
        safety.check("warming up")
    return safety


QUESTIONS = _questions()
SAFETY = _warmed()


def test_the_screen_names_the_concepts_requirements_name() -> None:
    screen = SAFETY._built_screen()
    required = SAFETY._requirements()
    every = {label for label, _ in required.needs}
    differ = []
    for question in QUESTIONS:
        read = screen.read(question)
        if screen.named(question) != required.concepts(read.phrases, read.stems, every):
            differ.append(question)
    assert len(QUESTIONS) > 10_000
    assert differ == []


def test_the_screen_matches_the_phrases_whose_words_are_all_there() -> None:
    screen = SAFETY._built_screen()
    needs = SAFETY._requirements().needs
    fillers = SAFETY._fillers
    every = {label for label, _ in needs}
    differ = []
    for question in QUESTIONS[::7]:
        read = screen.read(question)
        plain = {
            needs[n][0]
            for n in set(read.phrases)
            if all(not read.stems.isdisjoint(g) for g in needs[n][1])
            and screen._found(n, read.tokens, fillers, _places(read.tokens))
        }
        if screen.matched(question, every) != plain:
            differ.append(question)
    assert differ == []


def test_the_learned_exit_finds_the_senses_whose_words_are_all_there() -> None:
    from backcare.engine.safety.quiet import Quiet

    quiet = Quiet(SAFETY, SAFETY._learned_net())
    differ = []
    for question in QUESTIONS[::3]:
        stems = SAFETY._built_screen().read(question).stems
        met = 0
        for s in stems:
            met |= quiet._stem_bits.get(s, 0)
        for n, groups in enumerate(quiet._senses):
            plain = all(not stems.isdisjoint(g) for g in groups)
            if plain != (quiet._sense_masks[n] & met == quiet._sense_masks[n]):
                differ.append((question, n))
    assert differ == []


def test_word_values_by_position_are_the_features_of_every_prefix() -> None:
    net = SAFETY._learned_net()
    negations, reach = SAFETY._negations, SAFETY._negation_reach
    differ = []
    numbers = 0
    for question in QUESTIONS[::2]:
        tokens = SAFETY._built_screen().read(question).tokens
        numbers += any(t.number is not None for t in tokens)
        by_position = net.word_values(tokens, negations, reach)
        assert len(by_position) == 2 * len(tokens)
        for end in {len(tokens), *range(1, len(tokens), 3)}:
            values: set[int] = set()
            values.update(*by_position[: 2 * end])
            plain = features(tokens[:end], (), negations, reach)
            same = values == net._memoised(net._packed, plain, net._pack)
            if not same or net.sums_of_values(values) != net._sums_of(plain):
                differ.append((question, end))
    assert numbers > 10  # numbers (no letter n-grams) were among them
    assert differ == []
