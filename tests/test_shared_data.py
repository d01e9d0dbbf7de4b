"""safety_vocabulary.json (262 KB) is read by four readers: the red-flag check's loader, the
escape reader's known words, the disguise reader's concept words and the topic lookup's self
words. It is parsed once per process, whichever of them asks first."""

from __future__ import annotations

from typing import Any

import pytest

import backcare.resources as resources
from backcare.engine import escapes, obfuscations
from backcare.engine.safety import detect
from backcare.packs import lookup


def test_the_safety_vocabulary_is_parsed_once_for_all_its_readers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed: list[str] = []
    original = resources.read_json

    def counting(name: str) -> Any:
        parsed.append(name)
        return original(name)

    monkeypatch.setattr(resources, "read_json", counting)
    resources.read_shared_json.cache_clear()
    for cached in (escapes.known_words, obfuscations._concept_words, lookup._self_words):
        cached.cache_clear()
    try:
        detect.load_safety()
        escapes.known_words()
        obfuscations._concept_words()
        assert "i" in lookup._self_words()
    finally:
        resources.read_shared_json.cache_clear()
        for cached in (escapes.known_words, obfuscations._concept_words, lookup._self_words):
            cached.cache_clear()
    assert parsed.count("safety_vocabulary.json") == 1
