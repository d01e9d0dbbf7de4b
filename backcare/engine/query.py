"""A question as the engine takes it: validated once, whoever asks (CLI, batch, library, prompt).

`make_query` is the one place that checks a question's text and `top`, and resolves a topic name to
the pack's topics with one case-folding rule (str.casefold, so "Rücken" and "RÜCKEN" agree) used by
every store and by `topics`. `engine_text` is the one place a question's text is made fit for the
engine: what the matcher ranks and what the red-flag check reads (Engine.rank, answer.red_flags).
"""

from __future__ import annotations

from backcare.engine.escapes import unquoted
from backcare.engine.mojibake import repair
from backcare.errors import NotFoundError, QueryError
from backcare.lazyregex import lazy
from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Pack

MAX_TOP = 1000  # more results than any terminal or script reads; keeps memory bounded


class Query(NamedTuple):
    text: str  # as the user typed it (what JSON's "query" echoes)
    top: int = 3
    topics: frozenset[str] | None = None  # the pack's own topic names to search; None: all

    @property
    def searched(self) -> str:
        """The text the engine reads: `engine_text(self.text)`."""
        return engine_text(self.text)

    def with_text(self, text: str) -> Query:
        """The same query for another question (batch mode: one per line)."""
        return type(self)(checked_text(text), *self[1:])  # _replace costs 3x as much


def make_query(text: str, pack: Pack, *, top: int = 3, topic: str | None = None) -> Query:
    return query_template(pack, top=top, topic=topic).with_text(text)


def query_template(pack: Pack, *, top: int = 3, topic: str | None = None) -> Query:
    """A query's settings, checked once, before any text (a batch may have no lines at all)."""
    if not top_in_range(top):
        raise QueryError(f"--top {TOP_RULE}, not {top}")
    topics = None if topic is None else resolve_topics(pack, topic)
    return Query("", top, topics)


def top_in_range(top: int) -> bool:
    """The one rule for how many results may be asked for (flags, settings file, environment)."""
    return 1 <= top <= MAX_TOP


TOP_RULE = f"must be a whole number from 1 to {MAX_TOP}"
# a bad --top flag, however it is bad ('--top abc' read by the parser, '--top 0' by the range check
# after the red-flag check), is worded as the parser words it: "invalid value for '--top' / '-n':
# must be ..., not 'abc'; see 'backcare ask --help'"
TOP_FLAG = "invalid value for '--top' / '-n'"
TOP_HELP = "see 'backcare ask --help'"


def top_from_text(text: str) -> int:
    """`top` written as text (--top, -n, BACKCARE_TOP): decimal digits of any script (a fullwidth
    '３' is 3, as int() reads it), spaces around allowed, nothing else ('+3', '3_000', '1e3' and
    '²' are not whole numbers as people write them); ValueError(TOP_RULE...) otherwise. Only
    the writing: a value out of range is a usage error found after the questions' red-flag check
    (config._check), so `ask --top 0 -` still checks the questions on stdin."""
    digits = text.strip()
    if digits.isdecimal():
        # leading zeros change nothing ('0003' is 3); only the significant digits are bounded
        # (int() of thousands of digits is slow, and refused past 4,300)
        start = next((i for i, c in enumerate(digits) if int(c)), len(digits) - 1)
        if len(digits) - start <= len(str(MAX_TOP)) + 3:
            return int(
                digits[start:]
            )  # the range is checked where every source's is (top_in_range)
    raise ValueError(f"{TOP_RULE}, not {text!r}")


def checked_text(text: str) -> str:
    """The question, or QueryError when it is empty as read (is_blank): a usage error, exit 2."""
    if is_blank(text):
        shown = " (only invisible characters or terminal escapes)" if text.strip() else ""
        raise QueryError(f"the question is empty{shown}")
    return text


def is_blank(text: str) -> bool:
    """Whether a question is empty as the engine reads it: blank, or only invisible characters and
    terminal escapes (a zero-width space, a byte-order mark, `ESC[0m`). Such a question was "no
    confident match for ''" (exit 1, where `ask ""` exits 2), and in a batch a line no one could
    see counted as a question. Every door (a question, a batch line, a questions file, an id)
    asks this."""
    return not engine_text(text).strip()


# Terminal escape sequences, whole: CSI (ESC [ or the 8-bit CSI, parameters, a final byte) and OSC
# (ESC ] ... BEL or ESC \\). An OSC with no terminator is not removed: it would take the rest of
# the question with it, red flags included; its ESC alone becomes a space below.
_ESCAPE = lazy(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


_ERASERS = frozenset("\b\x7f")  # backspace and delete: what an erase key sends


def engine_text(text: str) -> str:
    """The question as the engine reads it: escape sequences and Unicode format characters
    (category Cf: zero-width space and joiners, word joiner, soft hyphen, BOM, bidi controls)
    removed, so `p<U+200B>ee` or `\\e[1mnumb` read as the word typed around them;
    a backspace or DEL erases the character before it (`pex<BS>e` is "pee"); other controls
    (C0 and C1 with NUL, a lone ESC, line and paragraph separators) become spaces, between words
    (a NUL stands between words as often as inside one: "cant\\0pee"; "can\\0t" is "can t", which
    the red-flag reading joins as "can't"). First, punctuation garbled on the way (an apostrophe
    sent as "?", U+FFFD or "â€™": engine/mojibake.py; as "\\'": engine/escapes.py) is read as
    typed (hostile16 F1)."""
    text = unquoted(repair(text))
    if text.isprintable():
        return text  # the usual case: none of those is printable
    import unicodedata

    text = _ESCAPE.sub("", text)
    kept = []
    for char in text:
        if char.isprintable() or char == " ":
            kept.append(char)
            continue
        if char in _ERASERS:  # a backspace typed into a pipe: it erased the character before
            if kept and kept[-1] != " ":
                kept.pop()
            continue
        category = unicodedata.category(char)
        if category == "Cf":
            continue
        kept.append(" " if category in ("Cc", "Zl", "Zp") else char)
    return "".join(kept)


def engine_readings(text: str) -> tuple[str, ...]:
    """The question as the red-flag check reads it: engine_text, and, when a lone ESC stands in
    it, a second reading with every lone ESC read as nothing. Alt+letter sends ESC before the
    letter (hostile15 F10: `c<ESC>ant pee` read as "c ant pee" hid an emergency), but an ESC
    also stands between words (`cant<ESC>pee`: read as nothing, review15 F4 lost its notice):
    the check reads both and raises what either raises (answer.read_flags). The matcher reads
    engine_text alone."""
    first = engine_text(text)
    if "\x1b" not in text:
        return (first,)
    joined = engine_text(_ESCAPE.sub("", text).replace("\x1b", ""))
    return (first,) if joined == first else (first, joined)


def resolve_topics(pack: Pack, name: str) -> frozenset[str]:
    """The pack's topics a name stands for (packs.lookup.find_topics: any case, a prefix of a topic
    or of one of its words, or a close spelling); unknown: a NotFoundError naming them all."""
    from backcare.packs.lookup import find_topics

    found = find_topics(pack, name)
    if found:
        return frozenset(found)
    names = ", ".join(repr(t) for t in pack.topics() if t) or "none"
    raise NotFoundError(f"unknown topic {name!r} (topics: {names})")
