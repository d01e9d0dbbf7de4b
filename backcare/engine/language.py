"""Whether a question reads as English: backcare reads only English, its red-flag check too.

A message in another language ("moj maz nie czuje nog i nie moze siusiac") got the generic "no
confident match" reply, and its writer was never told that nothing in it was read (newcomer18
F8). Cheap and from data, with no language model: a question of at least MIN_WORDS words of
letters, fewer than ENGLISH_SHARE of which are English words (data/english_words.txt, with its
the lexicon's medical terms), does not read as English. An English message with a
few words of another language ("plecy bola, my back pain very strong") still reads as English,
and so do short questions, typos and medical terms.

ux32 (newcomer22 F2): the verdict is given whatever the match, so a pack in another language (a
confident answer) no longer hides it. Words of other languages (data/foreign_words.txt: none is an
English word) and unknown words with letters English does not write ("aceptáis") are *foreign*,
and a "¿" or "¡" is one more: a foreign word never counts as English, even when the lexicon lists
it ("espalda", "Rücken": the back in other languages). A message also does not read as English
when at least two of its marks are foreign and they outnumber its English words, however short
("frío o calor?", "me duele la espalda"); one foreign word among English ones ("my back hurts
since the caída") stays English. A pack's own words (`known`, from an English pack only: the
engine's pack_reads_as_english) count as English: "valgrind", "stdout".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable
from functools import lru_cache

from backcare.lazyregex import lazy
from backcare.namedtuple import NamedTuple

MIN_WORDS = 3
FOREIGN_MARKS = 2  # foreign marks that, outnumbering the English words, decide a short message
_INVERTED = ("¿", "¡")  # written only before a Spanish question or exclamation
_INVISIBLE = frozenset({"Cf", "Mn", "Me"})  # format and combining marks (accents: see _plain)
ENGLISH_SHARE = 0.5
# the share of an English message's words that, in another language (at least FOREIGN_MARKS of
# them), makes it partly another language: "mi espalda is super tight after trabajo" is, a word or
# two in a long story ("a café", "tra la la") is not (newcomer29 F7)
PARTLY_FOREIGN = 1 / 6
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# a token with a digit ("0x1DB63EEB", "4096"): a code, no language. From a word's start only: tried
# at every position, a megabyte word without a digit cost minutes (test_e2e's megabyte line)
_CODE = re.compile(r"\b\w*\d\w*")
# a web or mail address is no language either: `=HYPERLINK("http://x","click")`, a formula a
# spreadsheet export left in a message, read "hyperlink http click" and was "not English"
# (newcomer23 F17); without its address it has too few words to tell
# (compiled when a text first holds "://" or "@": ~1.5 million instructions, issue 17)
_ADDRESS = lazy(
    r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,20}://[^\s\"'<>]*|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"
)
# English endings and a prefix, for a word the list holds in another form ("atrophied", "rebuilding")
_ENDINGS = (
    ("ied", "y"),
    ("ies", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("er", ""),
    ("ly", ""),
)
_PREFIXES = ("re", "un")
_PART = 3  # the shortest part of a word written as two ("timeline", "mainreason")
# the longest word tried as two: each cut copies the word, so a megabyte "word" (test_e2e's) cost
# minutes; English compounds written together are far shorter
_COMPOUND_MAX = 40


def plain_word(word: str) -> str:
    """A word as a pack's vocabulary holds it: casefolded, without accents."""
    return _plain(word)


def _plain(word: str) -> str:
    """A word casefolded, its accents dropped: "mąż" is looked up as "maz"; the barred letters
    "ł" and "đ" (Polish, Vietnamese) are letters NFKD keeps, read as "l" and "d"."""
    folded = word.casefold()
    if folded.isascii():  # no accent, "’" or "ł" to drop: NFKD leaves it as it is
        return folded
    folded = unicodedata.normalize("NFKD", folded.replace("’", "'"))
    return (
        "".join(c for c in folded if not unicodedata.combining(c))
        .replace("ł", "l")
        .replace("đ", "d")
    )


@lru_cache(maxsize=1)
def _medical_words() -> frozenset[str]:
    """Every word the lexicon (data/lexicon.json) lists, in its synonym groups, topics, regions
    and idioms: medical terms the common word list lacks ("laminectomy", "erector")."""
    from backcare.engine.analyze import _lexicon

    texts: list[str] = []
    pending: list[object] = [v for k, v in _lexicon().items() if not k.startswith("about")]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
    # one search of the texts joined by a line break (no word spans it), each distinct word made
    # plain once: 5,484 words, 2,045 distinct (a cold ask's 5.7 ms -> see docs/benchmarks.md)
    return frozenset(map(_plain, set(_WORD.findall("\n".join(texts)))))


@lru_cache(maxsize=1)
def foreign_words() -> frozenset[str]:
    """data/foreign_words.txt, each word as written and without its accents."""
    from backcare.resources import read_words

    listed = [w.casefold() for w in read_words("foreign_words.txt")]
    # an ASCII word casefolded is its own plain form (_plain): only the others made plain (86
    # of 724 words; every cold ask reads the list: ~2M instructions, issue 17)
    return frozenset(listed) | frozenset(_plain(w) for w in listed if not w.isascii())


@lru_cache(maxsize=1)
def typed_english() -> frozenset[str]:
    """data/textspeak_words.txt: English as typed on a phone ("ur", "hrs", "pls"), which the
    English list lacks; English words when a message is judged, never a typo's fix."""
    from backcare.resources import read_words

    return frozenset(w.casefold() for w in read_words("textspeak_words.txt"))


def _foreign(raw: str, plain: str, english: Container[str]) -> bool:
    """A listed word of another language, or an unknown word with a letter English never writes."""
    if raw in foreign_words() or plain in foreign_words():
        return True
    return not raw.isascii() and plain not in english and raw.replace("’", "'") != plain


class MessageWords(NamedTuple):
    """A message's words as the language verdicts read them (`message_words`): read once a
    message and given to each verdict that asks of it (Engine.answer asks reads_as_english, with
    and without the pack's words, and partly_foreign of the same text), not once a verdict."""

    words: tuple[str, ...]  # each word of letters casefolded, words of one letter left out
    inverted: int  # how many of _INVERTED ("¿", "¡") the text holds: each a foreign mark


# the last texts' words: the red-flag check reads the language of a question's engine reading
# (detect.Safety.check) and Engine.answer then that of the question's own text, most often the
# same string, read once so (issue 17; as reading.normalize_text keeps its last texts)
@lru_cache(maxsize=4)
def message_words(text: str) -> MessageWords:
    """The words of `text` the verdicts count, and its foreign marks that are no words."""
    # look-alike letters of another script inside Latin words ("CАNT FЕЕL", Cyrillic А and Е)
    # read as the Latin letters they look like, as the red-flag check reads them
    # invisible characters inside a word ("ca\u034fnt", a zero-width space) do not split it
    from backcare.engine.lookalikes import read_as_latin

    text = read_as_latin(text)
    if not text.isascii():  # no ASCII character is invisible: the common text is kept whole
        text = "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE)
    if "://" in text or "@" in text:
        text = _ADDRESS.sub(" ", text)
    text = _CODE.sub(" ", text)
    # "i", "a" and a stray letter tell nothing
    words = tuple(w.casefold() for w in _WORD.findall(text) if len(w) > 1)
    return MessageWords(words, sum(1 for mark in _INVERTED if mark in text))


def _read(text: str | MessageWords) -> MessageWords:
    return text if isinstance(text, MessageWords) else message_words(text)


def reads_as_english(text: str | MessageWords, known: Container[str] = frozenset()) -> bool:
    """Whether `text` (or its words, read once by message_words) reads as English (or is too
    short to tell); `known`: more words (casefolded) to count as English (those the engine
    corrected to a pack's words: typos; an English pack's own words)."""
    said = _read(text)
    return _english_verdict(said, english_counts(said, known, lexicon=False), known)


def language_read(text: str | MessageWords) -> tuple[bool, bool]:
    """(reads_as_english(text), partly_foreign(text)) from one count of its words: the red-flag
    check asks both of every message (detect.Safety.check), and the foreign marks and the words
    counted do not depend on the lexicon."""
    said = _read(text)
    least = english_counts(said, lexicon=False)
    return _english_verdict(said, least), least is not None and _partly(least)


def partly_foreign(text: str | MessageWords) -> bool:
    """Whether a message that reads as English is partly in another language: what those words
    say, the red-flag check cannot read. Foreign marks are counted before any word is looked up
    as English, so neither a pack's words nor the lexicon's change this verdict."""
    counts = english_counts(text, lexicon=False)
    return counts is not None and _partly(counts)


def _english_verdict(
    said: MessageWords, least: tuple[int, int, int] | None, known: Container[str] = frozenset()
) -> bool:
    """The English verdict from `least`, the counts by the English list alone: its count of
    English words is at most the full one, and more English words never turn a verdict of
    English around (reads_english), so the lexicon's words (~2 ms to gather) are read only for
    a message that fails without them."""
    if least is None or reads_english(*least):
        return True
    counts = english_counts(said, known)
    return counts is None or reads_english(*counts)


def _partly(counts: tuple[int, int, int]) -> bool:
    """The partly-foreign verdict on a message's counts (english_counts, without the lexicon)."""
    _, foreign, total = counts
    return foreign >= FOREIGN_MARKS and foreign >= PARTLY_FOREIGN * total


def reads_english(english: int, foreign: int, total: int) -> bool:
    """The verdict on a message's counts (english_counts)."""
    if total >= MIN_WORDS and english < ENGLISH_SHARE * total:
        return False
    return not (foreign >= FOREIGN_MARKS and foreign > english)


def english_counts(
    text: str | MessageWords, known: Container[str] = frozenset(), *, lexicon: bool = True
) -> tuple[int, int, int] | None:
    """(English words, foreign marks, words) of `text` (or of its words, read once by
    message_words), words of one letter left out; None when it has no word. `lexicon=False`:
    the lexicon's medical terms not counted as English."""
    said = _read(text)
    if not said.words:
        return None
    foreign = said.inverted
    found = 0
    for raw in said.words:
        plain, is_foreign, listed = _word_verdict(raw)
        if is_foreign:
            foreign += 1
        elif listed or raw in known:
            found += 1
        elif lexicon and _english(plain, common_english(), _medical_words()):
            # the lexicon's words only for a word the English list does not hold in any form:
            # _english can only say yes more often with more words listed
            found += 1
    return found, foreign, len(said.words)


def common_english() -> Container[str]:
    """The English word list (analyze.common_words), imported when first asked."""
    from backcare.engine.analyze import common_words

    return common_words()


# a word's verdicts, as every message that holds it reads them (a batch's messages share most of
# their words, and three verdicts read each message): bounded, a few MB at most
WORD_MEMO = 32_768


@lru_cache(maxsize=WORD_MEMO)
def _word_verdict(raw: str) -> tuple[str, bool, bool]:
    """A casefolded word made plain, whether it is foreign (_foreign), and whether it is English
    by the lists (data/textspeak_words.txt, the English list in some form: _english without the
    lexicon) or as one of their little words mistyped (mistyped_english: "wat", "shuld").
    Neither verdict depends on the message or on `known`."""
    plain = _plain(raw)
    english = common_english()
    if _foreign(raw, plain, english):
        return plain, True, False
    listed = raw in typed_english() or _english(plain, english, ())
    return plain, False, listed or mistyped_english(plain)


# a typo keeps a word's first letter, and changes one letter of a word of up to five letters, two
# of a longer one, as the matcher reads typos (resolve.WordResolution._correct)
_ONE_EDIT_MAX = 5
_TYPO_MIN = 3  # "hw", "cn": too short to say which word they mistype


def _typo_targets(first: str) -> tuple[str, ...]:
    """The words a mistyped word starting with `first` is read as: the English words of the
    matcher's stop list (data/stopwords.txt), the words every question is built of ("what",
    "should", "where"), in the list's order. A content word's typo ("bak") is read by the
    matcher against the pack's words (Engine.reads_as_english's `known`); a function word's
    ("wat shuld i do") never was, and a message of a few words then read as another language
    (stranger trial F5). Made for each letter asked (a typo keeps its first letter): the whole
    table looked 206 words up in the English list, whose 64th search makes it build a set of its
    40,000 words, ~7-10 ms of an ask with a typo (issue 17); a letter's looks up a dozen."""
    found = _TARGETS.get(first)
    if found is None:
        english = common_english()
        found = tuple(
            word
            for word in _stop_words()
            if word[0] == first and len(word) >= _TYPO_MIN and word.isalpha() and word in english
        )
        _TARGETS[first] = found
    return found


_TARGETS: dict[str, tuple[str, ...]] = {}  # at most a letter's each: bounded


@lru_cache(maxsize=1)
def _stop_words() -> tuple[str, ...]:
    """data/stopwords.txt's words, each once, in its order."""
    from backcare.resources import read_words

    return tuple(w for w in dict.fromkeys(read_words("stopwords.txt")) if w)


def mistyped_english(word: str) -> bool:
    """Whether a word neither English nor foreign (_word_verdict) is one of the words every
    English question is built of, mistyped: its first letter kept; a word of four letters or
    fewer with one letter left out ("wat", "wher", "hw" too short), a longer one within the
    matcher's edits ("shuld", "shoudl"). A short word is not read with a letter changed: "maz",
    "nog" and "moze" are Polish, not "may", "not" and "more"."""
    if len(word) < _TYPO_MIN or not word.isascii() or not word.isalpha():
        return False
    choices = _typo_targets(word[0])
    if len(word) < _ONE_EDIT_MAX:
        return any(len(c) == len(word) + 1 and _drops_one(c, word) for c in choices)
    from backcare.engine.spelling import within_edits

    allowed = 1 if len(word) <= _ONE_EDIT_MAX else 2
    return bool(within_edits(word, choices, allowed, limit=1))


def _drops_one(word: str, short: str) -> bool:
    """Whether `short` is `word` with one of its letters left out."""
    return any(word[:i] + word[i + 1 :] == short for i in range(len(word)))


def _english(word: str, english: Container[str], medical: Container[str]) -> bool:
    """A word of the English list or the lexicon, as written, with an English ending or prefix
    taken off, or written together with another ("timeline")."""

    def listed(w: str) -> bool:
        return w in english or w in medical

    if listed(word) or listed(word.replace("'", "")):
        return True
    if not word.isalpha() or not word.isascii():
        return False
    for ending, put in _ENDINGS:
        cut = len(word) - len(ending)
        if word.endswith(ending) and cut >= _PART and listed(word[:cut] + put):
            return True
    if any(word.startswith(p) and listed(word[len(p) :]) for p in _PREFIXES):
        return True
    return len(word) <= _COMPOUND_MAX and any(
        listed(word[:cut]) and listed(word[cut:]) for cut in range(_PART, len(word) - _PART + 1)
    )


def words_read_as_english(words: Iterable[str]) -> bool:
    """Whether a pack's words (its vocabulary, or its entries' words) read as English: at least
    ENGLISH_SHARE of those of letters are English, and fewer are foreign. A pack in another
    language is answered by word matching, but its users' red flags are read in English only."""
    from backcare.engine.analyze import common_words

    english, medical = common_words(), _medical_words()
    found = foreign = total = 0
    for word in words:
        if len(word) < 2 or not word.isalpha():
            continue
        raw = word.casefold()
        plain = _plain(raw)
        total += 1
        if _foreign(raw, plain, english):
            foreign += 1
        elif plain in english or plain in medical:
            found += 1
    return total == 0 or (found >= ENGLISH_SHARE * total and found > foreign)
