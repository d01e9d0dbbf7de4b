"""Every command-line option, declared once.

The Typer app (backcare.cli.app) builds its parameters from these declarations, and the start-up fast
path (backcare.cli.entry) reads `ask` argv with the same names, kinds and choices. This module
imports nothing heavy: the fast path must stay cheaper than importing Typer.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from backcare.namedtuple import NamedTuple
from backcare.packs.formats import FORMATS


class Option(NamedTuple):
    dest: str  # the parameter's name in the command function and in AskOptions
    names: tuple[str, ...]
    help: str
    kind: str = "flag"  # flag | int | top (engine.query.top_from_text) | text | choice | packs
    metavar: str | None = None
    choices: tuple[str, ...] = ()
    envvar: str | None = None


FAQ = Option(
    "faq",
    ("--faq",),
    "FAQ pack (JSON, or a Markdown or HTML FAQ) to search instead of the bundled one; repeat it "
    "to search several together ('bundled' names the bundled pack). Default: BACKCARE_FAQ (a "
    "list separated by ':'), the settings file, the bundled pack.",
    kind="packs",
    metavar="PACK",
)
COLOR = Option(
    "color",
    ("--color",),
    "Colour: auto (on a terminal only), always (in a pipe too, with the boxed layout: e.g. for "
    "less -R), never (no escape code at all). Boxes and bars stay: --plain drops them. "
    "Default: BACKCARE_COLOR, the settings file, NO_COLOR (never), auto.",
    kind="choice",
    metavar="WHEN",
    choices=("auto", "always", "never"),
)
# The root options: they may stand before a command, and only they may stand before a question.
ROOT_NAMES = frozenset(name for option in (FAQ, COLOR) for name in option.names)
PLAIN = Option(
    "plain",
    ("--plain",),
    "Plain text even on a terminal (the default in pipes): no boxes or bars. To make it the "
    "default, set plain = true in the settings file or BACKCARE_PLAIN=1.",
)
TOP = Option(
    "top",
    ("--top", "-n"),
    "How many ranked results to show at most, 1-1000 (default: BACKCARE_TOP, the settings "
    "file, 3). Only entries scoring above 0 are listed, so fewer come when fewer relate to the "
    "question; a pack of more than 50 entries ranks its 50 best.",
    kind="top",
    metavar="N",
)
TOPIC = Option(
    "topic",
    ("--topic", "-t"),
    "Only match entries of this topic (any case; a prefix is enough).",
    kind="text",
    metavar="TOPIC",
)
NO_PAGER = Option(
    "no_pager",
    ("--no-pager",),
    "Never page long output (on a terminal, output taller than the screen goes through "
    "BACKCARE_PAGER, the settings file's pager, PAGER or less).",
)
EXPLAIN = Option("explain", ("--explain",), "Show why each entry ranked where it did.")
WITH_QUESTION = Option(
    "with_question",
    ("--with-question",),
    "Plain output: start each answer with 'question:' and 'match:' lines (for logs and scripts).",
)
INPUT = Option(
    "input_format",
    ("--input",),
    "With '-': how standard input holds the questions: lines (one a line, the default; a line "
    "that goes on from the one before it, arriving with it, is read with it for red flags: a "
    'wrapped message) or jsonl (one JSON object {"q": MESSAGE} a line, each read alone, and a '
    "message of several lines is one question: use it for a bot, where lines may be different "
    "people's).",
    kind="choice",
    metavar="FORMAT",
    choices=("lines", "jsonl"),
)
SHOW_ANSWER = Option(
    "show_answer",
    ("--show-answer",),
    "Print the FAQ answer even when an emergency notice is shown (it is withheld by default; "
    "under --json 'match' is then filled, not null).",
)
ASK_JSON = Option(
    "json_output", ("--json",), "One JSON object per question, one per line (JSON Lines)."
)
TOPICS_JSON = Option("json_output", ("--json",), "A JSON list of {id, question, topic}.")
SHOW_JSON = Option("json_output", ("--json",), "The entry as a JSON object.")
HANDOUT = Option(
    "handout",
    ("--handout",),
    "Plain text for a patient, to print or save: the question, the answer, the FAQ's title, "
    "its contact line and the 'not medical advice' line (no id, tags or file path).",
)
CONFIG_JSON = Option("json_output", ("--json",), "A JSON object {file, settings}.")
VALIDATE_JSON = Option(
    "json_output", ("--json",), "A JSON report {pack, entries, errors, warnings}."
)
QUESTIONS_FILE = Option(
    "questions",
    ("--questions",),
    "Run these real questions against the pack instead (one a line; or labelled JSON Lines "
    '{"q": ..., "expect": [...]}, or a spreadsheet\'s CSV/TSV): which get a confident answer, '
    "which come closest, which raise red flags (exit 1 if any is unanswered, 4 if a labelled "
    "one gets a confident wrong answer).",
    kind="text",
    metavar="FILE",
)
MIN_RIGHT = Option(
    "min_right",
    ("--min-right",),
    "With labelled --questions: exit 5 when fewer than this percentage (0-100) of them are "
    "answered right.",
    kind="int",
    metavar="PERCENT",
)
AGAINST = Option(
    "against",
    ("--against",),
    "Instead of the checks, list what changed since this older version of the pack: entries "
    "added, removed, renamed, reworded, answers, topics, aliases, tags, contact (exit 1 when "
    "anything did). With --questions: a label naming an entry of the older pack since renamed "
    "is said with its new id. '-' reads it from standard input (git show HEAD:faq.md | ...).",
    kind="text",
    metavar="OLD",
)
BASELINE = Option(
    "baseline",
    ("--baseline",),
    "A saved 'validate --json' output (with --questions: of 'validate --questions FILE --json') "
    "whose warnings, or unanswered questions, are accepted: exit 1 only for what it lacks (a new "
    "warning; a question now unanswered, or not right, that it had good or does not hold), else "
    "0. For CI that fails only when the pack gets worse.",
    kind="text",
    metavar="FILE",
)
STALE_AFTER = Option(
    "stale_after",
    ("--stale-after",),
    "Warn about answers whose 'reviewed' date is older than this (default 365).",
    kind="int",
    metavar="DAYS",
)

IMPORT_FORMAT = Option(
    "fmt",
    ("--format", "-f"),
    "Input format: auto (from the file name and content), html, markdown, page or csv "
    "(a spreadsheet saved as CSV, with a header row naming question and answer columns; "
    "default auto).",
    kind="choice",
    metavar="FORMAT",
    choices=("auto", *FORMATS),
)

IMPORT_OUTPUT = Option(
    "output",
    ("--output", "-o"),
    "Write the pack here (default: stdout); written whole or not at all.",
    kind="text",
    metavar="PACK",
)
IMPORT_CONTACT = Option(
    "contact",
    ("--contact",),
    "The clinic's contact line, shown with emergency notices ('' removes it).",
    kind="text",
    metavar="TEXT",
)
# `import`'s options that take a value (--force is a flag): declared here only, so argv's readers
# (end_of_options) and Typer cannot spell them apart (review9 code 7)
IMPORT = (IMPORT_OUTPUT, IMPORT_FORMAT, IMPORT_CONTACT)

VERSION = Option("version", ("--version",), "Show the version and the bundled pack's SHA-256.")

# `ask`'s options in the order --help lists them.
ASK = (
    TOP,
    TOPIC,
    EXPLAIN,
    ASK_JSON,
    PLAIN,
    WITH_QUESTION,
    INPUT,
    SHOW_ANSWER,
    NO_PAGER,
    COLOR,
    FAQ,
)

# the other commands the start-up fast path reads too (backcare.cli.entry), with their options
LISTING = {
    "topics": (TOPICS_JSON, PLAIN, NO_PAGER, COLOR, FAQ),
    "show": (SHOW_JSON, HANDOUT, PLAIN, NO_PAGER, COLOR, FAQ),
    "validate": (
        QUESTIONS_FILE,
        MIN_RIGHT,
        AGAINST,
        BASELINE,
        STALE_AFTER,
        VALIDATE_JSON,
        PLAIN,
        NO_PAGER,
        COLOR,
    ),
}
COMMANDS = ("ask", "topics", "show", "import", "validate", "config")
# `ask`'s options that the root command does not have: given first, they can only mean `ask`
ASK_ONLY_NAMES = frozenset(n for o in ASK if o not in (FAQ, COLOR) for n in o.names)


def check_choice(option: Option, value: str) -> str:
    """The choice a value names (any case), or ValueError saying which choices there are."""
    folded = value.strip().lower()
    if folded not in option.choices:
        raise ValueError(f"{value!r} is not one of {', '.join(option.choices)}")
    return folded


def near_command(word: str) -> str | None:
    """A command name the word is probably a typo of ('topcs' -> 'topics'), else None."""
    import difflib

    folded = word.lower()
    close = difflib.get_close_matches(folded, COMMANDS, n=1, cutoff=0.75)
    if not close or close[0] == word:
        return None
    # an ordinary word ('how', 'snow', 'as') starts a question, not a mistyped command: reading
    # it as a typo would stop `backcare how do i ... cant pee` before its red-flag check
    from backcare.engine.analyze import common_words

    return None if folded in common_words() else close[0]


def is_bare_question(args: list[str]) -> bool:
    """Whether argv (after any root options) is a question without `ask`: its first word is not a
    command, an option, or a likely typo of a command. A lone `-` counts: `backcare -` reads the
    questions from stdin, as `ask -` does."""
    if not args:
        return False
    first = args[0]
    if first == "-":
        return True
    return first not in COMMANDS and not first.startswith("-") and near_command(first) is None


def question_words(args: Sequence[str]) -> list[str]:
    """The words of argv that could be a question (a leading command name, options and their
    values left out): what a usage error's red-flag check reads, so `backcare ask --top 0 i cant
    pee` or `backcare topics my legs are numb` still shows its notice before the error."""
    rest = args[1:] if args[:1] and args[0] in COMMANDS else args
    return [word for word in _arguments(rest, takes_value_options()) if word != "-"]


def command_first(args: Sequence[str]) -> list[str] | None:
    """argv with a command's name moved before the command options given ahead of it, or None
    when none was. Command options may come before or after the command's name, as --faq and
    --color may (newcomer10 F8: `backcare --json ask -- hi` asked the question 'ask hi'):
    `--json topics` is `topics --json`, `--json ask -- hi` is `ask --json -- hi`. Only a name
    before any `--` and before the first word that is no option counts: `--json -- topics` and
    `--json how topics work` are questions."""
    takes_value = takes_value_options()
    start = index = after_root_options(args)  # --faq and --color stay where they are
    ahead: list[str] = []  # root options among the command's (`--json --faq X validate`)
    own: list[str] = []
    while index < len(args):
        word = args[index]
        if word in COMMANDS:
            # root options stay before the command (hostile15 F5: `--json --faq X validate`
            # made --faq validate's own option, which it has none of)
            moved = [*args[:start], *ahead, word, *own, *args[index + 1 :]]
            return moved if index > start else None
        if word == "--" or not word.startswith("-") or word == "-":
            return None
        step = 2 if word in takes_value else 1
        name, has_value = word.partition("=")[:2]
        if name in ROOT_NAMES:
            step = 1 if has_value else 2
            ahead.extend(args[index : index + step])
        else:
            own.extend(args[index : index + step])
        index += step
    return None


def takes_value_options() -> set[str]:
    """The names of every command's options that take a value."""
    return {
        name
        for declared in (ASK, *LISTING.values(), IMPORT)
        for option in declared
        if option.kind != "flag"
        for name in option.names
    }


def end_of_options(args: Sequence[str]) -> int:
    """The position in argv of the `--` that ends its options, or len(args) when none does. A `--`
    taken as an option's value (`--topic --`, `--faq --`: Click reads it so) ends nothing. The one
    place that decides it: every reading of argv (question words, option values, file names, a
    usage error's red-flag check, help, completion, the fast path) asks here."""
    return next((index for index in own_positions(args) if args[index] == "--"), len(args))


def own_positions(args: Sequence[str]) -> Iterator[int]:
    """The positions in argv of its words that are no option's value (an option, a question's
    word, a `--`): the word after an option that takes a value is that value, whatever it is
    (`--topic --json`, `--topic --`). The one walk of argv by option for end_of_options,
    given_options, repeated_option and entry's text after dashes."""
    takes_value = takes_value_options()
    index = 0
    while index < len(args):
        yield index
        index += 2 if args[index] in takes_value else 1


def before_dashes(args: Sequence[str]) -> list[str]:
    """argv up to the `--` that ends its options (end_of_options): where options can be."""
    return list(args[: end_of_options(args)])


def words_after_dashes(args: Sequence[str]) -> int:
    """How many words of argv follow the `--` that ends its options (end_of_options). Typer drops
    that `--`, so this is how a command knows the last words were given after it: each is a
    question's word whatever it looks like, `-` too (`ask -- -` asks about '-'; it must not read
    standard input)."""
    return max(len(args) - end_of_options(args) - 1, 0)


def given_options(args: Sequence[str]) -> set[str]:
    """The names of the options given in argv (`--json`, `--color` of `--color=never`): before the
    `--` that ends them (end_of_options), and not an option's value (`--topic --json` gives no
    --json). What a door that reads argv itself (help, a usage error) knows was asked for."""
    before = before_dashes(args)
    return {
        before[index].partition("=")[0]
        for index in own_positions(before)
        if before[index].startswith("-") and before[index] != "-"
    }


def repeated_option(args: Sequence[str]) -> str | None:
    """The first option taking one value given twice in argv (`--topic a --topic b`, `-n 2 --top
    3`), as written the second time, or None. The last value won silently, and the one it
    replaced was never read for red flags (hostile14 4): a usage error, after that check.
    `--faq` (several packs) and flags (given twice, they ask once) may repeat."""
    single = {
        name: option.dest
        for declared in (ASK, *LISTING.values(), IMPORT)
        for option in declared
        if option.kind not in ("flag", "packs")
        for name in option.names
    }
    before = before_dashes(args)
    seen: set[str] = set()
    for index in own_positions(before):
        token = before[index]
        name = token.partition("=")[0]
        dest = single.get(name) if token.startswith("-") else None
        if dest is not None:
            if dest in seen:
                return name
            seen.add(dest)
    return None


def option_values(args: Sequence[str]) -> list[str]:
    """The values given to options that take words rather than a file (--top, --topic, --color,
    --format, --stale-after, import's --contact), each on its own: a question typed where a value was expected
    (`ask -n "I can't pee"`) reaches a usage error, and must reach the red-flag check first."""
    by_name = {
        name: option
        for declared in (ASK, *LISTING.values(), (IMPORT_FORMAT,))
        for option in declared
        for name in option.names
    }
    wordy = {name for name, option in by_name.items() if option.kind in ("top", "int", "choice")}
    # import's --contact is text too: `import --contact "i dont want to live"` (hostile16, low)
    wordy |= set(TOPIC.names) | set(IMPORT_CONTACT.names)
    values: list[str] = []
    rest = before_dashes(args)
    while rest:
        token = rest.pop(0)
        name, has_value, value = token.partition("=")
        if name not in wordy:
            continue
        if has_value and name.startswith("--"):
            values.append(value)
        elif not has_value and rest:
            values.append(rest.pop(0))
    return [value for value in values if value.strip()]


# options whose value names a file; `import` and `validate` take file names as arguments too
PATH_OPTIONS = frozenset({*FAQ.names, *QUESTIONS_FILE.names, *AGAINST.names, "--output", "-o"})
PATH_COMMANDS = frozenset({"import", "validate"})


def path_positions(args: Sequence[str]) -> set[int]:
    """The positions in argv of file names (option values such as --faq's, `import`'s source,
    `validate`'s packs, a whole `--faq=NAME`): they keep the bytes they were given, while every
    other word (a question, an id, a topic) is text."""
    takes_value = {
        name
        for declared in (ASK, *LISTING.values(), (IMPORT_FORMAT, FAQ, COLOR))
        for option in declared
        if option.kind != "flag"
        for name in option.names
    } | PATH_OPTIONS
    found: set[int] = set()
    command: str | None = None
    end = end_of_options(args)
    index = 0
    while index < len(args):
        token = args[index]
        if index > end or token == "-" or not token.startswith("-"):
            if command is None:
                command = token  # a command, or the first word of a question
            elif command in PATH_COMMANDS:
                found.add(index)
        elif index == end:
            pass  # the `--` itself
        elif token.partition("=")[0] in PATH_OPTIONS and "=" in token:
            found.add(index)
        elif token in takes_value:
            index += 1
            if token in PATH_OPTIONS and index < len(args):
                found.add(index)
        index += 1
    return found


def faq_values(args: Sequence[str]) -> list[str]:
    """The packs `--faq` names in argv (before any `--`), for a usage error's notices."""
    found = []
    before = before_dashes(args)
    for index, token in enumerate(before):
        name, has_value, value = token.partition("=")
        if name in FAQ.names:
            if has_value:
                found.append(value)
            elif index + 1 < len(before):
                found.append(before[index + 1])
    return [name for name in found if name]


def after_root_options(args: Sequence[str]) -> int:
    """The position of the first token after the root options given before a command (`--faq X`,
    `--faq=X`, `--color X`, repeated or mixed): where the command, or a question, starts."""
    index = 0
    while index < len(args):
        name, has_value = args[index].partition("=")[:2]
        if name not in ROOT_NAMES:
            break
        index += 1 if has_value else 2
    return min(index, len(args))


def stray_words(args: Sequence[str]) -> list[str]:
    """The words in root-level argv that no option takes (`backcare --version extra`: 'extra'):
    --version takes no arguments, so any is a usage error, as a stray argument is elsewhere."""
    return _arguments(args, ROOT_NAMES)


def _arguments(args: Sequence[str], takes_value: AbstractSet[str]) -> list[str]:
    """The words of argv that are no option and no option's value ("-" included; everything
    after "--")."""
    end = end_of_options(args)
    rest = list(args[:end])
    words: list[str] = []
    while rest:
        token = rest.pop(0)
        if token == "-" or not token.startswith("-") or is_text(token):
            words.append(token)
        elif token in takes_value and rest:
            rest.pop(0)  # the option's value, not a word
    return [*words, *args[end + 1 :]]


def is_text(word: str) -> bool:
    """Whether a word that starts with "-" is text, not an option: its name (before any "=")
    holds a space, which no option's name does ("-1 degrees and i cant pee", quoted as one word;
    `--topic=lower back` is an option). harden14: such a word was "no such option", exit 2, and
    its red flags were never checked."""
    return word.startswith("-") and any(c.isspace() for c in word.partition("=")[0])


def write_version() -> None:
    """What --version prints, on both routes (the Typer app's eager option and the fast path)."""
    from backcare import __version__

    sys.stdout.write(f"backcare {__version__} ({bundled_pack_digest()})\n")


def bundled_pack_digest() -> str:
    """The bundled pack's content as `sha256sum` names it (newcomer23 F13: a nightly audit could
    not tell which pack's answers it kept): answers may change with the pack as with the code, and
    the version alone does not name the pack a build ships. One line, after the version, so
    `cut -d' ' -f2` still reads the version."""
    import hashlib

    from backcare.resources import data_file

    try:
        with open(data_file("faq.json"), "rb") as file:  # noqa: PTH123 (no pathlib: start-up)
            digest = hashlib.sha256(file.read()).hexdigest()
    except OSError as exc:  # a broken install: the version is still said
        return f"bundled pack unreadable: {exc.strerror or type(exc).__name__}"
    return f"bundled pack sha256 {digest}"


def long_names() -> frozenset[str]:
    """Every command's long option names (`--top`, `--faq`, `--questions` ...)."""
    return frozenset(
        name
        for declared in (ASK, *LISTING.values(), IMPORT, (VERSION,))
        for option in declared
        for name in option.names
        if name.startswith("--")
    )


def typed_option(name: str, args: Sequence[str]) -> str:
    """The word of argv that Click refused as option `name`: Click splits `-top` into the short
    flags -t, -o, -p and names only `-t`, which the user never typed (newcomer31 F9)."""
    before = before_dashes(args)
    if name.startswith("--"):
        return name
    words = (before[i] for i in own_positions(before))
    return next((w for w in words if w.startswith(name) and not w.startswith("--")), name)


def near_option(typed: str) -> str | None:
    """A long option the typed word probably meant: `-top` -> `--top` (one dash for two),
    `--tpo` -> `--top`, or None."""
    import difflib

    spelled = "--" + typed.lstrip("-").split("=", 1)[0].lower()
    names = long_names()
    if spelled in names:
        return spelled
    close = difflib.get_close_matches(spelled, sorted(names), n=1, cutoff=0.75)
    return close[0] if close else None


def option_owners(name: str) -> list[str]:
    """The commands that take long option `name` (`--top`: ask; `--json`: ask, topics, show and
    validate), in the order COMMANDS lists them; none for a root option such as --version."""
    tables: dict[str, tuple[Option, ...]] = {"ask": ASK, **LISTING, "import": IMPORT}
    return [
        command for command, declared in tables.items() if any(name in o.names for o in declared)
    ]


def no_such_option(typed: str, near: str | None) -> str:
    """The one wording of an option nobody declared, with the long option it probably meant:
    one dash for two says so ("-top": long options take two dashes)."""
    message = f"no such option: {typed}"
    if near is None:
        return message
    if near == typed.split("=", 1)[0]:
        # another command's option (`topics --top 3`): "did you mean --top?" named the very
        # option typed, as though it were misspelt (stranger41); say whose option it is
        owners = option_owners(near)
        if not owners:
            return f"{message} after a command ({near} is given alone: backcare {near})"
        listed = ", ".join(owners[:-1]) + " and " + owners[-1] if len(owners) > 1 else owners[0]
        return f"{message} here ({near} is an option of {listed})"
    if len(typed) - len(typed.lstrip("-")) == 1:
        return f"{message} (long options take two dashes: did you mean {near}?)"
    return f"{message} (did you mean {near}?)"


def glued_long_option(args: Sequence[str]) -> str | None:
    """A word of argv written with one dash that is a long option's name with two (`-top`,
    `-explain`), or None. Click reads `-top` as `-t op`, a --topic of "op" (newcomer31 F9: an
    "unknown topic 'op'" for a user who meant --top); given so, it is a usage error that says so."""
    before = before_dashes(args)
    names = long_names()
    for index in own_positions(before):
        word = before[index]
        if len(word) > 2 and word[0] == "-" and word[1] != "-" and "-" + word in names:
            return word
    return None
