"""Phrases compiled with their words shared (reading.PhraseIndex._alternatives) are the phrases
compiled one by one."""

from __future__ import annotations

from backcare.engine.safety.detect import load_safety
from backcare.engine.safety.reading import compile_phrase


def test_every_phrase_compiled_with_shared_words_equals_it_compiled_alone() -> None:
    safety = load_safety()
    index = safety._index
    for n, (label, text) in enumerate(index._texts):
        assert index.phrase(n) == compile_phrase(label, text, index._classes), text
    words = {w for _, text in index._texts for w in text.split() if w not in ("...", "$")}
    assert set(index._alternatives) == words  # one compiled alternative per distinct word


def test_a_words_stems_in_one_call_are_its_options_stemmed_one_by_one() -> None:
    from backcare.engine.analyze import stem
    from backcare.engine.safety.reading import normal

    safety = load_safety()
    safety._index.validate()  # every phrase compiled
    for word, alternative in safety._index._alternatives.items():
        plain = [
            o
            for o in word.split("|")
            if not (o.startswith("<") and o.endswith(">"))
            and not o.endswith("*")
            and not o.startswith("=")
        ]
        assert alternative.stems == frozenset(stem(normal(o)) for o in plain), word
