"""Pack data an import made, brought within the pack's limits (packs/limits.py), with a note for
each thing cut (harden22, hostile14 F12).

The page decides how many `<dt>` wordings share an answer, how long its `<title>` or canonical
address is, how many questions it asks: one value past a limit failed the whole import with a
schema error naming a generated id and a field the user never wrote ("entries[0] (id
'park-car-clinic-number-0'): field 'aliases' has 149 items"), and nothing was written. Here each
such value is cut to fit, the note saying what was left out, and the rest of the pack is written.
Ids are slugs of at most 60 characters and a number (result.slugify), questions and answers over
their limits are skipped where they are made (result.add_entry), and topics too long are left off
where headings become topics (flow.py): none of those reach this point.
"""

from __future__ import annotations

from typing import Any

from backcare.packs import limits
from backcare.packs.importers.result import clip
from backcare.packs.notes import Note


def fit_to_limits(data: dict[str, Any], notes: list[str]) -> None:
    """`data` (a pack's `title`, `page_title`, `source` and `entries`, as an import or an update
    made them) with each value past a pack limit cut to fit, a content note for each."""
    for key in ("title", "page_title"):
        title = data.get(key)
        if isinstance(title, str) and len(title.strip()) > limits.MAX_TITLE_CHARS:
            data[key] = _cut(title.strip(), limits.MAX_TITLE_CHARS)
            if key == "title":
                notes.append(
                    Note(
                        f"title: the page's title is {len(title.strip()):,} characters long (the "
                        f"limit for a pack's title is {limits.MAX_TITLE_CHARS}): cut to "
                        f"{data[key]!r}"
                    )
                )
    source = data.get("source")
    if isinstance(source, str) and len(source.strip()) > limits.MAX_SOURCE_CHARS:
        del data["source"]
        notes.append(
            Note(
                f"source: the page's address is {len(source.strip()):,} characters long (the limit "
                f"for a pack's source is {limits.MAX_SOURCE_CHARS:,}), left out: {clip(source)!r}"
            )
        )
    entries = data.get("entries")
    if not isinstance(entries, list):
        return
    if len(entries) > limits.MAX_ENTRIES:
        left = len(entries) - limits.MAX_ENTRIES
        notes.append(
            Note(
                f"the page holds {len(entries):,} questions, more than a pack holds "
                f"({limits.MAX_ENTRIES:,}): kept the first {limits.MAX_ENTRIES:,}, {left:,} left "
                f"out, from {clip(str(entries[limits.MAX_ENTRIES].get('question', '')))!r} on: "
                "split the page"
            )
        )
        del entries[limits.MAX_ENTRIES :]
    for entry in entries:
        if isinstance(entry, dict):
            _fit_entry(entry, notes)


def _fit_entry(entry: dict[str, Any], notes: list[str]) -> None:
    question = clip(str(entry.get("question", "")))
    for key, what, longest, most in (
        ("aliases", "other wordings (aliases)", limits.MAX_ALIAS_CHARS, limits.MAX_ALIASES),
        ("tags", "tags", limits.MAX_TAG_CHARS, limits.MAX_TAGS),
    ):
        values = entry.get(key)
        if not isinstance(values, list):
            continue
        kept = [v for v in values if isinstance(v, str) and v.strip()]
        too_long = [v for v in kept if len(v.strip()) > longest]
        if too_long:
            kept = [v for v in kept if len(v.strip()) <= longest]
            notes.append(
                Note(
                    f"question {question!r}: {len(too_long)} of its {what} longer than "
                    f"{longest:,} characters (the limit for one) left out: {clip(too_long[0])!r}"
                )
            )
        if len(kept) > most:
            left = len(kept) - most
            notes.append(
                Note(
                    f"question {question!r}: {len(kept)} {what}, more than an entry holds "
                    f"({most}): kept the first {most}, {left} left out, from {clip(kept[most])!r} on"
                )
            )
            kept = kept[:most]
        if kept:
            entry[key] = kept
        else:
            del entry[key]


def _cut(text: str, width: int) -> str:
    """`text` cut to at most `width` characters, at a space when one is near, with '…'."""
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"
