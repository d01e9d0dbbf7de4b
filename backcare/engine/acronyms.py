"""Initials a question types for a name its pack only spells out (issue 11, quality45).

"what is the EAP number" on an occupational-health page whose support entry says "The Employee
Assistance Programme (Health Assured) offers ...": "eap" is no word of the pack, so the question
found nothing. Organisations' pages name services, teams and schemes in capitalised words ("Patient
Advice and Liaison Service", "Display Screen Equipment") and people ask with the initials staff use.

A word the pack does not know, of two to five letters and no common English word, stands for the
capitalised words in a row (two to five, spaces only between them) of the pack's texts whose
initials it is, when they spell one name only: "eap" for "Employee Assistance Programme". Two names
with the same initials ("Google Docs", "Google Drive") leave it unknown. The name is then a phrase:
it counts where an entry holds all its words. So do the initials of a word made of two English
words, itself none ("fb": Facebook, "yt": YouTube), when no other name or such word has them. Packs
of more than MAX_ENTRIES entries are not read for names (a cold question would read every entry).
Pure: it reads a `Store`'s entries.
"""

from __future__ import annotations

import re
from collections.abc import Container

from backcare.engine.analyze import PHRASE_SEPARATOR, Analyzer, common_words, stem, words
from backcare.store.protocol import Store

MAX_ENTRIES = 2000  # larger packs are not read for names
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){1,4}\b")


class Acronyms:
    """The names a pack spells out, by their initials."""

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        self.store = store
        self.analyzer = analyzer
        self._names: dict[str, str] | None = None  # initials -> the name's stems (a phrase term)

    def expand(self, word: str) -> str | None:
        """The phrase term (stems joined as a lexicon phrase is) of the one name of the pack whose
        initials `word` is, else None."""
        if not 2 <= len(word) <= 5 or not word.isalpha() or word in common_words():
            return None
        if self._names is None:
            self._names = self._read()
        return self._names.get(word)

    def _read(self) -> dict[str, str]:
        if self.store.size > MAX_ENTRIES:
            return {}
        found: dict[str, set[str]] = {}
        seen: set[str] = set()  # the words read as compounds
        english = common_words()
        for doc in range(self.store.size):
            entry = self.store.entry(doc)
            for text in (entry.question, *entry.aliases, entry.answer, entry.topic):
                # a word two English words make ("facebook": face + book), itself none: "fb"
                for word in words(text):
                    if word in seen:
                        continue
                    seen.add(word)
                    parts = _compound(word, english)
                    if parts is not None:
                        found.setdefault(parts, set()).add(stem(word))
                for name in _NAME.findall(text):
                    parts = name.split(" ")
                    # every longer run holds shorter ones: "Employee Assistance Programme Health"
                    for start in range(len(parts) - 1):
                        for end in range(start + 2, len(parts) + 1):
                            run = parts[start:end]
                            stems = self.analyzer.terms(" ".join(run))
                            if len(stems) == len(run):  # no stop word among them
                                initials = "".join(p[0] for p in run).casefold()
                                found.setdefault(initials, set()).add(PHRASE_SEPARATOR.join(stems))
        return {initials: next(iter(names)) for initials, names in found.items() if len(names) == 1}


def _compound(word: str, english: Container[str]) -> str | None:
    """The initials of the two English words of three letters or more that a word, itself no
    English word, runs together ("facebook": "fb"), else None."""
    if len(word) < 6 or not word.isalpha() or word in english:
        return None
    for at in range(3, len(word) - 2):
        if word[:at] in english and word[at:] in english:
            return word[0] + word[at]
    return None
