"""Character references a publishing tool got wrong, repaired before a page is parsed (html.py):
terminal escape sequences written as references ('&#27;[31m', hostile9) are dropped, and
references escaped twice or more ('&amp;amp;', '&amp;amp;lt;') are decoded whole (hostile12 F8,
hostile14 F19), each with a routine note. A Markdown page (markdown.py) gets the first repair too:
markdown-it reads the ESC as U+FFFD and left '\ufffd[31m' in the answer, with no note (stranger41).
"""

from __future__ import annotations

import re
from html import unescape

from backcare.packs.notes import routine

# A terminal escape sequence written as character references: ESC (&#27;, &#x1b;) or the C1 CSI
# (&#155;) and its parameters. html.parser drops the control character itself (an invalid code
# point) and leaves the rest as text: "Is there [31mparking?", and ids such as there-31mparking
_ESCAPE_REFERENCE = r"(?:&#0*27;|&#[xX]0*1[bB];)"
_ESCAPE_SEQUENCE = re.compile(
    rf"(?:{_ESCAPE_REFERENCE}\[|&#0*155;|&#[xX]0*9[bB];)[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    rf"|{_ESCAPE_REFERENCE}\][^<>]{{0,256}}?(?:&#0*7;|&#[xX]0*7;|{_ESCAPE_REFERENCE}\\)"  # OSC
)
_SHOWN_CHARS = 40  # of the first sequence dropped, in its note (an OSC may hold 256)
# a character reference escaped a second time ('&amp;amp;', '&amp;nbsp;', '&amp;#8217;'), or
# more ('&amp;amp;lt;'): a publishing tool's slip that a browser shows as the reference's own text
_ESCAPED_TWICE = re.compile(
    r"&amp;(?:amp;)*(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
)


def dropped_escape_references(markup: str, notes: list[str]) -> str:
    """`markup` without terminal escape sequences written as character references, and a routine
    note naming the first as written (the note once named a fixed example, '&#27;[31m', whatever
    the page held: stranger41)."""
    if "&" not in markup:
        return markup
    found = _ESCAPE_SEQUENCE.search(markup)
    if found is None:
        return markup
    # an OSC may run over lines: its line breaks stay, so notes name the lines the page has
    markup, dropped = _ESCAPE_SEQUENCE.subn(lambda m: "\n" * m.group(0).count("\n"), markup)
    first = found.group(0)
    shown = first if len(first) <= _SHOWN_CHARS else first[: _SHOWN_CHARS - 3] + "..."
    notes.append(
        routine(
            f"dropped {dropped} terminal escape sequence{'s' * (dropped != 1)} written as "
            f"character references ({shown!r})"
        )
    )
    return markup


def repaired_references(markup: str, notes: list[str]) -> str:
    """`markup` without terminal escape sequences written as character references, and with each
    reference escaped twice read once, a note for each kind of repair (hostile9: leftovers such
    as '[31m' and '&amp;' in questions, answers and ids). Both are routine: nothing a reader of
    the page should see is lost."""
    if "&" not in markup:
        return markup
    markup = dropped_escape_references(markup, notes)

    # each reference is decoded whole, however many times it was escaped: '&amp;amp;lt;' is '<'
    # as '&amp;lt;' is, where reading one escape off the chain gave '&lt;' beside a '>' decoded in
    # full (hostile14 F19: '&lt;script>'); a chain escaped three times is one (hostile12 F8)
    read = [0]

    def once(match: re.Match[str]) -> str:
        reference = "&" + match.group(1)
        if unescape(reference) == reference:
            return match.group(0)
        read[0] += 1
        return reference

    repaired = _ESCAPED_TWICE.sub(once, markup)
    if read[0]:
        count = read[0]
        notes.append(
            routine(
                f"read {count} character reference{'s' * (count != 1)} escaped twice or more "
                "as the text they stand for, not as a browser shows them ('&amp;amp;' and "
                "'&amp;amp;amp;' as '&', '&amp;nbsp;' as a space, '&amp;amp;lt;' as '<')"
            )
        )
    return repaired
