"""`backcare` with no command on a terminal: ask, read, ask again.

A line is a question unless it is a command: `help`, `quit`, `exit` (with or without a colon),
`:show [ID]`, `:topics [TOPIC]`, `:answer` (the answer withheld under the last emergency notice;
`show`, `topics` and `answer` alone work without the colon, and `show ID` / `topics TOPIC` when
the words are exactly an id or topic of the pack),
or a number, which opens that question of the last list shown (the answer is 1, related questions
2, 3...; a `:topics` listing and a "did you mean" list are numbered from 1; a message or an entry
shown in full is no list, so the numbers keep their meaning). An emergency notice clears the list:
a person who has just read "get help now" and types a number must not get a self-care entry from
a list shown before it, so numbers open nothing until a new list is shown, and say so. Tab completes commands, ids and topics; history lasts for
the session and is never written to disk. Answers, entries and topics are printed by the same
functions as the commands use, so scores and wording mean the same everywhere.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from backcare.cli.actions import find_entry, list_topics
from backcare.cli.promptcommands import (
    ANSWER,
    HELP,
    QUIT,
    SHOW,
    TOPICS,
    Command,
    command_of,
    near_command,
)
from backcare.engine.tuning import CONFIDENT
from backcare.errors import QueryError
from backcare.output.messages import not_english_sentence, same_question_line
from backcare.output.text import one_line, said
from backcare.packs import lookup
from backcare.results import EntryFound

if TYPE_CHECKING:
    from rich.console import Console  # noqa: TID251  (a type only: rich is not imported at run time)

    from backcare.cli.wrapped import Wrapped
    from backcare.engine.answer import Answer, Engine
    from backcare.engine.entryflags import EntryEmergency
    from backcare.engine.match import Match
    from backcare.packs.schema import Entry

PROMPT = "backcare> "
MORE = "...> ".rjust(len(PROMPT))  # before each line read with the one above it, under the prompt
ID_PROMPT = "id> "
COMPLETIONS = (":help", ":show ", ":topics ", ":answer", ":quit", "help", "quit", "exit")
# each command on its own line and what it does under it (two columns wrapped to column 0 on a
# 60-column braille display, newcomer17 F7); each description one line, broken between words at
# the terminal's width by Session.say under its own indentation (newcomer18 F5: hand-broken for
# 60 columns, its lines fell to the margin at 40)
TAB_LINE = "Tab completes commands, ids and topics."
HELP_TEXT = f"""\
Type a question in your own words, for example:
  stiff back after sitting
Commands:
  2 or :2
    open question 2 of the last numbered list (after an answer, 1 is that answer)
  :show ID
    show one entry in full (:show alone asks for the id; show ID works too)
  :topics [TOPIC]
    list the questions, or one topic's (the start of its name is enough; topics works too)
  :answer
    the FAQ's answer withheld under the last emergency notice (or, when
    none answered, its closest questions)
  help
    this help
  quit or exit
    leave (Ctrl-D leaves too; Ctrl-C cancels the line being typed)
{TAB_LINE}
Scores run 0-100; {CONFIDENT:g} or more is a confident match."""  # the engine's mark


# said under the banner when no region is set, nor implied by the locale (newcomer24 F8): one
# short line, two at 40 columns (newcomer31 F15: it took 6 there, before anything was asked),
# the variable unbroken; a notice, when one comes, says the settings file's way too. No
# "emergency" in it: a session with none says no such word (test_interactive)
REGION_HINT = "Set BACKCARE_REGION=UK (or US, EU...) so red-flag notices give your own numbers."
# Ctrl-C at the prompt does what it does at node's and a shell's: words on the line are dropped,
# and on an empty line it says how to leave; a second Ctrl-C there leaves (newcomer24 F3)
CANCELLED = "(line cancelled; to leave, press Ctrl-C on an empty line, or Ctrl-D)"
AGAIN_TO_LEAVE = "(line cancelled; press Ctrl-C again, or Ctrl-D, to leave)"
# Ctrl-C while a question is being answered (a large pack, a long paste): that question is
# dropped and the session goes on, its history and numbered list kept (newcomer24 F3: it ended
# the session, exit 130, with nothing said)
QUESTION_CANCELLED = "(cancelled: not answered; the session goes on)"
# a line of only characters that show nothing (a zero-width space, a key's escape sequence)
NOTHING_TYPED = "Nothing to answer: the line holds no letters or words. Type a question."
LEAVING_AFTER_EMERGENCY = (
    "You described an emergency in this session: please get help now (see its notice above)."
)


class Session:
    """One interactive session: reads lines, runs commands, remembers the last numbered list."""

    def __init__(
        self,
        engine: Engine,
        console: Console,
        *,
        top: int = 3,
        plain: bool = False,
        pager: str | None = None,
        region: str | None = None,
        read: Callable[[str], str] = input,
        pending: Callable[[], list[str]] | None = None,
        arrived: Callable[[], list[str]] | None = None,
        echo: bool = False,
    ) -> None:
        self.engine = engine
        self.pack = engine.pack
        self.console = console
        self.top = top
        self.plain = plain
        self.pager = pager
        self.region = region
        self.read = read
        # the lines typed or pasted after a `quit`, still waiting unread (typed_ahead)
        if pending is None:
            from backcare.cli.pasted import typed_ahead

            pending = typed_ahead
        self.pending = pending
        # the lines that arrived with the one just read (a paste the terminal did not mark), read
        # with it as one message (pasted.py); `echo`: show them, as readline did not (it read
        # only the first), so what is answered is on the screen
        if arrived is None:
            from backcare.cli.pasted import arrived_with

            arrived = arrived_with
        self.arrived = arrived
        self.echo = echo
        self.completes = False  # whether Tab completes (readline reads the lines: run_prompt)
        self.leftover: list[str] = []  # lines that arrived with a `quit`, after it
        self.numbered: list[str] = []  # entry ids of the last list shown, 1-based on screen
        # an emergency notice cleared the list: numbers open nothing until a new one is shown
        self.cleared = False
        # what the last question's notice kept back, or the entry last opened whose own question
        # describes an emergency: what :answer shows
        self.withheld: Answer | EntryEmergency | None = None
        # whether any line described an emergency: the session then exits 3, as `ask` and a
        # batch do, so a script driving the prompt can tell from the status alone
        self.emergency = False
        self.asking_id = False  # the completer offers ids while `:show` asks for one
        # the lines typed so far, every one counted (a blank line or a command ends a run of
        # wrapped lines, as a blank line does in a batch), and the run the next question may
        # continue: "I suddenly cannot" / "pee at all" typed as two questions get the notice the
        # batch gives them, on the second (hostile13 F6)
        self.typed = 0
        self._wrapped: Wrapped | None = None

    # ---- the loop ------------------------------------------------------------------------------

    def run(self, first: Sequence[str] = ()) -> None:
        """The session; `first`: lines typed before it began, handled as typed."""
        self.say(self.banner())
        # Tab completes only where readline reads the lines: not on a dumb terminal (newcomer22 F8)
        tab = " Tab completes;" if self.completes else ""
        self.say(f"Type a question, or help for the commands.{tab} Ctrl-D leaves.")
        if not self.region:
            # newcomer24 F8: with no region a notice reads out every region's numbers, "111 in
            # New Zealand" last, which a UK listener knows as the non-emergency line
            self.say(REGION_HINT)
        self.disclaimer()
        if first:  # typed (or pasted) while the pack opened: together, as lines that arrive so
            self.say(f"{PROMPT}{one_line(first[0])}")
            self.show_more(first[1:])
            if not self.taken(first):
                self.read_ahead()
                self.leaving()
                return
        interrupts = 0  # Ctrl-C pressed on an empty line since the last line read
        while True:
            try:
                line = self.read(PROMPT)
                more = self.arrived()
            except EOFError:  # Ctrl-D: a normal end, exit 0 (3 if an emergency was described)
                self.say("")
                self.leaving()
                return
            except KeyboardInterrupt:
                # Ctrl-C cancels the line being typed and keeps the session, as a shell and
                # Python's prompt do (newcomer18 F10: it ended the session, exit 130, and lost
                # the line); on an empty line a second one leaves, as Ctrl-D and quit do
                self.say("")
                if self.typing():
                    interrupts = 0
                    self.say(CANCELLED)
                    continue
                interrupts += 1
                if interrupts > 1:
                    self.read_ahead()
                    self.leaving()
                    return
                self.say(AGAIN_TO_LEAVE)
                continue
            interrupts = 0
            if self.echo:
                self.show_more(more)
            # a bracketed paste comes as one string of lines; a paste the terminal did not mark,
            # as its first line with the rest waiting behind it (pasted.py)
            if not self.taken([*(line.splitlines() or [line]), *more]):
                self.read_ahead()
                self.leaving()
                return

    def taken(self, lines: Sequence[str]) -> bool:
        """`take`, which Ctrl-C may cancel: the lines not yet answered are dropped, with a note,
        and the session goes on (True). Their red flags are still read, since the check runs
        after the ranking a person may have cut short: any notice is shown."""
        try:
            return self.take(lines)
        except KeyboardInterrupt:
            self.say("")
            self.say(QUESTION_CANCELLED)
            self.notices_of(lines)
            return True

    def notices_of(self, lines: Sequence[str]) -> None:
        """The red-flag notices of lines that were not answered (a cancelled question), alone:
        each line's, and the lines' read together (a paste), the first that raises one. The
        check needs no ranking, so it is quick where the ranking was slow."""
        from backcare.engine.answer import Answer, warnings
        from backcare.engine.ranked import Ranking

        words = [line.strip() for line in lines if line.strip() and not self.alone(line)]
        for text in [*words, " ".join(words)] if len(words) > 1 else words:
            flags, _ = warnings(text, self.engine.safety)
            if flags:
                nothing = Ranking(text, (), False, ())
                answer = Answer(text, nothing, flags, contact=self.pack.contact)
                self.print_answer(answer)
                if answer.emergency:
                    self.emergency = True
                    self.remember([], cleared=True)
                return

    def typing(self) -> bool:
        """Whether words were on the line when Ctrl-C was pressed (readline still holds them);
        False where that cannot be known (a dumb terminal's own line editing)."""
        if not self.completes:
            return False
        try:
            import readline

            return bool(readline.get_line_buffer().strip())
        except (ImportError, AttributeError):  # pragma: no cover - no readline here
            return False

    def show_more(self, lines: Sequence[str]) -> None:
        for line in lines:
            self.say(f"{MORE}{one_line(line)}")

    def take(self, lines: Sequence[str]) -> bool:
        """Act on lines that arrived together (typed, they come one at a time): each command on
        its own, and the lines between commands as the messages they hold (pasted.py); False
        when the session should end (the lines after it are then read for red flags before
        leaving, as lines typed after `quit` are)."""
        from backcare.cli.pasted import parts

        # a line is read as typed alone wherever it arrives: a command, `show ID`, a mistyped
        # command word (`quti`, `hlep`), each acted on by `handle` as when typed (ux32: pasted
        # among other lines, `quti` was asked as a question, or read as the end of the line
        # before it, and `topics pain relief` was asked)
        found = parts(lines, self.alone)
        for at, part in enumerate(found):
            if not self.alone(part[0]):
                self.take_messages(part)
            elif not self.handle(part[0]):
                self.leftover = [line for rest in found[at + 1 :] for line in rest]
                return False
        return True

    def take_messages(self, run: Sequence[str]) -> None:
        """The messages of a run of lines that arrived together, each answered in order; when any
        of them, or the run read whole, describes an emergency, its notice comes first and alone
        (no self-care answer to another message above it: newcomer20 F1), and the other messages
        are named as kept back, none dropped silently (codereview20 2)."""
        from backcare.cli.pasted import joined_lines, kept_back, messages, paste_notice

        run, left_out = self.without_furniture(run)
        found = messages(run)
        if sum(1 for lines in found if lines != [""]) <= 1:
            for lines in found:
                self.handle(joined_lines(lines))
            self.say_left_out(left_out)
            return
        answers: list[Answer] = []
        for lines in found:
            self.typed += 1  # a blank line too: it ends a run of wrapped lines, as in a batch
            if lines != [""]:
                answer = self.answered(joined_lines(lines), typed=True)
                answers += [answer] if answer is not None else []
        notice = paste_notice(answers, self.engine)
        if notice is None:
            for answer in answers:
                self.withheld = None  # :answer belongs to the question just answered
                self.reply(answer)
            self.say_left_out(left_out)
            return
        shown, at = notice
        self.withheld = None
        self.reply(shown)
        others = [a.query for n, a in enumerate(answers) if n != at]
        if others:
            self.say(kept_back(others))
        self.say_left_out(left_out)

    def without_furniture(self, run: Sequence[str]) -> tuple[list[str], int]:
        """A paste's lines with its email furniture (greeting, sign-off, signature, "Sent from
        my iPhone", "> " quoted reply: cli/mailparts.py) blanked, so none is asked as a question
        (newcomer24 F6), and how many were; a line that raises a red flag is always kept. A
        blank line stands in its place: it ends the message before it, as a greeting does."""
        from backcare.cli.mailparts import furniture_lines

        if len(run) < 2:  # a line typed alone is asked as typed
            return list(run), 0
        kept: list[str] = []
        left_out = 0
        for line, furniture in zip(run, furniture_lines(run), strict=True):
            if furniture and not _red_flags(line.strip().lstrip(">").strip()):
                kept.append("")
                left_out += 1
            else:
                kept.append(line)
        return kept, left_out

    def say_left_out(self, left_out: int) -> None:
        if left_out:
            lines = "line" if left_out == 1 else "lines"
            self.say(
                f"(Not asked: {left_out} {lines} of greeting, sign-off, signature or quoted reply.)"
            )

    def handle(self, line: str) -> bool:
        """Act on one line (a command: promptcommands.command_of); False when the session should
        end."""
        self.typed += 1
        text = line.strip()
        if not text:
            return True
        command = self.command(text)
        if command is None:
            meant = self.mistyped(text)
            if meant is not None:
                self.say(f"Did you mean {meant!r}? Type {meant} as it is spelt to use it.")
                return True
            self.ask(text, typed=True)
            return True
        kind, word, rest = command
        if kind == "quit":
            return False
        if kind == "help":
            self.say(self.help_text())
        elif kind == "number":
            self.open_number(command.number)
        elif kind == "answer":
            self.show_withheld()
        elif kind == "show":
            self.show(rest)
        elif kind == "topics":
            self.topics(rest)
        else:
            # a colon command with words it does not take (`:help i cant pee`, `:quit ...`), or
            # no command at all (`:2 my legs are numb`, a typo such as `:topcis i cant pee`): the
            # words may still describe a red flag, so they are asked first, and the notice comes
            # before the command's own message, as `backcare i cant pee --help` puts it
            words = text.lstrip(":").strip() if word not in HELP | QUIT | ANSWER else rest
            if _red_flags(words):
                self.ask(words)
            if word in HELP:
                self.say(self.help_text())  # `:help topics`: help was meant, never "unknown"
            elif word in QUIT | ANSWER:
                self.say(f"{word!r} takes no words; type {word} alone.")
            else:
                meant = near_command(word)
                hint = f" Did you mean {meant!r}?" if meant is not None else ""
                self.say(f"Unknown command {one_line(word)!r}.{hint} Type help for the commands.")
        return True

    def command(self, line: str) -> Command | None:
        """The command `line` is at this prompt: one of promptcommands', or `show ID` / `topics
        TOPIC` of this pack's ids and topics (browse_words); None for words of a question."""
        text = line.strip()
        return (command_of(text) or self.browse_words(text)) if text else None

    def mistyped(self, line: str) -> str | None:
        """The command a line of one mistyped word meant (`qiut`: quit), unless the word
        raises a red flag (then it is asked); None for words of a question."""
        text = line.strip()
        if not text or " " in text:
            return None
        meant = near_command(text)
        return meant if meant is not None and not _red_flags(text) else None

    def alone(self, line: str) -> bool:
        """Whether `line` is acted on alone, wherever it arrives (typed, or among pasted lines):
        a command, or a mistyped one, never a part of a message with the lines around it."""
        return self.command(line) is not None or self.mistyped(line) is not None

    def browse_words(self, text: str) -> Command | None:
        """`show ID` and `topics TOPIC` typed without the colon, as in the shell (newcomer24 F4),
        when the words after them are exactly an id or a topic name of this pack: "show me a
        stretch" or "topics about sciatica" are questions. A topic's name as written is a label,
        whose words are not read for red flags (lookup.is_topic_name), so none is missed."""
        word, _, rest = text.partition(" ")
        word, rest = word.casefold(), rest.strip()
        if word == "show" and rest and self.pack.get(rest) is not None:
            return Command("show", SHOW, rest)
        if word == "topics" and rest and lookup.is_topic_name(self.pack, rest):
            return Command("topics", TOPICS, rest)
        return None

    def read_ahead(self) -> None:
        """Before leaving: the lines typed or pasted after `quit` ("stiff back" / "exit" / "i cant
        pee" pasted as one block), read for red flags as typed questions are (hostile14 6: left
        unread, the emergency was lost, and the lines went on to the shell). Only an emergency's
        or another notice is shown; the session then exits 3 as for any emergency."""
        waiting, self.leftover = [*self.leftover, *self.pending()], []
        for line in waiting:
            self.typed += 1
            text = line.strip()
            if not text or not _red_flags(text):
                continue
            self.say(f"Read after quit: {one_line(text)[:80]!r}")
            self.ask(text, typed=True)

    def leaving(self) -> None:
        """On leaving after an emergency was described, say so, as a batch stopped after one does:
        the notice may have scrolled away, and the exit status (3) is not read by a person."""
        if self.emergency:
            self.say(LEAVING_AFTER_EMERGENCY)

    def banner(self) -> str:
        """The pack's title with its size; reads well whatever punctuation the title ends with,
        aloud too (newcomer17 F9: a screen reader said "middle dot" for the separators)."""
        entries = len(self.pack.entries)
        topics = len([t for t in self.pack.topics() if t])
        size = f"{entries} question{'s' * (entries != 1)}"
        if topics:
            size += f" in {topics} topic{'s' * (topics != 1)}"
        return f"backcare: {one_line(self.pack.title)} ({size})"

    # ---- commands ------------------------------------------------------------------------------

    def ask(self, question: str, *, typed: bool = False) -> None:
        """Answer `question`; `typed`: it is a line typed as a question, which may go on from the
        lines typed just before it (wrapped.py reads the run as the batch reads it). The answer
        is never delayed: an emergency the run names comes with the line that completes it."""
        self.withheld = None  # :answer belongs to the question just asked
        answer = self.answered(question, typed=typed)
        if answer is not None:
            self.reply(answer)

    def answered(self, question: str, *, typed: bool = False) -> Answer | None:
        """The answer to `question` (read with the lines typed before it, `typed`), None when it
        cannot be asked (the reason is said)."""
        from backcare.cli.dumbline import only_keys
        from backcare.engine.query import is_blank

        if is_blank(question) or only_keys(question):  # keys' escapes, invisible characters
            self.say(self.nothing_typed(question))
            return None
        try:
            answer = self.engine.ask(question, top=self.top)
        except QueryError as exc:  # the CLI's wording ("backcare: ..."), said as a sentence
            self.say(sentence(str(exc)))
            return None
        return self.wrapped().read(answer, question, self.typed) if typed else answer

    def nothing_typed(self, line: str) -> str:
        """What a line with nothing to ask gets, in words a person uses (newcomer31 F15: an Up
        arrow on a dumb terminal got "the question is empty (only invisible characters or
        terminal escapes)", the CLI's usage error): an arrow or editing key where none works
        says so and what to do instead; anything else, that nothing readable was typed."""
        from backcare.cli.dumbline import NO_HISTORY, editing_keys

        if not self.completes and editing_keys(line):
            return NO_HISTORY
        return NOTHING_TYPED

    def reply(self, answer: Answer) -> None:
        """Show `answer`, and remember what a number or :answer opens after it."""
        self.print_answer(answer)
        if answer.emergency or answer.withheld is not None:
            # the notice stands alone: no related questions or suggestions. The list shown before
            # it is cleared: after "get help now", `3` must not open a self-care entry from it.
            # :answer shows what was withheld. Only the asker's words make the session exit 3
            self.emergency = self.emergency or answer.emergency
            # with no confident match, :answer shows what the FAQ has (the closest questions),
            # as `ask --show-answer` does, which the line under the notice says (newcomer29 F11)
            held = answer.match is not None or answer.emergency
            self.withheld = answer if held else None
            self.remember([], cleared=True)
            return
        if answer.match is not None:
            tie = same_question_line(answer)
            if tie:  # the pack's tie, not a related question (stranger trial F10)
                self.say(tie)
            shown = (answer.results[0], *answer.related)
            self.number(shown, "Related questions", start=1, skip_first=True)
            return
        self.no_match(answer)

    def no_match(self, answer: Answer) -> None:
        """What a question with no confident match gets: the closest questions, numbered, or what
        the FAQ covers."""
        if answer.language_note:  # newcomer18 F8 (and newcomer29 F7): said first, in one line
            self.say(not_english_sentence(answer))
        self.say(f"No confident match for {said(answer.query)}.")
        suggestions = answer.suggestions
        if suggestions:
            self.number(suggestions, "Closest questions (type a number to open one)")
        else:
            if answer.named_topics:  # the topics the question's words name (stranger F11)
                which = " or ".join(repr(one_line(t)) for t in answer.named_topics)
                first = one_line(answer.named_topics[0])
                self.say(f"Your words name the topic {which}: type :topics {first} to browse it.")
            self.covers()  # no list shown: the numbers keep meaning the last one

    def wrapped(self) -> Wrapped:
        if self._wrapped is None:
            from backcare.cli.wrapped import Wrapped

            self._wrapped = Wrapped(self.engine)
        return self._wrapped

    def show(self, wanted: str) -> None:
        prompted = not wanted
        if prompted:
            wanted = self.ask_for_id()
            if not wanted:
                return
        found = find_entry(self.pack, wanted)  # what `backcare show` does
        if isinstance(found, EntryFound):
            self.open_entry(found.entry)
            return
        if prompted and wanted.casefold() in QUIT:
            return  # "exit" at the id prompt leaves the prompt (unless the pack has that id)
        if not lookup.is_topic_name(self.pack, wanted) and _red_flags(wanted):
            # words that are no id may describe a red flag (`:show my legs went numb`): asked as
            # the question they are, so the notice comes first, as `backcare show` gives it
            self.ask(wanted)
            return
        close = list(found.suggestions)
        if not close:
            self.say(f"No entry with id {shown_id(wanted)}. Type :topics to see them all.")
            return
        self.say(f"No entry with id {shown_id(wanted)}. Did you mean:")
        self.remember(close)
        for n, entry_id in enumerate(close, 1):
            known = self.pack.get(entry_id)
            question = one_line(known.question) if known is not None else ""
            self.say(f"  {n}. {one_line(entry_id)}  {question}")

    def ask_for_id(self) -> str:
        self.asking_id = True
        try:
            return self.read(ID_PROMPT).strip()
        except EOFError:  # Ctrl-D leaves the id prompt, back to the question prompt
            self.say("")
            return ""
        except KeyboardInterrupt:  # Ctrl-C cancels the :show, as Ctrl-D does; the session goes on
            self.say("")
            return ""
        finally:
            self.asking_id = False

    def topics(self, wanted: str) -> None:
        if not lookup.is_topic_name(self.pack, wanted) and _red_flags(wanted):
            # as for :show and `backcare topics WORDS`: the notice first, whether or not the
            # words also name a topic (hostile13 F3: a sentence named one by a word, no notice)
            self.ask(wanted)
            return
        try:
            listing = list_topics(self.pack, wanted or None)  # what `backcare topics` does
        except QueryError:
            self.say(f"No topic matches {shown_id(wanted)}.")
            self.covers()
            return
        self.print_topics(list(listing.entries))

    def show_withheld(self) -> None:
        """`:answer`: the FAQ answer kept back under the last emergency notice, below the notice
        again (it comes first, always)."""
        if self.withheld is None:
            self.say(
                "No answer is withheld: :answer shows the one kept back by an emergency notice."
            )
            return
        from backcare.engine.answer import Answer

        if isinstance(self.withheld, Answer):
            self.print_answer(self.withheld, show_answer=True)
            if self.withheld.match is None:  # an emergency no entry answered: what it has
                self.no_match(self.withheld)
        else:  # an entry opened whose own question describes one: the lines again, above it
            self.print_withheld(self.withheld, shown=True)
            self.print_entry(self.withheld.entry)

    def remember(self, ids: Sequence[str], *, cleared: bool = False) -> None:
        """The entries of the list now on screen, for `2` / `:2` (none, `cleared`: an emergency
        notice stands where the list was)."""
        self.numbered = list(ids)
        self.cleared = cleared

    def open_number(self, number: int) -> None:
        if not 1 <= number <= len(self.numbered):
            if self.cleared:
                self.say(
                    "Numbers open nothing since the emergency notice; ask a question or type "
                    ":topics for a new list."
                )
            elif self.numbered:
                self.say(
                    f"No question {number}: the last list runs from 1 to {len(self.numbered)}."
                )
            else:
                self.say("Numbers open questions from the last numbered list; there is none yet.")
            return
        entry = self.pack.get(self.numbered[number - 1])
        if entry is not None:
            self.open_entry(entry)

    def open_entry(self, entry: Entry) -> None:
        """An entry opened by id or number; one whose own question describes an emergency is
        withheld, as `backcare show` and `ask` withhold it (the engine decides:
        engine/entryflags.py): why, that emergency's call to action, and :answer to see it."""
        withheld = self.engine.entry_emergency(entry)
        if withheld is None:
            self.print_entry(entry)
            return
        self.print_withheld(withheld)
        self.withheld = withheld
        self.remember([], cleared=True)

    def print_withheld(self, withheld: EntryEmergency, *, shown: bool = False) -> None:
        from backcare.output.messages import PROMPT_ANSWER_HINT, entry_withheld_lines

        contact, hint = self.pack.contact, PROMPT_ANSWER_HINT
        if self.plain:
            lines = entry_withheld_lines(withheld, self.region, contact, hint, shown=shown)
            self.say("\n".join(lines))
        else:
            from backcare.output.terminal import print_withheld

            print_withheld(self.console, withheld, self.region, contact, hint, shown=shown)

    # ---- output ----------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        # broken between words at the terminal's own width (COLUMNS, else the terminal's size),
        # each line's continuations under its own indentation: the terminal broke words ("...
        # the last numbered" / "list" at the margin, newcomer18 F5), and Rich takes a dumb
        # terminal for 80 columns (hard-wrapped at 80 on a 60-column screen: every line broken
        # twice on a braille display, newcomer17 F3/F7). Not a terminal: never broken
        from backcare.output.wrapping import stream_width, wrapped

        width = stream_width(self.console.file)
        if width is not None:
            text = wrapped(text, width, hang="")
        self.console.print(text, markup=False, highlight=False, emoji=False, soft_wrap=True)

    def covers(self) -> None:
        """What the FAQ covers, and how to browse it: the next step after no answer."""
        names = [one_line(t) for t in self.pack.topics() if t]
        if names:
            self.say(f"This FAQ covers: {', '.join(names)}.")
        self.say("Type :topics to browse the questions, or :topics TOPIC for one topic.")

    def number(
        self, matches: Sequence[Match], title: str, start: int = 1, skip_first: bool = False
    ) -> None:
        """List matches numbered from `start`, remembering them for `2` / `:2`."""
        self.remember([m.entry.id for m in matches])
        shown = list(enumerate(matches, start))[1 if skip_first else 0 :]
        if not shown:
            return
        if skip_first:
            title += " (type a number to open one)"
        self.say(f"{title}:")
        for n, m in shown:
            if self.plain:
                self.say(
                    f"  {n}. {one_line(m.entry.question)}  "
                    f"[{one_line(m.entry.id)}, score {m.score:.1f}]"
                )
            else:
                from backcare.output.terminal import related_line

                # wrapped lines hang under the question, as in `ask`'s related questions
                self.console.print(related_line(m, n))

    def print_answer(self, answer: Answer, *, show_answer: bool = False) -> None:
        """The answer, through the pager when it is taller than the terminal, as `ask` pages it
        (newcomer24 F7: on a 15-row window a 25-step answer's start scrolled away); never one
        with a red-flag notice or a withheld entry's lines, which stand on the screen."""
        if answer.red_flags or answer.withheld is not None or answer.pointer is not None:
            self.print_answer_now(answer, show_answer=show_answer)
        else:
            self.paged(lambda: self.print_answer_now(answer, show_answer=show_answer))

    def print_answer_now(self, answer: Answer, *, show_answer: bool = False) -> None:
        from backcare.output.messages import (
            ANSWER_WITHHELD_NONE_PROMPT,
            ANSWER_WITHHELD_PROMPT,
            PROMPT_ANSWER_HINT,
        )

        if self.plain:
            from backcare.output.plain import plain_answer

            # with the entry and its score above the answer, as the Rich view's title and bar
            text = plain_answer(
                answer,
                show_answer=show_answer,
                region=self.region,
                withheld=ANSWER_WITHHELD_PROMPT,
                heading=True,
                hint=PROMPT_ANSWER_HINT,
                unmatched=ANSWER_WITHHELD_NONE_PROMPT,
            )
            if text:
                self.say(text)
            return
        from backcare.output.terminal import print_answer

        # the related questions are listed here, numbered, instead of by print_answer
        alone = answer._replace(ranking=answer.ranking._replace(matches=answer.results[:1]))
        print_answer(
            self.console,
            alone,
            show_answer=show_answer,
            region=self.region,
            withheld=ANSWER_WITHHELD_PROMPT,
            hint=PROMPT_ANSWER_HINT,
            unmatched=ANSWER_WITHHELD_NONE_PROMPT,
        )

    def print_entry(self, entry: Entry) -> None:
        if self.plain:
            from backcare.output.plain import plain_entry

            self.paged(lambda: self.say(plain_entry(entry, self.pack)))
        else:
            from backcare.output.terminal import print_entry

            self.paged(lambda: print_entry(self.console, entry, self.pack))

    def print_topics(self, entries: list[Entry]) -> None:
        """The listing, numbered: it replaces the last list on screen, so the numbers must now
        open its entries (unnumbered, `2` opened an entry of a list no longer in view)."""
        if self.plain:
            from backcare.output.plain import listing_order, topic_lines

            self.remember([e.id for e in listing_order(entries)])
            self.paged(lambda: self.say(topic_lines(entries, numbered=True)))
        else:
            from backcare.output.terminal import print_topics

            listed: list[Entry] = []
            self.paged(
                lambda: listed.extend(print_topics(self.console, self.pack, entries, numbered=True))
            )
            self.remember([e.id for e in listed])  # the entries with a number on screen

    def paged(self, show: Callable[[], None]) -> None:
        """Run `show`, through the pager when its output is taller than the terminal."""
        if self.pager is None:
            show()
            return
        from backcare.output.pager import page

        with self.console.capture() as captured:
            show()
        page(captured.get(), self.pager, stream=self.console.file)

    def help_text(self) -> str:
        """HELP_TEXT, without the Tab line where Tab does not complete (a dumb terminal)."""
        return HELP_TEXT if self.completes else HELP_TEXT.replace(f"{TAB_LINE}\n", "")

    def disclaimer(self) -> None:
        if self.plain:  # at the terminal's width: Rich takes a dumb terminal for 80 columns, and
            # a 40-column one broke the line itself (" If you are worried...", newcomer22 F8)
            from backcare.output.messages import DISCLAIMER

            self.say(DISCLAIMER)
            return
        from backcare.output.terminal import print_disclaimer

        print_disclaimer(self.console)

    # ---- completion ------------------------------------------------------------------------------

    def complete(self, text: str, state: int) -> str | None:
        """readline completer: commands first on the line, then ids after :show, topics after
        :topics; ids alone while :show asks for one. Never file names."""
        try:
            import readline

            line = readline.get_line_buffer()
            start = readline.get_begidx()
        except (ImportError, AttributeError):  # pragma: no cover - no readline here
            line, start = text, 0
        options = self.candidates(line, start, text)
        return options[state] if state < len(options) else None

    def candidates(self, line: str, start: int, text: str) -> list[str]:
        if self.asking_id:
            return lookup.complete_ids(self.pack, text)
        head = line[:start]
        command = head.split(" ", 1)[0].casefold()
        if not head.strip():
            return [c for c in COMPLETIONS if c.startswith(text.casefold())]
        if command == ":show":
            return lookup.complete_ids(self.pack, text)
        if command == ":topics":
            # a topic can hold spaces, but readline replaces only the current word: complete the
            # whole argument, and hand back the part from the current word on
            argument = line[len(":topics") :].lstrip()
            offset = len(argument) - len(text)
            return [t[offset:] for t in lookup.complete_topics(self.pack, argument)]
        return []


def run_prompt(
    engine: Engine,
    color: str = "auto",
    *,
    top: int = 3,
    plain: bool = False,
    pager: str | None = None,
    console: Console | None = None,
    region: str | None = None,
    first: Sequence[str] = (),
) -> bool:
    """The prompt on this terminal, until quit or Ctrl-D (Ctrl-C cancels the line being typed);
    whether any line described an emergency (the session's exit status is then 3). `first`:
    lines typed while the pack opened (cli/typedearly.py), handled before any other.

    `console` (default: a new one for `color`) lets the caller choose its width and stream; `top`,
    `plain` and `pager` come from the settings (backcare.config)."""
    if console is None:
        from backcare.output.terminal import make_console

        console = make_console(color)
    session = Session(engine, console, top=top, plain=plain, pager=pager, region=region)
    session.echo = session.completes = setup_readline(session.complete, bracketed=not plain)
    if not session.completes:
        from backcare.cli.dumbline import read_line, terminal_reader

        if terminal_reader():  # the terminal's own line editing, read whole (dumbline.py)
            session.read = read_line
    session.run(first)
    return session.emergency


def setup_readline(completer: Callable[[str, int], str | None], *, bracketed: bool = True) -> bool:
    """Line editing, Tab completion with `completer`, a history that starts empty, and bracketed
    paste (unless not `bracketed`); whether readline reads the lines. Not on a dumb terminal,
    which cannot move the cursor: readline scrolled a long line sideways there ("backcare>
    <ning i cant feel anything", newcomer17 F8), and a screen reader read the '<' and half the
    line; the terminal's own echo shows the line as typed.

    BACKCARE_PLAIN promises a prompt with no escape codes: bracketed paste writes ESC[?2004h and
    ESC[?2004l around every line read (newcomer26 F16), and the meta key ESC[?1034h, so both stay
    off there. A paste is then read as the lines that arrived together (pasted.py)."""
    from backcare.output.environment import dumb_terminal

    if dumb_terminal():
        return False
    with contextlib.suppress(ImportError):  # not on every platform
        import readline

        readline.clear_history()  # this session's lines only; nothing is read or written on disk
        readline.set_completer(completer)
        readline.set_completer_delims(" \t\n")  # ids contain '-': complete them whole
        if "libedit" in (readline.__doc__ or ""):  # macOS's readline speaks another dialect
            readline.parse_and_bind("bind ^I rl_complete")
        else:
            readline.parse_and_bind("tab: complete")
            # a paste marked by the terminal comes whole, as one message (pasted.py): CPython
            # turns readline's bracketed paste off (bpo-42819), so a paste came a line at a time
            readline.parse_and_bind(f"set enable-bracketed-paste {'on' if bracketed else 'off'}")
            if not bracketed:
                readline.parse_and_bind("set enable-meta-key off")
        return True
    return False


def sentence(message: str) -> str:
    """A CLI message ("the question is ...") as the prompt says it: a sentence, capitalised and
    ended, as the prompt's own lines are."""
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!", ")")) else f"{text}."


def shown_id(wanted: str) -> str:
    """An id or topic as typed, for a message: escaped, never stripped, and cut when long."""
    from backcare.output.messages import SHOWN_ID_CHARS
    from backcare.output.text import quoted

    return quoted(wanted, SHOWN_ID_CHARS)


def _red_flags(words: str) -> bool:
    from backcare.engine.answer import red_flags

    return bool(words) and bool(red_flags(words))
