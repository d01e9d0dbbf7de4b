"""A message written wholly in another language, read as the English words it says, so the
red-flag check can read it as it reads English (safety117, issue #12).

Blind writers kept telling red flags in French, Polish, Portuguese and transliterated Hindi/Urdu
("j'ai des fuites d'urine depuis ce matin avec une sciatique", "nagły bardzo silny ból pleców od
godziny"), and a message that does not read as English (language.reads_as_english) raised nothing.
code_switch.py reads a sign's own word inside an English message; a wholly foreign message has no
English around the sign to say whose it is, whether it is denied or when it began. So such a
message is read once more, its runs of words replaced by their English words from a dictionary of
the language it is written in (data/foreign_reading.json): the sign's words and the little words
the English readings of person, negation and time need ("je n'ai pas de" is "I have no", "ma
mère" is "my mother", "depuis ce matin" is "since this morning"). The check then reads that
English as it reads any message, and its flags join the message's own (never replace them).

Not translation: word order stays the writer's, and a word the dictionary lacks stays as written.
The language is the one whose dictionary covers most of the message's words. An English message is
never read this way (it reads as English), so its notices cannot change. Words:
data/foreign_reading.json, from the maintainers' own knowledge of each language (docs/safety.md).
"""

from __future__ import annotations

import functools

from backcare.engine.language import plain_word, reads_as_english
from backcare.lazyregex import lazy
from backcare.namedtuple import NamedTuple
from backcare.resources import DataError

# a word (letters and digits) and what stands between words; an apostrophe parts a word ("j'ai",
# "l'urine", "n'ai" are two words each), as the dictionary's keys are written
_PIECE = lazy(r"[^\W_]+|[^\w]+|_+")
# what may stand inside a run of words read together: spaces, or one apostrophe or hyphen inside a
# word ("n'ai", "dit-on"), never a comma or a full stop (a run does not cross a clause), nor a
# quotation mark beside a space ("sagt man 'ich kann ...'": a run read across it lost the
# quotation, whose signs then read as the writer's; safety120)
_INSIDE_RUN = lazy(r"\s+|['’`´-]")


Dictionary = dict[tuple[str, ...], tuple[str, ...]]


@functools.cache
def _dictionaries() -> dict[str, Dictionary]:
    """Each language's runs of words with their English words (an empty value drops the run:
    French "ne" before "pas"), each key as written (casefolded) and without its accents: a
    written accent tells words apart ("é" is "is" in Portuguese, "e" is "and"), so the key as
    written is looked up first (_read), and where two keys fold alike the unaccented one holds
    the folded form."""
    from backcare.resources import read_json

    try:
        languages = read_json("foreign_reading.json")["languages"]
        dictionaries: dict[str, Dictionary] = {}
        for name, language in languages.items():
            written: Dictionary = {}
            folded: Dictionary = {}
            for key, value in language["phrases"].items():
                words = tuple(w.casefold() for w in _words(key))
                english = tuple(value.split())
                written[words] = english
                plain = tuple(plain_word(w) for w in words)
                if plain == words or plain not in folded:
                    folded[plain] = english
            dictionaries[name] = {**folded, **written}
        return dictionaries
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"foreign_reading.json: {error!r}") from None


def _words(text: str) -> list[str]:
    return [p for p in _PIECE.findall(text) if p[0].isalnum()]


@functools.cache
def _longest(language: str) -> int:
    return max((len(key) for key in _dictionaries()[language]), default=0)


@functools.cache
def _known(language: str) -> frozenset[str]:
    """Every word of the language's keys read as other words: the measure of how much of a
    message it covers (a key read as itself, "cancer", "gym", is no sign of the language)."""
    return frozenset(
        word for key, english in _dictionaries()[language].items() if key != english for word in key
    )


def language_of(words: list[str]) -> str | None:
    """The language whose dictionary knows most of the (folded) words of two letters or more, at
    least two of them; the first listed on a tie. None when none does. A letter alone ("i", "o",
    "e") is a word in several of them and in random letters ("p 6 nr 8 i 10 rta j o 3": read as
    Italian, "the ... or", it raised a notice): no evidence of a language. Nor are a few known
    words among many unknown ones (random bytes read as text): more than LANGUAGE_SHARE of the
    words must be known."""
    best, most = None, max(1, int(LANGUAGE_SHARE * sum(1 for w in words if len(w) > 1)))
    for language in _dictionaries():
        known = _known(language)
        count = sum(1 for w in words if len(w) > 1 and w in known)
        if count > most:
            best, most = language, count
    return best


# the share of a message's words (of two letters or more) a dictionary must know, more than it, to
# name the message's language at all (language_of)
LANGUAGE_SHARE = 0.25

# the share of a message's words its language's dictionary must know for its English reading to
# stand alone (detect.Safety.check): below it, a message partly in English ("I ca n't pee",
# "pith mein dard ... since morning") keeps its own reading's flags beside the English one's
WHOLLY_READ = 0.75


class Reading(NamedTuple):
    """A message's English reading, and whether its language's dictionary knew at least
    WHOLLY_READ of its words (its reading then stands alone)."""

    text: str
    whole: bool
    # the words (casefolded) the dictionary did not read, left as written in `text`: where the
    # English reading may have missed what a sentence says ("kein Urin kommt": "no urine kommt"
    # reads as a denial; review32 B1), so its set-asides there are not trusted (foreign_kept.py)
    unread: frozenset[str] = frozenset()


def in_english(text: str) -> Reading | None:
    """The text read in English when it does not read as English and a language's dictionary
    knows it (the module's docstring); None otherwise, and for every English message."""
    if reads_as_english(text):
        return None
    pieces = _PIECE.findall(text)
    written = [p.casefold() if p[0].isalnum() else None for p in pieces]
    folded = [None if w is None else plain_word(w) for w in written]
    words = [w for w in folded if w is not None]
    language = language_of(words)
    if language is None:
        return None
    unread: set[str] = set()
    english = _read(
        pieces,
        (written, folded),
        _dictionaries()[language],
        _longest(language),
        unread,
        _marks_tell_words(language),
    )
    if english is None:
        return None
    known = _known(language)
    whole = sum(1 for w in words if w in known) >= WHOLLY_READ * len(words)
    return Reading(english, whole, frozenset(unread))


# a sentence of a message and what ends it (its stop and the spaces after it)
_SENTENCE = lazy(r"[^.!?\n]+[.!?\n]*\s*|[.!?\n]+\s*")
# words in quotation marks (an apostrophe inside a word, "j'ai", is no closing mark)
_QUOTED = lazy(r"[\"“«„][^\"”»“]*[\"”»“]|(?<!\w)['‘].*?['’](?!\w)")


def parts_in_english(text: str) -> str | None:
    """A message that reads as English but is partly in another language (language.py's
    partly_foreign: "Back hurts a lot. Od wczoraj nie czuję pośladków.") with each of its
    sentences that does not read as English, outside its quotations, read in English as
    in_english reads a whole message; None when no sentence is so read (safety119, issue #12)."""
    out = []
    read = False
    for sentence in _SENTENCE.findall(text):
        # foreign words only in quotation marks are someone's words, asked about ("Is 'j'ai de
        # la fièvre' right?" in a French class), not the writer's report: left as written
        unquoted = _QUOTED.sub(" ", sentence)
        english = in_english(sentence) if in_english(unquoted) is not None else None
        read = read or english is not None
        out.append(sentence if english is None else english.text)
    return "".join(out) if read else None


def _read(
    pieces: list[str],
    readings: tuple[list[str | None], list[str | None]],
    dictionary: Dictionary,
    longest: int,
    unread: set[str],
    marks_tell_words: bool = False,
) -> str | None:
    """The pieces with each longest known run of words replaced by its English words, each run
    looked up as written and then without its accents (`readings`); None when no run is known.
    Where a language's marks tell its words apart (`marks_tell_words`: Vietnamese's tones, "nội"
    is not "nói", "vài" is not "vai"), a run written with marks is looked up only as written: a
    word the dictionary lacks would otherwise be read as another word that differs only by its
    marks; a run written without any marks ("toi bi dau lung") is still looked up folded.
    The words no run read (but numbers, which the English reading reads as they are) are added
    to `unread`, casefolded."""
    written, folded = readings
    out: list[str] = []
    read_any = False
    i = 0
    while i < len(pieces):
        if folded[i] is None:
            # "l'urine" read "the urine", not "the'urine"; but a quotation mark opening or
            # closing the message stays one ("Paroles : 'je ne sens plus mes jambes'"): read as
            # a space it left the quotation open, so its signs read as the writer's (safety120)
            apostrophe = (
                _INSIDE_RUN.fullmatch(pieces[i])
                and not pieces[i].isspace()
                and 0 < i < len(pieces) - 1
            )
            out.append(" " if apostrophe else pieces[i])
            i += 1
            continue
        # the run's word positions: words parted only by spaces or apostrophes
        run = [i]
        j = i
        while len(run) < longest and j + 2 < len(pieces):
            if folded[j + 2] is None or not _INSIDE_RUN.fullmatch(pieces[j + 1]):
                break
            j += 2
            run.append(j)
        english = None
        length = len(run)
        while length > 0:
            english = dictionary.get(tuple(written[k] or "" for k in run[:length]))
            if english is None and (
                not marks_tell_words or all(written[k] == folded[k] for k in run[:length])
            ):
                english = dictionary.get(tuple(folded[k] or "" for k in run[:length]))
            if english is not None:
                break
            length -= 1
        if english is None:
            out.append(pieces[i])
            if not pieces[i].isdigit():
                unread.add(pieces[i].casefold())
            i += 1
            continue
        read_any = True
        out.append(" ".join(english))
        i = run[length - 1] + 1
        if not english and i < len(pieces) and _INSIDE_RUN.fullmatch(pieces[i]):
            i += 1  # a dropped run takes the space after it with it
    return "".join(out) if read_any else None


def signs_language(text: str) -> str | None:
    """The name ("Spanish") of the language whose words for the red-flag signs were read in a
    message that does not read as English (in_english read some of its words), None when none
    was: what its reader is told was checked (stranger trial F6)."""
    if in_english(text) is None:
        return None
    words = [plain_word(p.casefold()) for p in _PIECE.findall(text) if p[0].isalnum()]
    language = language_of(words)
    return None if language is None else _names().get(language)


@functools.cache
def _marks_tell_words(language: str) -> bool:
    """Whether data/foreign_reading.json says the language's marks tell words apart (_read)."""
    from backcare.resources import read_json

    return read_json("foreign_reading.json")["languages"][language].get("marks_tell_words") is True


@functools.cache
def _names() -> dict[str, str]:
    """Each language's name as data/foreign_reading.json gives it ("es": "Spanish")."""
    from backcare.resources import read_json

    languages = read_json("foreign_reading.json")["languages"]
    return {
        key: value["name"]
        for key, value in languages.items()
        if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"]
    }
