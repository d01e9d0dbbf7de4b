"""A spreadsheet of patients' questions given to `validate --questions FILE` (ux33 F8): a clinic
keeps them in a spreadsheet, and exports it as CSV or TSV.

A file is read as a table when its name says so (`.csv`, `.tsv`, `.tab`), or when its first line
that is not blank is a header naming a question column, whatever the name (`asked.txt`, standard
input). The header names a question column ("question", "Patient question", "query"...) and
optionally an expected one ("expected", "Should be answered by"...): data/question_columns.json.
Each later row is then one question, its expected cell the entries that should answer it (ids,
questions or aliases; several parted by '|' or on lines of their own; "none" or "-": the pack
should give no answer; empty: unlabelled). The delimiter is the one whose header names the
question column: a comma, a semicolon (Excel in much of Europe) or a tab. Read by the standard
library's csv module: quoted cells may hold delimiters, quotes and line breaks; the byte-order
mark and CRLF line ends of Excel's export are read as such.

A header is never asked as a question: a file named as a table whose header names no question
column, or a first line that names an expected column and no question column, is an error in one
line naming the columns found.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache

from backcare.errors import QueryError
from backcare.namedtuple import NamedTuple
from backcare.packs import limits

DELIMITERS = ("\t", ";", ",")  # a tab or semicolon header may hold commas in its names
TABLE_SUFFIXES = (".csv", ".tsv", ".tab")
_SPLIT = re.compile(r"\s*(?:\n|\|)\s*")
Asked = tuple[int, str, "tuple[str, ...] | None"]  # as questions.Asked: (line, question, expect)


class Names(NamedTuple):
    """data/question_columns.json, folded."""

    question: frozenset[str]
    question_endings: tuple[str, ...]
    expected: frozenset[str]
    expected_starts: tuple[str, ...]
    none: frozenset[str]


@lru_cache(maxsize=1)
def _names() -> Names:
    from backcare.resources import expect_dict, expect_strings, read_json

    name = "question_columns.json"
    data = expect_dict(read_json(name), name)

    def listed(key: str) -> list[str]:
        return expect_strings(data.get(key), f"{name}: {key}")

    return Names(
        frozenset(fold(n) for n in listed("question")),
        tuple(fold(n) for n in listed("question_endings")),
        frozenset(fold(n) for n in listed("expected")),
        tuple(fold(n) for n in listed("expected_starts")),
        frozenset(_spaced(n) for n in listed("none")),
    )


def fold(name: str) -> str:
    """A column name as compared: case-folded, letters and digits only."""
    return "".join(c for c in name.casefold() if c.isalnum())


def _spaced(cell: str) -> str:
    return " ".join(cell.casefold().split())


class Header(NamedTuple):
    """A table's first line: its delimiter, its cells and what each column holds (role)."""

    delimiter: str
    cells: tuple[str, ...]
    roles: tuple[str | None, ...]


def role(cell: str, *, listed: bool = False) -> str | None:
    """What a header cell's column holds: "question", "expected", or None (not read); `listed`:
    only by the names listed, not by how a name starts or ends."""
    names, name = _names(), fold(cell)
    if not name:
        return None
    if name in names.expected or (not listed and name.startswith(names.expected_starts)):
        return "expected"
    if name in names.question or (not listed and name.endswith(names.question_endings)):
        return "question"
    return None


def _a_header(header: Header) -> bool:
    """Whether the first line of a file not named as a table is a header: it asks nothing, and
    names a question column by a listed name, or by a name's ending beside an expected column
    ("I have a question" or "My question, please help" is a question, not a header)."""
    if any("?" in cell or "？" in cell for cell in header.cells):
        return False
    listed = [role(cell, listed=True) for cell in header.cells]
    return "question" in listed or ("question" in header.roles and "expected" in header.roles)


def _header(line: str, suffix: str) -> Header:
    """The first line read as a header, with the delimiter that makes it name a question column
    and the most columns (`id,question` read with tabs is one column named "id,question"), else
    the one that splits it most (a .tsv's tabs first)."""
    read = []
    for delimiter in DELIMITERS:
        cells = tuple(next(csv.reader([line], delimiter=delimiter), []))
        roles = tuple(role(c) for c in cells)
        rank = ("question" in roles, sum(r is not None for r in roles), len(cells))
        read.append((rank, delimiter == "\t" and suffix == ".tsv", Header(delimiter, cells, roles)))
    return max(read, key=lambda found: found[:2])[2]


def read_table(text: str, name: str, notes: list[str] | None) -> list[Asked] | None:
    """The questions of a table (see the module), None when the text is no table (one question a
    line, or JSON Lines). QueryError for a table whose header names no question column, names a
    column twice, or a row the header cannot read."""
    text = text.removeprefix("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    suffix = next((s for s in TABLE_SUFFIXES if name.casefold().endswith(s)), "")
    if not suffix and first.lstrip().startswith(("{", "[")):
        return None  # JSON Lines (`{"q": "my question", "expect": [...]}` splits as a header)
    header = _header(first, suffix)
    if not suffix and "question" in header.roles and not _a_header(header):
        return None
    if "question" not in header.roles:
        listed = {role(cell, listed=True) for cell in header.cells}
        if suffix or ("expected" in listed and len(header.cells) > 1 and "?" not in first):
            shown = ", ".join(repr(_clip(c)) for c in header.cells if c.strip()) or "no names"
            raise QueryError(
                f"{name}: a table whose header (line 1) names no question column (found: "
                f"{shown}): name the column of questions 'question' (and the entries that "
                "should answer them 'expected')"
            )
        return None
    for twice in ("question", "expected"):
        named = [c.strip() for c, r in zip(header.cells, header.roles, strict=True) if r == twice]
        if len(named) > 1:
            raise QueryError(
                f"{name}: the header (line 1) names the {twice} column twice "
                f"({', '.join(repr(_clip(c)) for c in named)}): keep one"
            )
    asked, skipped = _rows(text, name, header)
    if notes is not None:
        notes.append(_reading(name, header))
        if skipped:
            lines = ", ".join(f"{n:,}" for n in skipped[:10])
            more = f" and {len(skipped) - 10:,} more" if len(skipped) > 10 else ""
            notes.append(
                f"{name}: {_plural(len(skipped), 'row')} with no question, skipped: "
                f"line{'s' if len(skipped) > 1 else ''} {lines}{more}"
            )
    return asked


def _rows(text: str, name: str, header: Header) -> tuple[list[Asked], list[int]]:
    """The questions, and the lines of the rows that hold something but no question."""
    question = header.roles.index("question")
    expected = header.roles.index("expected") if "expected" in header.roles else None
    # a cell may be as long as the file (the csv module's default limit is 131,072 characters)
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    # strict: a quote never closed is an error, not the rest of the file read as one question
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=header.delimiter, strict=True)
    asked: list[Asked] = []
    skipped: list[int] = []
    seen_header, end = False, 0
    try:
        for row in reader:
            start, end = end + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue  # a blank row: skipped, as a blank line is
            if not seen_header:
                seen_header = True
                continue
            found = _row(row, start, name, header, question, expected)
            if found is None:
                skipped.append(start)
            else:
                asked.append(found)
            if len(asked) > limits.MAX_QUESTIONS_LINES:
                raise QueryError(
                    f"{name}: more than {limits.MAX_QUESTIONS_LINES:,} questions "
                    f"(the limit is {limits.MAX_QUESTIONS_LINES:,} a file)"
                )
    except csv.Error as exc:
        said = f"{exc}"
        if "end of data" in said or reader.line_num > end + 1:
            said = 'a quoted cell ("...") opened on this row and never closed'
        elif "expected after" in said:
            said = (
                "a quoted cell ends at its closing quote: quote the whole cell, "
                'quotes in it doubled ("")'
            )
        raise QueryError(
            f"{name}: line {end + 1:,}: not a table row that can be read ({said})"
        ) from None
    return asked, skipped


def _row(
    row: list[str], line: int, name: str, header: Header, question: int, expected: int | None
) -> Asked | None:
    """A row's question, None when its question cell is blank (the row is not: blank rows are
    skipped before)."""
    from backcare.engine.query import is_blank

    if len(header.cells) == 1:
        # one column: a question holding the delimiter unquoted is still one question
        whole = header.delimiter.join(row).strip()
        return None if is_blank(whole) else (line, whole, None)
    extra = [cell for cell in row[len(header.cells) :] if cell.strip()]
    if extra:
        raise QueryError(
            f"{name}: line {line:,}: {len(header.cells) + len(extra)} cells where the header "
            f"names {len(header.cells)} (a {_named(header.delimiter)[:-1]} in a question? a "
            'cell holding one is quoted, "...", as a spreadsheet saves it)'
        )
    text = row[question].strip() if question < len(row) else ""
    if is_blank(text):
        return None
    cell = row[expected].strip() if expected is not None and expected < len(row) else ""
    return line, text, _expect(cell)


def _expect(cell: str) -> tuple[str, ...] | None:
    """An expected cell's labels: () for a cell saying "none", None for an empty one."""
    if not cell:
        return None
    if _spaced(cell) in _names().none:
        return ()
    return tuple(label for label in _SPLIT.split(cell) if label)


def _reading(name: str, header: Header) -> str:
    """The note saying how the table was read: its delimiter, its columns, those not read."""
    column = {r: c.strip() for c, r in zip(header.cells, header.roles, strict=True) if r}
    shape = f"separated by {_named(header.delimiter)}" if len(header.cells) > 1 else "of one column"
    said = f"{name}: read as a table {shape}: questions from column {_clip(column['question'])!r}"
    if "expected" in column:
        said += f", the entries that should answer them from {_clip(column['expected'])!r}"
    unread = [c.strip() for c, r in zip(header.cells, header.roles, strict=True) if not r]
    if any(unread):
        said += f"; not read: {', '.join(repr(_clip(c)) for c in unread if c)}"
    return said


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _named(delimiter: str) -> str:
    return {",": "commas", ";": "semicolons", "\t": "tabs"}[delimiter]


def _clip(text: str, most: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1] + "…"
