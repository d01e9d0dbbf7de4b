"""One word heard as two: speech-to-text writes a word it does not know as words it does ("muscle a
trophy": atrophy, "spinal erect tours": erectors). Two words side by side, one of them unknown to
the pack (and no typo of a word it knows), that written together are a word of the pack, or within
an edit or two of one, are read as that word. Pure: the pack is read through the callables given.

The parts must be long enough that the join is no accident of short words: a stop word ("a", "in")
joins only a part of `MIN_BESIDE_STOP` letters or more ("a trophy", not "in jury": "injury"), and
only beside a word the pack knows ("muscle a trophy", not "I won a trophy"); a join that is not
exact needs `MIN_FUZZY` letters and two parts the pack does not know ("erect tours" -> "erectors",
two edits; not "Erector set")."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

# a word's letters, as every reading of a question's words takes them (an apostrophe inside is
# kept: "don't"); the one pattern resolve, homophones, vowelless, dictation, side_questions,
# autocorrected, region_senses and textspeak share
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
MIN_JOINED = 6  # a joined word shorter than this is too often two words that happen to meet
MIN_BESIDE_STOP = 5  # the other part's letters when one part is a stop word
MIN_FUZZY = 8  # a join that is not exactly a pack word needs this many letters


def rejoined(
    text: str,
    unknown: Callable[[str], bool],
    closest: Callable[[str, int], str | None],
    stopwords: Container[str],
    kept: dict[tuple[str, str], str | None] | None = None,
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each pair of adjacent words that one word was split into written as that word,
    and the (pair as typed, word) read. `unknown(word)`: the pack neither knows the word nor takes
    it for a typo of one of its words; `closest(joined, edits)`: the pack's word at most `edits`
    edits from the joined form, keeping its first letter (the form itself when the pack has it),
    or None. `kept`: the words already found for pairs (lower case) with these same callables and
    stop words, filled as pairs are read (a batch's questions meet the same pairs again and
    again); the caller bounds it."""
    found = list(WORD.finditer(text))
    joins: list[tuple[int, int, str, str]] = []  # start, end, as typed, read as
    i = 0
    while i < len(found) - 1:
        first, second = found[i], found[i + 1]
        word = _joined(text, first, second, unknown, closest, stopwords, kept)
        if word is not None and (
            first[0].casefold() in stopwords or second[0].casefold() in stopwords
        ):
            # a stop word joins only inside the pack's words: "muscle a trophy", not "won a trophy"
            beside = [found[k][0].casefold() for k in (i - 1, i + 2) if 0 <= k < len(found)]
            if not any(w not in stopwords and not unknown(w) for w in beside):
                word = None
        if word is None:
            i += 1
            continue
        typed = text[first.start() : second.end()]
        joins.append((first.start(), second.end(), typed, word))
        i += 2
    return spliced(text, joins)


def spliced(
    text: str, reads: Sequence[tuple[int, int, str, str]]
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each (start, end, typed, word) read put in place of its span (the spans in
    order, apart), and the (typed, word) pairs read: how a question's words read otherwise
    (heard as two, typed without vowels) enter the text the rest of the analysis reads."""
    if not reads:
        return text, ()
    out: list[str] = []
    at = 0
    for start, end, _, word in reads:
        out.append(text[at:start])
        out.append(word)
        at = end
    out.append(text[at:])
    return "".join(out), tuple((typed, word) for _, _, typed, word in reads)


def _joined(
    text: str,
    first: re.Match[str],
    second: re.Match[str],
    unknown: Callable[[str], bool],
    closest: Callable[[str, int], str | None],
    stopwords: Container[str],
    kept: dict[tuple[str, str], str | None] | None = None,
) -> str | None:
    """The word two adjacent words were split from, or None."""
    if not text[first.end() : second.start()].isspace():
        return None  # punctuation between them ("muscle, a trophy") parts them
    a, b = first[0].casefold(), second[0].casefold()
    if kept is None:
        return _pair_word(a, b, unknown, closest, stopwords)
    key = (a, b)
    if key in kept:
        return kept[key]
    word = kept[key] = _pair_word(a, b, unknown, closest, stopwords)
    return word


def _pair_word(
    a: str,
    b: str,
    unknown: Callable[[str], bool],
    closest: Callable[[str, int], str | None],
    stopwords: Container[str],
) -> str | None:
    """The word two adjacent words (lower case, white space between them) were split from, or
    None: it depends on the two words alone."""
    if not (a.isalpha() and b.isalpha()):
        return None
    stop_a, stop_b = a in stopwords, b in stopwords
    if stop_a and stop_b:
        return None
    # the word heard wrong is a part the pack does not know, and no stop word
    if not ((not stop_a and unknown(a)) or (not stop_b and unknown(b))):
        return None
    if (stop_a and len(b) < MIN_BESIDE_STOP) or (stop_b and len(a) < MIN_BESIDE_STOP):
        return None
    joined = a + b
    if len(joined) < MIN_JOINED:
        return None
    # a word the pack knows beside one it does not is more likely two words ("Erector set"):
    # only two unknown parts may be a word misheard ("erect tours")
    fuzzy = len(joined) >= MIN_FUZZY and not (stop_a or stop_b) and unknown(a) and unknown(b)
    edits = 1 + (len(joined) > MIN_FUZZY) if fuzzy else 0
    word = closest(joined, edits)
    if word is None and a[-1] == b[0] and len(joined) > MIN_JOINED:
        # the sound where the two meet heard in both ("muscle at trophy": atrophy)
        word = closest(a + b[1:], edits)
    return None if word is None or word in (a, b) else word
