"""A Markdown page's front matter: the pack fields a Markdown-first FAQ keeps beside its text.

A repository of Markdown FAQ pages keeps per-file metadata in a leading YAML block (newcomer23 F15:
the charity's phone number, aliases that fix a missed question, tags), and had to keep a JSON pack
beside the pages to hold them. The keys the pack schema has are read here:

- `title`, `source`, `contact`: the pack's own fields, one line each;
- `reviewed: YYYY-MM-DD`: every entry of the file was checked then;
- `aliases` and `tags`: a mapping from a question of the file (as its heading reads; case, spacing
  and the question mark aside) to a list, `[a, b]` or `- a` lines; `tags` may also be one list
  for every entry, and `aliases` one list when the file holds one question.
- `ids`: a mapping from a question of the file to its entry's id, which then stays when the
  heading is reworded (the id otherwise comes from the heading's words).

Only the YAML these need is read (no YAML library is a dependency): `key: value`, quoted scalars,
`[a, b]` lists, `- item` lists, one level of mapping. Other keys are left alone, whatever they
hold (a routine note names them); a known key written any other way is a PackError naming the
front matter's line, never a guess. A question that names no question of the file is a content
note: its aliases would be lost without a word.
"""

from __future__ import annotations

import re
from typing import Any

from backcare.errors import PackError
from backcare.namedtuple import NamedTuple
from backcare.packs.notes import routine

_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*$")
_ITEM = re.compile(r"^-(?:\s+(.*?))?\s*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SCALARS = ("title", "source", "contact", "reviewed")
MAX_HINTS = 20  # "did you mean" for the first questions named that the file lacks: each reads all
LISTS = ("aliases", "tags", "ids")


class Texts(NamedTuple):
    """The texts a list key gives one question (`question` '' for the whole file), and the
    front matter line that names it (for a note)."""

    question: str
    texts: tuple[str, ...]
    line: int


class FrontMatter(NamedTuple):
    fields: dict[str, str]  # title, source, contact, reviewed: as given
    lists: dict[str, list[Texts]]  # aliases, tags
    unused: list[str]  # the other keys, for a routine note


def read_front_matter(block: str, first_line: int = 2) -> FrontMatter:
    """The known keys of a front matter block's lines (`first_line`: the file line of its first,
    after the opening `---`)."""
    lines = block.splitlines()
    fields: dict[str, str] = {}
    lists: dict[str, list[Texts]] = {}
    unused: list[str] = []
    i = 0
    while i < len(lines):
        text, number = lines[i], first_line + i
        i += 1
        if _skipped(text):
            continue
        if text[:1].isspace() or _ITEM.match(text):
            # the block of a key read below, or of a key left alone
            continue
        key = _KEY.match(text)
        if key is None:
            raise _error(number, f"{text.strip()!r} is no 'key: value' line")
        name, value = key.group(1), _uncommented(key.group(2) or "")
        block_end = _block_end(lines, i)
        if name.lower() in SCALARS:
            if block_end > i:
                raise _error(number, f"{name}: give it on one line, after '{name}:'")
            fields[name.lower()] = _scalar(value, name, number)
            if name.lower() == "reviewed":
                _check_date(fields["reviewed"], value, number)
        elif name.lower() in LISTS:
            lists[name.lower()] = _list_key(name, value, lines, i, block_end, first_line)
        else:
            unused.append(name)
        i = block_end
    return FrontMatter(fields, lists, unused)


def _check_date(date: str, value: str, number: int) -> None:
    """A PackError naming the front matter line unless `date` is a real YYYY-MM-DD day: a day
    that does not exist (2026-11-31) was one error per entry naming `entries[N]`, an index the
    Markdown file has not got (newcomer26 F3)."""
    if not _DATE.match(date):
        raise _error(number, f"reviewed: {value!r} is no date YYYY-MM-DD")
    import datetime

    try:
        datetime.date.fromisoformat(date)
    except ValueError:
        raise _error(number, f"reviewed: {value!r} is no date (that day does not exist)") from None


def skipped_note(found: FrontMatter) -> str | None:
    """The routine note naming the keys left alone, said before the page's own notes."""
    return routine(f"skipped front matter: {', '.join(found.unused)}") if found.unused else None


def apply_front_matter(found: FrontMatter, pack: Any) -> None:
    """Set what `found` gives on an import's result (`pack`: importers.result.Imported): the
    pack's fields, each entry's review date, aliases and tags; a note for each question named
    that the file does not hold."""
    for name in ("title", "source", "contact"):
        if found.fields.get(name):
            setattr(pack, name, found.fields[name])
    entries: list[dict[str, Any]] = pack.entries
    if found.fields.get("reviewed"):
        for entry in entries:
            entry.setdefault("reviewed", found.fields["reviewed"])
    by_question = {_asked(str(entry["question"])): entry for entry in entries}
    hints = MAX_HINTS
    for key, given in found.lists.items():
        for texts in given:
            if not texts.question:
                if key in ("aliases", "ids") and len(entries) != 1:
                    example = "[where can I park]" if key == "aliases" else "parking"
                    raise _error(
                        texts.line,
                        f"{key}: a list is one question's, and the file holds {len(entries)}: "
                        f"name the question each belongs to ('{key}:', then "
                        f"'  Is there parking?: {example}')",
                    )
                chosen = entries
            else:
                named = by_question.get(_asked(texts.question))
                if named is None:
                    # a close question is looked for among all of them: a few times only
                    asked = {q: str(e["question"]) for q, e in by_question.items()} if hints else {}
                    pack.notes.append(_unknown(key, texts, asked))
                    hints -= bool(hints)
                    continue
                chosen = [named]
            for entry in chosen:
                if key == "ids":
                    _pin(entry, texts, entries)
                    pack.pinned.add(str(entry["id"]))
                else:
                    _add(entry, key, texts.texts)


def _pin(entry: dict[str, Any], texts: Texts, entries: list[dict[str, Any]]) -> None:
    """An entry's id as the front matter pins it: a Markdown heading's id comes from its words, so
    rewording the heading renamed the entry, and every label and `show ID` naming it pointed at
    nothing (newcomer26 F4). One id, of an id's shape, used by no other entry of the file."""
    from backcare.packs.fields import ID
    from backcare.packs.limits import MAX_ID_CHARS

    if len(texts.texts) != 1:
        raise _error(texts.line, f"ids: {texts.question!r} gives {len(texts.texts)} ids, not one")
    pinned = texts.texts[0]
    if len(pinned) > MAX_ID_CHARS or not ID.fullmatch(pinned):
        raise _error(
            texts.line,
            f"ids: {pinned!r} is no id (a letter or digit, then letters, digits, '-', '_' or '.', "
            f"at most {MAX_ID_CHARS})",
        )
    from backcare.packs.importers.result import slugify

    for other in entries:
        # ids are given after this (result.assign_ids): another entry's is its own pin, or
        # the one its question will be given, which a pin must not push to '-2'
        theirs = (str(other.get("id") or ""), slugify(str(other["question"])))
        if other is not entry and pinned.casefold() in (t.casefold() for t in theirs):
            raise _error(
                texts.line,
                f"ids: {pinned!r} is already the id of {str(other['question'])!r}",
            )
    entry["id"] = pinned


def _add(entry: dict[str, Any], key: str, texts: tuple[str, ...]) -> None:
    """Each text not already the entry's (its question, for an alias), in order."""
    own = list(entry.get(key, []))
    seen = {_asked(text) for text in own}
    if key == "aliases":  # the question itself is no alias
        seen.add(_asked(entry["question"]))
    for text in texts:
        if _asked(text) not in seen:
            own.append(text)
            seen.add(_asked(text))
    if own:
        entry[key] = own


def _unknown(key: str, texts: Texts, questions: dict[str, str]) -> str:
    """A content note: the texts given for a question the file does not hold are not used
    (`questions`: the file's, as written, by their _asked form)."""
    from rapidfuzz import fuzz, process

    close = process.extractOne(
        _asked(texts.question), list(questions), scorer=fuzz.ratio, score_cutoff=60
    )
    hint = f" (did you mean {questions[close[0]]!r}?)" if close else ""
    return (
        f"front matter line {texts.line}: {key} for {texts.question!r} not used: no question of "
        f"the file reads so{hint}; write the question as its heading reads"
    )


def _list_key(
    name: str, value: str, lines: list[str], start: int, end: int, first_line: int
) -> list[Texts]:
    """A list key: one list (`[a, b]`, a scalar, or `- a` lines) for the whole file, or a mapping
    of questions to lists."""
    line = first_line + start - 1
    if value:
        if end > start:
            raise _error(line, f"{name}: a value on its line and lines under it")
        return [Texts("", _inline_list(value, name, line), line)]
    body = [(first_line + j, lines[j]) for j in range(start, end) if not _skipped(lines[j])]
    if not body:
        return []
    if _ITEM.match(body[0][1].strip()):
        return [Texts("", _items(body, name), line)]
    given: list[Texts] = []
    indent = _indent(body[0][1])
    k = 0
    while k < len(body):
        number, text = body[k]
        k += 1
        if _indent(text) != indent:
            raise _error(number, f"{name}: {text.strip()!r} is not under a question")
        question, rest = _question_key(text.strip(), name, number)
        items = []
        while k < len(body) and (
            _indent(body[k][1]) > indent or _ITEM.match(body[k][1].strip()) is not None
        ):
            items.append(body[k])
            k += 1
        if rest and items:
            raise _error(number, f"{name}: {question!r} has a value on its line and lines under it")
        texts = _inline_list(rest, name, number) if rest else _items(items, name)
        if not texts:
            raise _error(number, f"{name}: {question!r} gives no text")
        given.append(Texts(question, texts, number))
    return given


def _question_key(text: str, name: str, number: int) -> tuple[str, str]:
    """A mapping line's question and the rest of the line: `Is there parking?: [a, b]`, or the
    question quoted (`"Q: can I park?": ...`) when it holds ': '."""
    if text[:1] in "\"'":
        quote = text[0]
        end = text.find(quote, 1)
        if end < 0 or text[end + 1 : end + 2] != ":":
            raise _error(
                number, f"{name}: {text!r}: a quoted question ends with its quote, then ':'"
            )
        return text[1:end], _uncommented(text[end + 2 :])
    key, colon, rest = text.partition(": ")
    if not colon:
        if not text.endswith(":"):
            raise _error(number, f"{name}: {text!r} is no 'question: [texts]' line")
        key, rest = text[:-1], ""
    if not key.strip():
        raise _error(number, f"{name}: a line names no question")
    return key.strip(), _uncommented(rest)


def _items(body: list[tuple[int, str]], name: str) -> tuple[str, ...]:
    texts = []
    for number, text in body:
        item = _ITEM.match(text.strip())
        if item is None:
            raise _error(number, f"{name}: {text.strip()!r} is no '- text' item")
        texts.append(_scalar(item.group(1) or "", name, number))
    return tuple(text for text in texts if text)


def _inline_list(value: str, name: str, number: int) -> tuple[str, ...]:
    """`[a, "b, c"]`, or one text."""
    if not value.startswith("["):
        return (_scalar(value, name, number),)
    if not value.endswith("]"):
        raise _error(number, f"{name}: a list opened with '[' is closed with ']' on its line")
    parts, current, quote = [], "", ""
    for char in value[1:-1]:
        if quote:
            current += char
            quote = "" if char == quote else quote
        elif char in "\"'" and not current.strip():
            current, quote = char, char
        elif char == ",":
            parts.append(current)
            current = ""
        else:
            current += char
    if quote:
        raise _error(number, f"{name}: a quote opened in the list is never closed")
    parts.append(current)
    texts = tuple(_scalar(part.strip(), name, number) for part in parts)
    return tuple(text for text in texts if text)


def _scalar(value: str, name: str, number: int) -> str:
    """A plain or quoted one-line value ('' doubled inside single quotes, as YAML writes it)."""
    value = value.strip()
    if value[:1] in "\"'":
        quote = value[0]
        if len(value) < 2 or not value.endswith(quote):
            raise _error(number, f"{name}: {value!r}: a quote is never closed")
        inner = value[1:-1]
        return inner.replace("''", "'") if quote == "'" else inner.replace('\\"', '"')
    if value[:1] in "[{|>&*!":
        raise _error(number, f"{name}: {value!r}: write it as plain text, or quote it")
    return value.split(" #", 1)[0].strip()  # a comment after the value


def _block_end(lines: list[str], start: int) -> int:
    """Where the block under a key (indented lines, `- ` items, blank lines) ends."""
    end = start
    for j in range(start, len(lines)):
        if _skipped(lines[j]):
            continue
        if lines[j][:1].isspace() or _ITEM.match(lines[j]):
            end = j + 1
        else:
            break
    return end


def _uncommented(value: str) -> str:
    """A value with nothing but a comment (`aliases:   # one a line`) is none."""
    value = value.strip()
    return "" if value.startswith("#") else value


def _skipped(text: str) -> bool:
    return not text.strip() or text.lstrip().startswith("#")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _asked(text: str) -> str:
    """A question as a heading and a front matter key both write it: case, spacing, emphasis
    marks and the closing question mark aside."""
    return " ".join(text.replace("*", " ").replace("_", " ").casefold().split()).rstrip("?").strip()


def _error(line: int, problem: str) -> PackError:
    return PackError(f"front matter line {line}: {problem}")
