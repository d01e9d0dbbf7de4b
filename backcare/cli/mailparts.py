"""The lines of a pasted email that are no question: its greeting, sign-off and signature, a
phone's "Sent from my iPhone", and a quoted earlier reply ("> ..."). Pasted at the prompt, each
got a "No confident match for 'Pat'" block, and an emergency notice named them all as questions
kept back (newcomer24 F6). The words are data (data/mail_furniture.json). A line is only ever
left out when it raises no red flag: the caller checks that, and the paste is read whole too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from backcare.namedtuple import NamedTuple

GREETING_WORDS = 6  # a greeting line is short: "Hi Amara," / "Good morning Dr Patel,"
SIGNATURE_WORDS = 4  # a signature line after a sign-off: a name, a role, a phone number
_WORDS = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


class Furniture(NamedTuple):
    greetings: tuple[str, ...]
    sign_offs: frozenset[str]
    sent_from: tuple[str, ...]


@lru_cache(maxsize=1)
def _furniture() -> Furniture:
    from backcare.resources import expect_dict, expect_strings, read_json

    data = expect_dict(read_json("mail_furniture.json"), "mail_furniture.json")
    return Furniture(
        tuple(expect_strings(data["greetings"], "greetings")),
        frozenset(expect_strings(data["sign_offs"], "sign_offs")),
        tuple(expect_strings(data["sent_from"], "sent_from")),
    )


def _words(line: str) -> list[str]:
    return _WORDS.findall(line.casefold())


def furniture_lines(lines: Sequence[str]) -> list[bool]:
    """For each line of a paste, whether it is an email's furniture (see the module); the lines
    after a sign-off that are short and ask nothing are its signature."""
    found = _furniture()
    marks: list[bool] = []
    signed = False
    for line in lines:
        text = line.strip()
        words = _words(text)
        said = " ".join(words)
        if not text:
            marks.append(False)
            continue
        if text.startswith(">"):
            mark = True
        elif said in found.sign_offs and not text.endswith("?"):
            mark = signed = True
        elif any(said.startswith(start) for start in found.sent_from):
            mark = True
        elif signed:
            mark = len(words) <= SIGNATURE_WORDS and "?" not in text
        else:
            mark = _greeting(text, said, found.greetings)
        marks.append(mark)
    return marks


def _greeting(text: str, said: str, greetings: Sequence[str]) -> bool:
    """ "Hi Amara," "Dear Dr Patel" "Hello!": a greeting, then names (capitalised words) or a comma;
    "hello my back hurts" goes on to a question and is no greeting."""
    if "?" in text or len(said.split()) > GREETING_WORDS:
        return False
    for greeting in greetings:
        if said == greeting:
            return True
        if said.startswith(greeting + " "):
            rest = text.split()[len(greeting.split()) :]
            return text.rstrip().endswith((",", "!")) or all(w[:1].isupper() for w in rest)
    return False
