"""schema.org FAQPage data in a page's JSON-LD, and the choice between it and the visible text.

Pages often carry both, and they drift apart. The structured data is used when it holds at least
half of the visible page's questions (or the page shows a single one, maybe a stray "Any
questions?" call to action), and the page's questions it lacks are added from the page text;
otherwise it is stale or another page's, and the visible text is used. A question both give is
imported as the page shows it (ldvisible). The notes say which was imported, list the questions only
one of them had, and each way the two disagreed. Topics come from the visible page's headings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from backcare.packs.importers.answer import Block, is_absolute_url, render, written_lists
from backcare.packs.importers.flow import question_text
from backcare.packs.importers.ldvisible import paired, take_visible
from backcare.packs.importers.result import Imported, add_entry
from backcare.packs.notes import Note, at_line

MAX_DEPTH = 40
_SCHEMA_TYPE = re.compile(r"(?:^|[/:#])(\w+)$")


def structured_entries(
    blocks_json: list[str],
    result: Imported,
    text_of: Callable[[str], str],
    blocks_of: Callable[[str, list[str]], list[Block]],
) -> Imported | None:
    """The questions of the page's JSON-LD blocks as entries; None when there are none.
    `text_of` and `blocks_of` read the HTML that names and answers may contain."""
    structured = Imported(title="", source="")
    found = 0
    for number, raw in enumerate(blocks_json, 1):
        repeated: list[str] = []
        try:
            data = json.loads(raw, object_pairs_hook=partial(_object, repeated=repeated))
        except (ValueError, RecursionError):
            result.notes.append(f"JSON-LD block {number} is not valid JSON, skipped")
            continue
        if repeated:
            # json.loads keeps the last of a repeated key: which answer the page meant is unknown
            result.notes.append(
                f"JSON-LD block {number} gives the key {repeated[0]!r} twice in one object "
                "(which value is meant is unknown), skipped"
            )
            continue
        for question in _typed(data, {"Question"}):
            found += 1
            _entry(question, structured, text_of, blocks_of)
        _page_name(data, structured)
    if not found:
        return None
    structured.found = found
    _note_repeats(structured)
    return structured


def _note_repeats(structured: Imported) -> None:
    """A question the data gives twice is imported twice (its answers may differ, and a reader
    should see both), with a note: it was counted once and never mentioned."""
    seen: dict[str, int] = {}
    for entry in structured.entries:
        key = _key(entry["question"])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            structured.notes.append(
                f"question {entry['question']!r} is given twice or more in the page's FAQPage "
                "data: each imported as an entry of its own"
            )


def _object(pairs: list[tuple[str, Any]], repeated: list[str]) -> dict[str, Any]:
    """A JSON object, noting in `repeated` a key it gives more than once."""
    data = dict(pairs)
    if len(data) < len(pairs) and not repeated:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
                break
            seen.add(key)
    return data


def prefer_structured(result: Imported, structured: Imported) -> None:
    """Choose between the visible page's entries (in `result`) and the structured ones.

    The structured data is imported when it holds at least half of the page's questions (or the
    page shows one question only, maybe a stray "Any questions?" call to action); a question both
    give takes the visible question and answer, which patients read, with a note for each
    disagreement (ldvisible); the page's questions it lacks are added from the page text, in page
    order, each with a note, since patients see them. Otherwise the page text is imported, and the questions only the
    structured data has (stale or partial data, not shown on the page) are noted as skipped."""
    visible = {_key(e["question"]): e for e in result.entries}
    data = {_key(e["question"]): e for e in structured.entries}
    shared = len(visible.keys() & data.keys())
    # fewer than half of the page's questions in the data: stale or another page's, whatever its
    # size (four questions that contradict each other are worse than two); except that one visible
    # question alone (a stray "Any questions?") does not outvote fuller structured data
    lone = len(visible) == 1 and len(data) > 1
    if visible and shared * 2 < len(visible) and not lone:
        result.notes.append(
            f"the page's FAQPage data (JSON-LD) has {_questions(len(data))}, {shared} of them "
            f"among the {_questions(len(visible))} on the page: imported the page text"
        )
        for key, entry in data.items():
            if key not in visible:
                result.notes.append(
                    f"question {entry['question']!r} is only in the page's FAQPage data, skipped"
                )
        return
    pairs = paired(structured.entries, result.entries)
    partner = {id(seen): entry for entry, seen in pairs}
    added = [e for e in result.entries if id(e) not in partner]
    imported, found = len(structured.entries), structured.found
    counted = f"{imported} of its {_questions(found)}" if imported < found else _questions(found)
    summary = f"imported the page's FAQPage data (JSON-LD, {counted})"
    if pairs:
        summary += f", {len(pairs)} of them matched with the page's visible text"
    if added:
        summary += f" and {_questions(len(added))} only in the page text"
    elif not pairs:
        summary += ", not its visible text"
    notes = [summary, *structured.notes]
    # the notes about a visible question name its page line, as the page's own notes do
    lines: dict[int, int] = {}
    if len(result.entry_lines) == len(result.entries):  # else they are not known to align
        lines = dict(zip(map(id, result.entries), result.entry_lines, strict=True))
    for entry, seen in pairs:
        placed = len(notes)
        take_visible(entry, seen, notes)
        at_line(notes, placed, lines.get(id(seen), 0))
        if seen.get("topic"):
            entry["topic"] = seen["topic"]
    for entry in added:
        notes.append(
            Note(
                f"question {entry['question']!r} is on the page but not in its FAQPage data: "
                "added from the page text"
            ).at_line(lines.get(id(entry), 0))
        )
    # what was noted while reading the page text stays true of the questions taken from it
    page_notes = result.notes if added or pairs else []
    result.entries = _merged(structured.entries, result.entries, partner)
    result.notes = [*notes, *page_notes]
    result.title = result.title or structured.title
    result.source = result.source or structured.source


def _merged(
    chosen: list[dict[str, Any]], page: list[dict[str, Any]], partner: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The structured entries with the page's own questions among them: each after the nearest
    question before it on the page that the structured data has too (before the first shared one
    when none is), or after them all when the two share no question. `partner`: the structured
    entry each shared visible one (by id) became (ldvisible.paired)."""
    if not partner:
        return [*chosen, *page]
    merged = list(chosen)
    anchor: dict[str, Any] | None = None
    for entry in page:
        shared = partner.get(id(entry))
        if shared is not None:
            anchor = shared
            continue
        at = next((i + 1 for i, e in enumerate(merged) if e is anchor), 0)
        merged.insert(at, entry)
        anchor = entry
    return merged


def _questions(count: int) -> str:
    return f"{count} question" if count == 1 else f"{count} questions"


def schema_type(value: str) -> str:
    """'Question' from 'https://schema.org/Question', 'schema:Question' or 'Question'."""
    match = _SCHEMA_TYPE.search(value.strip())
    return match.group(1) if match else ""


def _key(question: str) -> str:
    return " ".join(re.findall(r"\w+", question.casefold()))


def _typed(data: object, names: set[str], depth: int = 0) -> list[dict[str, object]]:
    """Objects of these schema.org types anywhere in the data (not looking inside a match)."""
    if depth > MAX_DEPTH:
        return []
    if isinstance(data, list):
        return [found for value in data for found in _typed(value, names, depth + 1)]
    if not isinstance(data, dict):
        return []
    if _types(data) & names:
        return [data]
    return [found for value in data.values() for found in _typed(value, names, depth + 1)]


def _types(data: dict[str, object]) -> set[str]:
    value = data.get("@type")
    values = value if isinstance(value, list) else [value]
    return {schema_type(v) for v in values if isinstance(v, str)}


def _page_name(data: object, structured: Imported) -> None:
    for page in _typed(data, {"FAQPage", "WebPage"}):
        name, url = page.get("name") or page.get("headline"), page.get("url")
        if isinstance(name, str) and not structured.title:
            structured.title = " ".join(name.split())
        if isinstance(url, str) and is_absolute_url(url.strip()) and not structured.source:
            structured.source = url.strip()


def _entry(
    question: dict[str, object],
    structured: Imported,
    text_of: Callable[[str], str],
    blocks_of: Callable[[str, list[str]], list[Block]],
) -> None:
    name = question.get("name")
    text = question_text(text_of(name)) if isinstance(name, str) else ""
    if not text:
        structured.notes.append("a Question in the page's JSON-LD has no name, skipped")
        return
    kind = "accepted" if question.get("acceptedAnswer") else "suggested"
    given = question.get(f"{kind}Answer")
    texts = [
        body
        for answer in (given if isinstance(given, list) else [given])
        if isinstance(body := answer.get("text") if isinstance(answer, dict) else answer, str)
        and body.strip()
    ]
    if len(texts) > 1:
        # schema.org allows several; each is the page's answer, so none is dropped
        structured.notes.append(
            f"question {text!r} has {len(texts)} {kind} answers in the page's FAQPage data: "
            "imported as paragraphs of one answer, in the data's order"
        )
    if kind == "accepted" and question.get("suggestedAnswer"):
        structured.notes.append(
            f"question {text!r}: imported its accepted answer, not its suggested answer"
        )
    blocks = [block for body in texts for block in blocks_of(body, structured.notes)]
    add_entry(structured, text, render(written_lists(blocks)))
