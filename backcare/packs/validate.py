"""Authoring checks for a pack that already passed the schema: warnings only this tool can give.

- an entry whose own question or alias is not matched back to it;
- pairs of entries that compete (each one's question is a confident match for the other);
- entries without a topic, very long answers, duplicate questions, control characters in text.
"""

from __future__ import annotations

from dataclasses import dataclass

from backcare.engine.answer import Engine
from backcare.engine.match import CONFIDENT
from backcare.packs.schema import CONTROL

LONG_ANSWER = 2000  # characters; longer answers are hard to read on a terminal

KINDS = {
    "not-found-by-own-question": "own question or alias does not find the entry",
    "competing-entries": "entries compete for the same questions",
    "no-topic": "entries without a topic",
    "long-answer": f"answers longer than {LONG_ANSWER} characters",
    "duplicate-question": "the same question in several entries",
    "control-characters": "text with control characters or escape sequences",
}


@dataclass(frozen=True)
class PackWarning:
    kind: str
    entry_id: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "id": self.entry_id, "message": self.message}


def check(engine: Engine) -> list[PackWarning]:
    pack = engine.pack
    warnings: list[PackWarning] = []
    seen_questions: dict[str, str] = {}
    has_topics = any(e.topic for e in pack.entries)
    for entry in pack.entries:
        for text in (entry.question, *entry.aliases):
            match = engine.ask(text).match
            if match is None or match.entry.id != entry.id:
                got = f"finds {match.entry.id!r}" if match else "finds no confident match"
                warnings.append(
                    PackWarning("not-found-by-own-question", entry.id, f"{text!r} {got}")
                )
        key = " ".join(entry.question.casefold().split())
        if key in seen_questions:
            warnings.append(
                PackWarning(
                    "duplicate-question", entry.id, f"same question as {seen_questions[key]!r}"
                )
            )
        seen_questions.setdefault(key, entry.id)
        if has_topics and not entry.topic:
            warnings.append(PackWarning("no-topic", entry.id, "has no topic while others do"))
        if len(entry.answer) > LONG_ANSWER:
            warnings.append(
                PackWarning(
                    "long-answer", entry.id, f"answer is {len(entry.answer)} characters long"
                )
            )
        texts = [entry.id, entry.question, entry.answer, entry.topic, *entry.aliases, *entry.tags]
        if any(CONTROL.search(t) for t in texts):
            warnings.append(
                PackWarning(
                    "control-characters",
                    entry.id,
                    "contains control characters (shown as \ufffd on terminals)",
                )
            )
    if not has_topics:
        warnings.append(
            PackWarning("no-topic", "", "no entry has a topic; `topics` will show one group")
        )
    warnings.extend(_competing(engine))
    return warnings


def _competing(engine: Engine) -> list[PackWarning]:
    """Pairs where each entry's question is a confident answer for the other."""
    size = len(engine.pack.entries)
    strong: dict[str, set[str]] = {}
    for entry in engine.pack.entries:
        results = engine.ask(entry.question, top=min(size, 5)).results
        strong[entry.id] = {m.entry.id for m in results if m.score >= CONFIDENT} - {entry.id}
    position = {e.id: i for i, e in enumerate(engine.pack.entries)}
    warnings = []
    for entry in engine.pack.entries:  # each pair once, under its first entry in file order
        for other in sorted(strong[entry.id], key=position.__getitem__):
            if position[entry.id] < position[other] and entry.id in strong[other]:
                warnings.append(
                    PackWarning(
                        "competing-entries",
                        entry.id,
                        f"competes with {other!r}: each one's question matches the other",
                    )
                )
    return warnings
