"""`validate --questions FILE`: run real patients' questions against a pack and report the outcome.

For each question (one a line, blank lines skipped): the confident answer (id, score), or that there
was none and which entry came closest; and any red flags raised. A summary counts and shares them.
The report is plain data (`to_dict` is JSON-able), so CI can track a pack's coverage over time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from backcare.engine.answer import Engine
from backcare.errors import QueryError
from backcare.namedtuple import NamedTuple
from backcare.packs import limits
from backcare.packs.schema import Pack


class QuestionResult(NamedTuple):
    """One question's outcome. `entry_id`/`score` are the best candidate: the answer when
    `answered`, else what came closest (None when nothing in the pack shares a word with it)."""

    line: int
    question: str
    answered: bool
    entry_id: str | None
    entry_question: str | None
    score: float
    red_flags: tuple[tuple[str, str], ...]  # (rule id, urgency), most urgent first
    # a labelled line's right entries (ids or questions); () the pack has no answer; None unlabelled
    expect: tuple[str, ...] | None = None
    # what users get instead of the answer: "emergency" (the words asked describe one: its notice
    # stands alone), "entry" (the entry's own question or alias describes one: `not_an_emergency`
    # after review), or None (the answer, or none, is shown as the report says)
    withheld: str | None = None
    # the labels that name no entry of the pack (a typo, an entry since renamed), as written
    unknown: tuple[str, ...] = ()
    # (label, entry id) for an unknown label that an older version of the pack (`validate
    # --against OLD`) shows was renamed, reworded or merged into an entry of this one (newcomer19
    # F10, ux33 F5)
    moved: tuple[tuple[str, str], ...] = ()
    # the ids of the entries the labels name (by id, question or alias: Labels.named), and of
    # the entries a label moved to (newcomer29 F4: scored through the rename `--against` found)
    named: frozenset[str] = frozenset()
    # labels naming an entry the older pack had and this one removed: scored as expecting no
    # answer (newcomer29 F4: a confident answer there was hidden as an unknown label)
    removed: tuple[str, ...] = ()
    # the command that would name what each label became, with this run's pack and file (F12)
    against: str = ""

    @property
    def verdict(self) -> str | None:
        """A labelled question's outcome: "right" (an expected entry, or no answer where none was
        expected), "wrong" (a confident answer that is not expected: worse than none, for a
        patient), "dont_know" (no confident answer where one was expected: honest), "withheld"
        (users get an emergency notice, not the expected answer: review13 F14 scored it right),
        "unknown_label" (no label names an entry of the pack: it could never be right, and is
        no wrong answer either); None unlabelled."""
        if self.expect is None:
            return None
        if self.expect and len(self.unknown) == len(self.expect):
            return "unknown_label"
        # an answer is wanted unless every label names a removed entry (or none was given)
        wanted = len(self.removed) < len(self.expect)
        named = self.entry_id in self.named
        if self.withheld == "emergency" or (self.withheld and named):
            # the notice is what users get: right only where the pack has no answer to give; an
            # entry withheld that is not expected is a don't-know, as any answer not given
            return "withheld" if wanted else "right"
        if not self.answered:
            return "dont_know" if wanted else "right"
        return "right" if named else "wrong"

    def hint(self) -> str | None:
        """What an author can do about a withheld answer or an unknown label; None otherwise."""
        verdict = self.verdict
        if verdict == "unknown_label":
            found = self.entry_id if self.answered else None
            return f"line {self.line}: " + unknown_labels(
                self.unknown, self.moved, found, self.against
            )
        said = [changed_labels(self.removed, self.moved)] if self.removed or self.moved else []
        if verdict == "withheld" and self.withheld == "entry":
            said.append(
                f"users get entry {self.entry_id!r} withheld: its own question or an alias "
                "describes an emergency; reword it, or list those words in its "
                "not_an_emergency after review"
            )
        elif verdict == "withheld":
            said.append(
                "users get the emergency notice alone, not the answer (the words asked describe "
                "an emergency; an entry's not_an_emergency cannot change that)"
            )
        return f"line {self.line}: " + "; ".join(said) if said else None

    def to_dict(self) -> dict[str, Any]:
        best = None
        if self.entry_id is not None:
            best = {"id": self.entry_id, "question": self.entry_question, "score": self.score}
        data = {
            "line": self.line,
            "question": self.question,
            "answered": self.answered,
            "match": best if self.answered else None,
            "closest": None if self.answered else best,
            "red_flags": [{"id": i, "urgency": u} for i, u in self.red_flags],
        }
        if self.expect is not None:  # only on labelled lines: every other object as it was
            data["expect"] = list(self.expect)
            data["verdict"] = self.verdict
            if self.unknown:
                data["unknown_labels"] = list(self.unknown)
            if self.moved:  # `--against`: scored as the entry each became
                data["moved_labels"] = dict(self.moved)
            if self.removed:  # `--against`: scored as expecting no answer
                data["removed_labels"] = list(self.removed)
            hint = self.hint()
            if hint is not None:
                data["hint"] = hint
        return data


class Labels:
    """What a label of a labelled question names in a pack: the entry of that id, and the entries
    whose question or an alias it is, case, spacing and end punctuation aside (ux33 F5: an alias is
    the label a person naturally writes, and was an unknown label)."""

    def __init__(self, pack: Pack) -> None:
        from backcare.packs.successors import folded

        self.ids = {e.id for e in pack.entries}
        self.texts: dict[str, set[str]] = {}
        for entry in pack.entries:
            for text in (entry.question, *entry.aliases):
                self.texts.setdefault(folded(text), set()).add(entry.id)

    def named(self, label: str) -> set[str]:
        from backcare.packs.successors import folded

        return ({label} & self.ids) | self.texts.get(folded(label), set())


def unknown_labels(
    labels: tuple[str, ...],
    moved: tuple[tuple[str, str], ...] = (),
    found: str | None = None,
    against: str = "",
) -> str:
    """The hint for labels naming no entry; `found`: the entry the question is answered with,
    which may be the labelled one renamed (a Markdown heading reworded renames its entry:
    newcomer26 F4), said with the way to know (`against`, the command for this run) when no
    older pack was given."""
    named = ", ".join(repr(label) for label in labels)
    said = f"expect {named}: no entry id, question or alias of the pack"
    if against == COMPARED:  # the older pack was read: it names none of them either
        return f"{said}, nor of the older pack"
    if found is not None and not moved:
        command = against or "backcare validate PACK --questions FILE --against OLD"
        said += (
            f"; the question finds entry {found!r}: renamed? --against OLD, an earlier copy of "
            f"the pack, names what each label became ({command})"
        )
        if command.split(" --questions")[0].lower().endswith((".md", ".markdown")):
            said += "; a Markdown pack pins ids in its front matter ('ids:')"
    return said


# QuestionResult.against when `--against OLD` was given: no command to suggest
COMPARED = "-"


def changed_labels(removed: tuple[str, ...], moved: tuple[tuple[str, str], ...]) -> str:
    """The hint for labels the older pack (`--against OLD`) shows renamed or removed: scored as
    the entry they became, or as expecting no answer (newcomer29 F4, F12)."""
    said = [
        f"{label!r} is now entry {entry_id!r}, as the older pack shows: scored as it; label it so"
        for label, entry_id in moved
    ]
    said += [
        f"{label!r} was removed in this version, as the older pack shows: scored as expecting no "
        'answer; label the question none ("expect": [])'
        for label in removed
    ]
    return "; ".join(said)


def against_command(pack: str, questions: str) -> str:
    """The `validate --against` command for this run's pack and questions file, to paste (F12:
    the hint named faq.md and FILE whatever they were)."""
    import shlex

    suffix = Path(pack).suffix or ".json"
    return (
        f"backcare validate {shlex.quote(pack)} --questions {shlex.quote(questions)} "
        f"--against OLD{suffix}"
    )


def moved_labels(pack: Pack, older: Pack) -> dict[str, str]:
    """Each id, question and alias of `older` (an earlier version of `pack`) that names no entry
    of `pack`, mapped to the id of the entry it became: renamed or merged into (packdiff's
    reading), or the same id with its question reworded; "" for an entry removed."""
    from backcare.packs.packdiff import diff_packs

    ids = {e.id for e in pack.entries}
    labels = Labels(pack)
    became: dict[str, str] = {}
    for c in diff_packs(pack, older).changes:
        if c.kind == "renamed" and c.id:
            became[str(c.old)] = c.id
        elif c.kind == "merged" and c.id:
            became[c.id] = c.into
    moved: dict[str, str] = {}
    for entry in older.entries:
        now = became.get(entry.id, entry.id if entry.id in ids else "")
        for label in (entry.id, entry.question, *entry.aliases):
            if not labels.named(label):
                moved.setdefault(label, now)
    return moved


class QuestionsReport(NamedTuple):
    """Every question's outcome, in file order, and the counts a summary needs."""

    pack: str
    results: tuple[QuestionResult, ...]
    notes: tuple[str, ...] = ()  # what importing the pack's pages dropped or changed

    @property
    def answered(self) -> tuple[QuestionResult, ...]:
        return tuple(r for r in self.results if r.answered)

    @property
    def unanswered(self) -> tuple[QuestionResult, ...]:
        return tuple(r for r in self.results if not r.answered)

    @property
    def flagged(self) -> tuple[QuestionResult, ...]:
        return tuple(r for r in self.results if r.red_flags)

    def summary(self) -> dict[str, Any]:
        total = len(self.results)

        def share(count: int) -> float:
            return round(count / total, 4) if total else 0.0

        answered, flagged = len(self.answered), len(self.flagged)
        counts: dict[str, Any] = {
            "questions": total,
            "answered": answered,
            "unanswered": total - answered,
            "red_flagged": flagged,
            "answered_share": share(answered),
            "unanswered_share": share(total - answered),
            "red_flagged_share": share(flagged),
        }
        labelled = [r.verdict for r in self.results if r.verdict is not None]
        if labelled:  # only for a labelled file: an unlabelled one's summary as it was

            def part(count: int) -> float:
                return round(count / len(labelled), 4)

            right, wrong = labelled.count("right"), labelled.count("wrong")
            dont_know = labelled.count("dont_know")
            withheld, unknown = labelled.count("withheld"), labelled.count("unknown_label")
            counts.update(
                labelled=len(labelled),
                right=right,
                wrong=wrong,
                dont_know=dont_know,
                withheld=withheld,
                unknown_label=unknown,
                right_share=part(right),
                wrong_share=part(wrong),
                dont_know_share=part(dont_know),
                withheld_share=part(withheld),
                unknown_label_share=part(unknown),
            )
        return counts

    def hints(self) -> tuple[str, ...]:
        """One line for each labelled question withheld or labelled with no entry of the pack,
        and for each label naming no entry beside one that does (it changes no verdict)."""
        said = []
        for r in self.results:
            hint = r.hint()
            if hint is not None:
                said.append(hint)
            elif r.unknown:
                said.append(f"line {r.line}: " + unknown_labels(r.unknown, r.moved))
        return tuple(said)

    def right_share(self) -> float | None:
        """The share of labelled questions answered right; None when no line is labelled."""
        labelled = [r.verdict for r in self.results if r.verdict is not None]
        return labelled.count("right") / len(labelled) if labelled else None

    @property
    def wrong(self) -> tuple[QuestionResult, ...]:
        """Labelled questions answered confidently with an entry not expected."""
        return tuple(r for r in self.results if r.verdict == "wrong")

    def to_dict(self) -> dict[str, Any]:
        return {
            "pack": self.pack,
            "summary": self.summary(),
            "questions": [r.to_dict() for r in self.results],
            "notes": list(self.notes),
        }


Asked = tuple[int, str, "tuple[str, ...] | None"]  # (line, question, expected entries or None)


def parse_questions(text: str, name: str, notes: list[str] | None = None) -> list[Asked]:
    """(line number, question, expected) for each non-blank line; QueryError past
    MAX_QUESTIONS_LINES. A line may be a plain question (expected None) or a labelled one in
    the eval harness's JSON Lines form, `{"q": "...", "expect": ["id or question", ...]}` (an
    empty `expect`: the pack has no answer); a line that starts with `{` and is not that form is
    an error naming the line, never asked as a question of braces. A spreadsheet's export (a
    header row naming a question column) is read as its table (questiontable.py; a note in
    `notes` says how)."""
    from backcare.engine.query import is_blank
    from backcare.packs.questiontable import read_table

    table = read_table(text, name, notes)
    if table is not None:
        return table

    # blank lines and lines of only invisible characters are skipped, as a batch skips them
    questions = [
        _labelled(number, line.strip(), name)
        for number, line in enumerate(text.splitlines(), start=1)
        if not is_blank(line)
    ]
    if len(questions) > limits.MAX_QUESTIONS_LINES:
        raise QueryError(
            f"{name}: {len(questions):,} questions "
            f"(the limit is {limits.MAX_QUESTIONS_LINES:,} a file)"
        )
    return questions


# a line that opens a JSON array of labelled questions ("[", '[{"q": ...') or holds one whole:
# read as one question it was "answered" and the file's labels ignored (hostile15 F7)
_ARRAY = re.compile(r"\[\s*(?:[{\[\]]|$)")


def expected_labels(given: object) -> list[str] | None:
    """A labelled question's `expect` as a list of entry ids or questions, None when it is none:
    a list of strings as it is; one string (a question or id) as a list of it; null or no
    `expect` as [] (the pack has no answer). newcomer19 F9: `"expect": "Question?"` and `null`
    were refused, costing an author a rewrite for nothing."""
    if given is None:
        return []
    if isinstance(given, str):
        return [given] if given.strip() else None
    if isinstance(given, list) and all(isinstance(e, str) for e in given):
        return list(given)
    return None


# keys a line without "expect" may hold: it then expects no answer (the eval sets' "kind" too)
_UNLABELLED_KEYS = frozenset({"q", "kind"})


def _labelled(number: int, line: str, name: str) -> Asked:
    form = '{"q": "question", "expect": ["entry id or question", ...]}'
    where = f"{name}: line {number:,}: "
    if _ARRAY.match(line):
        raise QueryError(
            f"{where}a JSON array: write one labelled question a line (JSON Lines), {form}, "
            "not an array of them (jq -c '.[]' turns an array into lines)"
        )
    if not line.startswith("{"):
        return number, line, None
    import json

    from backcare.packs.nesting import too_deep

    if too_deep(line):  # a RecursionError in the parser ended the run (hostile16 F3)
        raise QueryError(
            f"{where}nested more than {limits.MAX_DEPTH} levels deep: a labelled question is {form}"
        )
    twice: list[str] = []
    try:
        data = json.loads(line, object_pairs_hook=lambda pairs: _once(pairs, twice))
    except ValueError:
        data = None
    if twice:  # the first value was dropped silently, as a pack's would be (hostile14 13)
        raise QueryError(f"{where}{twice[0]!r} is given twice in a labelled question, {form}")
    if isinstance(data, dict) and "expect" not in data:
        # a mistyped label ("id": "park") read as "expects no answer" failed every such line
        # and blamed the pack (stranger trial, thirty-third session)
        other = sorted(key for key in data if key not in _UNLABELLED_KEYS)
        if other:
            raise QueryError(
                f'{where}no "expect" but {", ".join(map(repr, other))}: a labelled question is '
                f'{form} ("expect": [] when the pack has no answer)'
            )
    given = data.get("expect") if isinstance(data, dict) else None
    expect = expected_labels(given)
    question = data.get("q") if isinstance(data, dict) else None
    if isinstance(question, str) and expect is None:
        raise QueryError(
            f'{where}"expect" must be a list of entry ids or questions (["id"], or [] when '
            f"the pack has no answer), not {json.dumps(given)[:60]}"
        )
    if not isinstance(question, str) or expect is None:
        raise QueryError(
            f'{where}a line that starts with "{{" is a labelled question, {form}; this one is not'
        )
    return number, question.strip(), tuple(expect)


def _once(pairs: list[tuple[str, Any]], twice: list[str]) -> dict[str, Any]:
    """A JSON object's keys, noting in `twice` each given more than once."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            twice.append(key)
        data[key] = value
    return data


def read_questions(
    path: str | Path, stdin: BinaryIO | None = None, notes: list[str] | None = None
) -> list[Asked]:
    """A questions file (`-`: `stdin`, as `ask -` and `import -` read it), read within the pack
    size limit; invalid UTF-8 is replaced, not fatal (a line with a bad byte is still a question).
    Questions may come through a pipe, so any readable file is read (bounded), not only a regular
    one."""
    from backcare.packs.load import read_file_bytes, read_limited

    what = "a questions file"
    if str(path) == "-" and stdin is not None:
        name = "standard input"
        raw = read_limited(stdin, name, what=what)
    else:
        from backcare.packs.multi import refuse_url

        name = str(path)
        refuse_url(name, "questions file")  # hostile15 F8
        raw = read_file_bytes(Path(path), name, what=what, regular=False)
    from backcare.packs.decoding import marked_part, wide_mark

    # UTF-8 lines, then a UTF-16 file appended (`cat notes.txt notepad.txt > all.txt`): each part
    # read in its own codec, as standard input is (hostile16 F6)
    appended = marked_part(raw)
    if appended > 0:
        first = _decoded_questions(raw[:appended], name, notes)
        codec = wide_mark(raw[appended:]) or "utf-16"
        if notes is not None:
            line = raw.count(b"\n", 0, appended) + 1
            notes.append(
                f"{name} changes to {codec.upper()} at line {line:,} (a byte-order mark there): "
                "read so from there on"
            )
        return parse_questions(first + raw[appended:].decode(codec, errors="replace"), name, notes)
    return parse_questions(_decoded_questions(raw, name, notes), name, notes)


def _decoded_questions(raw: bytes, name: str, notes: list[str] | None) -> str:
    """A questions file's text: UTF-8 (Windows-1252 bytes read as such), or UTF-16/UTF-32."""
    from backcare.packs.load import SNIFF_BYTES, text_encoding

    # UTF-16 or UTF-32 (Windows Notepad's "Unicode") read as UTF-8 was NUL-riddled garbage: no
    # question answered, no red flag raised
    encoding, guessed = text_encoding(raw[:SNIFF_BYTES], name)
    if encoding in ("utf-8", "utf-8-sig"):
        # Windows-1252 ("ANSI") bytes read as such, not replaced: "can\x92t" kept its apostrophe
        from backcare.packs.decoding import decode

        decoded = decode(raw.removeprefix(b"\xef\xbb\xbf"))
        said = decoded.note(name)
        if said and notes is not None:
            notes.append(said)
        return decoded.text
    if guessed and notes is not None:
        notes.append(f"{name} has no byte-order mark but reads as {encoding.upper()}: read so")
    return raw.decode(encoding, errors="replace")


def check_questions(
    engine: Engine,
    questions: Iterable[Asked | tuple[int, str] | str],
    older: Pack | None = None,
    source: str = "",
) -> QuestionsReport:
    """Ask each question once; questions are (line, text[, expected]) or plain strings (numbered
    1..). `older`: an earlier version of the pack: a label naming an entry it shows renamed,
    reworded or merged is scored as the entry it became, and one naming an entry removed as
    expecting no answer, each said in a hint (moved_labels). `source`: the questions file's
    name, for the `--against` command an unknown label's hint gives."""
    results = []
    labels = Labels(engine.pack)
    moved = moved_labels(engine.pack, older) if older is not None else {}
    against = against_command(engine.pack.path, source) if source else ""
    if older is not None:
        against = COMPARED
    for position, item in enumerate(questions, start=1):
        line, question, expect = _numbered(item, position)
        if not question.strip():
            continue
        answer = engine.ask(question, top=1)
        withheld = None
        if answer.emergency:
            withheld = "emergency"
        elif answer.withheld is not None:
            withheld = "entry"
        best = answer.results[0] if answer.results else None
        named = {label: labels.named(label) for label in expect or ()}
        # labels naming no entry here that the older pack shows renamed (scored as the entry
        # they became) or removed (scored as expecting no answer)
        went = {x: moved[x] for x, ids in named.items() if not ids and moved.get(x)}
        gone = tuple(x for x, ids in named.items() if not ids and moved.get(x) == "")
        for label, now in went.items():
            named[label] = {now}
        if best is not None and answer.match is None and best.score <= 0:
            best = None  # shares nothing that counts: no "closest" worth showing
        results.append(
            QuestionResult(
                line=line,
                question=question,
                # an entry withheld because its own question describes an emergency is no answer
                answered=answer.answered,
                entry_id=best.entry.id if best else None,
                entry_question=best.entry.question if best else None,
                score=best.score if best else 0.0,
                red_flags=tuple((f.id, f.urgency) for f in answer.red_flags),
                expect=expect,
                withheld=withheld,
                unknown=tuple(x for x, ids in named.items() if not ids and x not in gone),
                moved=tuple(went.items()),
                named=frozenset().union(*named.values()),
                removed=gone,
                against=against,
            )
        )
    return QuestionsReport(engine.pack.path, tuple(results))


def _numbered(item: Asked | tuple[int, str] | str, position: int) -> Asked:
    if isinstance(item, str):
        return position, item, None
    if len(item) == 2:
        return item[0], item[1], None
    return item
