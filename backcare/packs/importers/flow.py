"""Turning a document's flow (headings, Q&A pairs, text blocks) into entries; shared by HTML and Markdown.

A heading ending in '?' (or a question marked only by bold text, a 'Q:' label, a button or a
<summary>) opens a question; the blocks after it are its answer, up to the next question or a
heading at its level or above. A deeper heading inside an answer stays in the answer as a line of
text. Other headings name the topic of the questions below them; the first level-1 heading is the
page's heading (the title, when the document has no other). Explicit pairs (<details>, <dt>/<dd>,
schema.org Question) are entries as they stand. Inside an answer, a bold question on a line of its
own starts a new entry; one opening a paragraph ("<b>Why?</b> Because...") stays in the answer,
with a note. Text that belongs to no question is reported in `notes`, never dropped silently. When
a document marks no question at all, one-line paragraphs ending in '?' are taken as questions, as
in the page format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, TypeAlias

from backcare.packs import limits
from backcare.packs.importers.answer import (
    Block,
    ListBlock,
    PageMark,
    Paragraph,
    block_text,
    render,
    written_lists,
)
from backcare.packs.importers.lines import one_line, trim
from backcare.packs.importers.marks import is_withdrawn
from backcare.packs.importers.pagedates import is_page_date, page_date_note
from backcare.packs.importers.result import (
    Imported,
    add_entry,
    clip,
    is_variant,
    kept_opening_note,
    skipped_text,
    unanswered_note,
)
from backcare.packs.notes import at_line, dropped, kinded, with_links
from backcare.resources import expect_dict, expect_strings, read_json

# Questions marked without a heading sit below every heading level: a <summary>, a button or an
# element classed as a question (7); a paragraph opening with a bold question (8), which inside an
# answer is more likely a rhetorical "<b>Why?</b> Because..." than a new question.
PSEUDO_LEVEL = 7
BOLD_LEVEL = 8
MAX_QUESTION = 200
# a question opening a line that goes on with its answer, after a space or glued to it as scrapes
# lose the space ("...muscle atrophy?muscle weakness"); at least 9 characters ("Why? Because" and
# "Sure? Yes" open answers); bounded, so a long line is scanned once
_OPENING_QUESTION = re.compile(r"[^?\n]{8,199}\?(?=\s*\S)")
_INNER_SENTENCE_END = re.compile(r"[.!:;…] ")
# Inside an answer, a bold question on a line of its own starts a new entry when it has this many
# words: "Can I bring my child?" is a question of the FAQ, "Why?" or "What next?" a rhetorical one.
ENTRY_QUESTION_WORDS = 3


@dataclass
class Heading:
    level: int
    text: str
    # a bold question on a line of its own (its paragraph, or followed by a line break), not one
    # opening a paragraph that runs on: "<b>Why?</b> Because..."
    own_line: bool = False
    # an unmarked question opening a paragraph that goes on with its answer: that paragraph
    opens: str = ""
    # a Markdown setext heading: the file line of its underline (`---`, `===`), else 0
    underlined: int = 0
    # the page line it starts on (Markdown), else 0: the notes about its question name it
    line: int = field(default=0, compare=False)


@dataclass
class QA:
    """A question paired with its answer by the markup itself."""

    question: str
    blocks: list[Block]
    line: int = field(default=0, compare=False)  # the page line of its question, else 0


@dataclass
class DefList:
    """A <dl>: Q&A pairs at the top level, or a 'term: definition' list inside an answer."""

    pairs: list[tuple[str, list[Block]]] = field(default_factory=list)
    # a pair's other <dt>s sharing its <dd>, by pair number: other wordings of its question
    aliases: dict[int, list[str]] = field(default_factory=dict)
    # each pair's page line (its <dt>'s), when known: the notes about a pair name it
    lines: list[int] = field(default_factory=list, compare=False)


Item: TypeAlias = Heading | QA | DefList | Paragraph | ListBlock


@dataclass(frozen=True)
class Hints:
    boilerplate_words: frozenset[str]
    question_class_words: tuple[str, ...]
    question_marker: re.Pattern[str]
    answer_marker: re.Pattern[str]
    question_marks: tuple[str, ...]


@lru_cache(maxsize=1)
def hints() -> Hints:
    """The importers' word lists, from data/import_hints.json."""
    data = expect_dict(read_json("import_hints.json"), "import_hints.json")

    def words(key: str) -> list[str]:
        return expect_strings(data.get(key), f"import_hints.json: {key}")

    def marker(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in words)
        # "Q 3:" or "Q:"; not `\s*\d*\s*` (two runs of spaces either side of an empty number:
        # quadratic in a long run of spaces)
        return re.compile(rf"^(?:{alternatives})\s*(?:\d+\s*)?:\s*", re.IGNORECASE)

    return Hints(
        boilerplate_words=frozenset(words("boilerplate_words")),
        question_class_words=tuple(words("question_class_words")),
        question_marker=marker(words("question_markers")),
        answer_marker=marker(words("answer_markers")),
        question_marks=tuple(words("question_marks")),
    )


def is_question_text(text: str) -> bool:
    text = trim(text)
    return text.endswith(hints().question_marks) and 0 < len(text) <= MAX_QUESTION


def is_heading_question(text: str) -> bool:
    """A heading ending in a question mark is a question, however long: the heading marks it.
    MAX_QUESTION bounds questions that nothing but their '?' marks (a longer paragraph is prose);
    one over the pack's limit for a question is refused with a note (add_entry), never read as
    a topic: its answer was dropped as text under a heading that is not a question, or the import
    failed blaming the next entry for the topic's length."""
    return trim(text).endswith(hints().question_marks)


def opening_question(line: str) -> str:
    """The question a line opens with when it goes on after it ('What are your hours? We open 9
    to 5.'), or ''. It opens a sentence (a capital, or a script without case) and holds no other
    sentence: 'Yes, we do. Want a receipt? Ask.' is an answer. What goes on must not end in a
    question mark: 'Is there a lift? Or stairs only?' asks one thing in two parts. A 'Q:' label
    stays with it."""
    label = hints().question_marker.match(line)
    at = label.end() if label else 0
    match = _OPENING_QUESTION.match(line, at)
    if match is None or not line[at].isalpha() or line[at].islower():
        return ""
    if _INNER_SENTENCE_END.search(match.group()) or line.rstrip().endswith(hints().question_marks):
        return ""
    return line[: match.end()]


def question_table(
    header: list[str], rows: list[list[str]], notes: list[str], lines: list[int] | None = None
) -> list[Item] | None:
    """A two-column table whose first column holds a question in every row (`| Question | Answer
    |`, a common FAQ layout): each row a question and its answer, with a note; None for any
    other table (prices, hours: part of an answer), which stays a list of its rows. `lines`: each
    row's page line, when known."""
    if not rows or len(header) > 2 or any(len(row) != 2 for row in rows):
        return None
    pairs = [(question_text(q), a.strip()) for q, a in rows]
    if not all(is_question_text(q) and a for q, a in pairs):
        return None
    notes.append(
        f"a table of {len(pairs)} row{'s' * (len(pairs) != 1)} with a question in its first "
        "column: each row imported as a question and its answer"
    )
    found = lines or []
    return [
        QA(q, [Paragraph(a)], line=found[n] if n < len(found) else 0)
        for n, (q, a) in enumerate(pairs)
    ]


def question_text(text: str) -> str:
    """A question without a leading 'Q:' label, on one line."""
    return hints().question_marker.sub("", one_line(text))


def opens_entry(item: Item) -> int:
    """How many questions of the FAQ an item opens (a QA, a question heading, a <dl>'s question
    terms, a bold question on a line of its own of three words or more): a container holding two
    or more is the FAQ block (html: text after it is the page's). A bold "Why?" inside an answer
    opens none."""
    if isinstance(item, QA):
        return 1
    if isinstance(item, DefList):
        return sum(is_question_text(question_text(term)) for term, _ in item.pairs)
    if not isinstance(item, Heading):
        return 0
    text = question_text(item.text)
    if item.level == BOLD_LEVEL:
        return int(item.own_line and len(text.split()) >= ENTRY_QUESTION_WORDS)
    return int(is_question_text(text) and (item.level >= PSEUDO_LEVEL or is_heading_question(text)))


def as_blocks(items: list[Item]) -> list[Block]:
    """Items inside an answer: headings and pairs become text, a <dl> a 'term: definition' list."""
    blocks: list[Block] = []
    for item in items:
        if isinstance(item, Heading):
            blocks.append(Paragraph(item.text, line=item.line))
        elif isinstance(item, QA):
            blocks.append(Paragraph(item.question, line=item.line))
            blocks.extend(item.blocks)
        elif isinstance(item, DefList):
            blocks.append(_definition_list(item))
        else:
            blocks.append(item)
    return blocks


def build_entries(items: list[Item], result: Imported, first_h1_is_title: bool = True) -> None:
    """Add the entries of a document's flow to `result`, noting everything left over.
    `first_h1_is_title`: the first level-1 heading heads the page rather than naming a topic."""
    items = [part for item in items for part in _labelled_question(item)]
    if not any(_marks_question(item) for item in items):
        items = [part for item in items for part in _plain_questions(item)]
    builder = _Builder(result, seen_h1=not first_h1_is_title)
    builder.own_lines = any(
        isinstance(i, Heading) and i.level >= PSEUDO_LEVEL and not i.opens for i in items
    )

    for item in items:
        builder.feed(item)
    builder.finish()


def question_list(list_items: list[list[Item]]) -> list[Item] | None:
    """A list whose every item opens with a question and goes on with its answer ('1. **How long
    will it hurt?** Most back pain...') as the flow of questions it is; None for other lists."""
    flow: list[Item] = []
    for items in list_items:
        first = _plain_question(items[0]) if len(items) > 1 else items[0] if items else None
        if not isinstance(first, Heading) or first.level < PSEUDO_LEVEL or len(items) < 2:
            return None
        # a question that is its item's whole first paragraph stands on a line of its own (it
        # was taken for one opening a paragraph, and called bold in the note when it was not)
        own_line = first.own_line or isinstance(items[0], Paragraph)
        flow.extend([Heading(BOLD_LEVEL, first.text, own_line), *items[1:]])
    return flow or None


def _labelled_question(item: Item) -> list[Item]:
    """A paragraph that opens with a 'Q:' label ("Q: Is there a lift?", "**Q:** ...") as the
    question it marks, then the rest of it as its answer ("A: Yes..."). The question ends at its
    first question mark, else at the end of its line; the label marks a question as plainly as a
    heading when it ends in '?' or an 'A:' label follows it."""
    if not isinstance(item, Paragraph):
        return [item]
    label = hints().question_marker.match(item.text)
    if label is None:
        return [item]
    line, _, after = item.text[label.end() :].partition("\n")
    mark = min((i for m in hints().question_marks if (i := line.find(m)) >= 0), default=-1)
    question, answer = (
        (line[: mark + 1], f"{line[mark + 1 :]}\n{after}") if mark >= 0 else (line, after)
    )
    question, answer = one_line(question), answer.strip()
    labelled = hints().answer_marker.match(answer) is not None
    if not (is_question_text(question) or (labelled and 0 < len(question) <= MAX_QUESTION)):
        return [item]
    tail: list[Item] = [Paragraph(answer, item.links, line=item.line)] if answer else []
    if answer and hints().question_marker.match(answer):
        # another labelled question right after it ("Q: Are you doctors? Q: Is the group run
        # by doctors? A: No."): a question of its own (an alias when it asks the same thing,
        # see _Builder._heading), never the first one's answer with its label kept
        tail = _labelled_question(Paragraph(answer, item.links, line=item.line))
    return [Heading(PSEUDO_LEVEL, question, own_line=True, line=item.line), *tail]


def _marks_question(item: Item) -> bool:
    if isinstance(item, Heading):
        return item.level >= PSEUDO_LEVEL or is_heading_question(question_text(item.text))
    if isinstance(item, DefList):
        return bool(item.pairs)
    return isinstance(item, QA)


def _plain_questions(item: Item) -> list[Item]:
    """An unmarked document's paragraph as a question, as a question and its answer when it opens
    with a question and goes on ('What are your hours? We open 9 to 5.'), or as it is."""
    plain = _plain_question(item)
    if plain is not item or not isinstance(item, Paragraph) or "\n" in item.text.strip():
        return [plain]
    text = item.text.strip()
    opening = opening_question(text)
    if not opening:
        return [item]
    return [
        Heading(PSEUDO_LEVEL, opening, opens=text, line=item.line),
        Paragraph(text[len(opening) :].strip(), item.links, line=item.line),
    ]


def _plain_question(item: Item) -> Item:
    if isinstance(item, Paragraph) and "\n" not in item.text.strip():
        text = question_text(item.text)
        if is_question_text(text) and sum(map(text.count, hints().question_marks)) == 1:
            return Heading(PSEUDO_LEVEL, text, line=item.line)
    return item


def _definition_list(deflist: DefList) -> ListBlock:
    items: list[list[Block]] = []
    for number, (term, blocks) in enumerate(deflist.pairs):
        term = ", ".join([term, *deflist.aliases.get(number, [])])
        words = " ".join(block_text(b) for b in blocks)
        items.append([Paragraph(f"{term}: {words}" if words else term)])
    return ListBlock(ordered=False, items=items)


class _Builder:
    def __init__(self, result: Imported, seen_h1: bool) -> None:
        self.result = result
        self.topic = ""
        self.seen_h1 = seen_h1
        self.question: Heading | None = None
        self.body: list[Block] = []
        self.last_question = ""
        self.topic_is_latest = False
        self.glue = False  # the next paragraph continues the last one (after a kept question)
        self.parent: dict[str, Any] | None = None  # see _heading
        self.aliases: list[str] = []  # of the open question
        # the document has questions of their own paragraphs: one opening a paragraph inside an
        # answer stays in it (see _placed_above); `rest_kept` drops the rest that follows it
        self.own_lines = False
        self.rest_kept = False
        self.topics: list[tuple[int, str]] = []  # the open section headings: (level, text)
        self.passed_over: set[str] = set()  # section headings noted as no topic of questions
        # where a rule (`<hr>`, `---`) stands in the open answer: the last answer ends there
        self.rule_at: int | None = None
        self.block_ended = False  # the FAQ block holding the open question closed (_mark)
        # headings deeper than the open question, kept in its answer as sub-headings
        self.kept_headings: list[Paragraph] = []
        # the page line of the item being read (0: not known), and how many of the notes already
        # name theirs (_at_line): a Markdown author finds what a note is about by its line
        self.item_line = 0
        self.placed = len(result.notes)

    def _at_line(self, line: int) -> None:
        """The notes made since the last call about the page's `line` ("line 12: ...")."""
        at_line(self.result.notes, self.placed, line)
        self.placed = len(self.result.notes)

    def feed(self, item: Item) -> None:
        self.placed = len(self.result.notes)
        self.item_line = getattr(item, "line", 0)
        self._feed_item(item)
        self._at_line(self.item_line)

    def _feed_item(self, item: Item) -> None:
        if self.rest_kept:
            self.rest_kept = False
            if isinstance(item, Paragraph):
                return  # already in the answer, with the question that opened its paragraph
        glue, self.glue = self.glue, False
        if self.block_ended and not isinstance(item, PageMark):
            self.block_ended = False
            self.close()
        self._feed(item, glue)

    def _feed(self, item: Item, glue: bool) -> None:
        if isinstance(item, PageMark):
            self._mark(item)
        elif isinstance(item, Heading):
            self._heading(item)
        elif isinstance(item, QA):
            self.close()
            self._entry(item.question, item.blocks, line=item.line)
        elif isinstance(item, DefList):
            self._deflist(item)
        elif self.question is not None:
            last = self.body[-1] if self.body else None
            if glue and isinstance(item, Paragraph) and isinstance(last, Paragraph):
                item = Paragraph(f"{last.text} {item.text}", (*last.links, *item.links))
                self.body.pop()
            self.body.append(item)
        else:
            self._skipped(item)

    def _mark(self, mark: PageMark) -> None:
        """Where the page's structure ends an answer (harden20, newcomer13). The FAQ block that
        holds the open question closed (`end`): what follows is no part of its answer (a page's
        review date, a sign-off), skipped with a note. A rule: the last answer ends at it
        (finish); one inside an earlier answer separates its paragraphs. Either counts only after
        some answer text: a question's answer may stand outside the element of its question."""
        if self.question is None or not any(block_text(b) for b in self.body):
            return
        if mark.kind == "end":
            self.block_ended = True  # closed by what comes next, or by finish
        elif self.rule_at is None:
            self.rule_at = len(self.body)

    def finish(self) -> None:
        """Close the last question. Its answer ends at a rule, and before the lines dating the page
        that close it ("Page last reviewed: October 2026."): the page's, not the answer's; each is
        skipped with a note (a date line's routine), and the answer keeps its own text."""
        self.placed = len(self.result.notes)
        if self.question is None:
            self.close()
            return
        self.item_line = self.question.line  # the notes of the last answer name its question's
        tail: list[Block] = []
        footer: set[int] = set()  # ids of the page's imprint after a rule: furniture
        if self.rule_at is not None:
            after = [b for b in self.body[self.rule_at :] if block_text(b)]
            signed_off = bool(after) and _signs_off(block_text(after[0]))
            if not after or signed_off or _dates_page(after[0]):
                self.body, tail = self.body[: self.rule_at], self.body[self.rule_at :]
                if signed_off:
                    footer = {id(b) for b in tail}
            else:
                # answer text after the rule ("Also bring your medicines list."): kept, the doubt
                # named (review13 F5: it was cut off, though the same rule in an earlier answer
                # is a paragraph break)
                self.result.notes.append(
                    f"kept the text after a rule (<hr>) in the last answer, to "
                    f"{clip(self.question.text)!r}: {clip(block_text(after[0]))!r} (a rule may end "
                    "the FAQ: edit the pack if that text is the page's)"
                )
        while len([b for b in self.body if block_text(b)]) > 1 and _dates_page(self.body[-1]):
            tail.insert(0, self.body.pop())
        self.close()
        self._at_line(self.item_line)
        for block in tail:
            if id(block) in footer and not is_page_date(block_text(block)):
                self._footer(block)
            else:
                self._skipped(block)
            self._at_line(getattr(block, "line", 0))

    def _footer(self, block: Block) -> None:
        """A block of the page's imprint (after a rule below the last answer, opening with a
        sign-off: '(c) 2026 Clinic | Privacy | Terms'), dropped as furniture with one note that
        holds its links too: routine while it holds no question, care words or red flag, as an
        HTML <footer> is (newcomer31 F5)."""
        text = block_text(block)
        if text:
            self.result.notes.append(
                dropped(
                    f"dropped the page's footer, after a rule below its last answer: {clip(text)!r}",
                    text,
                )
            )

    def _heading(self, heading: Heading) -> None:
        if is_withdrawn(heading.text):
            # a heading struck through whole (marks.withdrawn): its entry is withdrawn, so what
            # follows is skipped with a note, and it is no topic (review14 F9)
            self.close()
            self.topic, self.topic_is_latest = heading.text, True
            self.passed_over.add(heading.text)
            return
        text = question_text(heading.text)
        if heading.underlined and self._underlined_answer(heading, text):
            return
        if heading.level == BOLD_LEVEL and self.question and self.question.level < BOLD_LEVEL:
            if heading.own_line and len(text.split()) >= ENTRY_QUESTION_WORDS:
                # a new question of the FAQ, at the level of the one it was under, so that the
                # next question heading (or a sub-heading of its answer) is read as before
                level, count = self.question.level, len(self.result.entries)
                self.close()
                self.question = Heading(level, text, line=heading.line)
                # the entry it was found in, while it has no answer of its own
                self.parent = self.result.entries[-1] if len(self.result.entries) > count else None
                return
            self._kept_inside(heading)
            return
        if heading.opens and self._placed_above(heading, text):
            return
        if heading.level >= PSEUDO_LEVEL or is_heading_question(text):
            if self._another_wording(heading, text):
                return
            self.close()
            self.question = Heading(heading.level, text, line=heading.line)
            self.topic = self._topic_for(heading.level)
            return
        if self.question is not None and heading.level > self.question.level:
            kept = Paragraph(heading.text, line=heading.line)  # a sub-heading of the answer
            self.body.append(kept)
            self.kept_headings.append(kept)
            return
        self.close()
        if heading.level == 1 and not self.seen_h1:
            self.seen_h1 = True
            self.result.title = self.result.title or heading.text
            return
        self.topic, self.topic_is_latest = heading.text, True
        self.topics = [(at, text) for at, text in self.topics if at < heading.level]
        self.topics.append((heading.level, heading.text))
        if len(heading.text) > limits.MAX_TOPIC_CHARS:
            self.result.notes.append(
                f"heading {clip(heading.text)!r} is too long for a topic ({len(heading.text):,} "
                f"characters; the limit is {limits.MAX_TOPIC_CHARS:,}): the questions under it "
                "have no topic"
            )

    def _underlined_answer(self, heading: Heading, text: str) -> bool:
        """A sentence under an open question, underlined with `---` or `===` (a separator written
        right under it): Markdown makes it a heading, which closed the question with "no answer
        text" and named the topic of every later entry (newcomer23 F9). Read as answer text, with
        a note saying why; a heading that reads as no sentence stays a heading, the note naming
        the underline that made it one."""
        if self.question is None or is_heading_question(text):
            return False
        answered = any(block_text(b) for b in self.body)
        where = f"line {heading.underlined}: {clip(heading.text)!r}, under question"
        if _SENTENCE_END.search(heading.text):
            self.body.append(Paragraph(heading.text))
            self.result.notes.append(
                f"{where} {clip(self.question.text)!r}, is underlined with '---' or '===', which "
                "makes it a heading in Markdown: read as answer text; put a blank line before "
                "the underline if it is a separator"
            )
            return True
        if not answered:
            self.result.notes.append(
                f"{where} {clip(self.question.text)!r}, is underlined with '---' or '===', which "
                "makes it a heading (a topic), so the question has no answer: put a blank line "
                "before the underline if it is a separator"
            )
        return False

    def _another_wording(self, heading: Heading, text: str) -> bool:
        """A question right after another of its kind, with no answer between them (two bold
        or labelled questions on consecutive lines, two headings): an alias of the first when it
        asks the same thing in other words (result.is_variant, as for <dt>s sharing a <dd>), with
        a note; otherwise the first is skipped with its "no answer text" note (close)."""
        if (
            self.question is None
            or heading.level != self.question.level
            or any(block_text(b) for b in self.body)
            or not is_variant(self.question.text, text)
        ):
            return False
        self.aliases.append(text)
        self.result.notes.append(
            f"question {text!r} follows {self.question.text!r} with no answer between them and "
            "asks the same thing: imported as its alias"
        )
        return True

    def _topic_for(self, level: int) -> str:
        """The topic of a question at heading `level`: the nearest heading above it at a higher
        level (`## About the group` over `### Is it run by doctors?`). A heading at the
        question's own level is its sibling, not its section: `### I can't make the evening
        meetings.` among `###` questions named the topic of the questions after it, silently.
        With no higher heading, the latest one (a page that puts `## Booking` beside its `##`
        questions), as before."""
        above = [text for at, text in self.topics if at < level and text not in self.passed_over]
        if not above:
            return self.topics[-1][1] if self.topics else ""
        for at, text in self.topics:
            if at >= level and text not in self.passed_over:
                self.passed_over.add(text)
                self.result.notes.append(
                    f"heading {clip(text)!r} is no question (no '?') but stands at the level of "
                    f"the questions after it: not their topic (they keep {above[-1]!r}); add '?' "
                    "if it is a question"
                )
        return above[-1]

    def _placed_above(self, heading: Heading, text: str) -> bool:
        """A paragraph opening with a question and going on, as in the page format. Right after a
        question with no answer yet: an alias when it asks the same thing in other words (True);
        otherwise the question above is dropped with a note, having no answer of its own (False).
        Inside an answer, in a document whose questions are paragraphs of their own: more of the
        answer, with a note (True); else the next question (False)."""
        if self.question is None:
            return False
        if any(block_text(b) for b in self.body):
            if not self.own_lines:
                return False
            self.result.notes.append(
                kept_opening_note(heading.opens, self.question.text, "paragraph")
            )
            self.body.append(Paragraph(heading.opens))
            self.rest_kept = True
            return True
        if is_variant(self.question.text, text):
            self.aliases.append(text)
            return True
        self.result.notes.append(unanswered_note(self.question.text, "paragraph", heading.opens))
        self.question, self.body, self.aliases = None, [], []
        return False

    def _kept_inside(self, heading: Heading) -> None:
        """A bold question that stays in the answer it is in, with a note saying so; one opening
        a paragraph ("<b>Why?</b> Because...") stays at the start of that paragraph."""
        assert self.question is not None
        why = (
            "is too short to be a question of its own" if heading.own_line else "opens a paragraph"
        )
        self.result.notes.append(
            f"kept the bold question {heading.text!r} inside the answer to "
            f"{self.question.text!r} (it {why})"
        )
        self.body.append(Paragraph(heading.text))
        self.glue = not heading.own_line

    def _deflist(self, deflist: DefList) -> None:
        questions = sum(is_question_text(question_text(term)) for term, _ in deflist.pairs)
        if self.question is not None and questions * 2 < len(deflist.pairs):
            self.body.append(_definition_list(deflist))  # hours, prices: part of the answer
            return
        self.close()
        for number, (term, blocks) in enumerate(deflist.pairs):
            line = deflist.lines[number] if number < len(deflist.lines) else 0
            self._entry(term, blocks, deflist.aliases.get(number, []), line)
            self._at_line(line)

    def _entry(
        self, question: str, blocks: list[Block], aliases: list[str] | None = None, line: int = 0
    ) -> None:
        """An entry of `question` (on the page's `line`, 0 when not known) and its answer."""
        question = question_text(question)
        if not question:
            for block in blocks:
                self._skipped(block)
            return
        if blocks and isinstance(blocks[0], Paragraph):
            first = hints().answer_marker.sub("", blocks[0].text.lstrip())
            blocks = [replace(blocks[0], text=first), *blocks[1:]]
        topic = self.topic
        if topic in self.passed_over:
            # a statement heading noted as no topic (_topic_for) is none for a question that
            # comes without a level of its own either (`Q:`, a <dt>): the section above it is
            topic = next((t for _, t in reversed(self.topics) if t not in self.passed_over), "")
        topic = topic if len(topic) <= limits.MAX_TOPIC_CHARS else ""
        aliases = [question_text(a) for a in aliases or []]
        count = len(self.result.entries)
        add_entry(self.result, question, render(written_lists(blocks)), topic, aliases=aliases)
        if len(self.result.entries) > count:
            self.result.entry_lines.append(line)
        self.last_question, self.topic_is_latest = question, False

    def _skipped(self, block: Block) -> None:
        text = block_text(block)
        if not text:
            return
        if not self.last_question and not self.topic_is_latest:
            where = "before the first question"
        elif self.topic_is_latest:
            where = f"under the heading {self.topic!r}, which is not a question"
        else:
            where = f"after question {self.last_question!r}, outside its answer"
        if self.last_question and is_page_date(text):
            self.result.notes.append(page_date_note(text, where))
            return
        # before the first question, under a heading or not: a Markdown page's intro stands under
        # its `# Title` when front matter gave the title (newcomer12 F1)
        may_call = not self.last_question
        page = self.result if not self.last_question and not self.topic_is_latest else None
        # its links in the same note: one note for one thing skipped (newcomer31 F6: the link
        # was a second [check] note, and then counted among the links kept)
        said = skipped_text(text, where, may_call=may_call, page=page)
        self.result.notes.append(with_links(said, _links(block)))

    def close(self) -> None:
        """Make the open question's entry; the notes this makes name its heading's line."""
        self._at_line(self.item_line)  # the notes so far are the item's being read
        self.rule_at = None
        if self.question is None:
            self.parent = None
            return
        line = self.question.line
        self._close()
        self._at_line(line)

    def _close(self) -> None:
        assert self.question is not None
        parent, self.parent = self.parent, None
        question, body, aliases = self.question.text, self.body, self.aliases
        line = self.question.line
        self.question, self.body, self.aliases = None, [], []
        kept, self.kept_headings = self.kept_headings, []
        texts = [b for b in body if block_text(b)]
        if texts and any(texts[-1] is heading for heading in kept):
            # a section heading glued to the end of an answer (`# Question?` then `## Parking`):
            # the questions under it lost their topic (newcomer23 F9)
            glued = texts[-1]
            self.result.notes.append(
                kinded(
                    f"heading {clip(block_text(glued))!r} ends the answer to {clip(question)!r}: "
                    "a heading deeper than its question's is read as part of that answer, so it "
                    "is no topic; give the questions a deeper level than their section headings "
                    "(a '#' title, '##' sections, '###' questions)"
                ).at_line(glued.line)  # the heading's line, not its question's
            )
        if parent is not None and not any(block_text(b) for b in body):
            # a bold question ending an answer ("Have you any other questions?"), with no
            # answer of its own: it belongs to the answer it was found in
            self.result.notes.append(
                f"kept the bold question {question!r} inside the answer to "
                f"{parent['question']!r} (no answer follows it)"
            )
            parent["answer"] += f"\n\n{question}"
            return
        self._entry(question, body, aliases, line)


# a setext heading that reads as a sentence of an answer, not as a title
_SENTENCE_END = re.compile(r"[.!)]\W*$")


def _dates_page(block: Block) -> bool:
    return isinstance(block, Paragraph) and not block.verbatim and is_page_date(block.text)


def _links(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return list(block.links)
    return [link for item in block.items for b in item for link in _links(b)]


_SIGN_OFF = re.compile(
    r"^\W*(?:thank(?:s| you)\b|with thanks\b|©|\(c\)|copyright\b|all rights reserved\b|"
    r"written by\b|produced by\b|published by\b|disclaimer\b|the .{1,40} team\W*$)",
    re.I,
)


def _signs_off(text: str) -> bool:
    """Whether text after a rule at a page's end opens as its sign-off or imprint ("Thank you for
    reading", "With thanks to our volunteers", "© Clinic 2026", "Written by ..."): the page's,
    not the last answer's."""
    return bool(_SIGN_OFF.search(text.strip()))
