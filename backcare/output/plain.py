"""Output: the one place that picks the mode, and the plain and JSON renderers.

Renderers are functions of (result, options) that return text; they never look at the terminal
themselves. Rich is used only in terminal mode, through backcare.terminal, imported on demand.
Pack and user text is data: on terminal and plain output, escape sequences and control characters
are neutralised; JSON keeps text verbatim (its escaping makes it safe).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from backcare.output.text import one_line, sanitize

if TYPE_CHECKING:
    from backcare.engine.answer import Answer
    from backcare.engine.match import Signals
    from backcare.packs.schema import Entry, Pack
    from backcare.packs.validate import Warning

DISCLAIMER = (
    "General information, not medical advice. If you are worried, talk to a health professional."
)
URGENCY_LABELS = {
    "emergency": "EMERGENCY - get help now",
    "urgent": "URGENT - get medical help today",
    "soon": "SEE A DOCTOR SOON",
}


class Mode(enum.Enum):
    RICH = "rich"
    PLAIN = "plain"
    JSON = "json"


def choose_mode(*, json_output: bool, plain: bool, color: str, is_terminal: bool) -> Mode:
    """JSON if asked; plain if asked or if stdout is not a terminal (unless --color always)."""
    if json_output:
        return Mode.JSON
    if plain or (not is_terminal and color != "always"):
        return Mode.PLAIN
    return Mode.RICH


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def dumps_pretty(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


# ---- ask -----------------------------------------------------------------------------------------


def plain_flags(answer: Answer) -> str:
    return "\n".join(
        f"{URGENCY_LABELS[f.urgency]}: {one_line(f.message)} {one_line(f.action)}"
        for f in answer.red_flags
    )


def plain_answer(answer: Answer, explain: bool = False) -> str:
    """Red-flag notices first, then the answer text; '' when there is nothing for stdout."""
    parts = []
    if answer.red_flags:
        parts.append(plain_flags(answer))
    if answer.match is not None:
        parts.append(sanitize(answer.match.entry.answer))
    if explain:
        parts.append(plain_explanation(answer))
    return "\n\n".join(p for p in parts if p)


def plain_explanation(answer: Answer) -> str:
    lines = []
    for word, fixed in answer.ranking.corrections:
        lines.append(f"corrected: {one_line(word)} -> {fixed}")
    for rank, m in enumerate(answer.results, 1):
        s = m.signals
        lines.append(
            f"{rank}. {m.entry.id} score {m.score:g}: words {s.words:.2f}, "
            f"characters {s.chars:.2f}, coverage {s.coverage:.2f}"
        )
        if s.matched:
            lines.append(f"   matched: {matched_text(s)}")
        if s.missing:
            lines.append(f"   not found: {missing_text(s)}")
    return "\n".join(lines)


def matched_text(signals: Signals) -> str:
    """'word->term (field), ...': what each question word matched."""
    return ", ".join(f"{one_line(w)}->{t} ({f})" for w, t, f in signals.matched)


def missing_text(signals: Signals) -> str:
    return ", ".join(one_line(w) for w in signals.missing)


def no_match_message(answer: Answer) -> str:
    """The stderr line(s) for a question without a confident match."""
    closest = "; ".join(f"{one_line(m.entry.question)} [{m.entry.id}]" for m in answer.results)
    head = f"backcare: no confident match for {one_line(answer.query)[:80]!r}"
    return f"{head}. Closest: {closest}" if closest else f"{head}."


# ---- topics and show -----------------------------------------------------------------------------


def grouped(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    groups: dict[str, list[Entry]] = {}
    for e in entries:
        groups.setdefault(e.topic, []).append(e)
    return groups


def plain_topics(entries: Iterable[Entry]) -> str:
    """One entry per line, grouped by topic: 'topic<TAB>id<TAB>question' (grep/cut friendly)."""
    return "\n".join(
        f"{one_line(topic) or '(no topic)'}\t{one_line(e.id)}\t{one_line(e.question)}"
        for topic, members in grouped(entries).items()
        for e in members
    )


def json_topics(entries: Iterable[Entry]) -> str:
    return dumps([{"id": e.id, "question": e.question, "topic": e.topic} for e in entries])


def plain_entry(entry: Entry, pack: Pack) -> str:
    lines = [one_line(entry.question), "", sanitize(entry.answer), ""]
    if entry.topic:
        lines.append(f"Topic: {one_line(entry.topic)}")
    if entry.aliases:
        lines.append(f"Also asked as: {'; '.join(one_line(a) for a in entry.aliases)}")
    if entry.tags:
        lines.append(f"Tags: {', '.join(one_line(t) for t in entry.tags)}")
    lines.append(f"Id: {one_line(entry.id)}")
    lines.append(f"Source: {source_line(pack)}")
    return "\n".join(lines)


def source_line(pack: Pack) -> str:
    origin = one_line(pack.source) if pack.source else one_line(pack.path)
    return f"{one_line(pack.title)} - {origin}"


def unknown_id_message(entry_id: str, close: list[str]) -> str:
    names = ", ".join(one_line(c) for c in close)
    suffix = f" Did you mean: {names}?" if names else ""
    return f"backcare: no entry with id {one_line(entry_id)!r}.{suffix}"


# ---- validate ------------------------------------------------------------------------------------


def validation_summary(warnings: list[Warning]) -> list[tuple[str, int]]:
    from backcare.packs.validate import KINDS

    return [(KINDS[kind], sum(w.kind == kind for w in warnings)) for kind in KINDS]


def plain_validation(pack: Pack, warnings: list[Warning]) -> str:
    lines = [f"{w.kind}\t{one_line(w.entry_id) or '-'}\t{one_line(w.message)}" for w in warnings]
    lines.append(f"{one_line(pack.path)}: {len(pack.entries)} entries, {len(warnings)} warnings")
    for label, count in validation_summary(warnings):
        lines.append(f"  {count:3d}  {label}")
    return "\n".join(lines)
