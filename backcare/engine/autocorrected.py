"""Words a phone's autocorrect put for a term of the pack: a keyboard replaces a word its
dictionary lacks ("erectors", "erector") with a real word close to it ("spinal directors", "elector
spine"). Such a word is read as the pack's term when the pack does not know it, and the word beside
it stands beside that term in one of the pack's own questions or aliases ("spinal erectors",
"erector spinae"): the pair is what makes the reading likely, not the closeness alone. Only a term
that is no common English word is meant so (autocorrect leaves common words be). Pure: the pack is
read through the arguments given."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from itertools import pairwise

from backcare.engine.split_words import WORD, spliced

# a word autocorrect put in is a word of this many letters or more (short real words are too
# often meant: "back" for "bank")
MIN_LETTERS = 5
# edits between the word typed and the pack's term (a first letter dropped and one changed:
# "directors" for "erectors"); a word shorter than LONG_WORD letters one edit only: two edits
# from a short word reach too many ordinary ones ("since" for "spinae" before "muscles")
MAX_EDITS = 2
LONG_WORD = 7
# edits between the word beside it and the term's neighbour in the pack's text ("spine" beside
# "erector" for the "spinae" of "erector spinae")
NEIGHBOUR_EDITS = 1


def pack_pairs(texts: Iterable[str]) -> frozenset[tuple[str, str]]:
    """The pairs of words that stand side by side in the pack's own texts (lower case)."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        words = [w.casefold() for w in WORD.findall(text)]
        pairs.update(pairwise(words))
    return frozenset(pairs)


def autocorrected(
    text: str,
    beside: Callable[[str, bool], frozenset[str]],
    replaced: Callable[[str], bool],
    common: Callable[[str], bool],
    distance: Callable[[str, str], int],
    stopwords: Container[str],
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each word autocorrect likely put for a pack term (`replaced`: a real word
    the pack does not know) written as that term, and the (as typed, meant) pairs read. A term
    is read when the word before or after the typed one stands beside it in the pack's own texts
    (`beside(word, True)`: the terms after it; `beside(word, False)`: the terms before it;
    terms_beside), the term is within `MAX_EDITS` of the word typed (one edit for a word shorter
    than `LONG_WORD` letters), and the term is no `common` word; of several, the closest. A stop word beside it tells nothing ("my" stands before many
    terms)."""
    found = list(WORD.finditer(text))
    words = [m[0].casefold() for m in found]
    reads = []
    for i, match in enumerate(found):
        typed = words[i]
        if (
            len(typed) < MIN_LETTERS
            or not typed.isalpha()
            or typed in stopwords
            or not replaced(typed)
        ):
            continue
        allowed = MAX_EDITS if len(typed) >= LONG_WORD else 1
        terms: set[str] = set()
        if i and words[i - 1] not in stopwords:
            terms |= beside(words[i - 1], True)
        if i + 1 < len(words) and words[i + 1] not in stopwords:
            terms |= beside(words[i + 1], False)
        best: tuple[int, str] | None = None
        for term in terms:
            if (
                term == typed
                or len(term) < MIN_LETTERS
                or abs(len(term) - len(typed)) > allowed  # that many edits by length alone
                or common(term)
            ):
                continue
            edits = distance(typed, term)
            if edits <= allowed and (best is None or (edits, term) < best):
                best = (edits, term)
        if best is not None:
            reads.append((match.start(), match.end(), match[0], best[1]))
    return spliced(text, reads)


def terms_beside(
    pairs: Iterable[tuple[str, str]],
    word: str,
    before: bool,
    distance: Callable[[str, str], int],
) -> frozenset[str]:
    """The words that stand after `word` (`before`: the word typed comes first) or before it in
    the pack's `pairs`, where the pack's word there is `word` or, in a word of `MIN_LETTERS` or
    more, one edit from it ("spine" for the "spinae" of "erector spinae")."""
    found = set()
    for left, right in pairs:
        near, term = (left, right) if before else (right, left)
        if near == word or (
            len(word) >= MIN_LETTERS
            and abs(len(word) - len(near)) <= NEIGHBOUR_EDITS
            and distance(word, near) <= NEIGHBOUR_EDITS
        ):
            found.add(term)
    return frozenset(found)
