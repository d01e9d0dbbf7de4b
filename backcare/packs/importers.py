"""Turn a scraped Q&A page or a Markdown FAQ into pack data, cleaning what scrapes break.

Page format (like data/source/faq_page.txt): an optional "Question: <title>" line, then paragraphs;
a one-line paragraph ending in "?" is a question and the paragraphs after it are its answer.
Markdown: headings ending in "?" are questions, other headings below the title name the topic of
the questions under them. Everything the importer drops or cannot place is reported in `notes`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_DATE_STAMP = re.compile(
    r"\s*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\s*$"
)
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
# "tone.limited" / "back.Heat": a sentence end with the space lost in the scrape
_GLUED_PERIOD = re.compile(r"(?<=[a-z)])\.(?=[A-Za-z])")
_WEB_NAME = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|gov|edu|co|uk)\b", re.I)
# "Organ FunctionPlace two balls": a heading glued to the first item
_CAMEL_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_LEADING_QUESTION = re.compile(r"^([A-Z][^?\n]{8,200}\?)(?=\S)")
_SHORT_TITLE = re.compile(r"^(?:[\w'’-]+ ){0,2}[\w'’-]+\.(?:\s|$)")
_SLUG_SKIP = frozenset(
    "a an the is are do does did i you my your what why how when which who of to for in on at can "
    "so it its it's me and or be".split()
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1")


@dataclass
class Imported:
    """Pack data produced by an import, and what the importer noticed along the way."""

    title: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_pack(self) -> dict[str, Any]:
        return {"title": self.title, "entries": self.entries}


def import_text(text: str, fmt: str = "auto") -> Imported:
    """Parse text as 'page' or 'markdown' ('auto' picks Markdown when it has '#' headings)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "auto":
        fmt = "markdown" if any(_MD_HEADING.match(line) for line in text.splitlines()) else "page"
    result = parse_markdown(text) if fmt == "markdown" else parse_page(text)
    _assign_ids(result.entries)
    return result


def parse_page(text: str) -> Imported:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    result = Imported(title="")
    if paragraphs and paragraphs[0].lower().startswith("question:"):
        result.title = paragraphs.pop(0).split(":", 1)[1].strip()
    question: str | None = None
    body: list[str] = []
    for paragraph in [*paragraphs, None]:
        if paragraph is None or _is_question(paragraph):
            if question is not None:
                _add_entry(result, question, body)
            elif body:
                result.notes.append(f"skipped text before the first question: {_clip(body[0])!r}")
            question, body = paragraph, []
        else:
            body.append(paragraph)
    return result


def parse_markdown(text: str) -> Imported:
    result = Imported(title="")
    topic = ""
    question: str | None = None
    body: list[str] = []
    for line in [*text.splitlines(), None]:
        heading = _MD_HEADING.match(line) if line is not None else None
        if line is not None and heading is None:
            body.append(line)
            continue
        if question is not None:
            _add_entry(result, question, _markdown_paragraphs(body), topic)
        elif any(b.strip() for b in body) and result.entries:
            result.notes.append(f"skipped text under a heading that is not a question: {topic!r}")
        question, body = None, []
        if heading is None:
            break
        level, words = len(heading.group(1)), _inline(heading.group(2))
        if words.endswith("?"):
            question = words
        elif level == 1 and not result.title:
            result.title = words
        else:
            topic = words
    return result


def clean_answer(paragraphs: list[str], notes: list[str], where: str) -> tuple[str, list[str]]:
    """Clean an answer's paragraphs; returns the answer text and any question variants found."""
    aliases: list[str] = []
    blocks: list[str] = []
    for paragraph in paragraphs:
        leading = _LEADING_QUESTION.match(paragraph)
        if leading:
            aliases.append(leading.group(1))
            paragraph = paragraph[leading.end() :]
        stamp = _DATE_STAMP.search(paragraph)
        if stamp:
            notes.append(f"{where}: dropped a date stamp {stamp.group().strip()!r}")
            paragraph = paragraph[: stamp.start()]
        paragraph = _DOUBLE_PERIOD.sub(".", paragraph)
        blocks.extend(_paragraph_blocks(paragraph, notes, where))
    return "\n\n".join(b for b in blocks if b), aliases


def _paragraph_blocks(paragraph: str, notes: list[str], where: str) -> list[str]:
    """One paragraph as text, or as an optional intro plus a '- ' list when it is a run-together list."""
    if all(line.startswith("- ") for line in paragraph.split("\n")):
        return [paragraph]  # already a list (Markdown)
    segments = _segments(paragraph)
    if len(segments) < 3:
        return [" ".join(segments)]
    first = segments[0]
    if len(first.split()) <= 3 and first.istitle() and first.endswith("."):
        notes.append(f"{where}: dropped {first!r} (a caption glued to the answer)")
        segments = segments[1:]
    intro: str | None = None
    heading = _heading_prefix(segments[0])
    if heading:
        intro, segments[0] = heading, segments[0][len(heading) :]
    elif segments[0].endswith(":") or (
        not _SHORT_TITLE.match(segments[0]) and all(_SHORT_TITLE.match(s) for s in segments[1:])
    ):
        intro, segments = segments[0], segments[1:]
    items = "\n".join(f"- {_item(s)}" for s in segments)
    return [intro, items] if intro else [items]


def _segments(paragraph: str) -> list[str]:
    protected = {m.group(): f"\0{i}\0" for i, m in enumerate(_WEB_NAME.finditer(paragraph))}
    for original, token in protected.items():
        paragraph = paragraph.replace(original, token)
    pieces = []
    for chunk in _ELLIPSIS.split(paragraph):
        pieces.extend(_GLUED_PERIOD.sub(".\n", chunk).split("\n"))
    for original, token in protected.items():
        pieces = [p.replace(token, original) for p in pieces]
    return [p.strip() for p in pieces if p.strip()]


def _heading_prefix(segment: str) -> str | None:
    """'7 Ways to Relieve Back Pain NaturallyEnjoy a drink' -> '7 Ways to Relieve Back Pain Naturally'."""
    glue = _CAMEL_GLUE.search(segment)
    if glue is None:
        return None
    head = segment[: glue.start()]
    words = head.split()
    capitalised = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return head if len(words) >= 3 and capitalised * 2 >= len(words) else None


def _item(segment: str) -> str:
    # lower-case fragments ("limited mobility.") read as list items, not sentences
    return segment.rstrip(".") if segment[:1].islower() else segment


def _is_question(paragraph: str) -> bool:
    return paragraph.endswith("?") and len(paragraph) <= 200 and "?" not in paragraph[:-1]


def _add_entry(result: Imported, question: str, body: list[str], topic: str = "") -> None:
    where = f"question {question!r}"
    answer, aliases = clean_answer(body, result.notes, where)
    if not answer:
        result.notes.append(f"{where}: no answer text, skipped")
        return
    entry: dict[str, Any] = {"id": "", "question": question, "answer": answer}
    if topic:
        entry["topic"] = topic
    if aliases:
        entry["aliases"] = aliases
    result.entries.append(entry)


def _markdown_paragraphs(lines: list[str]) -> list[str]:
    blocks: list[str] = []
    current: list[str] = []
    items: list[str] = []
    for line in [*lines, ""]:
        if _MD_LIST.match(line):
            items.append(_inline(_MD_LIST.sub("", line)))
        elif line.strip() and items and line.startswith((" ", "\t")):
            items[-1] += " " + _inline(line)
        elif line.strip():
            current.append(_inline(line))
        if current and (not line.strip() or _MD_LIST.match(line)):
            blocks.append(" ".join(current))
            current = []
        if not line.strip() and items:
            blocks.append("\n".join(f"- {i}" for i in items))
            items = []
    return [b for b in blocks if b.strip()]


def _inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1 (\2)", text.strip())
    return _MD_EMPHASIS.sub(r"\2", text)


def slugify(question: str) -> str:
    words = re.findall(r"[a-z0-9]+", question.lower().replace("'", "").replace("’", ""))
    kept = [w for w in words if w not in _SLUG_SKIP] or words or ["entry"]
    return "-".join(kept[:6])


def _assign_ids(entries: list[dict[str, Any]]) -> None:
    taken: set[str] = set()
    for entry in entries:
        base = slugify(entry["question"])
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        entry["id"] = slug


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
