"""Import a Q&A page saved as text (like data/source/faq_page.txt), cleaning what scrapes break.

An optional "Question: <title>" line, then paragraphs; a one-line paragraph ending in "?" is a
question and the paragraphs after it are its answer. A question line may also be followed directly
by its answer's lines, with no blank line between, and a line may hold a question and its answer
("What are your hours? We open 9 to 5."; see `_question_lines`). Run-together list items are split,
elision marks and date stamps dropped. Such a line right after a question with no answer yet is an
alias of that question only when it asks the same thing in other words (a scrape's answer box
repeats the question, glued to the answer); otherwise it is the question it says, and the one
above is skipped with a note: no question is ever given another's answer. Everything dropped or
unplaceable is reported in `notes`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.namedtuple import NamedTuple
from backcare.packs.importers.answer import Block, Paragraph, bulleted, render, written_lists
from backcare.packs.importers.flow import (
    ENTRY_QUESTION_WORDS,
    hints,
    opening_question,
    question_text,
)
from backcare.packs.importers.lines import one_line, trim
from backcare.packs.importers.pagedates import is_page_date, page_date_note
from backcare.packs.importers.pdftext import repaired
from backcare.packs.importers.result import (
    Imported,
    add_entry,
    is_variant,
    kept_opening_note,
    skipped_text,
    unanswered_note,
)
from backcare.packs.notes import routine

_DATE_STAMP = re.compile(
    r"(?<!\s)\s*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\s*$"
)
# `(?<!\s)`: a match starts only where a run of spaces does (from inside a run it could not match
# either), so a long run of spaces is scanned once, not once from each of its characters
_ELLIPSIS = re.compile(r"(?<!\s)\s*(?:…|\.\.\.)\s*")
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
# "tone.limited" / "back.Heat": a sentence end with the space lost in the scrape
_GLUED_PERIOD = re.compile(r"(?<=[a-z)])\.(?=[A-Za-z])")
# "include:exercise regularly": a list's lead-in with the line break lost
_GLUED_COLON = re.compile(r"(?<=[a-z]):(?=[A-Za-z])")
# a match starts only where a run of name characters does (the leftmost word boundary in a run
# matches whenever a later one would), so "a-a-a-...-a" is scanned once, not once from each "-"
# An email address is one too ("hello@clinic.example." became "hello@clinic. example.": harden17)
_WEB_NAME = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w-])-*(\b[\w-]+\.(?:com|org|net|io|gov|edu|co|uk)\b)",
    re.I,
)
_TOKEN = re.compile("\0\\d+\0")  # a protected web name's stand-in (`_segments`)
# "Organ FunctionPlace two balls": a heading glued to the first item
_CAMEL_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_SENTENCE_END = re.compile(r"[.!?:;…)\"'”’]$")
_INNER_SENTENCE_END = re.compile(r"[.!:;…] ")
_BEFORE_FIRST = "before the first question"
TITLE_WORDS = 10  # a page's title line ("Harbourside Pilates & Physio: frequently asked questions")
_CONTACT_LIKE = re.compile(r"\d{3}|@")  # a phone number or an address: an intro, not a title
HEADING_WORDS = 4  # a section heading's most words ("Payments and insurance", "Your first visit")
_WRAPPED_QUESTION_LINES = 3  # a question wrapped over more lines than this is prose
_SHORT_TITLE = re.compile(r"^(?:[\w'’-]+ ){0,2}[\w'’-]+\.(?:\s|$)")


class _Paragraph(NamedTuple):
    text: str
    kind: str  # 'text'; 'question' (a question line); 'opening' (a question opening a line)
    line: str = ""  # for 'opening': the whole line, its answer included (for notes)


def parse_page(text: str) -> Imported:
    furniture: set[str] = set()
    # a PDF copy's ligatures, bullets, hyphens and page furniture
    text, repairs = repaired(text, furniture)
    blocks = _headed([p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()])
    result = Imported(title="")
    result.notes.extend(repairs)
    result.furniture = furniture
    if blocks and blocks[0].lower().startswith("question:"):
        title, _, rest = blocks.pop(0).partition("\n")
        result.title = " ".join(title.split(":", 1)[1].split())
        blocks[:0] = [rest] if rest.strip() else []
    if not result.title and len(blocks) > 1 and _title_line(blocks[0]):
        # "Harbourside Clinic FAQ" alone on the first line: the page's title, not text skipped
        # before the first question (harden16's leftover: it was a content note, validate exit 1)
        result.title = one_line(blocks.pop(0))
        result.notes.append(routine(f"took the page's first line as its title: {result.title!r}"))
    if not result.title:
        _title_under_masthead(blocks, result)
    per_block = [_question_lines(block) for block in blocks]
    per_block = _without_closing_section(blocks, per_block, result)
    paragraphs = [p for found in per_block for p in found]
    # a page that puts its questions on lines of their own: a line inside an answer that opens
    # with a question and goes on ("Still in pain after 6 weeks? See your GP.") is more of that
    # answer (with a note); on a page of one-line questions and answers it is the next question
    own_lines = any(p.kind == "question" for p in paragraphs)
    question: str | None = None
    body: list[str] = []
    aliases: list[str] = []
    topic = ""  # the section heading above (a short line right above a question line)
    glued = ""  # an opening question kept in the answer: joined to the text after it
    for paragraph in [*paragraphs, _Paragraph("", "end")]:
        if paragraph.kind == "end" and question is not None:
            # the last answer ends before the lines dating the page ("Page last reviewed: ...")
            while len(body) > 1 and is_page_date(body[-1]):
                dated = body.pop()
                where = f"after question {question!r}, outside its answer"
                result.notes.append(page_date_note(dated, where))
        if paragraph.kind == "heading":
            if question is not None:
                _add_entry(result, question, body, aliases, topic)
            else:
                _skipped_before_first(body, result)
            question, body, aliases, topic = None, [], [], paragraph.text
            continue
        if paragraph.kind == "text":
            body.append(f"{glued} {paragraph.text}" if glued else paragraph.text)
            glued = ""
            continue
        if paragraph.kind == "opening" and own_lines and question is not None and body:
            result.notes.append(kept_opening_note(paragraph.line, question, "line"))
            glued = paragraph.text
            continue
        if question is None:
            _skipped_before_first(body, result)
        elif body or paragraph.kind != "opening":
            _add_entry(result, question, body, aliases, topic)
        elif is_variant(question, paragraph.text):
            # the answer opens by asking the question again in other words: an alias
            aliases.append(question_text(paragraph.text) or paragraph.text)
            continue
        else:
            # "Do you take cards?" then "What are your hours? We open 9 to 5.": the line answers
            # the question it opens with; the one above has no answer of its own
            result.notes.append(unanswered_note(question, "line", paragraph.line))
        question, body, aliases = paragraph.text or None, [], []
    return result


def _skipped_before_first(body: list[str], result: Imported) -> None:
    """A note for each paragraph before the first question (ux22: only the first was noted, so a
    PDF leaflet's subtitle and its intro's call to action, with the department's phone number,
    were dropped unsaid)."""
    for text in body:
        result.notes.append(skipped_text(text, _BEFORE_FIRST, may_call=True, page=result))


def _without_closing_section(
    blocks: list[str], per_block: list[list[_Paragraph]], result: Imported
) -> list[list[_Paragraph]]:
    """The paragraphs without a section after the last question that is no question ("Contact
    us", then a table of phone numbers and the leaflet's imprint): on a page whose sections have
    headings, a block after the last question opening with a heading-shaped line is the page's,
    not the last answer's; skipped with a note, as the HTML importer skips text under a heading
    that is not a question (newcomer14 F1: it was glued to the last answer and `validate` said
    the page was clean)."""
    if not any(p.kind == "heading" for found in per_block for p in found):
        return per_block
    last = max(
        (i for i, found in enumerate(per_block) if any(p.kind == "question" for p in found)),
        default=-1,
    )
    found = per_block[last] if last >= 0 else []
    asked = max((j for j, p in enumerate(found) if p.kind == "question"), default=0)
    answered = any(p.kind == "text" for p in found[asked + 1 :])
    for i in range(last + 1, len(blocks)):
        if not answered:  # the last question's answer comes first ("Do you open late?", "No")
            answered = True
            continue
        heading = one_line(blocks[i].split("\n", 1)[0])
        if not _heading_shaped(heading):
            continue
        where = f"under the heading {heading!r}, which is not a question"
        for block in blocks[i:]:
            text = one_line(" ".join(block.split("\n")))
            if text == heading:
                continue
            if text.startswith(heading + " ") and block is blocks[i]:
                text = text[len(heading) + 1 :]
            result.notes.append(skipped_text(text, where, may_call=False))
        return per_block[:i]
    return per_block


def _heading_shaped(line: str) -> bool:
    """A section heading's shape: up to HEADING_WORDS words, a capital first, ending no sentence,
    opening with no question word and no list mark."""
    words = line.split()
    return (
        0 < len(words) <= HEADING_WORDS
        and line[:1].isupper()
        and not _SENTENCE_END.search(line)
        and not bulleted(line)
        and words[0].casefold().strip("'’") not in _question_openers()
    )


def _headed(blocks: list[str]) -> list[str]:
    """The blocks, a section heading standing alone above a block that opens with a question
    joined to it ("Getting help", a blank line, "18. When should I seek urgent help?": a PDF copy
    and a typed page put a blank line there), so `_section_heading` reads it as the topic, not
    as the end of the answer above (newcomer14 F1)."""
    out: list[str] = []
    for block in blocks:
        # (not the one-line answer of a question just above: "Is parking free?", "Yes")
        if len(out) > 1 and "\n" not in out[-1] and not trim(out[-2]).endswith("?"):
            lines = [one_line(line) for line in [out[-1], *block.split("\n")] if trim(line)]
            if len(lines) > 1 and _section_heading(lines, 0):
                out[-1] = f"{out[-1]}\n{block}"
                continue
        out.append(block)
    return out


def clean_answer(paragraphs: list[str], notes: list[str], where: str) -> str:
    """Clean an answer's paragraphs into the answer text."""
    blocks: list[str] = []
    written: list[Block] = []  # paragraphs of bullet-marked lines, one list when adjacent
    for paragraph in paragraphs:
        stamp = _DATE_STAMP.search(paragraph)
        if stamp:
            notes.append(f"{where}: dropped a date stamp {stamp.group().strip()!r}")
            paragraph = paragraph[: stamp.start()]
        paragraph = _DOUBLE_PERIOD.sub(".", paragraph)
        if bulleted(paragraph) or "\n" in paragraph:  # lines of bullet marks (_joined)
            written.append(Paragraph(paragraph))
            continue
        blocks.append(render(written_lists(written)))
        written.clear()
        blocks.extend(_paragraph_blocks(paragraph, notes, where))
    blocks.append(render(written_lists(written)))
    return "\n\n".join(b for b in blocks if b)


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
    protected: dict[str, str] = {}

    def protect(match: re.Match[str]) -> str:
        # one pass (a `replace` per name was quadratic in a paragraph of thousands of names)
        at = match.start(1) - match.start() if match.group(1) else 0
        name = match.group()[at:]
        return match.group()[:at] + protected.setdefault(name, f"\0{len(protected)}\0")

    paragraph = _WEB_NAME.sub(protect, paragraph)
    pieces = []
    for chunk in _ELLIPSIS.split(paragraph):
        chunk = _GLUED_COLON.sub(":\n", _GLUED_PERIOD.sub(".\n", chunk))
        pieces.extend(chunk.split("\n"))
    if protected:
        originals = {token: name for name, token in protected.items()}
        pieces = [_TOKEN.sub(lambda m: originals.get(m.group(), m.group()), p) for p in pieces]
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


def _question_lines(block: str) -> list[_Paragraph]:
    """A block's paragraphs, each with whether it is a question. A block of one paragraph is a
    question when it is one line (its wrapping undone) ending in '?'. Pages also put the answer on
    the line straight after its question, with no blank line between: then a question starts a
    sentence (the block's first line, or one after a line ending a sentence) and ends a line with
    '?'; it may be wrapped over a few lines, which end no sentence and hold no other. A line that
    starts a sentence with a question and goes on ("What are your hours? We open 9 to 5.") holds
    that question and its answer's first line."""
    lines = [one_line(line) for line in block.split("\n") if trim(line)]
    paragraphs: list[_Paragraph] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(_Paragraph(_joined(current), "text"))
            current.clear()

    i = 0
    while i < len(lines):
        starts = not current or _SENTENCE_END.search(current[-1]) is not None
        if starts and _section_heading(lines, i):
            flush()
            paragraphs.append(_Paragraph(lines[i], "heading"))
            i += 1
            continue
        end = _question_end(lines, i) if starts else 0
        opening = opening_question(lines[i]) if starts and not end else ""
        if end and end - i < len(lines):
            flush()
            paragraphs.append(_Paragraph(" ".join(lines[i:end]), "question"))
            i = end
        elif opening:
            flush()
            paragraphs.append(_Paragraph(opening, "opening", lines[i]))
            current.append(lines[i][len(opening) :].strip())
            i += 1
        else:
            current.append(lines[i])
            i += 1
    if current:
        text = _joined(current)
        question = not paragraphs and _is_question(text)
        paragraphs.append(_Paragraph(text, "question" if question else "text"))
    return paragraphs


def _title_under_masthead(blocks: list[str], result: Imported) -> None:
    """A leaflet's title under its masthead (newcomer14 F13: a PDF copy's pack was titled by its
    file name): after up to MASTHEAD_BLOCKS blocks that are its masthead (the trust's name), a
    block whose first line is a title line and whose other line, if any, is a subtitle
    ("Low back pain: frequently asked questions" / "Information for patients - Physiotherapy").
    The subtitle stays, as a block noted as the masthead is; nothing holding a question is a
    title."""
    from backcare.packs.importers.result import masthead

    for at, block in enumerate(blocks[: MASTHEAD_BLOCKS + 1]):
        lines = block.split("\n")
        if "?" in block or at + 1 >= len(blocks):
            return
        title, subtitle = lines[0], lines[1:]
        if len(lines) <= 2 and _title_line(title) and all(_title_line(x) for x in subtitle):
            result.title = one_line(title)
            blocks[at : at + 1] = subtitle
            result.notes.append(routine(f"took the page's title line: {result.title!r}"))
            return
        if not masthead(block, result):
            return


MASTHEAD_BLOCKS = 2  # blocks of a trust's or clinic's name above a leaflet's title


def _title_line(block: str) -> bool:
    """A first block that is a title: one line of up to TITLE_WORDS words that ends no sentence
    (a question, a sentence or a call to action is not one)."""
    return (
        "\n" not in block
        and len(block.split()) <= TITLE_WORDS
        and not _SENTENCE_END.search(block)
        and not _CONTACT_LIKE.search(block)
    )


def _section_heading(lines: list[str], at: int) -> bool:
    """Whether `lines[at]` is a section heading standing right above a question line ("Booking"
    then "How do I book an appointment?"): read as the question's first line, the heading was
    glued onto it ("Booking How do I book an appointment?": harden16's leftover). A short line
    (up to HEADING_WORDS words) ending no sentence and opening with no question word, followed by
    a line that starts with a capital and is (or starts wrapping) a question of three words or
    more."""
    line = lines[at]
    words = line.split()
    if at + 1 >= len(lines) or len(words) > HEADING_WORDS or _SENTENCE_END.search(line):
        return False
    if words[0].casefold().strip("'’") in _question_openers():
        return False
    after = _LIST_NUMBER.sub("", lines[at + 1])  # "4. Should I rest?": numbered questions
    if not after[:1].isupper():
        return False
    end = _question_end(lines, at + 1)
    return bool(end) and len(" ".join(lines[at + 1 : end]).split()) >= ENTRY_QUESTION_WORDS


@lru_cache(maxsize=1)
def _question_openers() -> frozenset[str]:
    from backcare.resources import expect_dict, expect_strings, read_json

    data = expect_dict(read_json("import_hints.json"), "import_hints.json")
    return frozenset(
        expect_strings(data.get("question_openers"), "import_hints.json: question_openers")
    )


def _question_end(lines: list[str], start: int) -> int:
    """The index after a question starting at `lines[start]`, or 0 when none starts there."""
    for end in range(start + 1, min(start + _WRAPPED_QUESTION_LINES, len(lines)) + 1):
        text = " ".join(lines[start:end])
        if _is_question(text) and (end == start + 1 or not _INNER_SENTENCE_END.search(text)):
            return end
        if _SENTENCE_END.search(lines[end - 1]):
            return 0
    return 0


def _joined(lines: list[str]) -> str:
    """A paragraph's lines as one line, its wrapping undone, except before a line opening with a
    bullet mark ("• your letter"): the author's list item, kept on its line (harden20); and
    before the lines of numbered steps ("1. Knee rolls: ...", "2. Pelvic tilts: ..."), numbered
    one after the other from the block's first such line (a PDF copy's steps: harden21)."""
    steps = _numbered_steps(lines)
    text = lines[0]
    for i, line in enumerate(lines[1:], 1):
        text += ("\n" if bulleted(line) or i in steps else " ") + line
    return text


_LIST_NUMBER = re.compile(r"^(?:Q\s?)?\d{1,3}\s*[.):]\s+")
_STEP = re.compile(r"^(\d{1,3})[.)]\s+\S")


def _numbered_steps(lines: list[str]) -> set[int]:
    """The indices of lines that open numbered steps: 1, 2, 3... (or n, n+1, ...) in order, two
    or more of them ("Open from 2026. 2 floors up" wrapped is one such line, no list)."""
    found: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        step = _STEP.match(line)
        if step and (not found or int(step.group(1)) == found[-1][1] + 1):
            found.append((i, int(step.group(1))))
    return {i for i, _ in found} if len(found) >= 2 else set()


def _is_question(paragraph: str) -> bool:
    paragraph = trim(paragraph)
    return paragraph.endswith("?") and len(paragraph) <= 200 and "?" not in paragraph[:-1]


def _add_entry(
    result: Imported, question: str, body: list[str], aliases: list[str], topic: str = ""
) -> None:
    # 'Q:' / 'A:' labels, as in HTML and Markdown ("Q: Where can I park?" then "A: Behind...")
    question = question_text(question) or question
    if body:
        body = [hints().answer_marker.sub("", body[0]), *body[1:]]
    answer = clean_answer(body, result.notes, f"question {question!r}")
    add_entry(result, question, answer, topic, aliases=aliases)
