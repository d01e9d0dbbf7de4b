"""Checks of single pack values (text, ids, URLs, dates, lists, the lexicon) against the schema.

Each check records what is wrong in a `Problems` collector and returns a usable value ('' or () when
the value is wrong), so one pass over a pack finds every error, not only the first. Limits come from `backcare.packs.limits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from backcare.hints import Any
from backcare.lazyregex import lazy
from backcare.packs import limits


class LazyPattern:
    """A regular expression compiled on first use. Compiling a class of Unicode ranges costs up to
    0.8 ms, and a clean pack needs none of these: every character they match is one that
    str.isprintable() refuses, so text that is printable is checked without them."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled.sub(replacement, text)


# C0/C1 controls (tab and newline excepted) and bidi controls: never shown raw on a terminal, and
# `validate` warns about them in free text; ids, titles and contact lines may not contain them.
CONTROL = LazyPattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
LINE_BREAK = LazyPattern(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# A `\ud800`-style escape that is not half of a pair decodes to a lone surrogate: not text, and it
# cannot be written out as UTF-8 (JSON output would fail).
SURROGATE = LazyPattern(r"[\ud800-\udfff]")
# An id is an identifier: letters and digits (any script), '-', '_' and '.', starting with a letter or
# digit. Nothing a shell, a terminal or a completion script could read as syntax.
# (these two compiled when first used: a cold ask from the snapshot checks no id or date, issue 17)
ID = lazy(r"[^\W_][\w.-]*")
ID_RULE = "ids may use only letters, digits, '-', '_' and '.', and start with a letter or digit"
DATE = lazy(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class DuplicateKeys(dict[str, Any]):
    """A JSON object in which some key appeared more than once (the JSON reader builds these)."""

    duplicates: tuple[str, ...] = ()


class Problems:
    """Schema errors found so far: the first `MAX_REPORTED_ERRORS` messages and a total count."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.total = 0

    def add(self, where: str, problem: str) -> None:
        self.total += 1
        if len(self.messages) < limits.MAX_REPORTED_ERRORS:
            self.messages.append(f"{where}: {problem}")


def kind(value: object) -> str:
    """How a JSON value is named in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def shown(text: str, width: int = 40) -> str:
    """A possibly hostile string quoted for a one-line message: escaped by repr, clipped."""
    if len(text) <= width:
        return repr(text)
    return repr(text[:width]) + "…"


def check_keys(obj: dict[str, Any], where: str, problems: Problems) -> None:
    """A key given twice would silently replace the first value (a reviewed answer): an error."""
    if isinstance(obj, DuplicateKeys):
        for key in obj.duplicates:
            problems.add(where, f"key {shown(key)} appears more than once")


def check_unknown(
    obj: dict[str, Any], known: frozenset[str], where: str, problems: Problems
) -> None:
    """Unknown keys are ignored, but stay within the nesting limit and have no duplicate keys."""
    if obj.keys() <= known:
        return
    for key, value in obj.items():
        if key not in known and isinstance(value, (dict, list)):
            _check_nested(value, f"{where}: key {shown(key)}", problems)


def _check_nested(value: dict[str, Any] | list[Any], where: str, problems: Problems) -> None:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limits.MAX_DEPTH:
            problems.add(where, f"nested more than {limits.MAX_DEPTH} levels deep")
            return
        if isinstance(node, dict):
            if isinstance(node, DuplicateKeys):
                problems.add(where, f"key {shown(node.duplicates[0])} appears more than once")
                return
            node = node.values()
        stack.extend((child, depth + 1) for child in node if isinstance(child, (dict, list)))


def text(
    obj: dict[str, Any],
    key: str,
    where: str,
    problems: Problems,
    limit: int,
    *,
    required: bool = False,
    one_line: bool = False,
) -> str:
    """A trimmed string field ('' when absent or wrong, with the problem recorded)."""
    value = obj.get(key)
    if type(value) is str:  # the common case, kept cheap: a 50,000-entry pack has 300,000 fields
        value = value.strip()
        if value and len(value) <= limit and value.isascii() and not one_line:
            return value
    if key not in obj and required:
        problems.add(where, f"missing field '{key}'")
        return ""
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        problems.add(where, f"field '{key}' must be a string, not {kind(value)}")
        return ""
    value = value.strip()
    problem = string_problem(value, limit, one_line=one_line)
    if required and not value:
        problem = "is empty"
    if problem:
        problems.add(where, f"field '{key}' {problem}")
        return ""
    return value


def string_problem(value: str, limit: int, *, one_line: bool = False) -> str:
    """What is wrong with a (trimmed) string, or ''."""
    if len(value) > limit:
        return f"is {len(value):,} characters long (the limit is {limit:,})"
    found = None if value.isascii() else _first_surrogate(value)
    if found is not None:
        return (
            f"contains a lone surrogate (\\u{ord(found):04x}), which is not text; "
            "write the character itself"
        )
    if one_line and not value.isprintable() and (LINE_BREAK.search(value) or has_control(value)):
        return "must be one line, without control characters"
    return ""


def has_control(value: str) -> bool:
    """Whether CONTROL finds anything (without compiling it for printable text)."""
    return not value.isprintable() and CONTROL.search(value) is not None


def _first_surrogate(value: str) -> str | None:
    """The first lone surrogate in a text (what SURROGATE finds): UTF-8 can encode every other
    code point, so the first character the encoder refuses is it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return value[exc.start]
    return None


def identifier(obj: dict[str, Any], where: str, problems: Problems) -> str:
    value = text(obj, "id", where, problems, limits.MAX_ID_CHARS, required=True)
    if value and not ID.fullmatch(value):
        at = next(i for i in range(len(value)) if not ID.fullmatch(value[: i + 1]))
        bad = value[at]
        import unicodedata

        composed = unicodedata.normalize("NFC", value)
        if unicodedata.combining(bad) and ID.fullmatch(composed):
            # an id an editor saved decomposed (macOS: "cafe" + U+0301): quoted, it looks exactly
            # like the valid composed id, so say what the character is and what to write
            # (hostile11 F7); never composed silently, an id is matched as written
            mark = unicodedata.name(bad, "a combining mark")
            problems.add(
                where,
                f"field 'id' holds a separate accent, {mark} (U+{ord(bad):04X}): write the id "
                f"in composed form, {shown(composed)}",
            )
            return ""
        name = "whitespace" if bad.isspace() else repr(bad)
        verb = "starts with" if at == 0 else "contains"
        problems.add(where, f"field 'id' {verb} {name} (U+{ord(bad):04X}); {ID_RULE}")
        return ""
    return value


def url(obj: dict[str, Any], key: str, where: str, problems: Problems) -> str:
    """An optional http(s) URL."""
    value = text(obj, key, where, problems, limits.MAX_SOURCE_URL_CHARS)
    if not value:
        return ""
    from urllib.parse import urlsplit  # already loaded by pathlib: free

    try:
        parts = urlsplit(value)
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok or any(c.isspace() for c in value) or has_control(value):
        problems.add(where, f"field '{key}' must be an http:// or https:// URL, not {shown(value)}")
        return ""
    return value


def iso_date(obj: dict[str, Any], key: str, where: str, problems: Problems) -> str:
    """An optional calendar date written YYYY-MM-DD."""
    value = text(obj, key, where, problems, 10)
    if not value:
        return ""
    import datetime

    written = bool(DATE.fullmatch(value))
    try:
        valid = written and bool(datetime.date.fromisoformat(value))
    except ValueError:
        valid = False
    if written and not valid:  # "2023-02-30" is written so: the day is what is wrong
        problems.add(where, f"field '{key}': {shown(value)} is no date (that day does not exist)")
        return ""
    if not valid:
        problems.add(where, f"field '{key}' must be a date written YYYY-MM-DD, not {shown(value)}")
        return ""
    return value


def text_list(
    obj: dict[str, Any],
    key: str,
    where: str,
    problems: Problems,
    limit: int,
    most: int,
    *,
    one_line: bool = False,
) -> tuple[str, ...]:
    """A list of non-empty texts within `limit`, at most `most` of them; () when absent.
    `one_line`: without line breaks or control characters too (a pack's `import_checks`)."""
    value = obj.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.add(where, f"field '{key}' must be a list of strings, not {kind(value)}")
        return ()
    if len(value) > most:
        problems.add(where, f"field '{key}' has {len(value):,} items (the limit is {most:,})")
        return ()
    if not one_line and all(type(e) is str for e in value):  # the common case, no call per item
        kept = [e.strip() for e in value]
        if all(kept) and max(map(len, kept), default=0) <= limit and "".join(kept).isascii():
            return tuple(kept)
    kept = []
    for position, element in enumerate(value):  # find what is wrong, or which text is not ASCII
        problem = "must be a non-empty string"
        if isinstance(element, str) and element.strip():
            problem = string_problem(element.strip(), limit, one_line=one_line)
        if problem:
            problems.add(where, f"field '{key}'[{position}] {problem}")
        else:
            kept.append(element.strip())
    return tuple(kept)


def synonyms(lexicon: object, name: str, problems: Problems) -> tuple[tuple[str, ...], ...]:
    """A pack's own lexicon: {"synonyms": [["lay word", ..., "pack word"], ...]}, within limits that
    keep building it (quadratic in a group's size) cheap."""
    if lexicon is None:
        return ()
    where = f"{name}: lexicon"
    if not isinstance(lexicon, dict):
        problems.add(name, f"'lexicon' must be an object, not {kind(lexicon)}")
        return ()
    check_keys(lexicon, where, problems)
    check_unknown(lexicon, frozenset({"synonyms", "builtin"}), where, problems)
    groups = lexicon.get("synonyms", [])
    if not isinstance(groups, list):
        problems.add(where, f"field 'synonyms' must be a list of word lists, not {kind(groups)}")
        return ()
    if len(groups) > limits.MAX_SYNONYM_GROUPS:
        problems.add(
            where,
            f"{len(groups):,} synonym groups (the limit is {limits.MAX_SYNONYM_GROUPS:,})",
        )
        return ()
    members = sum(len(g) for g in groups if isinstance(g, list))
    if members > limits.MAX_SYNONYM_MEMBERS:
        problems.add(
            where,
            f"{members:,} synonyms in all (the limit is {limits.MAX_SYNONYM_MEMBERS:,})",
        )
        return ()
    return tuple(g for g in _groups(groups, where, problems) if g)


def _groups(groups: list[Any], where: str, problems: Problems) -> Iterator[tuple[str, ...]]:
    for index, group in enumerate(groups):
        at = f"{where}: synonyms[{index}]"
        if not isinstance(group, list) or not group:
            problems.add(at, f"must be a non-empty list of words, not {kind(group)}")
        elif len(group) > limits.MAX_GROUP_SIZE:
            problems.add(
                at, f"has {len(group):,} words (the limit is {limits.MAX_GROUP_SIZE:,} a group)"
            )
        else:
            kept = []
            for position, member in enumerate(group):
                problem = "must be a non-empty string"
                if isinstance(member, str) and member.strip():
                    problem = string_problem(member.strip(), limits.MAX_MEMBER_CHARS)
                if problem:
                    problems.add(at, f"[{position}] {problem}")
                else:
                    kept.append(member.strip())
            yield tuple(kept)


def builtin_lexicon(lexicon: object, name: str, problems: Problems) -> bool:
    """`"lexicon": {"builtin": false}` turns off backcare's own back-care vocabulary for this pack."""
    flag = lexicon.get("builtin", True) if isinstance(lexicon, dict) else True
    if not isinstance(flag, bool):
        problems.add(f"{name}: lexicon", "field 'builtin' must be true or false")
        return True
    return flag
