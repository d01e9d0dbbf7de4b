"""schema.org FAQPage data in a page's JSON-LD, and the choice between it and the visible text.

Pages often carry both, and they drift apart. The structured data is used when it holds at least half
of the questions the visible page shows (so a stray "Any questions?" call to action does not win);
otherwise it is stale or partial and the visible text is used. The notes say which was imported and
list the questions only the other one had. Topics come from the visible page's headings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from backcare.packs.importers.answer import Block, is_absolute_url, render
from backcare.packs.importers.flow import question_text
from backcare.packs.importers.result import Imported, add_entry

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
    found = False
    for number, raw in enumerate(blocks_json, 1):
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            result.notes.append(f"JSON-LD block {number} is not valid JSON, skipped")
            continue
        for question in _typed(data, {"Question"}):
            found = True
            _entry(question, structured, text_of, blocks_of)
        _page_name(data, structured)
    return structured if found else None


def prefer_structured(result: Imported, structured: Imported) -> None:
    """Replace the visible page's entries in `result` by the structured ones, when they cover it."""
    visible = {_key(e["question"]): e for e in result.entries}
    data = {_key(e["question"]) for e in structured.entries}
    shared = len(visible.keys() & data)
    if visible and shared * 2 < len(visible):
        result.notes.append(
            f"the page's FAQPage data (JSON-LD) has only {shared} of the {len(visible)} questions "
            "on the page: imported the page text"
        )
        return
    notes = [
        f"imported the page's FAQPage data (JSON-LD, {len(structured.entries)} questions), "
        "not its visible text",
        *structured.notes,
    ]
    for entry in structured.entries:
        seen = visible.get(_key(entry["question"]))
        if seen is not None and seen.get("topic"):
            entry["topic"] = seen["topic"]
    for key, entry in visible.items():
        if key not in data:
            notes.append(
                f"question {entry['question']!r} is on the page but not in its FAQPage data, skipped"
            )
    result.entries, result.notes = structured.entries, notes
    result.title = result.title or structured.title
    result.source = result.source or structured.source


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
    answer = question.get("acceptedAnswer") or question.get("suggestedAnswer")
    if isinstance(answer, list):
        answer = answer[0] if answer else None
    body = answer.get("text") if isinstance(answer, dict) else answer
    blocks = blocks_of(body, structured.notes) if isinstance(body, str) else []
    add_entry(structured, text, render(blocks))
