"""A word's derivational relatives that the Snowball stemmer does not join, from
data/word_families.json. Pure: reads only the bundled data file and the common word list.

People ask in their own words, and an organisation writes its own: "can I become a member"
against "Membership", "when will they have decided" against "Decisions", "I feel so lonely"
against "Loneliness". Snowball strips inflections and some derivations ("vaccination" and
"vaccine" are one stem) but keeps these apart (member/membership, decid/decis, lone/loneli).
A stem-prefix family ("members" reaches every stem starting "member") was measured too loose
(quality71: a rejection lost on pack 40); a list of suffix pairs, each result checked against
the common English word list, joins only real words of one family.

The resolver (resolve.WordResolution._with_relatives) adds a question word's relatives that the
pack holds to its concept as alternatives at FAMILY_WEIGHT (tuning.py), below the word typed, as
`analyze._other_number` adds the plural Snowball stems apart. Each word's relatives are worked
out once a pack (the resolver keeps resolved concepts) with a few string tests and word-list
lookups; the ~2 KB data file is read once a process."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from backcare.engine.english_words import common_words
from backcare.hints import TYPE_CHECKING
from backcare.resources import (
    DataError,
    expect_dict,
    expect_list,
    expect_strings,
    read_json,
    read_text,
)

if TYPE_CHECKING:
    from collections.abc import Container

FAMILIES_FILE = "word_families.json"
EVERYDAY_FILE = "everyday_words.txt"
_READ_CACHE = 4096  # everyday words' lines kept, found or not (a batch's words)
# shared letters a suffix pair must leave at least: "ist" -> "" must not make "assist" an "ass"
_SHARED = 3


def _any(word: str) -> bool:
    return True


class Families:
    """Suffix pairs, clipped forms and exceptions; `relatives(word)` applies them."""

    def __init__(
        self,
        suffixes: Sequence[tuple[str, str]],
        clipped: Sequence[tuple[str, str]],
        not_relatives: Sequence[str],
        shortest: int,
        known: Container[str],
        everyday: str = "",
    ) -> None:
        # both ways: "ship" -> "" (membership: member) and "" -> "ship" (member: membership)
        self._pairs = tuple(dict.fromkeys((*suffixes, *((b, a) for a, b in suffixes))))
        clips: dict[str, list[str]] = {}
        for short, whole in clipped:
            clips.setdefault(short, []).append(whole)
            clips.setdefault(whole, []).append(short)
        self._clipped = {w: tuple(found) for w, found in clips.items()}
        self._not = frozenset(not_relatives)
        self._shortest = shortest
        self._known = known
        # one way: an everyday word also searches the words an organisation writes for it: the
        # text of data/everyday_words.txt, a line read as its word is looked up (_written), as
        # every question's words are and few are listed
        self._everyday = "\n" + everyday
        self._read: dict[str, tuple[str, ...]] = {}

    def relatives(self, word: str, held: Callable[[str], bool] = _any) -> tuple[str, ...]:
        """The words of `word`'s family (not the word itself), as written; () for most words.
        `held` (a pack's test of a candidate) is asked before the word list is: a candidate the
        pack does not hold costs no lookup there."""
        if word in self._not:
            return ()
        found: dict[str, None] = dict.fromkeys(w for w in self._clipped.get(word, ()) if held(w))
        if len(word) >= self._shortest:
            for lemma in self._lemmas(word):
                found.update(dict.fromkeys(w for w in self._clipped.get(lemma, ()) if held(w)))
                for relative in self._derived(lemma, held):
                    found[relative] = None
        found.pop(word, None)
        return tuple(found)

    def standard(self, word: str, held: Callable[[str], bool] = _any) -> tuple[str, ...]:
        """The words an organisation writes for an everyday `word` ("quid": pound, cash;
        "jab": vaccination; "leccy": electricity) that `held` accepts, as written; () for most
        words. Read as typed, and through its lemmas when it has `shortest` letters or more
        ("grumbles": grumble); a word's standard words never search it back ("mother" does not
        reach "mum"). An inflected form is checked against the word list only when it is listed:
        this runs for every word of every question."""
        lemmas = [word]
        if len(word) >= self._shortest:
            lemmas += [
                form
                for form in _inflections(word)
                if len(form) >= self._shortest and self._written(form) and form in self._known
            ]
        found = dict.fromkeys(w for lemma in lemmas for w in self._written(lemma) if held(w))
        found.pop(word, None)
        return tuple(found)

    def _written(self, word: str) -> tuple[str, ...]:
        """The standard words listed for `word`, () if none: its line found by one search of the
        text (the ~170 lines are never parsed whole: that cost a cold ask ~1M instructions). A
        line not in shape (not lower-case words of letters, or the word itself among them) is a
        DataError naming the word."""
        found = self._read.get(word)
        if found is None:
            if not (word.isalpha() and word.islower()):
                return ()  # no line can hold it ("#", a tab, a line break)
            start = self._everyday.find(f"\n{word}\t")
            if start < 0:
                found = ()
            else:
                start += len(word) + 2
                end = self._everyday.find("\n", start)
                found = tuple(self._everyday[start : end if end >= 0 else None].split())
                if (
                    not found
                    or word in found
                    or not all(w.isalpha() and w.islower() for w in found)
                ):
                    raise DataError(
                        f"bundled data file {EVERYDAY_FILE}: the line of {word!r} must list the "
                        "different lower-case words of letters written for it"
                    )
            if len(self._read) >= _READ_CACHE:
                self._read.clear()
            self._read[word] = found
        return found

    def _derived(self, lemma: str, held: Callable[[str], bool]) -> list[str]:
        """The common words one suffix pair away from `lemma` (both at least `shortest` long)."""
        out = []
        for ending, other in self._pairs:
            if not lemma.endswith(ending):
                continue
            root = lemma[: len(lemma) - len(ending)]
            if len(root) < _SHARED:
                continue
            relative = root + other
            if (
                relative != lemma
                and len(relative) >= self._shortest
                and relative not in self._not
                and held(relative)
                and relative in self._known
            ):
                out.append(relative)
        return out

    def _lemmas(self, word: str) -> list[str]:
        """The word and its uninflected forms that are common words ("members": member;
        "applying": apply; "decided": decide; "studies": study). A word not in the list is read
        as typed only: its inflection cannot be checked."""
        known = self._known
        forms = [f for f in _inflections(word) if len(f) >= self._shortest and f in known]
        return list(dict.fromkeys([word, *forms]))


def _inflections(word: str) -> list[str]:
    """The forms `word` may be an inflection of, unchecked ("decided": decid, decide)."""
    forms: list[str] = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    elif word.endswith("ed"):
        forms += [word[:-2], word[:-1], _undoubled(word[:-2])]
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e", _undoubled(word[:-3])]
    return forms


def _undoubled(root: str) -> str:
    """'stopp' -> 'stop' (a doubled last consonant before -ed or -ing); else the root."""
    if len(root) >= 2 and root[-1] == root[-2] and root[-1] not in "aeiou":
        return root[:-1]
    return root


def _pairs(value: object, where: str) -> list[tuple[str, str]]:
    out = []
    for i, item in enumerate(expect_list(value, where)):
        pair = expect_strings(item, f"{where}[{i}]")
        if len(pair) != 2 or pair[0] == pair[1] or any(p != p.strip().lower() for p in pair):
            raise DataError(f"{where}[{i}]: expected two different lower-case words or endings")
        out.append((pair[0], pair[1]))
    return out


@lru_cache(maxsize=1)
def families() -> Families:
    """data/word_families.json, read once a process. Nothing read is trusted: a value not in
    its shape is a DataError naming where."""
    where = f"bundled data file {FAMILIES_FILE}"
    data = expect_dict(read_json(FAMILIES_FILE), where)
    shortest = data.get("shortest")
    if not isinstance(shortest, int) or isinstance(shortest, bool) or shortest < 1:
        raise DataError(f"{where}: 'shortest' must be a whole number of letters, 1 or more")
    clipped = _pairs(data.get("clipped", []), f"{where}: clipped")
    if any(not (a.isalpha() and b.isalpha()) for a, b in clipped):
        raise DataError(f"{where}: clipped: expected words of letters")
    return Families(
        _pairs(data.get("suffixes", []), f"{where}: suffixes"),
        clipped,
        expect_strings(data.get("not_relatives", []), f"{where}: not_relatives"),
        shortest,
        common_words(),
        read_text(EVERYDAY_FILE),
    )
