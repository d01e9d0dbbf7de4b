"""Initials a question types for a name its pack only spells out (issue 11, quality45).

"what is the EAP number" on an occupational-health page whose support entry says "The Employee
Assistance Programme (Health Assured) offers ...": "eap" is no word of the pack, so the question
found nothing. Organisations' pages name services, teams and schemes in capitalised words ("Patient
Advice and Liaison Service", "Display Screen Equipment") and people ask with the initials staff use.

A word the pack does not know, of two to five letters and no common English word, stands for the
capitalised words in a row (three to six, spaces only between them, the first not merely starting a
sentence) of the pack's texts whose initials it is, when they spell one name only: "eap" for
"Employee Assistance Programme". Texts in title case ("How To Relieve Back Pain Naturally") are
not read for names. Two names with the same initials leave it unknown. The name is then a phrase:
it counts where an entry holds all its words. So do the initials of a word made of two English
words of three letters or more, itself no English word nor a form of one ("fb": Facebook, "yt":
YouTube; not "messages"), when no other name or such word has them. Two capitalised words are too
often a place or a heading to stand for initials ("HR" on a leaflet is not "Hallam Road"). Packs of
more than MAX_ENTRIES entries are not read (a cold question would read every entry).
Pure: it reads a `Store`'s entries.
"""

from __future__ import annotations

from collections.abc import Container

from backcare.engine.analyze import PHRASE_SEPARATOR, Analyzer, common_words, stem
from backcare.lazyregex import lazy
from backcare.store.protocol import Store

MAX_ENTRIES = 500  # larger packs are not read for names (a cold read of 500: about 25 ms)
# compiled when a pack's names are first read (~1.1 million instructions a cold start: issue 17)
_NAME = lazy(r"\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){2,5}\b")
_STARTS_BEFORE = frozenset(".!?:;-*\u2022")  # a capital after these may start a sentence or item


class Acronyms:
    """The names a pack spells out, by their initials."""

    def __init__(self, store: Store, analyzer: Analyzer) -> None:
        self.store = store
        self.analyzer = analyzer
        # initials -> the name's stems (a phrase term): the capitalised names' (three letters or
        # more), and the two-word compounds' (two letters) by their first letter, each read when
        # a word of its length (and letter) is first asked about. Apart, because a compound's
        # search of the English words for every long word of the pack costs a cold typo question
        # ~7 ms (it made the 40,000-word set: issue 17), and names and compounds never share
        # initials: a name's run has three words or more, a compound two.
        self._names: dict[str, str] | None = None
        self._compounds: dict[str, dict[str, str]] = {}

    def expand(self, word: str) -> str | None:
        """The phrase term (stems joined as a lexicon phrase is) of the one name of the pack whose
        initials `word` is, else None."""
        if not 2 <= len(word) <= 5 or not word.isalpha() or word in common_words():
            return None
        if self.store.size > MAX_ENTRIES:
            return None
        if len(word) == 2:
            compounds = self._compounds.get(word[0])
            if compounds is None:
                compounds = self._compounds[word[0]] = _unique(self._read_compounds(word[0]))
            return compounds.get(word)
        if self._names is None:
            self._names = _unique(self._read_names())
        return self._names.get(word)

    def _read_compounds(self, letter: str) -> dict[str, set[str]]:
        """A word two English words make ("facebook": face + book), itself none, that starts with
        `letter`: its initials ("fb") -> its stem."""
        found: dict[str, set[str]] = {}
        english = common_words()
        for word in self.store.words():
            if word[:1] != letter:
                continue
            initials = _compound(word, english)
            if initials is not None:
                found.setdefault(initials, set()).add(stem(word))
        return found

    def _read_names(self) -> dict[str, set[str]]:
        """The capitalised words in a row of the pack's texts: their initials -> their stems."""
        found: dict[str, set[str]] = {}
        for doc in range(self.store.size):
            entry = self.store.entry(doc)
            for text in (entry.question, *entry.aliases, entry.answer, entry.topic):
                matches = list(_NAME.finditer(text))
                # a heading in title case ("How To Relieve Back Pain Naturally") names nothing by
                # its capitals: "rbp" there would be relieve back pain
                if not matches or _title_case(text):
                    continue
                for match in matches:
                    parts = match[0].split(" ")
                    # a capital that starts a sentence is no name's ("Although Facebook ...")
                    first = 1 if _starts_sentence(text, match.start()) else 0
                    # every longer run holds shorter ones: "Employee Assistance Programme Health"
                    for start in range(first, len(parts) - 2):
                        for end in range(start + 3, len(parts) + 1):
                            run = parts[start:end]
                            stems = self.analyzer.terms(" ".join(run))
                            if len(stems) == len(run):  # no stop word among them
                                initials = "".join(p[0] for p in run).casefold()
                                found.setdefault(initials, set()).add(PHRASE_SEPARATOR.join(stems))
        return found


def _unique(found: dict[str, set[str]]) -> dict[str, str]:
    """The initials that stand for one name only (two with the same initials leave it unknown)."""
    return {initials: next(iter(names)) for initials, names in found.items() if len(names) == 1}


def _compound(word: str, english: Container[str]) -> str | None:
    """The initials of the two English words of three letters or more that a word, itself no
    English word, runs together ("facebook": "fb"), else None."""
    if len(word) < 6 or not word.isalpha() or word in english:
        return None
    if any(word.endswith(end) and base in english for end, base in _forms(word)):
        return None  # an English word's other form ("messages", "installed")
    for at in range(3, len(word) - 2):
        if word[:at] in english and word[at:] in english:
            return word[0] + word[at]
    return None


def _title_case(text: str) -> bool:
    """Whether most of a text's words of three letters or more start with a capital."""
    long = [w for w in text.split() if len(w) >= 3 and w[0].isalpha()]
    return len(long) >= 3 and 2 * sum(w[0].isupper() for w in long) > len(long)


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` starts the text, a sentence or a list item."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at < 0 or text[at] in _STARTS_BEFORE


def _forms(word: str) -> list[tuple[str, str]]:
    """(ending, the word without it, or with an "e" for it) for the endings English inflects with:
    the list of common English words holds few inflected forms."""
    return [
        (end, word[: -len(end)] + tail)
        for end in ("s", "es", "ed", "d", "ing", "er", "ers")
        for tail in ("", "e")
        if len(word) > len(end) + 2
    ]
