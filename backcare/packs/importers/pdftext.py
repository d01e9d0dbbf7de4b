"""Undo what copying text out of a PDF does to a page, before the text importer reads it (harden21).

A PDF copy is the commonest way a hospital department has its leaflet as text (newcomer14 F1, F2,
F13). Four artefacts, each repaired with a note:

* ligatures: a PDF keeps "ﬁ", "ﬂ", "ﬀ", ... (U+FB00-U+FB06) as single characters; they become
  their letters (NFKC, for those characters only: nothing else of the page is normalised).
* bullets: a Symbol- or Wingdings-font bullet copies as a private-use character (U+F0B7 "",
  U+F0A7, U+F076, U+F0D8, U+F0FC, U+F0A8, U+F06E, U+F0E0, ...); at the start of a line or between
  items it is a bullet mark, written "•" (which the importers read as one).
* hyphenated line breaks: "instru-" at a line's end and "ctions" at the next line's start are
  one word when the joined word is a word (data/english_words.txt, or a word the page itself
  writes whole elsewhere: "Physioth-" "erapy" -> "Physiotherapy"); otherwise the hyphen is the
  word's own ("pain-" "free" -> "pain-free") and is kept, the line break undone.
* running headers and footers: the line that gives the page number ("Leaflet number ... Page 2
  of 4", "Page 3", "3 / 4"), when two or more such lines differ only in their numbers, and the
  lines that stand beside it (within three lines, at the top of the text or beside two or more
  page-number lines) and repeat there at least twice ("Northbrook Teaching Hospitals"): left out
  wherever they stand. Text on either side of a page break is joined as one paragraph when the
  text before it ends no sentence (a page that breaks mid-answer joins the two halves), else
  kept as two paragraphs of the same answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from backcare.packs.importers.furniture import quoted, running_kind
from backcare.packs.notes import Note, routine

_LIGATURES = re.compile("[\ufb00-\ufb06]")
# the private-use code points a Symbol/Wingdings bullet copies as (Word's list bullets use Symbol
# F0B7 "·", Wingdings F0A7 "§", F076 "v", F0D8 "Ø", F0FC "ü", F0A8, F06E "n", F0E0)
_PUA_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\uf0b2\uf0a4\uf0d7\uf0f0"
_PUA_BULLET_RUN = re.compile(f"[{_PUA_BULLETS}]")
_LINE_BULLET = re.compile(f"^([ \\t]*)[{_PUA_BULLETS}][ \\t]*")
# between items on one line: a run of spaces around the glyph
_INNER_BULLET = re.compile(f"[ \\t]+[{_PUA_BULLETS}][ \\t]+")
# "Page 2", "Page 2 of 4", "2 of 4" alone: a bare number on a line is not taken (a flattened
# table's cells are such lines)
_PAGE_NUMBER = re.compile(
    r"\bpage\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\b|^\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*$", re.I
)
_BARE_PAGE = re.compile(r"^\s*(\d{1,4})\s*(?:of|/)\s*(\d{1,4})\s*$", re.I)
_DIGITS = re.compile(r"\d+")
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_WORD_START = re.compile(r"^([a-z]+)")
_AFTER_WORD = ".,;:!?)]}\"'”’…"  # what may follow a word with no space before it
_SENTENCE_END = re.compile(r"[.!?:;)\"'”’]$")
_MOVED = "\0moved"  # a line a hyphen's join emptied (identity, never page text)
_NEAR = 3  # lines (not counting blank ones) a running header may stand from the page number


def repaired(text: str, furniture: set[str] | None = None) -> tuple[str, list[Note]]:
    """`text` with the PDF-copy artefacts repaired, and a note for each kind of repair; the
    running header and footer lines left out are added to `furniture`."""
    notes: list[Note] = []
    text = _ligatures(text, notes)
    text = _bullets(text, notes)
    text = _running_lines(text, notes, set() if furniture is None else furniture)
    text = _hyphens(text, notes)
    text = _table_rows(text, notes)
    text = _list_ends(text)
    return text, notes


TABLE_ROWS = 3  # short lines in a row, at least: a header and two rows
_FULL_LINE = 0.9  # of the wrap width: a line the copy wrapped mid-sentence
_WRAPPED_LINES = 3  # such lines, at least, before the page counts as hard-wrapped


def _table_rows(text: str, notes: list[Note]) -> str:
    """A table as a PDF copy flattens it (newcomer14 F1): each row one line, its cells run
    together with single spaces ("Car park B (multi-storey) Patients and visitors £2.50 up to 2
    hours"), so the columns cannot be told apart. Read as prose, the rows ran into one paragraph
    with the sentences around them. On a hard-wrapped page (lines the copy wrapped mid-sentence
    near one width), a run of TABLE_ROWS or more lines that ended early (the next line's first
    word would have fit), ending no sentence, after a line that ends one (not a question) and before a blank line or a line that
    starts a sentence, keeps each row as a list item ("• "), the text after it a paragraph of its
    own; one routine note counts them (the HTML importer lays a table out as a list too)."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    runs: list[tuple[int, int]] = []
    i = 1
    while i < len(lines):
        end = i
        while end + 1 < len(lines) and _row_shaped(lines[end], lines[end + 1], width):
            end += 1
        before, after = lines[i - 1].strip(), lines[end].strip() if end < len(lines) else ""
        if (
            end - i >= TABLE_ROWS
            and before
            and _SENTENCE_END.search(before)
            and not before.endswith("?")
            and (not after or after[:1].isupper() or after[:1].isdigit())
        ):
            runs.append((i, end))
            i = end
        i += 1
    if not runs:
        return text
    for start, end in reversed(runs):
        rows = [f"• {line.strip()}" for line in lines[start:end]]
        gap = [""] if end < len(lines) and lines[end].strip() else []
        lines[start:end] = [*rows, *gap]
    count = sum(end - start for start, end in runs)
    notes.append(
        routine(
            f"kept {count} short lines of {len(runs)} table{'s' if len(runs) > 1 else ''} as "
            "list items, a row each (a PDF copy runs a row's cells together: check that each "
            "row reads right)"
        )
    )
    return "\n".join(lines)


def _wrap_width(lines: list[str]) -> int | None:
    """The width the copy wrapped its lines at, or None when the page is not hard-wrapped (a
    typed page gives a paragraph a line: no line is short there, and none is a table row)."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if not lengths:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    wrapped = sum(
        1
        for line in lines
        if len(line.rstrip()) >= _FULL_LINE * width and not _SENTENCE_END.search(line.rstrip())
    )
    return width if wrapped >= _WRAPPED_LINES else None


def _row_shaped(line: str, following: str, width: int) -> bool:
    """A line that ends no sentence and ended early: the next line's first word would have fit
    on it, so the copy did not wrap it there (a row's end, not prose wrapped at the width)."""
    stripped = line.strip()
    word = following.split()[0] if following.split() else ""
    return (
        bool(stripped)
        and len(line.rstrip()) + 1 + len(word) <= width
        and not _SENTENCE_END.search(stripped)
        and not _ITEM.match(stripped)
        and not _PAGE_NUMBER.search(stripped)
    )


_ITEM = re.compile(r"^(?:•|\d{1,3}[.)])\s+\S")


def _list_ends(text: str) -> str:
    """A blank line where a list ends: a PDF copy indents the wrapped lines of a list item ("
    saddle)") and starts the text after the list at the margin ("Contact your GP urgently, ...");
    without the blank line that text was glued to the last item. Only on a page that indents
    such wrapped lines at all (a page that does not gives no sign where its items end)."""
    lines = text.split("\n")
    in_item = [False] * len(lines)
    indents = False
    for i, line in enumerate(lines):
        if _ITEM.match(line.lstrip()):
            in_item[i] = True
        elif i and in_item[i - 1] and line[:1] in (" ", "\t") and line.strip():
            in_item[i] = indents = True
    if not indents:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and in_item[i - 1] and not in_item[i] and line[:1].isupper():
            out.append("")
        out.append(line)
    return "\n".join(out)


def _ligatures(text: str, notes: list[Note]) -> str:
    found = Counter(_LIGATURES.findall(text))
    if not found:
        return text
    shown = ", ".join(f"{c!r} -> {unicodedata.normalize('NFKC', c)!r}" for c in sorted(found))
    notes.append(
        routine(
            f"wrote {sum(found.values())} ligatures out as letters ({shown}), as a PDF copy keeps them"
        )
    )
    return _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _bullets(text: str, notes: list[Note]) -> str:
    if not _PUA_BULLET_RUN.search(text):
        return text
    lines = []
    count = 0
    for line in text.split("\n"):
        line, n = _LINE_BULLET.subn(r"\1• ", line)
        count += n
        if n:  # items run together on the line after the first
            line, more = _INNER_BULLET.subn("\n• ", line)
            count += more
        lines.append(line)
    if count:
        notes.append(
            routine(
                f"read {count} private-use bullet glyphs (a Symbol or Wingdings font's, as a PDF copies them) as bullets"
            )
        )
    return "\n".join(lines)


def _page_lines(lines: list[str]) -> list[int]:
    """The lines that may give a page number: never a sentence ("See page 4 of your booklet."
    is the answer's), and lines that are only "N of M" / "N/M" only when they count pages: one M
    for all, N rising down the text up to M. A dosing table's cells ("1/2", "3/4" on lines of
    their own) are no page numbers (review14 F13)."""
    found = [
        i
        for i, line in enumerate(lines)
        if _PAGE_NUMBER.search(line) and not line.rstrip().endswith((".", "!", "?"))
    ]
    bare = [(i, m) for i in found if (m := _BARE_PAGE.match(lines[i])) is not None]
    numbers = [(int(m.group(1)), int(m.group(2))) for _, m in bare]
    counting = len({total for _, total in numbers}) == 1 and all(
        n <= total and (k == 0 or n > numbers[k - 1][0]) for k, (n, total) in enumerate(numbers)
    )
    if bare and not counting:
        dropped = {i for i, _ in bare}
        found = [i for i in found if i not in dropped]
    return found


def _running_lines(text: str, notes: list[Note], left_out: set[str]) -> str:
    lines = text.split("\n")
    keyed = [_DIGITS.sub("#", line.strip()) for line in lines]
    pages = _page_lines(lines)
    numbered = Counter(keyed[i] for i in pages)
    markers = {i for i in pages if numbered[keyed[i]] >= 2}
    if not markers:
        return text
    furniture = set(markers)
    # the lines beside a page number (or at the top of the text: page 1's header) that repeat there
    near: Counter[str] = Counter()
    beside: dict[int, str] = {}
    for anchor in [*sorted(markers), -1]:
        for step in (-1, 1):
            i, seen = anchor + step, 0
            while 0 <= i < len(lines) and seen < _NEAR:
                if lines[i].strip():
                    if i in markers:
                        break
                    beside[i] = lines[i].strip()
                    seen += 1
                i += step
    near.update(beside.values())  # counted once each (a count per line was quadratic)
    # ... and is no sentence: an answer may end two pages with the same advice ("If your pain is
    # not improving, contact the physiotherapy team on ..."), which is the page's text (review14)
    repeated = {line for line, n in near.items() if n >= 2 and not line.endswith((".", "!", "?"))}
    # a running line is a run next to the page number: stop at the first line that is not one
    for anchor in [*sorted(markers), -1]:
        for step in (-1, 1):
            i = anchor + step
            while 0 <= i < len(lines) and i not in markers:
                stripped = lines[i].strip()
                if stripped and stripped not in repeated:
                    break
                if stripped:
                    furniture.add(i)
                i += step
    kept = _joined_pages(lines, furniture)
    left_out.update(lines[i].strip() for i in furniture)
    shown = Counter(lines[i].strip() for i in sorted(furniture))
    said = quoted(shown)
    notes.append(
        Note(
            f"left out {len(furniture)} lines of running header and footer (a line giving the page "
            f"number, and the lines repeated beside it at each page break): {said}",
            running_kind(" ".join(shown)),
        )
    )
    return kept


def _joined_pages(lines: list[str], furniture: set[int]) -> str:
    """The lines without the furniture; the text either side of a page break joined (one
    paragraph when the text before it ends no sentence, else two)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in furniture:
            out.append(lines[i])
            i += 1
            continue
        # a page break: the furniture and the blank lines around it
        while out and not out[-1].strip():
            out.pop()
        while i < len(lines) and (i in furniture or not lines[i].strip()):
            i += 1
        if out and i < len(lines):
            before, after = out[-1].rstrip(), lines[i].lstrip()
            mid_sentence = (
                not _SENTENCE_END.search(before)
                and not after[:1].isupper()
                and not _ITEM.match(after)
            )
            if not mid_sentence:
                out.append("")
        elif out:
            out.append("")
    return "\n".join(out)


def _hyphens(text: str, notes: list[Note]) -> str:
    lines = text.split("\n")
    if not any(line.rstrip().endswith("-") for line in lines):
        return text
    whole = {w.casefold() for w in re.findall(r"[A-Za-z]+", text)}
    joined: list[str] = []
    kept: list[str] = []
    for i in range(len(lines) - 1):
        end = _HYPHEN_END.search(lines[i].rstrip())
        start = _WORD_START.match(lines[i + 1].lstrip())
        if end is None or start is None or len(end.group(1)) < 2:
            continue
        head, tail = end.group(1), start.group(1)
        word = head + tail
        # the page's own whole word decides; else a word of the word list whose second half is no
        # word by itself: "re-" "present" may be "re-present to A&E" (review14 F12), kept hyphened
        english = _english_words()
        one_word = word.casefold() in whole or (
            word.casefold() in english and tail.casefold() not in english
        )
        rest = lines[i + 1].lstrip()[len(tail) :]
        # the punctuation after the word goes up with it: "ibu-" "profen?" (review14 F3)
        mark = len(rest) - len(rest.lstrip(_AFTER_WORD))
        lines[i] = lines[i].rstrip()[:-1] + (tail if one_word else "-" + tail) + rest[:mark]
        rest = rest[mark:].lstrip()
        if not rest and i + 2 < len(lines) and lines[i + 2].strip():
            # the word was the line's only one: the line goes (no blank line is made), and the
            # next line stays where the next hyphen's join looks for it
            lines[i + 1] = _MOVED
        else:
            lines[i + 1] = rest
        (joined if one_word else kept).append(f"{head}-{tail}")
    if joined:
        notes.append(
            routine(
                f"joined {len(joined)} words hyphenated at a line break ({', '.join(repr(w) for w in joined[:5])}"
                f"{', ...' if len(joined) > 5 else ''}): the joined word is an English word or one the page writes whole"
            )
        )
    if kept:
        notes.append(
            routine(
                f"kept the hyphen of {len(kept)} words broken at a hyphen ({', '.join(repr(w) for w in kept[:5])}"
                f"{', ...' if len(kept) > 5 else ''}): joined they are no word the page or the word list knows"
            )
        )
    return "\n".join(line for line in lines if line is not _MOVED)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    from backcare.resources import read_text

    return frozenset(w for w in read_text("english_words.txt").split() if not w.startswith("#"))
