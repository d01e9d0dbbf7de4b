"""Import a Q&A page saved as text (like data/source/faq_page.txt), cleaning what scrapes break.

An optional "Question: <title>" line, then paragraphs; a one-line paragraph ending in "?" is a
question and the paragraphs after it are its answer. Run-together list items are split, elision
marks and date stamps dropped, a question variant glued to an answer's start becomes an alias.
Everything dropped or unplaceable is reported in `notes`.
"""

from __future__ import annotations

import re

from backcare.packs.importers.result import Imported, add_entry, clip

_DATE_STAMP = re.compile(
    r"\s*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\s*$"
)
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
# "tone.limited" / "back.Heat": a sentence end with the space lost in the scrape
_GLUED_PERIOD = re.compile(r"(?<=[a-z)])\.(?=[A-Za-z])")
# "include:exercise regularly": a list's lead-in with the line break lost
_GLUED_COLON = re.compile(r"(?<=[a-z]):(?=[A-Za-z])")
_WEB_NAME = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|gov|edu|co|uk)\b", re.I)
# "Organ FunctionPlace two balls": a heading glued to the first item
_CAMEL_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_LEADING_QUESTION = re.compile(r"^([A-Z][^?\n]{8,200}\?)(?=\S)")
_SHORT_TITLE = re.compile(r"^(?:[\w'’-]+ ){0,2}[\w'’-]+\.(?:\s|$)")


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
                result.notes.append(f"skipped text before the first question: {clip(body[0])!r}")
            question, body = paragraph, []
        else:
            body.append(paragraph)
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
        chunk = _GLUED_COLON.sub(":\n", _GLUED_PERIOD.sub(".\n", chunk))
        pieces.extend(chunk.split("\n"))
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


def _add_entry(result: Imported, question: str, body: list[str]) -> None:
    answer, aliases = clean_answer(body, result.notes, f"question {question!r}")
    add_entry(result, question, answer, aliases=aliases)
