"""Words shown to people, shared by the plain and terminal views: labels, notices, no-answer help.

Every piece of pack or user text goes through `one_line`/`sanitize` here or in the views.
"""

from __future__ import annotations

from backcare.hints import TYPE_CHECKING
from backcare.lazyregex import lazy
from backcare.localeregion import implied_by
from backcare.namedtuple import NamedTuple
from backcare.output.text import one_line, quoted, said

# after each import note that may have lost or misread content, so a reader finds the ones the
# summary counts (newcomer13: "4 may have lost or misread content" named none of them); `import`
# and `validate` mark the same notes (newcomer16 F4)
CHECK_MARK = " [check]"

if TYPE_CHECKING:
    from collections.abc import Sequence

    from backcare.engine.answer import Answer
    from backcare.engine.entryflags import EntryEmergency
    from backcare.engine.safety import RedFlag
    from backcare.packs.schema import Entry, Pack
    from backcare.results import EntryMissing

DISCLAIMER = (
    "General information, not medical advice. If you are worried, talk to a health professional."
)
URGENCY_LABELS = {
    "emergency": "EMERGENCY - get help now",
    "urgent": "URGENT - get medical help today",
    "soon": "SEE A DOCTOR SOON",
}
# How each tier's notice looks on a terminal, as Rich style names: terminal.py hands them to Rich,
# quick.py (the fast path, no Rich) draws the same names itself (drawn.style)
URGENCY_STYLES = {
    "emergency": "bold white on red",
    "urgent": "bold black on yellow",
    "soon": "bold",
}
URGENCY_BORDERS = {"emergency": "red", "urgent": "yellow", "soon": "cyan"}
ANSWER_WITHHELD = (
    "The FAQ's self-care answer is not shown, because what you describe needs help first "
    "(use --show-answer to see it anyway)."
)
# at the interactive prompt, where flags cannot be typed
ANSWER_WITHHELD_PROMPT = (
    "The FAQ's self-care answer is not shown, because what you describe needs help first "
    "(type :answer to see it anyway)."
)
# under an emergency when no entry answered confidently: nothing was held back, but the reader is
# told, as when one was, that the FAQ's self-care answers wait and how to see what it has
# (newcomer29 F11: the prompt and a batch printed the notices and then nothing)
ANSWER_WITHHELD_NONE = (
    "No self-care answer is shown, because what you describe needs help first "
    "(use --show-answer to see what the FAQ has anyway)."
)
ANSWER_WITHHELD_NONE_PROMPT = (
    "No self-care answer is shown, because what you describe needs help first "
    "(type :answer to see what the FAQ has anyway)."
)
POINTER_LEAD = "If this is happening to you now:"
# how to see an answer withheld because its entry's own question describes an emergency, at each
# door (entry_withheld_lines)
SHOW_ANSWER_HINT = "use --show-answer to see it anyway"
PROMPT_ANSWER_HINT = "type :answer to see it anyway"
SHOW_ENTRY_HINT = "'backcare validate' says more"
BROWSE_HINT = "'backcare topics' lists every question; 'backcare show ID' shows one."


def flag_text(flag: RedFlag, region: str | None) -> str:
    """What to do first, then what was noticed: read aloud, the action came after about 45 words
    of explanation (newcomer22 F6, a screen reader at 40 columns). With a region, its numbers;
    with none, one instruction that holds everywhere (notice_action), every region's numbers
    following the notices once (region_numbers), as the pack's contact does (notice_contact)."""
    return f"{one_line(notice_action(flag, region))} {one_line(flag_message(flag, region))}"


def notice_action(flag: RedFlag, region: str | None) -> str:
    """A notice's call to action as a person reads it: the region's (flag_action), or with no
    region the instruction without a list of numbers to read through first (newcomer24 F8)."""
    if region is not None and region.strip():
        return flag_action(flag, region)
    from backcare.engine.safety import unset_action

    return unset_action(flag.urgency, flag.call)


def region_numbers(flags: Sequence[RedFlag], region: str | None) -> str:
    """The line said once after these notices when no region is set: every region's numbers for
    their tiers and how to set one's own; with a region the locale implied, that it is a guess
    and how to set one's own (locale_note); '' with a region set, or no notice."""
    if not flags:
        return ""
    if implied_by(region):
        return locale_note(region)
    if region is not None and region.strip():
        return ""
    from backcare.engine.safety import unset_numbers

    # the crisis call's own line names its crisis lines, and "your local emergency number" too:
    # its tier's numbers follow it as any notice's
    return unset_numbers([f.urgency for f in flags])


def pointer_flag_text(flag: RedFlag, region: str | None) -> str:
    """An emergency told after "If this is happening to you now:" (entry_withheld_lines): what it
    can mean, then what to do; the reader reported nothing, so the condition comes first."""
    return f"{one_line(flag_message(flag, region))} {one_line(flag_action(flag, region))}"


def flag_message(flag: RedFlag, region: str | None) -> str:
    """What a notice noticed, in the words of the person's region (engine.safety.message_text)."""
    from backcare.engine.safety import message_text

    return message_text(flag.message, region)


def flag_action(flag: RedFlag, region: str | None, contact: str = "") -> str:
    """A notice's call to action; with the pack's raw `contact`, its labelled line
    (labelled_contact) after it: the form JSON gives each flag, an object of its own."""
    from backcare.engine.safety import action_text

    action = action_text(flag.urgency, region, None, flag.call)
    line = labelled_contact(contact)
    return f"{action} {line}" if line else action


def flag_line(flag: RedFlag, region: str | None = None) -> str:
    return f"{URGENCY_LABELS[flag.urgency]}: {flag_text(flag, region)}"


class NoticeLine(NamedTuple):
    """One line of an answer's notices as a person reads them (notice_lines): a notice under its
    tier's label (`urgency` set), or a line said beside them (the numbers, the folded lower
    tiers, the pack's contact: `urgency` None)."""

    urgency: str | None
    text: str

    @property
    def line(self) -> str:
        """The line as plain output writes it, and as notices told already are known by."""
        if self.urgency is None:
            return self.text
        return f"{URGENCY_LABELS[self.urgency]}: {self.text}"


# Under an emergency, the lower tiers' notices are folded into one line after it (newcomer29 F3:
# two "book within days" notices between the emergency and its numbers, read aloud, contradicted
# "get help now"); JSON keeps every flag. Each tier's words, for one sign and for several.
FOLDED_TIERS = {
    "urgent": ("sign that needs medical help today", "signs that need medical help today"),
    "soon": ("sign worth a doctor's check within days", "signs worth a doctor's check within days"),
}
FOLDED_LEAD = "Also noticed, less urgent:"
FOLDED_TAIL = "Tell whoever helps you everything you described."


def folded_line(flags: Sequence[RedFlag]) -> str:
    """The one line that stands for the lower-tier notices under an emergency: how many of each
    tier, most urgent first ('' for none)."""
    counts: dict[str, int] = {}
    for flag in flags:
        if flag.urgency in FOLDED_TIERS:
            counts[flag.urgency] = counts.get(flag.urgency, 0) + 1
    parts = [
        f"{n} {FOLDED_TIERS[urgency][n > 1]}"
        for urgency in FOLDED_TIERS
        if (n := counts.get(urgency, 0))
    ]
    return f"{FOLDED_LEAD} {' and '.join(parts)}. {FOLDED_TAIL}" if parts else ""


def notice_lines(answer: Answer, region: str | None) -> list[NoticeLine]:
    """An answer's notices as every human view shows them (plain, boxed, the prompt, a batch, the
    copies on stderr), most urgent first. Under an emergency only the emergency notices are
    shown in full, and the lower tiers are folded into one line after them (folded_line); the
    call to action is said once (a later notice with the same action gives only what was
    noticed; a crisis call of its own is kept); with no region, every region's numbers come
    straight after the first notice, which told to call "your local emergency number"
    (newcomer29 F3: they came four notices later); the pack's contact ends them, once."""
    flags = answer.red_flags
    if not flags:
        return []
    emergency = any(flag.urgency == "emergency" for flag in flags)
    shown = [flag for flag in flags if flag.urgency == "emergency"] if emergency else list(flags)
    lines: list[NoticeLine] = []
    actions: set[str] = set()
    for flag in shown:
        action = one_line(notice_action(flag, region))
        message = one_line(flag_message(flag, region))
        lines.append(
            NoticeLine(flag.urgency, message if action in actions else f"{action} {message}")
        )
        actions.add(action)
        if len(lines) == 1:
            numbers = region_numbers(shown, region)
            if numbers:
                lines.append(NoticeLine(None, numbers))
    if emergency:
        folded = folded_line([flag for flag in flags if flag.urgency != "emergency"])
        if folded:
            lines.append(NoticeLine(None, folded))
    contact = notice_contact(answer)
    if contact:
        lines.append(NoticeLine(None, contact))
    return lines


def notice_contact(answer: Answer) -> str:
    """The line under an answer's notices (or pointer) that gives the pack's contact, once
    however many notices there are, labelled (labelled_contact): '' when the pack has none."""
    return labelled_contact(answer.contact)


def pointer_line(answer: Answer, region: str | None = None) -> str:
    """The calm line under a general question about a warning sign (no notice was raised): what
    to do if it is happening to the reader now, with their region's numbers (and, when the locale
    implied the region, that it is a guess: locale_note) and the pack's contact."""
    from backcare.engine.safety import action_text

    assert answer.pointer is not None
    said = (action_text(answer.pointer, region, None), locale_note(region), notice_contact(answer))
    return f"{POINTER_LEAD} {one_line(' '.join(part for part in said if part))}"


def locale_note(region: str | None) -> str:
    """'' unless the locale implied `region` (backcare.localeregion): then the line saying whose
    numbers are given, from which locale variable, and how to set one's own region (ux39)."""
    variable = implied_by(region)
    if not variable or region is None:
        return ""
    from backcare.engine.safety import implied_note

    return implied_note(region, variable)


def pointer_action(answer: Answer, region: str | None) -> str:
    """The pointer's call to action, then the pack's contact (as flag_action gives JSON's)."""
    from backcare.engine.safety import action_text

    assert answer.pointer is not None
    action = action_text(answer.pointer, region, None)
    contact = notice_contact(answer)
    return f"{action} {contact}" if contact else action


# The label is fixed, never built from the pack's title (review9 3e): this line sits right after
# "call your local emergency number now", and a title such as "Call 999 FAQ" or "Urgent Care FAQ"
# turned into "Call 999: 0161 ..." or "Urgent Care: 0161 ..." reads as an instruction or as the
# number to ring instead.
# "This FAQ's", not "Your clinic's": packs come from charities, employers, studios (newcomer13)
CONTACT_LABEL = "This FAQ's contact:"


# a contact that opens with a label of its own ("Riverside reception: 01234 567890"): words, then
# a colon, before any digit
# (compiled when first used: a contact is read only under a notice or a pointer)
_OWN_LABEL = lazy(r"^[^\d:]*[^\W\d][^\d:]*:\s")


def labelled_contact(contact: str) -> str:
    """A pack's contact line as a patient reads it under a notice: after the fixed label
    ("This FAQ's contact: 0161 496 0732"), or as it is when it names itself ("Riverside
    reception: 01234 567890"); '' for none. The one place the label is decided: Answer.contact
    stays the pack's raw contact (packs searched together: each one's, joined by '; ').
    A contact that denies or puts off emergency help ("never call 999, ring us first") is never
    printed under a notice: '' (packs/undercut.py; `validate` warns `emergency-contact`)."""
    from backcare.packs.undercut import undercutting_contact

    contact = one_line(contact).strip()
    if contact and undercutting_contact(contact):
        return ""
    if not contact or _OWN_LABEL.match(contact):
        return contact
    return f"{CONTACT_LABEL} {contact}"


def entry_withheld_lines(
    found: EntryEmergency,
    region: str | None,
    contact: str,
    hint: str = SHOW_ANSWER_HINT,
    *,
    shown: bool = False,
) -> list[str]:
    """What is said in place of an entry withheld because its own question (or alias) describes an
    emergency that the asker's words did not (engine/entryflags.py): which text of the entry does,
    then that emergency's call to action for a reader it is happening to (the calm pointer's
    lead: the asker reported nothing), then the pack's contact once. Never "what you describe"."""
    text = repr(one_line(found.text))
    own = (
        f"the question it answers, {text},"
        if found.which == "question"
        else f"the entry's other wording {text}"
    )
    lines = [
        f"The FAQ's answer is not shown: {own} describes an emergency, and its answer may not be "
        f"safe for someone it is happening to ({hint})."
        if not shown  # `--show-answer`, `:answer`: the answer follows
        else f"Read this first: {own} describes an emergency, and the answer below may not be "
        "safe for someone it is happening to."
    ]
    lines.extend(f"{POINTER_LEAD} {pointer_flag_text(flag, region)}" for flag in found.flags)
    line = labelled_contact(contact)
    return [*lines, line] if line else lines


def shows_answer(answer: Answer, show_answer: bool) -> bool:
    """Whether the FAQ answer is printed: never under an emergency notice, nor when its entry's
    own question describes one, unless asked for."""
    hidden = answer.emergency or answer.withheld is not None
    return answer.match is not None and (show_answer or not hidden)


def tells_no_match(answer: Answer, show_answer: bool) -> bool:
    """Whether stderr says there was no confident match: not under an emergency notice, which
    stands alone, unless the answer was asked for (`--show-answer`) and there is none."""
    return answer.match is None and (show_answer or not answer.emergency)


def no_match_line(answer: Answer) -> str:
    """The stderr line for a question without a confident match: plausible suggestions, or what the
    FAQ covers and how to browse it."""
    if answer.language_note and not unread_pointer(answer):  # else said on stdout already
        head = f"backcare: {not_english_line(answer)} No confident match for {said(answer.query)}."
    else:
        head = f"backcare: no confident match for {said(answer.query)}."
    if answer.suggestions:
        closest = "; ".join(
            f"{one_line(m.entry.question)} [{one_line(m.entry.id)}]" for m in answer.suggestions
        )
        contact = labelled_contact(answer.contact) and answer.contact  # '' when it undercuts
        ask_us = f" {contact_line(contact)}" if contact else ""
        return f"{head} Closest: {closest}.{ask_us}"
    return f"{head} {covers_line(answer.pack_topics, answer.contact, answer.named_topics)}"


# newcomer18 F8: said first, in short words, to a reader whose question is not in English
NOT_ENGLISH = "this does not look like English, and backcare reads only English"
# stranger trial F6: and to one in a language whose words for the red-flag signs are read
SIGNS_ONLY = (
    "this does not look like English: backcare reads English, and in {language} only its words"
    " for the red-flag signs it knows, so only those were checked for an emergency"
)
# newcomer29 F7: and to one whose question is partly in another language
PARTLY_ENGLISH = "part of this is not in English, and backcare reads only English"


def same_question_line(answer: Answer) -> str:
    """The line said, above any related questions, when other entries ask the answered question
    word for word ('' when none does): the pack's tie, as validate warns of it."""
    twins = answer.same_question
    if not twins:
        return ""
    ids = ", ".join(f"[{one_line(m.entry.id)}]" for m in twins)
    count = len(twins) + 1
    others = "the others are" if count > 2 else "the other is"
    return (
        f"This pack has {count} entries with this question; {others} {ids}, with an answer of "
        "its own ('backcare validate' warns of the duplicate)."
    )


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def not_english_line(answer: Answer) -> str:
    """What a reader whose question is not (all) in English is told first: that only English is
    read, and, when nothing was raised, that the red-flag check could not read it (or all of it)."""
    if answer.partly_english:  # set only when nothing was raised
        head = f"{PARTLY_ENGLISH}: only its English words were checked for an emergency"
        return f"{head}." if answer.match is not None else f"{head}. Please ask in English."
    unread = "" if answer.red_flags else ": it could not check it for an emergency"
    head = NOT_ENGLISH
    if answer.signs_read_in and not answer.red_flags:
        # the red-flag signs' words in some languages are read (docs/red-flags.md): "reads only
        # English: it could not check it" contradicted the README (stranger trial F6)
        head = SIGNS_ONLY.format(language=answer.signs_read_in)
        unread = ""
    if answer.match is not None:  # a pack in another language answered it (newcomer22 F2)
        return f"{head}{unread}. The answer was found by matching words."
    return f"{head}{unread}. Please ask in English."


def not_english_sentence(answer: Answer) -> str:
    """The not-English line as a sentence of its own, as every output and the prompt print it."""
    return capitalized(not_english_line(answer))


def unread_pointer(answer: Answer) -> bool:
    """Whether the pointer stands under a message the check could not read (all or part) and no
    entry answered: plain output then says why on stdout, above the pointer, and not again in
    the no-match line on stderr (newcomer30 F6: a pipe's reader got "Call 999 now" alone)."""
    return answer.language_note and answer.pointer is not None and answer.match is None


def not_english_lead(answer: Answer) -> str:
    """The not-English line said before a matched answer ('' when none): an unmatched question
    says it in its no-match line instead."""
    if not answer.language_note or answer.match is None:
        return ""
    return not_english_sentence(answer)


def covers_line(topics: tuple[str, ...], contact: str = "", named: tuple[str, ...] = ()) -> str:
    covers = f"This FAQ covers: {', '.join(one_line(t) for t in topics)}. " if topics else ""
    if named:  # the topics the question's own words name, first (stranger trial F11)
        which = " or ".join(repr(one_line(t)) for t in named)
        covers = (
            f"Your words name the topic {which} ('{topics_command(named[0])}' lists its "
            f"questions). {covers}"
        )
    # a contact that denies or puts off emergency help is never shown (labelled_contact)
    ask_us = f" {contact_line(contact)}" if labelled_contact(contact) else ""
    return f"{covers}{BROWSE_HINT}{ask_us}"


def topics_command(topic: str) -> str:
    """`backcare topics TOPIC` to copy: the topic's words as they are (`topics` joins them) when
    a shell reads them so, else quoted for a shell."""
    shown = one_line(topic)
    if all(c.isalnum() or c in " -" for c in shown) and not shown.startswith("-"):
        return f"backcare topics {shown}"
    import shlex

    ends = "-- " if shown.startswith("-") else ""  # an option's dash: after `--`, a topic
    return f"backcare topics {ends}{shlex.quote(shown)}"


def contact_line(contact: str) -> str:
    return f"Contact: {one_line(contact)}"


def entry_missing_line(missing: EntryMissing) -> str:
    names = ", ".join(one_line(c) for c in missing.suggestions)
    suffix = f" Did you mean: {names}?" if names else " 'backcare topics' lists the ids."
    # the id as typed, escaped (repr), never with its controls dropped: a stripped id would look
    # like one that exists, beside a suggestion that reads the same
    shown = quoted(missing.entry_id, SHOWN_ID_CHARS)
    return f"backcare: no entry with id {shown}.{suffix}"


# an id as typed, echoed in a message: the longest an id may be (packs.limits.MAX_ID_CHARS) and
# some; a pasted page is cut with a note of its length
SHOWN_ID_CHARS = 120


def source_line(pack: Pack) -> str:
    origin = one_line(pack.source) if pack.source else one_line(pack.path)
    return f"{one_line(pack.title)} - {origin}"


def entry_details(entry: Entry, pack: Pack) -> list[tuple[str, str]]:
    """(label, value) lines shown under an entry by `show`, in every human-readable view."""
    details = [("Topic", one_line(entry.topic) or "-")]
    if entry.aliases:
        details.append(("Also asked as", "; ".join(one_line(a) for a in entry.aliases)))
    if entry.tags:
        details.append(("Tags", ", ".join(one_line(t) for t in entry.tags)))
    details.append(("Id", one_line(entry.id)))
    if entry.source_url:
        details.append(("Page", one_line(entry.source_url)))
    if entry.reviewed:
        details.append(("Reviewed", entry.reviewed))
    part = pack.origin(entry)
    if part is not None:
        origin = one_line(part.source) if part.source else one_line(part.path)
        details.append(("Source", f"{one_line(part.title)} - {origin}"))
        contact = part.contact
    else:
        details.append(("Source", source_line(pack)))
        contact = pack.contact
    if contact:
        details.append(("Contact", one_line(contact)))
    return details
