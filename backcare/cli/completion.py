"""Shell completion candidates: entry ids and topic words of the pack the command would use.

The pack is resolved as the command resolves it (`--faq` on the command line, else BACKCARE_FAQ,
else the settings file, else the bundled pack), so `show <Tab>` never offers an id that `show` then
cannot find. A bad setting completes from what the command would fall back to, silently: a warning
printed while the shell completes would land in the middle of the line being typed.

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
    words = dict.fromkeys(t.split()[0].casefold() for t in pack.topics() if t.split())
    typed = incomplete.casefold()
    # `topics` reads a topic in any case, so "B" completes "booking"; the shell keeps a candidate
    # only if it starts with what was typed (zsh drops "booking" for "B", bash may erase the "B"),
    # so each is offered with the prefix as typed: "Booking"
    offered = (incomplete + w[len(incomplete) :] for w in words if w.startswith(typed))
    return [w for w in offered if SAFE_WORD.match(w)]


def _pack(ctx: Any) -> Any:
    from backcare.cli.commands import open_pack
    from backcare.config import load_settings
    from backcare.errors import BackcareError

    try:
        flags = {"faq": list(_faq(ctx)) or None}
        settings = load_settings(flags, warn=lambda _problem: None)  # nothing into the shell
        return open_pack(settings.faq)
    except (BackcareError, OSError, ValueError):
        return None


def _faq(ctx: Any) -> tuple[str, ...]:
    """The --faq on the command line being completed (command's, then root's); none: the default."""
    while ctx is not None:
        value = ctx.params.get("faq")
        if value:
            return tuple(value)
        ctx = ctx.parent
    return ()
