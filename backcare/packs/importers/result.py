"""What an import produces (`Imported`), and the ids it gives entries."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from backcare.errors import PackError
from backcare.packs import limits
from backcare.packs.notes import Note, NoteKind, routine

_SLUG_SKIP = frozenset(
    "a an the is are do does did i you my your what why how when which who of to for in on at can "
    "so it its it's me and or be".split()
)
# an initialism joined by '&' ('A&E', 'R&D', 'B&B') is one word, kept whole as 'a-e': its letters
# alone are stop words or noise ('When should I go to A&E instead?' was 'should-go-e-instead')
_SLUG_WORD = re.compile(r"(?<![a-z0-9])[a-z0-9]{1,3}&[a-z0-9]{1,3}(?![a-z0-9])|[a-z0-9]+")
SLUG_WORDS = 6
SLUG_LENGTH = 60
_QUESTION_LOOKS = {
    "page": "questions are lines ending in '?'",
    "markdown": "questions are headings or bold lines ending in '?'",
    "html": "questions are FAQPage data, <summary>, <dt>, or headings ending in '?'",
    "csv": "each row after the header row is an entry",
}


@dataclass
class Imported:
    """Pack data produced by an import, and what the importer noticed along the way.

    `title` is '' when the input names none (the caller picks one, e.g. the file name); `source`
    is the page's URL when it states one.
    """

    title: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source: str = ""
    contact: str = ""  # a Markdown page's front matter may give it (importers/frontmatter.py)
    format: str = ""  # the format it was read as: 'page', 'markdown' or 'html'
    found: int = 0  # questions found in structured data (FAQPage JSON-LD), answered or not
    question_lines: int = 0  # lines of the page that read as questions (coverage.py)
    long_answers: int = 0  # entries skipped for an answer over the limit: import exits 1
    # their questions: an update over an earlier import says why such an entry is left out
    skipped_questions: list[str] = field(default_factory=list)
    # running headers and footers left out (pdftext, Word's MsoHeader/MsoFooter): the same text
    # skipped before the first question is furniture too, not content lost (harden21)
    furniture: set[str] = field(default_factory=set)
    # the page line of each entry's question as the flow read it (flow._Builder), in entries'
    # order while nothing but the flow has added entries; 0 when not known
    entry_lines: list[int] = field(default_factory=list)
    # the ids a Markdown page's front matter pins (`ids:`): an update over an earlier pack keeps
    # them over the ids that pack gave the same entries (packs.update; newcomer31 F3)
    pinned: set[str] = field(default_factory=set)

    def to_pack(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title}
        if self.source:
            data["source"] = self.source
        if self.contact:
            data["contact"] = self.contact
        data["entries"] = self.entries
        return data

    def require_entries(self, name: str) -> None:
        """PackError naming what a question looks like in this format, when none was found."""
        if not self.entries:
            looks = _QUESTION_LOOKS.get(self.format, "lines ending in '?'")
            # the notes may say why (a question skipped, a JSON-LD block refused): an import
            # that fails never hides what it noticed
            noticed = "".join(f"; note: {note}" for note in self.notes[:3])
            if len(self.notes) > 3:
                noticed += f" (and {len(self.notes) - 3} more notes)"
            raise PackError(f"{name}: no questions found (read as {self.format}; {looks}){noticed}")


def add_entry(
    result: Imported, question: str, answer: str, topic: str = "", aliases: list[str] | None = None
) -> None:
    """Append an entry (its id is assigned later), or note that the question had no answer."""
    if len(question) > limits.MAX_QUESTION_CHARS:
        # a pack refuses it (the whole import failed): the question named, its answer with it
        result.notes.append(
            f"question {clip(question)!r} is {len(question):,} characters long (the limit for a "
            f"question is {limits.MAX_QUESTION_CHARS:,}): skipped, with its answer"
        )
        return
    if not answer.strip():
        result.notes.append(f"question {question!r}: no answer text, skipped")
        return
    if len(answer) > limits.MAX_ANSWER_CHARS:
        # a pack refuses it: the whole import failed, citing `entries[1]` and `field 'answer'` of
        # a page that has neither (hostile12 F4); the rest of the page is imported
        result.notes.append(
            f"question {clip(question)!r}: its answer is {len(answer):,} characters long (the "
            f"limit for an answer is {limits.MAX_ANSWER_CHARS:,}): skipped, with its answer"
        )
        result.long_answers += 1
        result.skipped_questions.append(question)
        return
    from backcare.packs.importers.lines import spaced_question

    # an answer keeps its no-break spaces ("24\u00a0hours": newcomer26 F7); a question is what
    # people type and labels name, so there one is layout glue, a space (harden17)
    question = spaced_question(question)
    entry: dict[str, Any] = {"id": "", "question": question, "answer": answer}
    if topic:
        entry["topic"] = topic
    if aliases:
        entry["aliases"] = aliases
    result.entries.append(entry)


def is_variant(question: str, other: str) -> bool:
    """Whether two questions ask the same thing in other words, as an alias does ('Is there
    parking?' beside 'Can I park?'): more than half of the shorter one's content words (stems,
    stop words left out) are the other's. Where a page leaves unclear whether two questions share
    an answer, only variants may: 'Do you take cards?' must never get 'What are your hours?'s."""
    mine, theirs = _content_stems(question), _content_stems(other)
    fewer = min(len(mine), len(theirs))
    return fewer > 0 and len(mine & theirs) * 2 > fewer


def _content_stems(text: str) -> frozenset[str]:
    from backcare.engine.analyze import stem, words

    stop = _stopwords()
    return frozenset(stem(w) for w in words(text) if w not in stop)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from backcare.resources import read_words

    return frozenset(read_words("stopwords.txt"))


def slugify(question: str) -> str:
    """Up to six content words of the question, ASCII kebab-case: only [a-z0-9-], never empty."""
    folded = unicodedata.normalize("NFKD", question.lower().replace("'", "").replace("’", ""))
    words = _SLUG_WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))
    kept = [w for w in words if w not in _SLUG_SKIP] or words or ["entry"]
    slug = "-".join(kept[:SLUG_WORDS]).replace("&", "-")
    if len(slug) > SLUG_LENGTH:
        cut = slug.rfind("-", 0, SLUG_LENGTH + 1)
        slug = slug[: cut if cut > 0 else SLUG_LENGTH]
    return slug


def assign_ids(entries: list[dict[str, Any]]) -> None:
    """Slug ids, numbered '-2', '-3'... when repeated; linear even for thousands of repeats. An id
    the source gave (a CSV's id column: csvfile.py) is kept."""
    taken: set[str] = {str(entry["id"]) for entry in entries if entry.get("id")}
    next_number: dict[str, int] = {}
    for entry in entries:
        if entry.get("id"):
            continue
        base = slugify(entry["question"])
        slug, n = base, next_number.get(base, 2)
        if slug in taken:
            # a question may slug to 'bad-2' by itself, so keep counting past taken numbers
            while (slug := f"{base}-{n}") in taken:
                n += 1
            n += 1
        next_number[base] = n
        taken.add(slug)
        entry["id"] = slug


# "1. ", "1) ", "Q1. ", "Q1: " before a question: a list's numbering when every question has it
LIST_NUMBER = re.compile(r"^(?P<mark>(?:Q\s?)?(?P<n>\d{1,3})\s*(?P<sep>[.):]))\s+(?=\S)", re.I)


def without_list_numbers(entries: list[dict[str, Any]], notes: list[str]) -> None:
    """Drop "1." / "1)" / "Q1." / "Q1:" from the questions when every question (two or more) has
    it, in one style, numbered in sequence (each higher than the one before, most of them by
    one: a question skipped for want of an answer leaves a gap), with a note: the page's list
    numbering, not words of the questions. Kept, it was in every question and id, a renumbered
    revision reworded every question after the change, and labels written as the page's
    questions matched none (newcomer14 F5, F6, F3)."""
    if len(entries) < 2:
        return
    found = [LIST_NUMBER.match(str(e["question"])) for e in entries]
    marks = [m for m in found if m is not None]
    if len(marks) < len(entries):
        return
    styles = {(m.group("mark")[:1].isalpha(), m.group("sep")) for m in marks}
    numbers = [int(m.group("n")) for m in marks]
    steps = [b - a for a, b in itertools.pairwise(numbers)]
    if len(styles) > 1 or any(s < 1 for s in steps) or 2 * steps.count(1) < len(steps):
        return
    for entry, mark in zip(entries, marks, strict=True):
        entry["question"] = str(entry["question"])[mark.end() :]
    notes.append(
        routine(
            f"dropped the list numbers {marks[0].group('mark')!r} to {marks[-1].group('mark')!r} "
            f"before the {len(entries)} questions (numbered in sequence: the page's list "
            "numbering, not words of the questions)"
        )
    )


def is_routine_note(note: str) -> bool:
    """Whether an import note is routine (information), not a sign of content lost or misread, by
    the kind its importer gave it (packs/notes.py), never by its wording: a DROPPED note (page
    furniture) is routine only while the text it dropped holds no question and no red-flag or
    care words (review9 3a: a sidebar or footer may hold an FAQ entry or advice on when to call
    999, and a note saying 'nothing lost' then hid it); a note without a kind is CONTENT."""
    from backcare.packs.notes import NoteKind, kinded

    found = kinded(note)
    if found.kind is NoteKind.DROPPED:
        return not holds_content(found.dropped)
    return found.kind is NoteKind.ROUTINE


_SENTENCE = re.compile(r"[^.!?;:]*\?")
QUESTION_WORDS = 3  # "Accept?" under a cookie bar is a prompt, "Do I need a referral?" a question


def holds_content(text: str) -> bool:
    """Whether dropped text holds what a reader of the FAQ would miss: a question of a few
    words, care words (data/import_hints.json: care_words, e.g. '999', 'A&E', 'GP') or a red
    flag the safety rules raise."""
    from backcare.engine.analyze import words

    if any(len(words(q)) >= QUESTION_WORDS for q in _SENTENCE.findall(text)):
        return True
    return _care_or_red_flag(text)


def _care_or_red_flag(text: str) -> bool:
    care = _care_words()
    folded = text.casefold()
    if any(w in care for w in re.findall(r"[\w&]+", folded)):
        return True
    from backcare.engine.answer import warnings

    return bool(warnings(text)[0])


# a phone number as pages write it (seven digits or more, spaced, dotted or dashed) or an email
# (or an internal extension, as a workplace's page gives one: "call extension 4417", "ext. 4417")
_CONTACT = re.compile(
    r"\+?\(?\d[\d ().-]{5,18}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:extension|ext\.?) ?\d{3,6}\b",
    re.IGNORECASE,
)
CONTACT_DETAILS = _CONTACT  # packs/update.py: a kept contact's details the page no longer gives
MAX_CALL_TO_ACTION = 300  # characters: a line or two of intro, not a section of the page


def call_to_action(text: str) -> str:
    """The contact details of text before a page's first question that sends its reader to a
    person ("Can't find your answer here? Call us on 0117 496 0123 or email hello@..."), or ''.
    Nearly every FAQ page opens so; counted as a question the import lost, it made `validate`
    of such a page exit 1 for ever (newcomer11 5). It is such a line when it is short, asks at
    most one question, gives a phone number or an email address, and holds no care word or red
    flag ("If you cannot pee, call 999": that is advice a reader must not lose), and what follows
    its question opens as a call does ("Call us", "Get in touch": data/import_hints.json
    call_to_action_words; "No, ring us to book" answers its question). Those details are what the
    note offers as the pack's `contact`."""
    from backcare.engine.analyze import words

    if len(text) > MAX_CALL_TO_ACTION:
        return ""
    found = [m.group() for m in _CONTACT.finditer(text)]
    if not any("@" in f or f[0].isalpha() or sum(c.isdigit() for c in f) >= 7 for f in found):
        return ""
    if sum(len(words(q)) >= QUESTION_WORDS for q in _SENTENCE.findall(text)) > 1:
        return ""
    if _care_or_red_flag(text):
        return ""
    _, mark, rest = text.rpartition("?")
    if mark:  # what follows its question must open as a call does
        details = " ".join(rest.split())
        # "Do I need a referral? No, ring 0117...": an answer, not a call to action
        return (
            _from_the_call(details) if _CONTACT.search(details) and _opens_a_call(details) else ""
        )
    # no question: the call may follow a line of welcome and open after a clause ("From the
    # Occupational Health team. If you can't find your answer here, email oh@... or call extension
    # 4417.": newcomer12 F1); its details run from the call to the end
    for start in _call_starts(text):
        details = " ".join(text[start:].split())
        if _CONTACT.search(details) and _opens_a_call(details):
            return _from_the_call(details)
    return ""


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def call_and_advice(text: str) -> tuple[str, str]:
    """The details of a call to action (call_to_action) and the care advice said with it, when
    its sentences part into the two: "Can't find your answer here? Call the MSK Physio line on
    0161 496 0418. This is not an emergency line: in an emergency call 999." is a call to action
    and a sentence of advice. Read whole, the advice's care word made it no call to action, and no
    `--contact` was offered (newcomer16 F4: NHS pages say both, nearly always). The call is the
    sentences before the advice or after it, as many as still read as a call; ("", "") when there
    is no such parting."""
    contact = call_to_action(text)
    if contact or len(text) > MAX_CALL_TO_ACTION or not _care_or_red_flag(text):
        return contact, ""
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    parts = [
        part
        for cut in range(1, len(sentences))
        for part in ((sentences[:cut], sentences[cut:]), (sentences[cut:], sentences[:cut]))
    ]
    # the longest call first: a sentence giving another number ("Out of hours, for existing
    # patients: 07700 900 123.") belongs to the call, not to the advice (newcomer19 F4: the
    # `--contact` offered dropped the out-of-hours number)
    for call, advice in sorted(parts, key=lambda part: -len(part[0])):
        contact = call_to_action(" ".join(call))
        if contact:
            return contact, " ".join(advice)
    return "", ""


_ALTERNATIVE = re.compile(r",?\s+or\s+|,\s+")
_YOUR = re.compile(r"\byour\b", re.IGNORECASE)


def _from_the_call(details: str) -> str:
    """The details from the call that gives them: an alternative before it that sends the reader
    to someone of their own ("please ask your physiotherapist or call us on 0115 496 0850.") is
    advice, not the pack's contact, which every notice follows with a label ("This FAQ's contact:
    please ask your physiotherapist or ...": newcomer14 F7). Alternatives of the call itself
    ("Call or text 0117 ...", "Call us or email hello@...") are kept."""
    first = _CONTACT.search(details)
    if first is None:
        return details
    for found in _ALTERNATIVE.finditer(details, 0, first.start()):
        rest = details[found.end() :]
        if _opens_a_call(rest) and _YOUR.search(details[: found.start()]):
            return rest
    return details


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!])\s+)(?=\S)")


def _call_starts(text: str) -> list[int]:
    """Where a call may open in text with no question: at each sentence's start, and after a
    sentence's opening clause ("If you can't find your answer here, email ...")."""
    starts = []
    for found in _SENTENCE_START.finditer(text):
        start = found.end()
        starts.append(start)
        end = min((i for i in (text.find(c, start) for c in ".!") if i >= 0), default=len(text))
        comma = text.find(", ", start, end)
        if comma >= 0:
            starts.append(comma + 2)
    return starts


def _opens_a_call(details: str) -> bool:
    opening = _unaccented(details.casefold())
    return any(
        opening.startswith(w) and not opening[len(w) : len(w) + 1].isalnum() for w in _call_words()
    )


@lru_cache(maxsize=1)
def _call_words() -> tuple[str, ...]:
    """data/import_hints.json's call_to_action_words, folded."""
    from backcare.resources import expect_dict, expect_strings, read_json

    data = expect_dict(read_json("import_hints.json"), "import_hints.json")
    found = expect_strings(
        data.get("call_to_action_words"), "import_hints.json: call_to_action_words"
    )
    return tuple(_unaccented(w.casefold()) for w in found)


def _unaccented(text: str) -> str:
    """`text` with its accents taken off ("llámenos" is "llamenos"): pages write both."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class CallToAction(Note):
    """The routine note for a call to action skipped before the first question, with the contact
    details it offers (`details`): `import` words it after what --contact and the pack give
    (contact_notes)."""

    details: str
    text: str
    advice: str  # care advice said with it (call_and_advice): the note is then never routine


class StaleContact(str):
    """packs/update.py's note of a detail of the kept contact (`found`) that the page gave before
    and no longer gives: when the page's call to action gives other details, contact_notes says
    both in one note."""

    found: str

    def __new__(cls, text: str, found: str) -> StaleContact:
        made = super().__new__(cls, text)
        made.found = found
        return made


def call_to_action_note(text: str, contact: str, advice: str = "") -> Note:
    """The note for a call to action skipped before the first question: what it said, and what
    keeps its details (never dropped silently). A content note (`validate` marks it [check]): the
    details reach no reader until a contact keeps them, when contact_notes makes it routine
    unless care `advice` was said with it (the note then says it was skipped too).

    One wording for every reader of the page (`import` without a contact, `validate PAGE`,
    `--faq PAGE`): it offers the details as `import`'s option with its value, to copy, and says
    what that import does rather than telling anyone to do it. `validate` has no --contact and
    cannot know whether a pack was imported from the page with one (ux32: it told an author who
    had to import with --contact again); `import` words it after the contact the pack does get
    (contact_notes)."""
    note = CallToAction(
        f"skipped a call to action before the first question: {clip(text, 200)!r} (no question "
        f"of the FAQ; {contact_offer(contact)}){_advice_said(advice)}",
        # a content note ([check]) until a contact keeps its details (contact_notes): a pack
        # without one has lost the page's only phone number, which follows every red-flag notice
        # and "no confident match" (stranger trial F3: "nothing lost", exit 0)
        NoteKind.CONTENT,
    )
    note.details, note.text, note.advice = contact, text, advice
    return note


def contact_offer(details: str) -> str:
    """The offer of a call to action's `details` as the pack's contact: what a pack imported
    with them does, ending in `import`'s option with the value quoted for a shell (to copy)."""
    import shlex

    return (
        'readers get these details after a red-flag notice or "no confident match" when the pack '
        "is imported with --contact "
        f"{shlex.quote(clip(details, 200))}"
    )


def _advice_said(advice: str) -> str:
    if not advice:
        return ""
    return (
        f"; its advice {clip(advice, 200)!r} is in no entry (keep it in an answer if the FAQ's "
        "readers need it)"
    )


def page_contact(notes: Sequence[str]) -> str:
    """The contact details the page's call to action gives (its note's), '' when it has none or
    they are past the limit of the pack's `page_contact`."""
    offered = next((n for n in notes if isinstance(n, CallToAction)), None)
    if offered is None or len(offered.details) > limits.MAX_PAGE_CONTACT_CHARS:
        return ""
    return " ".join(offered.details.split())


def contact_notes(
    notes: list[str], given: str | None, kept: str, name: str, before: str | None = None
) -> list[str]:
    """`notes` with the call to action's note worded after the contact the pack gets (harden20,
    newcomer13): `given` by --contact (its offer of --contact was advice already taken), or
    `kept` from the pack an `import --force` replaces (`name`), which a note says when it no
    longer matches what the page's call to action now gives (a helpline's new hours), unless the
    page's call to action gives what it gave at the last import (`before`, that pack's
    `page_contact`): the author chose the kept contact knowing it (newcomer19 F4). With neither,
    the page's note stands: it offers the details as --contact (call_to_action_note)."""
    import shlex

    offered = next((n for n in notes if isinstance(n, CallToAction)), None)
    if offered is None:
        return notes
    said = f"skipped a call to action before the first question: {clip(offered.text, 200)!r}"
    advice = _advice_said(offered.advice)
    out = list(notes)
    at = out.index(offered)
    if given is not None and given.strip():
        same = _same_contact(given, offered.details)
        whose = "the same details" if same else f"its own: {clip(given, 200)!r}"
        out[at] = Note(
            f"{said} (no question of the FAQ; the pack's contact is the one --contact gives, "
            f"{whose}){advice}",
            _kept_kind(offered),
        ).at_line(offered.line)
    elif given is None and kept and _same_contact(kept, offered.details, details_only=True):
        out[at] = Note(
            f"{said} (no question of the FAQ; its details are the pack's contact, kept from "
            f"{name}){advice}",
            _kept_kind(offered),
        ).at_line(offered.line)
    elif given is None and kept and before is not None and _same_contact(before, offered.details):
        out[at] = Note(
            f"{said} (no question of the FAQ; the page's details are as at the last import, and "
            f"the pack's contact is the one kept from {name}){advice}",
            _kept_kind(offered),
        ).at_line(offered.line)
    elif given is None and kept:
        # one note for one changed contact (newcomer14 F7: the update's note of a phone number the
        # page no longer gives, then this one, said the same thing twice)
        stale = [n for n in out if isinstance(n, StaleContact)]
        gone = "".join(
            f" and gives {n.found!r}, which the page gave before and no longer does" for n in stale
        )
        out = [n for n in out if n not in stale]
        out.append(
            f"the pack's contact kept from {name}, {clip(kept, 200)!r}, differs from what the "
            f"page's call to action now gives, {clip(offered.details, 200)!r}{gone}; every "
            "red-flag notice ends with the kept contact: check which is right (import with "
            f"--contact {shlex.quote(clip(offered.details, 200))} to take the page's, or edit "
            "the pack's contact)"
        )
    return out


def front_matter_contact(notes: list[str], contact: str) -> list[str]:
    """`notes` with the call to action's note saying the pack's contact is the one the page's
    front matter sets: its advice to import with --contact does not apply to a Markdown pack
    used as it is, whose author set the contact there already (newcomer26 F9)."""
    offered = next((n for n in notes if isinstance(n, CallToAction)), None)
    if offered is None:
        return notes
    if _same_contact(contact, offered.details, details_only=True):
        return contact_notes(notes, None, contact, "its front matter")
    out = list(notes)
    out[out.index(offered)] = Note(
        f"skipped a call to action before the first question: {clip(offered.text, 200)!r} (no "
        f"question of the FAQ; the pack's contact is the front matter's, "
        f"{clip(contact, 200)!r}){_advice_said(offered.advice)}",
        _kept_kind(offered),
    ).at_line(offered.line)
    return out


def _kept_kind(offered: CallToAction) -> NoteKind:
    """A call to action's note once the pack's contact keeps its details: routine, unless care
    advice said with it is in no entry."""
    return NoteKind.CONTENT if offered.advice else NoteKind.ROUTINE


def _same_contact(one: str, other: str, *, details_only: bool = False) -> bool:
    """The same details, whatever the spaces, case and final full stop. `details_only`: `one`
    (a contact kept from the pack) gives phone numbers or addresses, each of which `other` (the
    page's call to action) gives too, whatever the words around them: a contact the author set
    with --contact, in words of their own and the page's number, was "differs from what the
    page's call to action now gives" on every update (newcomer15 F14)."""

    def norm(text: str) -> str:
        return " ".join(text.casefold().split()).rstrip(". ")

    if norm(one) == norm(other):
        return True
    if not details_only:
        return False
    kept, offered = _details(one), _details(other)
    kept_hours, offered_hours = _hours(one), _hours(other)
    # hours given by both must agree: a helpline's evening moved from Tuesday (harden20)
    same_hours = not (kept_hours and offered_hours) or kept_hours == offered_hours
    return bool(kept) and kept <= offered and same_hours


def _details(text: str) -> set[str]:
    """The phone numbers (their digits) and addresses (folded) `text` gives."""
    found = set()
    for match in _CONTACT.finditer(text):
        detail = match.group()
        digits = "".join(c for c in detail if c.isdigit())
        found.add(detail.casefold() if "@" in detail or not digits else digits)
    return found


def _hours(text: str) -> set[str]:
    """The days and times `text` gives ("Mon-Fri 10am-4pm, Tue 6-8pm"), in one notation (hours.py:
    "8-19" and "8am-7pm" are the same hours), phone numbers left out."""
    from backcare.packs.importers.hours import hours

    return hours(_CONTACT.sub(" ", text))


def skipped_text(
    text: str, where: str, *, may_call: bool, page: Imported | None = None
) -> str | Note:
    """The note for text that no question owns, the same from every importer (page, flow): a call
    to action's, with its details offered, when the text is one and `may_call` (before the first
    question and under no heading); else what was skipped and `where`. Before the first question
    (`page` given), a leaflet's masthead is routine: see `masthead`."""
    contact, advice = call_and_advice(text) if may_call else ("", "")
    if contact:
        return call_to_action_note(text, contact, advice)
    said = f"skipped text {where}: {clip(text)!r}"
    if page is not None and masthead(text, page):
        return routine(said)
    return said


# a subtitle's most words ("Information for patients - Physiotherapy Outpatients")
MASTHEAD_WORDS = 10
MAX_MASTHEAD = 300  # characters: a few lines of names and titles, never a section of the page
_NAME_WORDS = 3  # what is left of a masthead once its title and furniture are out ("NHS")


def masthead(text: str, page: Imported) -> bool:
    """Whether text before a page's first question is its masthead, which no reader of the FAQ
    misses (newcomer14 F11: nine `[check]` notes for it hid the one that mattered): the page's
    title or a part of it, a running header or footer left out elsewhere (the trust's name), what
    is left of those once they are taken out when it is a name of a few words ("NHS"), or a
    subtitle: one line of up to MASTHEAD_WORDS words ending no sentence. Never text that asks a
    question, gives a phone number or holds care words or a red flag."""
    if len(text) > MAX_MASTHEAD:
        return False
    folded = " ".join(text.split()).casefold()
    if not folded or "?" in folded or _CONTACT.search(text):
        return False
    title = " ".join(page.title.split()).casefold()
    if title and len(folded.split()) >= 2 and folded in title:
        return True
    rest = folded
    for known in sorted(page.furniture, key=len, reverse=True):
        rest = rest.replace(" ".join(known.split()).casefold(), " ")
    rest = " ".join(rest.split())
    if rest != folded and len(rest.split()) <= _NAME_WORDS and not re.search(r"\d", rest):
        return not _red_flag(rest)
    if "\n" in text.strip() or len(folded.split()) > MASTHEAD_WORDS:
        return False
    if re.search(r"[.!:;]$", folded) or re.search(r"\d{3}", folded):
        return False
    return not _care_or_red_flag(text)


def _red_flag(text: str) -> bool:
    from backcare.engine.answer import warnings

    return bool(warnings(text)[0])


# A question opening a line (page) or a paragraph (flow) that goes on with its answer: the two
# ways an importer places it, and their notes, the same wording in every format
def unanswered_note(question: str, unit: str, opening: str) -> str:
    """The question above such a `unit`, skipped: it has no answer of its own."""
    return (
        f"question {question!r}: no answer text, skipped (the {unit} after it, "
        f"{clip(opening)!r}, holds another question and its answer)"
    )


def kept_opening_note(opening: str, question: str, unit: str) -> str:
    """Such a `unit` inside an answer, on a page whose questions stand alone: more answer."""
    where = "on lines" if unit == "line" else "in paragraphs"
    return (
        f"kept {clip(opening)!r} in the answer to {question!r} (a question opening a {unit} "
        f"inside an answer; this page puts its questions {where} of their own)"
    )


@lru_cache(maxsize=1)
def _care_words() -> frozenset[str]:
    """data/import_hints.json's care_words, folded. Read here, not through flow.hints: flow
    imports this module, and validate reads notes without loading the importers."""
    from backcare.resources import expect_dict, expect_strings, read_json

    data = expect_dict(read_json("import_hints.json"), "import_hints.json")
    found = expect_strings(data.get("care_words"), "import_hints.json: care_words")
    return frozenset(w.casefold() for w in found)


def clip(text: str, width: int = 60) -> str:
    """Text shortened for a one-line note."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
