"""JSON output: the documented shapes, one object per line for `ask` (JSON Lines).

Text is kept verbatim (JSON's escaping makes it safe; characters a terminal would not show as
themselves are written as \\u escapes, the same value). When stdout cannot take UTF-8 (for example
PYTHONIOENCODING=ascii) non-ASCII text is written as \\u escapes, which is still the same JSON.

The one exception: a lone surrogate (a file name's byte that is not UTF-8, `caf\\xe9.json` read as
`caf\\udce9.json` by os.fsdecode) has no place in valid UTF-8 JSON, and its `\\udce9` escape is
refused by strict parsers. It is written as the visible text `\\udce9` (a backslash, then the code),
as the plain output and the error lines show it, so every line is valid UTF-8 JSON.
"""

from __future__ import annotations

import json

from backcare.hints import TYPE_CHECKING, Any
from backcare.output.environment import Environment

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from backcare.config import CacheDir, PackFile, Settings
    from backcare.engine.answer import Answer
    from backcare.engine.entryflags import EntryEmergency
    from backcare.engine.safety import RedFlag
    from backcare.packs.packdiff import PackDiff
    from backcare.packs.questions import QuestionsReport
    from backcare.packs.schema import Entry
    from backcare.packs.validate import ValidationReport
    from backcare.results import EntryFound, EntryMissing, ImportedPack, TopicList


# The version of the JSON shapes the README documents, with backcare's own version under one key,
# `backcare`, the last of every object a command prints (ux39: a program could not tell which
# backcare, so which shape, answered). Keys are only ever added; this number changes only if a
# documented key were removed or changed meaning.
JSON_SHAPE = 1


def about() -> dict[str, Any]:
    """The `backcare` object: {"version": backcare's version, "json": JSON_SHAPE}."""
    from backcare import __version__

    return {"version": __version__, "json": JSON_SHAPE}


def stamped(value: dict[str, Any]) -> dict[str, Any]:
    """`value` with `backcare` (about) as its last key."""
    return {**value, "backcare": about()}


def dumps(value: Any, *, ascii_only: bool = False) -> str:
    return _finished(json.dumps(value, ensure_ascii=False), ascii_only)


def dumps_pretty(value: Any) -> str:
    return _escape_hidden(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def needs_ascii(stream: object) -> bool:
    """Whether JSON for `stream` must be ASCII: its encoding is not UTF-8."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    return encoding != "utf8"


def for_stream(encoded: str, stream: object) -> str:
    """JSON text (already made by dumps or dumps_pretty) as `stream` can take it."""
    return _finished(encoded, needs_ascii(stream))


def _contact(answer: Answer, flags: list[dict[str, Any]]) -> str:
    """The top-level `contact` (newcomer13, newcomer14 D4): the pack's labelled contact line,
    once, when a red flag (or a withheld entry's) ends its `action` with it, so a program showing
    every flag can show it once (`action` keeps its documented meaning, the line at its end).
    '' when no action carries it."""
    if not answer.contact or not (flags or answer.withheld is not None):
        return ""
    from backcare.output.messages import labelled_contact

    return labelled_contact(answer.contact)


def _implied(answer: Answer, region: str | None) -> dict[str, str]:
    """JSON's `region` (ux39): {"code", "source", "note"} when the locale implied the region
    whose numbers the object's calls to action give (a flag, the withheld entry's, the pointer),
    so a program can tell the reader those numbers are a guess and how to set their own; {}
    when a person set the region, none is known, or nothing gives a number."""
    if not (answer.red_flags or answer.withheld is not None or answer.pointer is not None):
        return {}
    from backcare.localeregion import implied_by
    from backcare.output.messages import locale_note

    note = locale_note(region)
    if not note or region is None:
        return {}
    return {"code": str(region), "source": f"the locale ({implied_by(region)})", "note": note}


def shown_flags(flags: Sequence[RedFlag], region: str | None, contact: str) -> list[dict[str, Any]]:
    """Red flags as JSON gives them: each flag's documented object with its message and call to
    action for the reader's region and the pack's contact (one place for `red_flags` and
    `withheld`'s, codereview20 13)."""
    if not flags:
        return []
    from backcare.output.messages import flag_action, flag_message

    shown = []
    for flag in flags:
        data = flag.to_dict()
        data["message"] = flag_message(flag, region)
        if _has_region(region):
            data["action"] = flag_action(flag, region, contact)
        else:
            data["action"], data["by_region"] = _unset_actions(flag.urgency, flag.call, contact)
        shown.append(data)
    return shown


def _has_region(region: str | None) -> bool:
    return region is not None and bool(region.strip())


def _unset_actions(urgency: str, call: str | None, contact: str) -> tuple[str, dict[str, str]]:
    """With no region known: `action`, the one instruction that holds everywhere, as the
    terminal's notices say it; and `by_region`, by region code, the `action` that region set
    would give, so a program can pick the reader's and relay it as it would `action` (ux39: every
    region's numbers in `action` made one long line that a bot relaying it passed on whole).
    Each ends with the pack's labelled contact line, as `action` does."""
    from backcare.engine.safety import action_text, regions, unset_action
    from backcare.output.messages import labelled_contact

    line = labelled_contact(contact)

    def said(action: str) -> str:
        return f"{action} {line}" if line else action

    each = {code: said(action_text(urgency, code, None, call)) for code in regions()}
    return said(unset_action(urgency, call)), each


def _finished(encoded: str, ascii_only: bool) -> str:
    """JSON text encoded with ensure_ascii=False, made safe to show (_escape_hidden) and, for a
    stdout that cannot take UTF-8, ASCII: every other character as its \\u escape (an astral one
    as a pair), as ensure_ascii=True would write it, once the lone surrogates are gone."""
    shown = _escape_hidden(encoded)
    if not ascii_only or shown.isascii():
        return shown
    return "".join(char if char.isascii() else json.dumps(char)[1:-1] for char in shown)


def _escape_hidden(encoded: str) -> str:
    """JSON text with every character a terminal would not show as itself (C1 controls such as
    U+009B, which some terminals read as an escape; bidi overrides; format and separator
    characters) written as a \\u escape: the same JSON value, but `ask --json` on a terminal or
    in a log cannot be made to move the cursor or reorder a line by pack text. JSON escapes C0
    itself; outside strings there is only ASCII, and the line breaks of indented output stay.
    A lone surrogate becomes the visible text `\\udce9` instead (see the module's docstring)."""
    if encoded.isprintable():
        return encoded
    return "".join(
        char
        if char.isprintable() or char == "\n"
        else f"\\\\u{ord(char):04x}"
        if "\ud800" <= char <= "\udfff"
        else json.dumps(char)[1:-1]
        for char in encoded
    )


def write_imported(env: Environment, result: ImportedPack) -> None:
    """`import` (in every mode): notes on stderr; the pack on stdout, or a line saying where it
    was written."""
    from backcare.output.messages import CHECK_MARK
    from backcare.output.text import escaped_line

    for note in result.notes:
        mark = CHECK_MARK if note in result.checks else ""
        env.stderr.write(f"note: {escaped_line(note)}{mark}\n")
    if result.checks:
        count = len(result.checks)
        env.stderr.write(
            f"note: {count} {'note' if count == 1 else 'notes'} may have lost or misread content "
            "(marked [check], as 'backcare validate' marks them)\n"
        )
    if result.written_to is None:
        # the pack is JSON: on a stdout that cannot take UTF-8, \u escapes, never '?' for a letter
        env.stdout.write(for_stream(result.payload, env.stdout))
    else:
        written = f"{result.entries} {'entry' if result.entries == 1 else 'entries'}"
        env.stderr.write(f"wrote {written} to {escaped_line(result.written_to)}\n")


def topics_json(listing: TopicList) -> list[dict[str, str]]:
    return [{"id": e.id, "question": e.question, "topic": e.topic} for e in listing.entries]


# entries whose JSON openings a view keeps (an answer's text is most of its line); a batch on a
# large pack meets many entries, so the memo starts afresh at this many (a few MB)
ENTRY_MEMO = 4096


def _score(value: object, encode: Callable[[object], str]) -> str:
    """A score as json encodes it: a finite float is its repr (json's own float format), without
    a call through the encoder (11 scores a line with -n 10)."""
    if type(value) is float and value - value == 0.0:  # finite: inf - inf and nan are nan
        return repr(value)
    return encode(value)


def packs_list(packs: tuple[tuple[str, str | None], ...]) -> list[dict[str, str | None]]:
    """`packs` as `config --json` gives them: [{"name", "sha256"}], the last key of an answer."""
    return [{"name": name, "sha256": digest} for name, digest in packs]


class JsonView:
    def __init__(self, env: Environment) -> None:
        self.env = env
        self.ascii_only = needs_ascii(env.stdout)
        # json.dumps(value) builds this encoder on every call; ASCII output is made at the end
        # (_finished), so a lone surrogate is never written as an escape strict parsers refuse
        self._encode = json.JSONEncoder(ensure_ascii=False).encode
        # id(entry) -> (the entry, kept so its id is not reused; its match object and its result
        # object as encoded, without the closing brace)
        self._openings: dict[int, tuple[Entry, str, str]] = {}
        self._packs: str | None = None  # `"packs": [...]` as encoded, once a run
        self._about: str | None = None  # `"backcare": {...}` as encoded, once a run

    def _write(self, value: Any) -> None:
        self.env.stdout.write(dumps(value, ascii_only=self.ascii_only) + "\n")

    def answer(self, answer: Answer) -> None:
        self.env.stdout.write(self.answer_line(answer) + "\n")

    def answer_data(self, answer: Answer) -> dict[str, Any]:
        """The answer's documented object (Answer.to_dict) with the calls to action for the
        person's region and the pack's contact."""
        data = answer.to_dict(self.env.options.explain, self.env.options.show_answer)
        data["red_flags"], data["pointer"] = self._warnings(answer)
        if answer.withheld is not None:
            data["withheld"] = self._withheld(answer.withheld, answer.contact)
        contact = _contact(answer, data["red_flags"])
        if contact:
            data["contact"] = contact
        implied = _implied(answer, self.env.options.region)
        if implied:
            data["region"] = implied
        if self.env.options.packs:
            data["packs"] = packs_list(self.env.options.packs)
        return stamped(data)

    def _withheld(self, found: EntryEmergency, contact: str) -> dict[str, Any]:
        """JSON's `withheld` (engine.answer.withheld_dict), each flag with the call to action
        for the reader's region and the pack's contact, as `red_flags` gives them."""
        from backcare.engine.answer import withheld_dict

        data = withheld_dict(found)
        data["red_flags"] = shown_flags(found.flags, self.env.options.region, contact)
        return data

    def _warnings(self, answer: Answer) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        """The answer's red flags and pointer as documented, each with the call to action for
        the person's region (and the pack's contact): one place for answer_data and answer_line."""
        flags = shown_flags(answer.red_flags, self.env.options.region, answer.contact)
        pointer: dict[str, Any] | None = None
        if answer.pointer is not None:
            from backcare.output.messages import pointer_action

            region = self.env.options.region
            if _has_region(region):
                pointer = {"urgency": answer.pointer, "action": pointer_action(answer, region)}
            else:
                action, each = _unset_actions(answer.pointer, None, answer.contact)
                pointer = {"urgency": answer.pointer, "action": action, "by_region": each}
        return flags, pointer

    def answer_line(self, answer: Answer) -> str:
        """`dumps(self.answer_data(answer))`, the same characters, built from parts: each entry's
        own fields are encoded once a batch, not once a question (tests/test_jsonview.py holds the
        two to the same output). JSON's objects are their members in order, joined by ", ", so an
        object encoded without its closing brace takes more members."""
        from backcare.engine.answer import signals_dict

        encode = self._encode
        explain = self.env.options.explain
        best = answer.given(self.env.options.show_answer)  # withheld, or under an emergency: null
        match = "null"
        if best is not None:
            match = f'{self._opening(best.entry)[0]}, "score": {_score(best.score, encode)}'
            if explain:
                match += f', "explain": {encode(signals_dict(best.signals))}'
            match += "}"
        results = []
        for m in answer.results:
            item = f'{self._opening(m.entry)[1]}, "score": {_score(m.score, encode)}'
            if explain:
                item += f', "explain": {encode(signals_dict(m.signals))}'
            results.append(item + "}")
        flags, pointer = self._warnings(answer)
        line = "" if answer.line is None else f'"line": {answer.line:d}, '
        withheld = ""
        if answer.withheld is not None:  # only when set: every other line stays as it was
            withheld = f', "withheld": {encode(self._withheld(answer.withheld, answer.contact))}'
        if answer.not_english:  # only when set, after `withheld` (Answer.to_dict)
            withheld += ', "not_english": true'
        if answer.signs_read_in:  # only when set, after `not_english`
            withheld += f', "signs_read_in": {encode(answer.signs_read_in)}'
        if answer.partly_english:  # only when set, after `not_english`
            withheld += ', "partly_english": true'
        if answer.decoded_as:  # only when set, after `not_english`
            withheld += f', "decoded_as": {encode(answer.decoded_as)}'
        contact = _contact(answer, flags)
        said = f', "contact": {encode(contact)}' if contact else ""
        implied = _implied(answer, self.env.options.region)
        if implied:  # only when set: a region the locale implied, under a call to action
            said += f', "region": {encode(implied)}'
        if self.env.options.packs:  # the same for every line: encoded once
            if self._packs is None:
                self._packs = f', "packs": {encode(packs_list(self.env.options.packs))}'
            said += self._packs
        if self._about is None:
            self._about = f', "backcare": {encode(about())}'
        said += self._about
        return _finished(  # character by character, so the parts may be joined first
            f'{{{line}"query": {encode(answer.query)}, "match": {match}, '
            # most questions raise nothing: the empty list and null need no encoder
            f'"results": [{", ".join(results)}], "red_flags": {encode(flags) if flags else "[]"}, '
            f'"pointer": {"null" if pointer is None else encode(pointer)}, '
            f'"outcome": "{answer.outcome}"{withheld}{said}}}',
            self.ascii_only,
        )

    def _opening(self, entry: Entry) -> tuple[str, str]:
        """An entry's match object (Entry.to_dict) and result object (id and question) as
        encoded, each without its closing brace."""
        found = self._openings.get(id(entry))
        if found is None:
            if len(self._openings) >= ENTRY_MEMO:
                self._openings.clear()
            found = self._openings[id(entry)] = (
                entry,
                self._encode(entry.to_dict())[:-1],
                self._encode({"id": entry.id, "question": entry.question})[:-1],
            )
        return found[1], found[2]

    def notices(self, answer: Answer) -> None:
        """A question checked for red flags only: the same object, with no match or results."""
        self.answer(answer)

    def failed_line(self, answer: Answer, reason: str) -> None:
        """A batch line that could not be answered: its notice object with the `error` that says
        why when it raised a red flag, else `{"line", "error"}`."""
        if answer.red_flags:
            self._write({**self.answer_data(answer), "error": reason})
        else:
            shown = {"line": answer.line, "error": reason} if answer.line else {"error": reason}
            self._write(shown)

    def topics(self, listing: TopicList) -> None:
        self._write(topics_json(listing))

    def entry(self, found: EntryFound) -> None:
        self._write(stamped(found.entry.to_dict()))

    def entry_missing(self, missing: EntryMissing) -> None:
        from backcare.output.messages import entry_missing_line

        self.env.stderr.write(entry_missing_line(missing) + "\n")
        # a script parsing `show --json` read an empty string (hostile13 F13): an object too
        self._write(
            stamped(
                {"id": missing.entry_id, "found": False, "suggestions": list(missing.suggestions)}
            )
        )

    def withheld(self, found: EntryEmergency, contact: str) -> None:
        """`show --json` of an entry whose own question describes an emergency: its id and the
        `withheld` object `ask --json` gives, never its answer."""
        self._write(stamped({"id": found.entry.id, "withheld": self._withheld(found, contact)}))

    def validation(self, report: ValidationReport) -> None:
        # each error also as its line on stderr, as every other command's error is under --json
        # (newcomer29 F8: a missing pack gave exit 2 with stderr empty), as plain.error_lines
        # writes them; warnings stay in JSON
        from backcare.output.text import escaped_line

        self.env.stderr.write("".join(f"backcare: {escaped_line(e)}\n" for e in report.errors))
        self.env.stderr.flush()
        self._write(stamped(report.to_dict()))

    def questions(self, report: QuestionsReport) -> None:
        self._write(stamped(report.to_dict()))

    def pack_diff(self, report: PackDiff) -> None:
        self._write(stamped(report.to_dict()))

    def settings(self, settings: Settings, cache: CacheDir, packs: Sequence[PackFile] = ()) -> None:
        self._write(
            stamped(
                {
                    "file": settings.path,
                    "system_file": settings.system or None,
                    "settings": settings.to_dict(),
                    "cache": cache.to_dict(),
                    "packs": [pack._asdict() for pack in packs],
                }
            )
        )

    def imported(self, result: ImportedPack) -> None:
        write_imported(self.env, result)

    def finish(self) -> None:
        self.env.stdout.flush()
