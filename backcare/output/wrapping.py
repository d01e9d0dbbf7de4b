"""Text laid out at a known terminal's width, broken only between words.

A terminal breaks a line that is too long at its last column, inside a word: at 40 columns "from
1 to 100" / "0, not '0'" read as a limit of 100, and an id split over two lines could not be
copied (newcomer18 F5, F6). Where a terminal's width is known, lines are broken here at spaces
instead; a word (an id, a path) longer than the room left is never broken, it is left whole on a
line of its own, at the margin when its indentation would push it past the width. Output to a pipe or a file is never wrapped: scripts read whole lines.
"""

from __future__ import annotations

import re

from backcare.lazyregex import lazy

# a list item's mark ("- ", "• ", "2. "): its wrapped lines go under the item's text. This and
# _PHONE compiled, and textwrap imported (its class compiles five patterns), only when a line is
# laid out: a calm Rich `ask` imports this module and lays out none (issue 17)
_ITEM = lazy(r"(?:[-•*]|[0-9]{1,4}\.) +")


# the references backcare writes beside a question, read as one thing: "[id, score 35.4]" and
# "(confidence 70.6 of 100)" broken inside read "score" and "35.4]" apart on a screen reader
# (newcomer29 F10). Each is kept whole when it fits the room a line leaves, else its tail
# ("score 35.4]", "70.6 of 100)") is: the break then falls before the bracket or the number.
_REFERENCE = lazy(r"\[[^\[\]\n]*?, score \d+(?:\.\d+)?\]|\(confidence \d+(?:\.\d+)? of 100\)")
_REFERENCE_TAIL = lazy(r"(?:score|confidence) \d+(?:\.\d+)?(?: of 100)?[\])]$")
# characters that hold a reference's words together through textwrap (which breaks at ASCII
# whitespace only), the first one the text does not hold: put back as spaces, nothing of the
# text is changed
_GLUES = "\ue000\ue001\ue002\ue003"


def _glued(body: str, room: int) -> tuple[str, str]:
    """`body` with each reference's spaces (or its tail's, when the whole does not fit `room`)
    made into a glue character, and that character ('' when nothing was glued)."""
    glue = next((g for g in _GLUES if g not in body), "")
    if not glue or ("score " not in body and "(confidence " not in body):
        return body, ""

    def held(found: re.Match[str]) -> str:
        reference = found.group()
        if len(reference) <= room:
            return reference.replace(" ", glue)
        tail = _REFERENCE_TAIL.search(reference)
        if tail is None:
            return reference
        return reference[: tail.start()] + tail.group().replace(" ", glue)

    return _REFERENCE.sub(held, body), glue


def wrapped(text: str, width: int, *, hang: str = "  ") -> str:
    """Each line of `text` broken at spaces to `width` columns; a line's continuation lines keep
    its own indentation, plus `hang` (a wrapped line then reads as one item), or under the text
    of a list item ("  - ..."). A blank line stays. An id and score in brackets, or a
    confidence in parentheses, is never broken inside when it fits a line (_REFERENCE)."""
    out: list[str] = []
    for line in text.split("\n"):
        body = line.lstrip(" ")
        indent = line[: len(line) - len(body)]
        if len(line) <= width or not body:
            out.append(line)
            continue
        import textwrap

        item = _ITEM.match(body)
        under = " " * item.end() if item else hang
        body, glue = _glued(body, width - len(indent) - len(under))
        pieces = textwrap.wrap(
            body,
            width=width,
            initial_indent=indent,
            subsequent_indent=indent + under,
            break_long_words=False,  # an id or a path stays whole, copyable
            break_on_hyphens=False,  # ids are hyphenated words
            drop_whitespace=True,
            expand_tabs=False,
        ) or [line]
        # a word too long for the room its indentation leaves is alone on its line (textwrap):
        # it starts at the margin when it fits there, so the terminal never breaks an id that
        # fits the width (newcomer22 F5: "    [signs-symptoms-spinal-muscular-atrophy]" was 44
        # at 40 columns); one wider than the width keeps its indentation
        if glue:
            pieces = [piece.replace(glue, " ") for piece in pieces]
        out.extend(
            piece.lstrip(" ") if len(piece) > width >= len(piece.lstrip(" ")) else piece
            for piece in pieces
        )
    return "\n".join(out)


# a phone number's digit groups ("07700 900 123", "+44 (0)20 7946 0321", "0800-123-456"): a
# number broken over two lines reads as two numbers to someone in a hurry (newcomer19 F12)
_PHONE = lazy(r"\+?\(?\d[\d()]*(?:[ -]\(?\d[\d()]*)+")
_PHONE_DIGITS = 7
_GLUE = "\u00a0"  # no break: textwrap parts words at ASCII whitespace only


def numbers_whole(text: str, width: int) -> str:
    """`text` broken at spaces to `width` columns (as `wrapped`, continuation lines flush), never
    inside a phone number: a number that does not fit at the end of a line starts the next."""

    def glue(found: re.Match[str]) -> str:
        number = found.group()
        if sum(c.isdigit() for c in number) < _PHONE_DIGITS:
            return number
        return number.replace(" ", _GLUE)

    return wrapped(_PHONE.sub(glue, text.replace(_GLUE, " ")), width, hang="").replace(_GLUE, " ")


def stream_width(stream: object) -> int | None:
    """The width of the terminal `stream` writes to (COLUMNS wins when it is a positive number),
    or None when it is no terminal: then nothing is wrapped."""
    from backcare.output.environment import is_terminal, layout_width

    if not is_terminal(stream):  # type: ignore[arg-type]
        return None
    return layout_width()
