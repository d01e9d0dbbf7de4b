"""`ask --input jsonl -`: a batch whose messages are framed, one JSON object `{"q": MESSAGE}` a
line, so that a message of several lines (a patient's chat message, an email) is one question
with one reply, its red-flag check over the whole message (newcomer14 D2: a worker fed such a
message a line at a time gave three replies, and a client that pairs replies with messages by
order was out of step from then on).

A framed message is whole: it is never read with the messages before it as wrapped lines
(cli/wrapped.py), which may be another person's. A line that is no such object is not dropped: its
raw text is still read for red flags (a notice, exit 3 for an emergency) and it gets the
`{"line", "error"}` of a line that could not be answered; the run ends with that error (exit 2).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from backcare.cli.inputlines import InputLine, input_line

KEY = "q"
WHAT = '{"q": MESSAGE}'


class Framed(InputLine):
    """A message read from one JSON line: whole, never joined with the lines before it. `beside`:
    the text of the object's other values (a caller's context, a note), read for red flags as
    `--topic`'s words are (review15 F1: an emergency told there was dropped unread)."""

    beside: str = ""


class Unread(InputLine):
    """A line that holds no message (`reason` says why): read for red flags alone."""

    reason: str


def messages(lines: Iterable[str]) -> Iterator[str]:
    """The messages of standard input's lines (InputLines, blank ones included), each keeping its
    line number: a Framed message, an empty InputLine for a blank line or an empty message (which
    gets "the question is empty", as a blank line of a plain batch), or an Unread line."""
    from backcare.engine.query import is_blank

    for line in lines:
        number = getattr(line, "number", 0)
        if not line:
            yield line
            continue
        try:
            message, beside = _message(line)
        except ValueError as exc:
            unread = Unread(line)
            unread.number, unread.reason = number, f"{exc} (--input jsonl reads {WHAT} a line)"
            yield unread
            continue
        message = message.strip()
        if not message or is_blank(message):
            yield input_line("", number)
            continue
        framed = Framed(message)
        framed.number, framed.beside = number, beside
        yield framed


def _texts(value: object) -> Iterator[str]:
    """Every string inside a JSON value (nested objects and arrays included)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _message(line: str) -> tuple[str, str]:
    """The line's message and the text of its other values, one sentence each."""
    import json

    try:
        found = json.loads(line, object_pairs_hook=_no_key_twice)
    except ValueError as exc:
        if isinstance(exc, _KeyTwice):
            raise
        raise ValueError("the line is not JSON") from None
    if not isinstance(found, dict):
        raise ValueError("the line is not a JSON object")
    if KEY not in found:
        raise ValueError(f'the object has no "{KEY}"')
    message = found[KEY]
    if not isinstance(message, str):
        raise ValueError(f'"{KEY}" is not a string')
    others = [text.strip() for key, value in found.items() if key != KEY for text in _texts(value)]
    return message, ". ".join(text for text in others if text)


class _KeyTwice(ValueError):
    pass


def _no_key_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A key given twice is refused: a JSON reader would keep the second value silently, and the
    first message would go unread (as packs and labelled questions refuse it)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _KeyTwice(f"the object gives {key!r} twice")
        found[key] = value
    return found
