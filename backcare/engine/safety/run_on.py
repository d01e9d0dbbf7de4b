"""A sentence that no mark ended, read as ended (safety62, issue #12): a second question appended
with no full stop ("i will finish myself Also, is heat or ice better?") or a story going on ("I've
taken a whole box of paracetamol The weather has been mild this month") joined the sentence
before, so a phrase that must end its clause ("finish myself $") lost its end and a time in the
next sentence ("this month": OD_SPREAD) read as the overdose's. Read before tokenizing: a full
stop is put before a word of safety_vocabulary.json 'run_on' right after a word written in lower
case, when the word is written with a capital ('words': "Also", "The", "Is") and no capitalised
word but "I" follows it ("I watched The Fall", "Is This Love" are names), or when a comma follows it
('before_comma', in any case: "... live also, is heat better?"). "I" opens nothing here: it is
always written so. A text holding none of them is returned as it is.

The words are read from safety_vocabulary.json (~370 KB of JSON) and made into one pattern: ~2.5 ms,
paid by every question that may hold one (speed23). A text with no comma and no capital letter
right after a space and before a letter in lower case cannot (every listed word is two or more
letters a-z, so it is written "Also", "Is": tests/test_speed23.py keeps the data so), and is
returned without reading them."""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.text_gates import may_run_on

_WORD = r"[^\W\d_]+(?:'[^\W\d_]+)*"
# what every match holds: a listed word capitalised after a space ("done Also"), or a comma
_MAY_RUN_ON = re.compile(r"[^\S\n][A-Z][a-z]|,")


@functools.cache
def _pattern() -> re.Pattern[str]:
    """The words before which a run-on sentence may start, each after a word and a space."""
    from backcare.resources import read_shared_json

    run_on = read_shared_json("safety_vocabulary.json")["run_on"]
    capitals = "|".join(sorted({re.escape(w.capitalize()) for w in run_on["words"]}))
    commas = "|".join(sorted({re.escape(w) for w in run_on["before_comma"]}))
    return re.compile(
        rf"(?<![\w'])(?P<before>{_WORD})(?P<gap>[^\S\n]+)"
        # not before a capitalised word ("The Fall", a name) but "I" ("Should I use heat?")
        rf"(?:(?P<capital>{capitals})\b(?![^\S\n]+(?!I\b|I')[A-Z])"
        rf"|(?P<comma>(?i:{commas})),)"
    )


@functools.cache
def _states() -> tuple[frozenset[str], frozenset[str]]:
    """The comma words that tell a state right after one of the body parts or functions."""
    from backcare.resources import read_shared_json

    run_on = read_shared_json("safety_vocabulary.json")["run_on"]
    return frozenset(run_on["states"]), frozenset(run_on["state_holders"])


def read_run_on(text: str) -> str:
    """The text with a full stop where a run-on sentence starts (see the module)."""
    if not may_run_on(text) or _MAY_RUN_ON.search(text) is None:
        return text
    return _pattern().sub(_ended, text)


def _ended(found: re.Match[str]) -> str:
    before = found.group("before")
    if not before.islower():  # "Tell Me Why", a name, an all-capitals shout
        return found.group()
    comma = found.group("comma")
    states, holders = _states()
    if comma is not None and comma.lower() in states and before in holders:
        return found.group()  # "bowels ok, only back pain": the part's state (safety128)
    word = found.group("capital") or found.group("comma") + ","
    return f"{before}.{found.group('gap')}{word}"
