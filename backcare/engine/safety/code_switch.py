"""Words of other languages and dialects inside an English message, read as the English words
they stand for (safety84, issue #12; red flags 31: "mi schiena fa male, both gambe like
cotton, falling", "Mi back a hurt and mi cyaan feel mi backside").

People who switch languages mid-sentence write the sign's own word in the other language ("both
piernas weak", "nie czuje nogi", "pairon mein sunn") or a dialect's ("cyaan", "cannae"), and the
rest in English. The sign's word, read as English, lets the vocabulary's phrases decide as they do
for an English message; nothing else is translated. Read before typo correction (detect._read), so
a foreign word is never "corrected" into an English one it resembles. A key is a run of words as
written, none of them a common English word alone ("pair" stays a pair; "pair mein" is the legs).
Words: data/code_switch_words.json.
"""

from __future__ import annotations

import functools

from backcare.engine.analyze import stem
from backcare.engine.safety.reading import Token, normal, tokenize
from backcare.resources import DataError


@functools.cache
def _written() -> dict[str, str]:
    """data/code_switch_words.json's phrases as written (parsed once)."""
    from backcare.resources import read_json

    try:
        found = read_json("code_switch_words.json")["phrases"]
    except (KeyError, TypeError) as error:
        raise DataError(f"code_switch_words.json: {error!r}") from None
    if not isinstance(found, dict):
        raise DataError("code_switch_words.json: phrases: expected an object")
    return found


@functools.cache
def _phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    try:
        return {
            tuple(normal(w) for w in key.split()): tuple(normal(w) for w in value.split())
            for key, value in _written().items()
        }
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"code_switch_words.json: {error!r}") from None


@functools.cache
def _longest() -> int:
    return max((len(key) for key in _phrases()), default=0)


@functools.cache
def _firsts() -> frozenset[str]:
    """The first words of the phrases: a message with none of them is read as it is (once, not
    a set built for every message). Read from the keys alone (each phrase's first word, as
    `_phrases` makes it): a message without them never builds the phrases (~4M instructions
    of a cold ask, issue 17)."""
    try:
        return frozenset(normal(key.split()[0]) for key in _written())
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"code_switch_words.json: {error!r}") from None


# the last texts' words: a batch line the rules' screen lets through is read again in full at
# once (screen.py, then detect._read), from the same words; a few texts, so the memory is bounded
@functools.lru_cache(maxsize=2)
def said(
    text: str, breakers: frozenset[str], joiners: frozenset[str], subjects: frozenset[str]
) -> tuple[Token, ...]:
    """The text's tokens (reading.tokenize) with another language's words read (code_switched):
    the words both the screen and the full reading start from."""
    return tuple(code_switched(tokenize(text, breakers, joiners, subjects)))


def code_switched(tokens: list[Token]) -> list[Token]:
    """The tokens with each run of another language's words for a sign read as the English words
    (the module's docstring); the English words take the run's place in its sentence and clause."""
    firsts = _firsts()
    if not any(t.surface in firsts for t in tokens):
        return tokens
    phrases = _phrases()
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        english = None
        for length in range(min(_longest(), len(tokens) - i), 0, -1):
            run = tokens[i : i + length]
            if len({t.clause for t in run}) > 1:
                continue
            english = phrases.get(tuple(t.surface for t in run))
            if english is not None:
                break
        if english is None:
            out.append(tokens[i])
            i += 1
            continue
        first = tokens[i]
        out.extend(first._replace(surface=word, stem=stem(word), number=None) for word in english)
        i += length
    return out
