"""An entry whose own question (or alias) describes an emergency.

A pack is text someone wrote, or a page imported as it stood: "My legs have gone numb and I can't
pee since this morning. Should I rest?" answered "Yes, rest in bed for a week". Served as an answer,
or opened by `show` or a number at the prompt, it would present self-care as the answer to an
emergency, with no notice anywhere. So such an entry is never served as an ordinary answer: its
answer is withheld, with that emergency's call to action for a reader it is happening to, and
`validate` and `import` warn about it. The asker described nothing, so the exit status is 1 (no
answer given), not 3 (README: 3 is for the words asked). Only the emergency tier counts: an entry
about an urgent or soon sign ("back pain with a fever: what now?") is an ordinary FAQ entry. A pack's
author who finds the rules misread a text lists its exact words in the entry's `not_an_emergency`.

`entry_emergency` is the one place this is decided (ask, show and the prompt's open all call it);
tests/test_architecture.py keeps `vetted` and `emergency_text` out of every other module but
validate's warning.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from backcare.hints import TYPE_CHECKING
from backcare.namedtuple import NamedTuple

if TYPE_CHECKING:
    from backcare.engine.safety import RedFlag
    from backcare.packs.schema import Entry

# packs.load's name for the bundled FAQ: a test keeps every entry of it free of emergencies, so
# `ask` skips its entries (checking a matched entry's question costs a cold ask 10-20 ms: the
# rules compile the phrases of its words on first use). Packs someone else wrote are checked.
VETTED_PACK = "bundled FAQ"

# a question's red flags (engine.answer.red_flags, given by the caller: this module sits below it)
Check = Callable[[str], Sequence["RedFlag"]]


class EntryEmergency(NamedTuple):
    """The one decision that an entry is served as the emergency its own text describes: the
    entry, the text (its question or an alias) that describes it, and that text's emergency
    flags. `ask`, `show` and the prompt's open all get it from `entry_emergency` and hand it to
    the output layer, which says why the answer is withheld and gives the call to action."""

    entry: Entry
    text: str
    flags: tuple[RedFlag, ...]

    @property
    def which(self) -> str:
        """Which of the entry's texts describes it: 'question' or 'alias'."""
        return "question" if self.text == self.entry.question else "alias"


def entry_emergency(entry: Entry, pack_path: str, check: Check) -> EntryEmergency | None:
    """Whether the entry's own question (or an alias) describes an emergency, so that it must not
    be served as an ordinary answer: None for the bundled FAQ's entries (vetted by a test) and for
    texts the pack's author reviewed (`not_an_emergency`). The only place this is decided."""
    if vetted(entry, pack_path):
        return None
    text, flags = emergency_text(entry, check)
    return EntryEmergency(entry, text, flags) if flags else None


def vetted(entry: Entry, pack_path: str) -> bool:
    """Whether the entry comes from the bundled FAQ (alone or among other packs)."""
    return (entry.pack or pack_path) == VETTED_PACK


def emergency_text(entry: Entry, check: Check) -> tuple[str, tuple[RedFlag, ...]]:
    """The entry's first text (its question, then its aliases) that describes an emergency and
    that its author has not reviewed as none (`not_an_emergency`), and that text's emergency
    flags; ("", ()) when none does."""
    texts = (entry.question, *entry.aliases)
    if entry.not_an_emergency:
        texts = tuple(t for t in texts if t not in entry.not_an_emergency)
    return _first(texts, check)


def reviewed_readings(entry: Entry, check: Check) -> list[tuple[str, tuple[RedFlag, ...]]]:
    """The entry's reviewed texts (`not_an_emergency`) that the rules read as an emergency, each
    with those flags: what `validate` notes as reviewed. A listed text that is no longer the
    entry's question or alias is not among them (`stale_reviews`)."""
    stale = stale_reviews(entry)
    found = []
    for text in entry.not_an_emergency:
        if text not in stale:
            _, flags = _first((text,), check)
            if flags:
                found.append((text, flags))
    return found


def stale_reviews(entry: Entry) -> tuple[str, ...]:
    """The texts `not_an_emergency` lists that are no longer the entry's question or an alias
    (reworded since the review): they silence nothing, and validate notes them."""
    own = (entry.question, *entry.aliases)
    return tuple(t for t in entry.not_an_emergency if t not in own)


@lru_cache(maxsize=4096)  # a batch meets the same few entries again and again
def _first(texts: tuple[str, ...], check: Check) -> tuple[str, tuple[RedFlag, ...]]:
    for text in texts:
        flags = tuple(f for f in check(text) if f.urgency == "emergency")
        if flags:
            return text, flags
    return "", ()
