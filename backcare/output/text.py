"""Pack and user text made safe for a terminal: escape sequences dropped, controls neutralised."""

from __future__ import annotations

from backcare.packs.fields import LazyPattern
from backcare.packs.schema import CONTROL

# CSI and OSC sequences whole (so no payload survives), then any other C0/C1 control or bidi control.
_ESCAPE_SEQUENCE = LazyPattern(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]"
)


def sanitize(text: str) -> str:
    """Text safe to show on a terminal: escape sequences dropped, other controls shown as U+FFFD."""
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # no escape or control character: both start with one str.isprintable refuses
    # a CRLF line end (an answer pasted from Windows into JSON) is a line end, not a U+FFFD at
    # the end of every line; a lone CR, which would return over the line, stays neutralised
    text = _ESCAPE_SEQUENCE.sub("", text).replace("\r\n", "\n")
    # the line and paragraph separators break a line for str.splitlines(), the way a script
    # reads output: as a line break ("\n"), indented as the text's own breaks are, so pack text
    # cannot start a line at the margin and forge a `--with-question` record (hostile16 F9);
    # the other breaks splitlines() honours (VT, FF, \x1c-\x1e, NEL) are controls: U+FFFD below
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = CONTROL.sub(lambda m: "" if m.group() >= "\u202a" else "\ufffd", text)
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text
    import unicodedata

    # the other invisible format characters (Unicode Cf: bidi marks such as RLM and ALM, soft
    # hyphen, word joiner, tags) reorder or shift a line and break a box's borders; zero-width
    # (non-)joiners stay, since they shape letters and emoji and take no cell
    return "".join(char for char in text if char in _JOINERS or unicodedata.category(char) != "Cf")


_JOINERS = frozenset("\u200c\u200d")


def one_line(text: str) -> str:
    return " ".join(sanitize(text).split())


def said(text: str, limit: int = 80) -> str:
    """What a person asked, quoted for people: one line, escape sequences and controls removed
    (sanitize), cut to `limit` characters with '…', between single quotes, never escaped as repr
    escapes it (newcomer16 F10: `'he said "just rest" but it\\'s been 2 weeks'`)."""
    shown = one_line(text)
    return f"'{shown[:limit]}…'" if len(shown) > limit else f"'{shown}'"


def quoted(text: str, limit: int) -> str:
    """What a person typed, quoted and escaped as repr shows it, cut to `limit` characters with a
    note of its length outside the quotes (a 100 KB id must not fill the screen, and the note is
    not part of what was typed)."""
    shown = escaped_line(repr(text[:limit]))
    return shown if len(text) <= limit else f"{shown}… ({len(text):,} characters)"


def escaped_line(text: str) -> str:
    """A message as one line with every control, format or escape character shown escaped as repr
    shows it (`\\x1b`, `\\u200b`), never dropped: a name in an error must read as what was
    typed (`back-get-stiff-sit\\x1b[2J`, not a plausible `back-get-stiff-sit`). Line breaks and
    tabs are escaped too (`\\n`, `\\t`), and spaces kept as they are: a message is one line, so a
    break or a tab in it comes from a name or text it quotes, and `a\\nb.json` shown as `a b.json`
    (or ` a.json` as `a.json`) named another file, one that looks valid."""
    if text.isprintable():
        return text
    import unicodedata

    out = []
    for char in text:
        if char.isprintable() or unicodedata.category(char) not in _HIDDEN:
            out.append(char)
        else:
            out.append(repr(char)[1:-1])
    return "".join(out)


# what a terminal does not show as itself: controls, format characters, line and paragraph
# separators, surrogates, private use
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})


def command_line(*words: str) -> str:
    """A `backcare` command for a person to paste, each word quoted for a POSIX shell: words a user
    typed (`;`, `$( )`, a backquote) are shown as the one argument they were, never run. A
    suggestion built from the words as they came (`backcare ask show is it ok; rm -rf ~`) ran
    `rm -rf ~` when pasted."""
    return " ".join(shell_word(w) for w in ("backcare", *words))


def ask_command(*words: str) -> str:
    """`backcare ask WORDS` to paste: with `--` before the words when one of them would be read as
    an option (`show -- -x y` suggested `backcare ask show -x y`, a usage error when pasted)."""
    dashes = ("--",) if any(w.startswith("-") for w in words) else ()
    return command_line("ask", *dashes, *words)


def shell_word(word: str) -> str:
    """One word quoted for a POSIX shell; a word holding control or other unprintable characters
    in ANSI-C quoting (`$'\\x1b[2J'`, bash, zsh, ksh), so that the shell gives back the same bytes:
    plain quoting put the character itself in the line, which is then shown escaped and, pasted,
    was another literal."""
    import shlex

    if word.isprintable():
        return shlex.quote(word)
    escaped = []
    for c in word:
        if c in "\\'":
            escaped.append(f"\\{c}")
        elif c.isprintable():
            escaped.append(c)
        else:
            code = ord(c)
            escaped.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
    return "$'" + "".join(escaped) + "'"


# how much of an answer a terminal shows (the Rich view and the quick renderer alike): the rest
# is said in a note pointing to --plain or --json, which print all
MAX_SHOWN_CHARS = 20_000
MAX_SHOWN_LINES = 300
# a panel's figures, the Rich view's and the quick renderer's alike: "╭─ " before a panel title and
# " ─╮" after it, so a title fits when it is TITLE_FRAME narrower than the panel; its borders and
# padding, so its text is PANEL_FRAME narrower; the gap between an entry footer's values
TITLE_FRAME = 6
PANEL_FRAME = 4
FOOTER_GAP = "   "
# a line of an answer that is a list item: its indent, its mark ("- ", "1. ") and its text
LIST_ITEM = LazyPattern(r"^( *)(- |\d{1,4}\. )(.*)$")


def shown_part(text: str) -> tuple[str, int]:
    """The part of a text shown on a terminal, and how many characters were left out."""
    end = min(len(text), MAX_SHOWN_CHARS)
    newline = -1
    for _ in range(MAX_SHOWN_LINES):
        newline = text.find("\n", newline + 1, end)
        if newline < 0:
            break
    else:
        end = newline
    return text[:end], len(text) - end
