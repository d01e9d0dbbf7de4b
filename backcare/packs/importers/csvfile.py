"""Import an FAQ kept in a spreadsheet, saved as CSV (`import --format csv`, or a `.csv` / `.tsv`
file): the commonest FAQ source of a clinic (newcomer16 F5: "no questions found (read as page)").

The first row that is not blank is the header. It names a question and an answer column, in any
case and order ("Question", "ANSWER", "faq_question"), and optionally a topic (or category),
aliases and an id column (data/import_hints.json: csv_columns). Each later row is an entry. The
delimiter is the one that makes the header name both needed columns: a comma, a semicolon (Excel
in much of Europe) or a tab. Read by the stdlib csv module, so quoted cells may hold commas, quotes
and line breaks. Cells are taken as written, outer white space aside: a cell that starts with
'=', '+', '-' or '@' (a spreadsheet formula) is text, never evaluated. Excel's UTF-8 byte-order
mark and its Windows-1252 "CSV" are decoded before this module sees the text (importers.import_bytes).
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from typing import Any

from backcare.errors import PackError
from backcare.packs import limits
from backcare.packs.importers.result import Imported, add_entry, clip
from backcare.packs.notes import routine

DELIMITERS = (",", ";", "\t")
NEEDED = ("question", "answer")
_ALIAS_SPLIT = re.compile(r"\s*(?:\n|\|)\s*")


@lru_cache(maxsize=1)
def _columns() -> dict[str, str]:
    """Each header name (folded: _fold) -> what its column holds (data/import_hints.json)."""
    from backcare.resources import expect_dict, expect_strings, read_json

    data = expect_dict(read_json("import_hints.json"), "import_hints.json")
    found = expect_dict(data.get("csv_columns"), "import_hints.json: csv_columns")
    names: dict[str, str] = {}
    for role, listed in found.items():
        for name in expect_strings(listed, f"import_hints.json: csv_columns: {role}"):
            names[_fold(name)] = role
    return names


def _fold(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def parse_csv(text: str) -> Imported:
    result = Imported(title="")
    text = text.removeprefix("\ufeff")
    rows, delimiter = _rows(text)
    header_at = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if header_at is None:
        raise PackError("an empty CSV file (no header row)")
    header = rows[header_at]
    roles = _roles(header)
    if delimiter != ",":
        result.notes.append(routine(f"read as CSV separated by {_named(delimiter)}"))
    unread = [h.strip() for h, role in zip(header, roles, strict=True) if role is None]
    if any(unread):
        shown = ", ".join(repr(clip(h, 40)) for h in unread if h)
        result.notes.append(
            f"columns not read (not a question, answer, topic, aliases or id): {shown}"
        )
    ids: list[str] = []
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        cells = _cells(row, roles)
        if not any(cells.values()) and not any(c.strip() for c in row):
            continue  # a blank row
        question, answer = cells.get("question", ""), cells.get("answer", "")
        if not question:
            result.notes.append(
                f"row {number}: no question, skipped: {clip(answer or ' '.join(row))!r}"
            )
            continue
        if len(row) > len(header) and any(c.strip() for c in row[len(header) :]):
            result.notes.append(
                f"row {number}: more cells than the header names (an unquoted "
                f"{_named(delimiter)} in a cell?): the cells after column {len(header)} not read"
            )
        before = len(result.entries)
        aliases = [a for a in _ALIAS_SPLIT.split(cells.get("aliases", "")) if a]
        add_entry(result, question, answer, cells.get("topic", ""), aliases[: limits.MAX_ALIASES])
        if len(result.entries) > before:
            ids.append(cells.get("id", ""))
    _keep_ids(result.entries, ids, result.notes)
    return result


def _rows(text: str) -> tuple[list[list[str]], str]:
    """The file's rows, read with the delimiter its header row needs (else a comma)."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    delimiter = max(
        DELIMITERS,
        key=lambda d: (_needed_found(next(csv.reader([first], delimiter=d), [])), first.count(d)),
    )
    # a cell may be as long as the file (the module's default, 131,072 characters, refused a whole
    # file for one long answer: review16); an over-long entry is then cut or left out with a note
    # as every importer's is
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)), delimiter
    except csv.Error as exc:
        raise PackError(f"not CSV that can be read: {exc}") from None


def _needed_found(header: list[str]) -> int:
    return sum(role in NEEDED for role in _roles(header, refuse=False))


def _roles(header: list[str], *, refuse: bool = True) -> list[str | None]:
    """What each header cell's column holds (None: not read); with `refuse`, a PackError for a
    header that names no question or answer column, or one role twice."""
    names = _columns()
    roles = [names.get(_fold(cell)) for cell in header]
    if not refuse:
        return roles
    for role in NEEDED:
        if role not in roles:
            shown = ", ".join(repr(clip(cell.strip(), 40)) for cell in header if cell.strip())
            raise PackError(
                f"the CSV's header row (its first row) names no {role} column (found: "
                f"{shown or 'no names'}): name one column 'question' and one 'answer' (and "
                "optionally 'topic', 'aliases', 'id')"
            )
    for twice in {role for role in roles if role is not None}:
        named = [cell.strip() for cell, r in zip(header, roles, strict=True) if r == twice]
        if len(named) > 1:
            raise PackError(
                f"the CSV's header row names the {twice} column twice ({', '.join(map(repr, named))}):"
                " keep one"
            )
    return roles


def _cells(row: list[str], roles: list[str | None]) -> dict[str, str]:
    return {role: cell.strip() for cell, role in zip(row, roles, strict=False) if role is not None}


def _named(delimiter: str) -> str:
    return {",": "commas", ";": "semicolons", "\t": "tabs"}[delimiter]


def _keep_ids(entries: list[dict[str, Any]], ids: list[str], notes: list[str]) -> None:
    """The ids the file gives, kept (importers.result.assign_ids gives the others one from their
    question); one that is no valid id, or given before, is replaced, with a note."""
    from backcare.packs.fields import ID, ID_RULE

    taken: set[str] = set()
    for entry, given in zip(entries, ids, strict=True):
        if not given:
            continue
        if not ID.fullmatch(given) or len(given) > limits.MAX_ID_CHARS:
            notes.append(
                f"id {clip(given)!r} of {clip(entry['question'])!r}: {ID_RULE}; given a new one"
            )
        elif given in taken:
            notes.append(f"id {given!r} given twice: {clip(entry['question'])!r} given a new one")
        else:
            taken.add(given)
            entry["id"] = given
