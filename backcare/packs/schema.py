"""FAQ packs: the `Entry` and `Pack` types and the validation of parsed pack data.

A pack is a JSON object: {"title"?, "source"?, "contact"?, "import_checks"?, "entries": [{"id", "question", "answer",
"topic"?, "aliases"?, "tags"?, "source_url"?, "reviewed"?, "not_an_emergency"?}, ...], "lexicon"?: {...}};
unknown keys are
ignored. docs/pack-format.md is the reference. Validation finds every problem in one pass and raises
`PackErrors` listing them, each naming the file, the entry (index and id) and the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from backcare.errors import PackError
from backcare.hints import Any
from backcare.namedtuple import NamedTuple
from backcare.packs import fields, limits
from backcare.packs.fields import CONTROL, Problems

__all__ = ["CONTROL", "Entry", "Pack", "PackErrors", "PackPart", "pack_from_data"]

ENTRY_KEYS = frozenset(
    {"id", "question", "answer", "topic", "aliases", "tags", "source_url", "reviewed"}
    | {"not_an_emergency"}
)
# page_title: the title the page gave when it was imported (import writes it), so that
# `import --force` can tell a title the user set from one the page gave (packs.update)
# at most the entry's question and every alias
REVIEWED = limits.MAX_ALIASES + 1
# page_contact: the contact details the page's call to action gave when it was imported, so that
# `import --force` says a kept contact differs only when the page's changed (newcomer19 F4)
# import_checks: the notes marked [check] of the import that wrote the pack (what it could not
# place: an entry, an intro, a footer lost), kept so that `validate` of the pack reports them as
# `validate` of the page does, until the author deletes them (newcomer31 F2)
PACK_KEYS = frozenset(
    {"title", "page_title", "page_contact", "source", "contact", "entries", "lexicon"}
    | {"import_checks"}
)


class Entry(NamedTuple):
    """One question and its answer. `answer` uses blank lines between paragraphs and '- ' list items.

    `source_url` and `reviewed` (YYYY-MM-DD) are optional; `pack` names the pack file the entry came
    from when several packs are searched together ('' for a single pack)."""

    id: str
    question: str
    answer: str
    topic: str = ""
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    source_url: str = ""
    reviewed: str = ""
    pack: str = ""
    # the entry's own texts (its question, aliases) the pack's author reviewed and found not to
    # describe an emergency, though the red-flag rules read one there (engine/entryflags.py): each
    # silences the reading of that exact text only, never the asker's words; an edited text is
    # read again
    not_an_emergency: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The documented entry object; the optional keys appear only when set."""
        data: dict[str, Any] = {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "topic": self.topic,
            "aliases": list(self.aliases),
            "tags": list(self.tags),
        }
        for key in ("source_url", "reviewed", "pack"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.not_an_emergency:
            data["not_an_emergency"] = list(self.not_an_emergency)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entry:
        """The inverse of `to_dict` for data this program wrote (an index row): not validated."""
        return cls(
            data["id"],
            data["question"],
            data["answer"],
            data.get("topic", ""),
            tuple(data.get("aliases", ())),
            tuple(data.get("tags", ())),
            data.get("source_url", ""),
            data.get("reviewed", ""),
            data.get("pack", ""),
            tuple(data.get("not_an_emergency", ())),
        )


class PackPart(NamedTuple):
    """One of several packs searched together (see backcare.packs.multi)."""

    path: str
    title: str
    source: str = ""
    contact: str = ""
    entries: int = 0


class Pack(NamedTuple):
    """A validated FAQ pack. `digest` identifies its content when served from the index cache.

    `contact` is the pack's one-line contact ("Call reception on ..."). `parts` lists the packs
    merged into this one (empty for a single pack); an entry's `pack` is its part's `path`."""

    title: str
    entries: Sequence[Entry]  # a tuple, or a lazy view over a persistent index (store.sqlite)
    path: str
    source: str = ""
    synonyms: tuple[tuple[str, ...], ...] = ()
    builtin_lexicon: bool = True
    digest: str = ""
    by_id: Mapping[str, Entry] = MappingProxyType({})
    topic_names: tuple[str, ...] | None = None  # known up front when served from an index
    contact: str = ""
    parts: tuple[PackPart, ...] = ()
    import_checks: tuple[str, ...] = ()  # what its import could not place (PACK_KEYS)

    def get(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)

    def origin(self, entry: Entry) -> PackPart | None:
        """The pack an entry came from, when several are searched together."""
        return next((p for p in self.parts if p.path == entry.pack), None)

    def topics(self) -> list[str]:
        """Topic names in order of first appearance; '' stands for entries without a topic."""
        if self.topic_names is not None:
            return list(self.topic_names)
        return list(dict.fromkeys(e.topic for e in self.entries))


class PackErrors(PackError):
    """A pack with schema errors. `errors` holds the first `MAX_REPORTED_ERRORS` messages (each one
    line: file, entry, field, problem) and `total` counts them all; str() is the first one and the
    count of the others, fit for a one-line error."""

    def __init__(self, errors: Sequence[str], total: int, entries: int | None = None) -> None:
        self.errors = tuple(errors)
        self.total = total
        self.entries = entries  # how many entries the file holds, valid or not; None: unknown
        more = total - 1
        suffix = f" (and {more} more {'error' if more == 1 else 'errors'})" if more else ""
        super().__init__(f"{self.errors[0]}{suffix}")

    def lines(self) -> list[str]:
        """Every reported error, then '... and N more' if some were not kept."""
        rest = self.total - len(self.errors)
        return [*self.errors, *([f"... and {rest} more"] if rest else [])]


def pack_from_data(data: object, name: str) -> Pack:
    """Validate already-parsed JSON data into a Pack; PackErrors lists every problem found."""
    problems = Problems()
    pack = _pack(data, name, problems)
    if problems.total or pack is None:
        raw = data.get("entries") if isinstance(data, dict) else None
        raise PackErrors(problems.messages, problems.total, _count(raw))
    return pack


def _count(raw: object) -> int | None:
    return len(raw) if isinstance(raw, list) else None


def _pack(data: object, name: str, problems: Problems) -> Pack | None:
    if not isinstance(data, dict):
        problems.add(name, f"top level must be a JSON object, not {fields.kind(data)}")
        return None
    fields.check_keys(data, name, problems)
    fields.check_unknown(data, PACK_KEYS, name, problems)
    title = fields.text(data, "title", name, problems, limits.MAX_TITLE_CHARS, one_line=True)
    fields.text(data, "page_title", name, problems, limits.MAX_TITLE_CHARS, one_line=True)
    fields.text(data, "page_contact", name, problems, limits.MAX_PAGE_CONTACT_CHARS, one_line=True)
    source = fields.text(data, "source", name, problems, limits.MAX_SOURCE_CHARS)
    contact = fields.text(data, "contact", name, problems, limits.MAX_CONTACT_CHARS, one_line=True)
    checks = fields.text_list(
        data,
        "import_checks",
        name,
        problems,
        limits.MAX_IMPORT_CHECK_CHARS,
        limits.MAX_IMPORT_CHECKS,
        one_line=True,
    )
    lexicon = data.get("lexicon")
    synonyms = fields.synonyms(lexicon, name, problems)
    builtin = fields.builtin_lexicon(lexicon, name, problems)
    entries = _entries(data, name, problems)
    if entries is None:
        return None
    return Pack(
        title=title or title_from_path(name),
        entries=tuple(entries.values()),
        path=name,
        source=source,
        synonyms=synonyms,
        builtin_lexicon=builtin,
        by_id=entries,
        contact=contact,
        import_checks=checks,
    )


def _entries(data: dict[str, Any], name: str, problems: Problems) -> dict[str, Entry] | None:
    if "entries" not in data:
        problems.add(name, "missing 'entries' (a list of questions and answers)")
        return None
    raw_entries = data["entries"]
    if not isinstance(raw_entries, list):
        problems.add(name, f"'entries' must be a list, not {fields.kind(raw_entries)}")
        return None
    if not raw_entries:
        problems.add(name, "'entries' is empty; a pack needs at least one entry")
        return None
    if len(raw_entries) > limits.MAX_ENTRIES:
        problems.add(
            name, f"{len(raw_entries):,} entries (the limit is {limits.MAX_ENTRIES:,} a pack)"
        )
        return None
    by_id: dict[str, Entry] = {}
    first_index: dict[str, int] = {}
    plain = _plain_entry
    for index, item in enumerate(raw_entries):
        entry = plain(item) if type(item) is dict else None
        if entry is None:
            entry = _entry(item, index, name, problems)
        # an entry with other errors still takes part in the duplicate check: every error at once
        entry_id = entry.id if entry is not None else _raw_id(item)
        if entry_id and entry_id in first_index:
            problems.add(
                f"{name}: entries[{index}] (id {entry_id!r})",
                f"duplicate id, already used by entries[{first_index[entry_id]}]",
            )
            continue
        if entry_id:
            first_index[entry_id] = index
        if entry is not None:
            by_id[entry.id] = entry
    return by_id


def _raw_id(item: object) -> str:
    raw = item.get("id") if isinstance(item, dict) else None
    return raw.strip() if isinstance(raw, str) else ""


_PLAIN_KEYS = frozenset({"id", "question", "answer", "topic", "aliases", "tags"})


def _plain_entry(item: dict[str, Any]) -> Entry | None:
    """The entry `_entry` makes of an item whose id, question, answer, topic, aliases and tags
    (no other field) are ASCII text within their limits and need no message, made without a call
    per field or a message's place (a 50,000-entry pack's validation: ~0.3 s); None for any other
    item, which `_entry` reads (and reports on) as before."""
    if not item.keys() <= _PLAIN_KEYS:
        return None
    get = item.get
    entry_id, question, answer, topic = get("id"), get("question"), get("answer"), get("topic")
    if type(entry_id) is not str or type(question) is not str or type(answer) is not str:
        return None
    if topic is None:  # (a topic not given is '')
        topic = ""
    elif type(topic) is not str:
        return None
    entry_id, question, answer, topic = (
        entry_id.strip(),
        question.strip(),
        answer.strip(),
        topic.strip(),
    )
    if not (
        entry_id
        and question
        and answer
        and len(entry_id) <= limits.MAX_ID_CHARS
        and len(question) <= limits.MAX_QUESTION_CHARS
        and len(answer) <= limits.MAX_ANSWER_CHARS
        and len(topic) <= limits.MAX_TOPIC_CHARS
        and entry_id.isascii()  # (a flag of the string: no pass over it)
        and question.isascii()
        and answer.isascii()
        and topic.isascii()
        and fields.ID.fullmatch(entry_id)
    ):
        return None
    aliases = _plain_texts(get("aliases"), limits.MAX_ALIAS_CHARS, limits.MAX_ALIASES)
    tags = _plain_texts(get("tags"), limits.MAX_TAG_CHARS, limits.MAX_TAGS)
    if aliases is None or tags is None:
        return None
    return Entry._make((entry_id, question, answer, topic, aliases, tags, "", "", "", ()))


def _plain_texts(value: object, limit: int, most: int) -> tuple[str, ...] | None:
    """What `fields.text_list` keeps of a list of ASCII texts within their limits (() when not
    given); None for any other value."""
    if value is None:
        return ()
    if type(value) is not list or len(value) > most or not all(type(e) is str for e in value):
        return None
    kept = [e.strip() for e in value]
    if all(kept) and max(map(len, kept), default=0) <= limit and "".join(kept).isascii():
        return tuple(kept)
    return None


def _entry(item: object, index: int, name: str, problems: Problems) -> Entry | None:
    where = f"{name}: entries[{index}]"
    if not isinstance(item, dict):
        problems.add(where, f"must be an object, not {fields.kind(item)}")
        return None
    raw_id = item.get("id")
    if isinstance(raw_id, str) and raw_id.strip():
        where = f"{where} (id {fields.shown(raw_id.strip())})"
    before = problems.total
    if type(item) is not dict or not item.keys() <= ENTRY_KEYS:  # duplicate or unknown keys
        fields.check_keys(item, where, problems)
        fields.check_unknown(item, ENTRY_KEYS, where, problems)
    text, text_list = fields.text, fields.text_list
    entry = Entry._make(  # one tuple, not keywords: this runs for each of up to 100,000 entries
        (
            fields.identifier(item, where, problems),
            text(item, "question", where, problems, limits.MAX_QUESTION_CHARS, required=True),
            text(item, "answer", where, problems, limits.MAX_ANSWER_CHARS, required=True),
            text(item, "topic", where, problems, limits.MAX_TOPIC_CHARS),
            text_list(item, "aliases", where, problems, limits.MAX_ALIAS_CHARS, limits.MAX_ALIASES),
            text_list(item, "tags", where, problems, limits.MAX_TAG_CHARS, limits.MAX_TAGS),
            fields.url(item, "source_url", where, problems) if "source_url" in item else "",
            fields.iso_date(item, "reviewed", where, problems) if "reviewed" in item else "",
            "",  # pack: set when several packs are merged
            text_list(item, "not_an_emergency", where, problems, limits.MAX_ALIAS_CHARS, REVIEWED)
            if "not_an_emergency" in item
            else (),
        )
    )
    return entry if problems.total == before else None


def title_from_path(name: str) -> str:
    """A pack without a title is named after its file (pathlib only then: start-up time)."""
    from pathlib import Path

    return Path(name).stem
