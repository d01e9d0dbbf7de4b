"""Shell completion candidates: entry ids and topic words of the pack the command line names.

Candidates are handed to a shell that evaluates them (zsh `eval`s Typer's output; bash splits and
globs it), so only words of a safe character set are ever offered: an id or topic with anything else
is simply not completed. Nothing here may print or fail: completion errors complete nothing.
"""

from __future__ import annotations

import re
from typing import Any

SAFE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*\Z")


def entry_ids(ctx: Any, incomplete: str) -> list[str]:
    pack = _pack(ctx)
    if pack is None:
        return []
    return [i for i in pack.by_id if i.startswith(incomplete) and SAFE_WORD.match(i)]


def topic_words(ctx: Any, incomplete: str) -> list[str]:
    """Each topic's first word (a prefix is enough for `topics` and `--topic`)."""
    pack = _pack(ctx)
    if pack is None:
        return []
    # topics match in any case: a word is offered as the pack writes it, its typed part in the
    # case typed (the shell keeps only candidates that start with what was typed): `B<Tab>` and
    # `b<Tab>` both complete `Booking`, where only lower case was offered and `B` got nothing
    words: dict[str, str] = {}
    for topic in pack.topics():
        if topic.split() and SAFE_WORD.match(topic.split()[0]):  # ASCII: cases of equal length
            words.setdefault(topic.split()[0].casefold(), topic.split()[0])
    folded = incomplete.casefold()
    return [
        incomplete + word[len(incomplete) :]
        for key, word in words.items()
        if key.startswith(folded)
    ]


def _pack(ctx: Any) -> Any:
    from backcare.cli.context import open_pack
    from backcare.errors import BackcareError

    try:
        return open_pack(_faq(ctx))
    except (BackcareError, OSError, ValueError):
        return None


def _faq(ctx: Any) -> tuple[str, ...]:
    """The --faq on the command line being completed (command's, then root's); none: the packs
    the settings name (BACKCARE_FAQ, the settings file), as the command itself will search. It
    offered the bundled pack's ids, which `show` then did not find."""
    while ctx is not None:
        value = ctx.params.get("faq")
        if value:
            return tuple(value)
        ctx = ctx.parent
    from backcare.cli.context import OutputOptions, load_settings

    return tuple(load_settings((), OutputOptions(), problems=[]).faq)  # quietly: no warnings
