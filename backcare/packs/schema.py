"""FAQ packs: the `Entry` and `Pack` types and the validation of parsed pack data.

A pack is a JSON object: {"title": str, "entries": [{"id", "question", "answer", "topic"?, "aliases"?,
"tags"?}, ...], "source"?: str, "lexicon"?: {...}}. Unknown keys are ignored. Every problem is reported as
a `PackError` whose message names the file, the entry (index and id) and the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from backcare.errors import PackError

# C0/C1 controls (tab and newline excepted) and bidi controls: never shown raw on a terminal, and
# `validate` warns about them.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Entry(NamedTuple):
    """One question and its answer. `answer` uses blank lines between paragraphs and '- ' list items."""

    id: str
    question: str
    answer: str
    topic: str = ""
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "topic": self.topic,
            "aliases": list(self.aliases),
            "tags": list(self.tags),
        }


class Pack(NamedTuple):
    """A validated FAQ pack. `digest` identifies its content when served from the index cache."""

    title: str
    entries: Sequence[
        Entry
    ]  # a tuple, or a lazy view over a persistent index (backcare.store.sqlite)
    path: str
    source: str = ""
    synonyms: tuple[tuple[str, ...], ...] = ()
    builtin_lexicon: bool = True
    digest: str = ""
    by_id: Mapping[str, Entry] = MappingProxyType({})
    topic_names: tuple[str, ...] | None = None  # known up front when served from an index

    def get(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)

    def topics(self) -> list[str]:
        """Topic names in order of first appearance; '' stands for entries without a topic."""
        if self.topic_names is not None:
            return list(self.topic_names)
        return list(dict.fromkeys(e.topic for e in self.entries))


def pack_from_data(data: object, name: str) -> Pack:
    """Validate already-parsed JSON data into a Pack."""
    if not isinstance(data, dict):
        raise PackError(f"{name}: top level must be a JSON object, not {_kind(data)}")
    if "entries" not in data:
        raise PackError(f"{name}: missing 'entries' (a list of questions and answers)")
    raw_entries = data["entries"]
    if not isinstance(raw_entries, list):
        raise PackError(f"{name}: 'entries' must be a list, not {_kind(raw_entries)}")
    if not raw_entries:
        raise PackError(f"{name}: 'entries' is empty; a pack needs at least one entry")
    title = _optional_text(data, "title", name)
    source = _optional_text(data, "source", name)
    entries: list[Entry] = []
    by_id: dict[str, Entry] = {}
    for index, item in enumerate(raw_entries):
        entry = _entry(item, index, name)
        if entry.id in by_id:
            first = next(i for i, e in enumerate(entries) if e.id == entry.id)
            raise PackError(
                f"{name}: entries[{index}] (id {entry.id!r}): duplicate id, "
                f"already used by entries[{first}]"
            )
        by_id[entry.id] = entry
        entries.append(entry)
    return Pack(
        title=title or Path(name).stem,
        entries=tuple(entries),
        path=name,
        source=source,
        synonyms=_synonyms(data.get("lexicon"), name),
        builtin_lexicon=_builtin_lexicon(data.get("lexicon"), name),
        by_id=by_id,
    )


def _entry(item: object, index: int, name: str) -> Entry:
    where = f"{name}: entries[{index}]"
    if not isinstance(item, dict):
        raise PackError(f"{where}: must be an object, not {_kind(item)}")
    raw_id = item.get("id")
    if isinstance(raw_id, str) and raw_id.strip():
        where = f"{where} (id {raw_id!r})"
    values = {key: _required_text(item, key, where) for key in ("id", "question", "answer")}
    topic = _optional_text(item, "topic", where)
    return Entry(
        id=values["id"].strip(),
        question=values["question"].strip(),
        answer=values["answer"].strip(),
        topic=topic.strip(),
        aliases=_text_list(item, "aliases", where),
        tags=_text_list(item, "tags", where),
    )


def _required_text(item: dict[str, Any], key: str, where: str) -> str:
    if key not in item:
        raise PackError(f"{where}: missing field '{key}'")
    value = item[key]
    if not isinstance(value, str):
        raise PackError(f"{where}: field '{key}' must be a string, not {_kind(value)}")
    if not value.strip():
        raise PackError(f"{where}: field '{key}' is empty")
    return value


def _optional_text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise PackError(f"{where}: field '{key}' must be a string, not {_kind(value)}")
    return value


def _text_list(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PackError(f"{where}: field '{key}' must be a list of strings, not {_kind(value)}")
    for position, element in enumerate(value):
        if not isinstance(element, str) or not element.strip():
            raise PackError(f"{where}: field '{key}'[{position}] must be a non-empty string")
    return tuple(v.strip() for v in value)


def _synonyms(value: object, name: str) -> tuple[tuple[str, ...], ...]:
    """A pack's own lexicon: {"synonyms": [["lay word", ..., "pack word"], ...]}."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise PackError(f"{name}: 'lexicon' must be an object, not {_kind(value)}")
    groups = value.get("synonyms", [])
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g)
        for g in groups
    ):
        raise PackError(f"{name}: 'lexicon' must be {{\"synonyms\": [[word, ...], ...]}}")
    return tuple(tuple(w.strip() for w in g) for g in groups)


def _builtin_lexicon(value: object, name: str) -> bool:
    """`"lexicon": {"builtin": false}` turns off backcare's own back-care vocabulary for this pack."""
    flag = value.get("builtin", True) if isinstance(value, dict) else True
    if not isinstance(flag, bool):
        raise PackError(f"{name}: 'lexicon.builtin' must be true or false")
    return flag


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
