"""`validate --questions FILE`: run real patients' questions against a pack and report the outcome.

For each question (one a line, blank lines skipped): the confident answer (id, score), or that there
was none and which entry came closest; and any red flags raised. A summary counts and shares them.
The report is plain data (`to_dict` is JSON-able), so CI can track a pack's coverage over time.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from backcare.engine.answer import Engine
from backcare.errors import QueryError
from backcare.namedtuple import NamedTuple
from backcare.packs import limits


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

    def to_dict(self) -> dict[str, Any]:
        best = None
        if self.entry_id is not None:
            best = {"id": self.entry_id, "question": self.entry_question, "score": self.score}
        return {
            "line": self.line,
            "question": self.question,
            "answered": self.answered,
            "match": best if self.answered else None,
            "closest": None if self.answered else best,
            "red_flags": [{"id": i, "urgency": u} for i, u in self.red_flags],
        }


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
        return {
            "questions": total,
            "answered": answered,
            "unanswered": total - answered,
            "red_flagged": flagged,
            "answered_share": share(answered),
            "unanswered_share": share(total - answered),
            "red_flagged_share": share(flagged),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "pack": self.pack,
            "summary": self.summary(),
            "questions": [r.to_dict() for r in self.results],
            "notes": list(self.notes),
        }


def parse_questions(text: str, name: str) -> list[tuple[int, str]]:
    """(line number, question) for each non-blank line; QueryError past MAX_QUESTIONS_LINES."""
    from backcare.engine.query import is_blank

    # blank lines and lines of only invisible characters are skipped, as a batch skips them
    questions = [
        (number, line.strip())
        for number, line in enumerate(text.splitlines(), start=1)
        if not is_blank(line)
    ]
    if len(questions) > limits.MAX_QUESTIONS_LINES:
        raise QueryError(
            f"{name}: {len(questions):,} questions "
            f"(the limit is {limits.MAX_QUESTIONS_LINES:,} a file)"
        )
    return questions


def read_questions(
    path: str | Path, stdin: BinaryIO | None = None, notes: list[str] | None = None
) -> list[tuple[int, str]]:
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
        name = str(path)
        raw = read_file_bytes(Path(path), name, what=what, regular=False)
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
        return parse_questions(decoded.text, name)
    if guessed and notes is not None:
        notes.append(f"{name} has no byte-order mark but reads as {encoding.upper()}: read so")
    return parse_questions(raw.decode(encoding, errors="replace"), name)


def check_questions(engine: Engine, questions: Iterable[tuple[int, str] | str]) -> QuestionsReport:
    """Ask each question once; questions are (line, text) pairs or plain strings (numbered 1..)."""
    results = []
    for position, item in enumerate(questions, start=1):
        line, question = _numbered(item, position)
        if not question.strip():
            continue
        answer = engine.ask(question, top=1)
        best = answer.results[0] if answer.results else None
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
            )
        )
    return QuestionsReport(engine.pack.path, tuple(results))


def _numbered(item: tuple[int, str] | str, position: int) -> tuple[int, str]:
    return (position, item) if isinstance(item, str) else item
