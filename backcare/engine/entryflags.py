"""An entry whose own question (or alias) describes an emergency.

A pack is text someone wrote, or a page imported as it stood: "My legs have gone numb and I can't
pee since this morning. Should I rest?" answered "Yes, rest in bed for a week". Served as an answer,
or opened by `show` or a number at the prompt, it would present self-care as the answer to an
emergency, with no notice anywhere. So such an entry is treated as the emergency it describes:
the notice of its question comes first and its answer is withheld, as for a question that
describes one (docs/safety.md); `validate` and `import` warn about it. Only the emergency tier
counts: an entry about an urgent or soon sign ("back pain with a fever: what now?") is an
ordinary FAQ entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.safety import RedFlag
    from backcare.packs.schema import Entry

# packs.load's name for the bundled FAQ: a test keeps every entry of it free of emergencies, so
# `ask` skips its entries (checking a matched entry's question costs a cold ask 10-20 ms: the
# rules compile the phrases of its words on first use). Packs someone else wrote are checked.
VETTED_PACK = "bundled FAQ"

# a question's red flags (engine.answer.red_flags, given by the caller: this module sits below it)
Check = Callable[[str], Sequence["RedFlag"]]


def vetted(entry: Entry, pack_path: str) -> bool:
    """Whether the entry comes from the bundled FAQ (alone or among other packs)."""
    return (entry.pack or pack_path) == VETTED_PACK


def emergency_text(entry: Entry, check: Check) -> tuple[str, tuple[RedFlag, ...]]:
    """The entry's first text (its question, then its aliases) that describes an emergency, and
    that text's emergency flags; ("", ()) when none does."""
    return _first((entry.question, *entry.aliases), check)


@lru_cache(maxsize=4096)  # a batch meets the same few entries again and again
def _first(texts: tuple[str, ...], check: Check) -> tuple[str, tuple[RedFlag, ...]]:
    for text in texts:
        flags = tuple(f for f in check(text) if f.urgency == "emergency")
        if flags:
            return text, flags
    return "", ()
