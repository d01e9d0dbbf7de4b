"""validate's and import's warning about a pack whose text is not English (ux32's leftover of
newcomer22 F2): such a pack is answered by word matching, but the red-flag check reads English
only, so its users' emergencies written in the pack's language raise no notice. Said once a file
(`not-english`), never once an entry: a Spanish pack's twelve entries are one fact."""

from __future__ import annotations

import re

from backcare.hints import TYPE_CHECKING
from backcare.packs.packwarning import PACK_ID, PackWarning

if TYPE_CHECKING:
    from backcare.packs.schema import Pack

_WORD = re.compile(r"[^\W\d_]+")

MESSAGE = (
    "the pack's text does not read as English: it is answered by word matching, but its users' "
    "red flags are read in English only (a message in the pack's language raises no notice; "
    "'ask' says it could not check it)"
)


def not_english_packs(pack: Pack) -> list[PackWarning]:
    """One `not-english` warning for each file of `pack` whose entries' questions, aliases and
    answers do not read as English (engine.language.words_read_as_english, the judgement the
    engine makes of a pack's vocabulary)."""
    from backcare.engine.language import words_read_as_english

    words: dict[str | None, list[str]] = {}
    for entry in pack.entries:
        found = words.setdefault(entry.pack, [])
        for text in (entry.question, *entry.aliases, entry.answer):
            found.extend(_WORD.findall(text))
    several = len(words) > 1
    return [
        PackWarning("not-english", PACK_ID, MESSAGE, pack=file if several else None)
        for file, found in words.items()
        if not words_read_as_english(found)
    ]
