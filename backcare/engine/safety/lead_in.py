"""An ordinary question asked before a report (safety101, issue #12, red flags 35: "Is heat or ice
better? And does it matter that I've had night sweats and a high temperature since Tuesday with
it?"). follow_up.py reads a short message without its trailing ordinary questions, as their
benign words pulled the learned check's sum below its threshold; a person may as well ask the
question they came with first and tell the sign after it. Where the message opens with whole
sentences that tell nothing of the asker (no 'self' word) and name nothing but an ordinary
question's concepts (follow_up.py's 'concepts', or none: "heat or ice" is a sense), the learned
check also reads the rest alone, gated as the message is. It adds a reading, never removes one:
the whole message is still read."""

from __future__ import annotations

from collections.abc import Sequence

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def lead_in_end(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    ordinary: frozenset[str],
    selves: frozenset[str],
    text: str,
) -> int | None:
    """Where the message's leading ordinary questions end (the first token after them), or
    None when it opens with none or is nothing but them. `text` is the message as the tokens'
    `at` positions count it (normalize_text). Only a sentence asked (ending in "?") leads in: a
    page's "From the Occupational Health team." is no question the asker came with, and reading
    what follows it alone raised the learned check's soon on a clinic's intro ("Most back pain
    gets better within a few weeks": test_import_harden19)."""
    named: dict[int, set[str]] = {}
    for m in mentions:
        named.setdefault(tokens[m.first].sentence, set()).add(m.concept)
    end = 0
    while end < len(tokens):
        sentence = tokens[end].sentence
        stop = end
        while stop < len(tokens) and tokens[stop].sentence == sentence:
            stop += 1
        told = any(t.surface in selves for t in tokens[end:stop])
        if (
            told
            or not named.get(sentence, set()) <= ordinary
            or not _asked(tokens, end, stop, text)
        ):
            break
        end = stop
    return end if 0 < end < len(tokens) else None


def _asked(tokens: Sequence[Token], start: int, stop: int, text: str) -> bool:
    """Whether the sentence of tokens[start:stop] ends in a question mark before the next one."""
    if stop >= len(tokens) or tokens[start].at < 0 or tokens[stop].at < 0:
        return False
    return "?" in text[tokens[stop - 1].at : tokens[stop].at]
