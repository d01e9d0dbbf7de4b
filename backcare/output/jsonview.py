"""JSON output: the documented shapes, one object per line for `ask` (JSON Lines).

Text is kept verbatim (JSON's escaping makes it safe; characters a terminal would not show as
themselves are written as \\u escapes, the same value). When stdout cannot take UTF-8 (for example
PYTHONIOENCODING=ascii) non-ASCII text is written as \\u escapes, which is still the same JSON.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from backcare.output.environment import Environment

if TYPE_CHECKING:
    from backcare.config import Settings
    from backcare.engine.answer import Answer
    from backcare.packs.questions import QuestionsReport
    from backcare.packs.validate import ValidationReport
    from backcare.results import EntryFound, EntryMissing, ImportedPack, TopicList


def dumps(value: Any, *, ascii_only: bool = False) -> str:
    return _escape_hidden(json.dumps(value, ensure_ascii=ascii_only))


def dumps_pretty(value: Any) -> str:
    return _escape_hidden(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def _escape_hidden(encoded: str) -> str:
    """JSON text with every character a terminal would not show as itself (C1 controls such as
    U+009B, which some terminals read as an escape; bidi overrides; format and separator
    characters) written as a \\u escape: the same JSON value, but `ask --json` on a terminal or
    in a log cannot be made to move the cursor or reorder a line by pack text. JSON escapes C0
    itself; outside strings there is only ASCII, and the line breaks of indented output stay."""
    if encoded.isprintable():
        return encoded
    return "".join(
        char if char.isprintable() or char == "\n" else json.dumps(char)[1:-1] for char in encoded
    )


def topics_json(listing: TopicList) -> list[dict[str, str]]:
    return [{"id": e.id, "question": e.question, "topic": e.topic} for e in listing.entries]


class JsonView:
    def __init__(self, env: Environment) -> None:
        self.env = env
        encoding = (getattr(env.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
        self.ascii_only = encoding != "utf8"

    def _write(self, value: Any) -> None:
        self.env.stdout.write(dumps(value, ascii_only=self.ascii_only) + "\n")

    def answer(self, answer: Answer) -> None:
        data = answer.to_dict(self.env.options.explain)
        if answer.red_flags:  # the call to action for the person's region, with the pack's contact
            from backcare.output.messages import flag_action

            for flag, shown in zip(answer.red_flags, data["red_flags"], strict=True):
                shown["action"] = flag_action(flag, self.env.options.region, answer.contact)
        if answer.pointer is not None:
            from backcare.output.messages import pointer_action

            data["pointer"]["action"] = pointer_action(answer, self.env.options.region)
        self._write(data)

    def notices(self, answer: Answer) -> None:
        """A question checked for red flags only: the same object, with no match or results."""
        self.answer(answer)

    def topics(self, listing: TopicList) -> None:
        self._write(topics_json(listing))

    def entry(self, found: EntryFound) -> None:
        self._write(found.entry.to_dict())

    def entry_missing(self, missing: EntryMissing) -> None:
        from backcare.output.messages import entry_missing_line

        self.env.stderr.write(entry_missing_line(missing) + "\n")

    def validation(self, report: ValidationReport) -> None:
        self._write(report.to_dict())

    def questions(self, report: QuestionsReport) -> None:
        self._write(report.to_dict())

    def settings(self, settings: Settings) -> None:
        self._write({"file": settings.path, "settings": settings.to_dict()})

    def imported(self, result: ImportedPack) -> None:
        from backcare.output.plain import write_imported

        write_imported(self.env, result)

    def finish(self) -> None:
        self.env.stdout.flush()
