"""What every command sets up before it runs: its settings (flags > BACKCARE_* > settings file >
NO_COLOR/PAGER > defaults), the output environment and pager, and the packs it searches (with their
persistent index, and import notes shown once)."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterable, Iterator, Sequence

from backcare.cli.status import note, warning
from backcare.hints import TYPE_CHECKING
from backcare.namedtuple import NamedTuple
from backcare.output.environment import Environment, Mode, ViewOptions
from backcare.output.text import one_line

if TYPE_CHECKING:
    from pathlib import Path

    from backcare.config import Settings
    from backcare.engine.answer import Engine
    from backcare.errors import BackcareError
    from backcare.packs.multi import PageOpener
    from backcare.packs.schema import Pack
    from backcare.store.protocol import Progress, Store


class OutputOptions(NamedTuple):
    """The output flags every command shares, as given (None/False: not given)."""

    json_output: bool = False
    plain: bool = False
    color: str | None = None
    no_pager: bool = False


def output_in_argv(args: Sequence[str]) -> OutputOptions:
    """The output flags of raw argv, for the doors that show red-flag notices before Typer has read
    it, or after it refused it (help beside a question, a usage error): --json and --plain as
    options (options.given_options), so the notice comes in the form the command would have used.
    The one place they are read from argv; every other path gets them from Typer or the fast path."""
    from backcare.cli import options

    given = options.given_options(args)
    return OutputOptions(
        json_output=not given.isdisjoint(options.ASK_JSON.names),
        plain=not given.isdisjoint(options.PLAIN.names),
    )


def load_settings(
    faq: Sequence[str],
    output: OutputOptions,
    top: int | None = None,
    *,
    problems: list[str] | None = None,
) -> Settings:
    """The effective settings. A bad value (an unknown key or region, a value of the wrong kind, a
    file that cannot be read) is one warning line on stderr and the next source, in the end the
    default, decides: a typo in a settings file must never stand between a question and its
    red-flag notice. With `problems` (`backcare config`), each bad value is added there instead."""
    from backcare.config import load_settings as load

    flags = {
        "faq": list(faq) or None,
        "color": output.color,
        "plain": True if output.plain else None,
        "pager": False if output.no_pager else None,
        "top": top,
    }
    return load(flags, regions=region_codes, warn=warning if problems is None else problems.append)


def region_codes() -> dict[str, str]:
    """Every region code people may set (engine.safety: regions and aliases such as GB -> UK)."""
    from backcare.engine.safety.flags import region_codes as codes

    return codes()


def environment(
    output: OutputOptions, settings: Settings, options: ViewOptions | None = None
) -> Environment:
    return Environment.detect(
        json_output=output.json_output,
        plain=settings.plain,
        color=settings.color,
        options=options,
    )


@contextlib.contextmanager
def paged(env: Environment, settings: Settings) -> Iterator[Environment]:
    """The environment, with stdout going through the pager when the output will be too tall for
    the terminal (never in a pipe, never for JSON)."""
    if env.mode is Mode.JSON or settings.pager is None or not env.stdout_is_terminal:
        yield env
        return
    from backcare.output.pager import paging

    with paging(settings.pager, env.stdout) as out:
        yield env._replace(stdout=out)  # type: ignore[arg-type]


def open_engine(
    faq: Sequence[str], env: Environment | None = None, notes: list[str] | None = None
) -> Engine:
    """The engine over the packs `faq` names. A page's import notes are shown once per version
    of the file (a note each time drowns stderr), or, given `notes`, added there every time
    (`validate --questions` reports them, as `validate` does)."""
    from backcare.engine.answer import Engine

    told = note if notes is None else notes.append  # the semantic extra's note, if it fails
    if not faq:  # the bundled pack: with its index from the snapshot (backcare.store.snapshot)
        from backcare.store.snapshot import tables

        found = tables()
        if found is not None:
            return Engine(*found.bundled(), notify=told)
    return Engine(*_open(faq, env, notes), notify=told)


def open_pack(faq: Sequence[str], env: Environment | None = None) -> Pack:
    return _open(faq, env)[0]


def _open(
    faq: Sequence[str], env: Environment | None, every: list[str] | None = None
) -> tuple[Pack, Store | None]:
    """The packs `faq` names (settings.faq: flags, BACKCARE_FAQ or the settings file; empty: the
    bundled pack). One pack file: from its persistent index when it has one; one page (Markdown,
    HTML): its import from the cache, and the index of that. Several (or `bundled` by name):
    validated one by one and searched together in memory."""
    from backcare.packs.formats import opens_as_page
    from backcare.packs.multi import BUNDLED_NAME, load_packs, refuse_url

    names = list(faq)
    for name in names:
        refuse_url(name)
    notes: list[str] = []
    digests: dict[str, str] = {}
    cache_notes: list[str] = []
    if len(names) == 1 and names[0] != BUNDLED_NAME:
        if not opens_as_page(names[0]):
            from backcare.store.open import open_store

            opened = open_store(names[0], _progress(env), cache_notes)
        else:
            from backcare.store.imports import open_page

            page = open_page(names[0], _progress(env), cache_notes)
            from backcare.packs.notes import prefixed

            # each keeps its kind: `validate --questions` marks the lossy ones [check]
            notes = [prefixed(f"{names[0]}: ", line) for line in page.notes]
            digests[names[0]] = page.digest
            opened = page.pack, page.store
        _end_progress()
        show_cache_notes(cache_notes, env)
        _import_notes(names, notes, digests, env, every)
        return opened
    pack = load_packs(names, notes, digests, page_opener(cache_notes))
    show_cache_notes(cache_notes, env)
    _import_notes(names, notes, digests, env, every)
    return pack, None


def page_opener(cache_notes: list[str]) -> PageOpener:
    """How packs/ opens a Markdown or HTML page searched with other packs, or validated: through
    the cache of imported pages (store.imports; packs/ cannot import store/), as `--faq page.md`
    alone is, so the page is parsed once per content, not on every run. It is read whole (merged
    in memory: no index built of it). The cache trusts nothing it reads: anything damaged means the
    page is imported again. A cache that cannot be used adds one line to `cache_notes`."""

    def open_cached(name: str | Path) -> tuple[Pack, tuple[str, ...]]:
        from backcare.store.imports import open_page

        page = open_page(name, None, cache_notes, indexed=False)
        return page.pack, page.notes

    return open_cached


def show_cache_notes(cache_notes: Sequence[str], env: Environment | None) -> None:
    """What made the cache unusable (the index's, an imported page's): one warning line a run,
    in the style of a refused cache's, whichever part of the cache met it first (ux31 F13: a
    'note:' per pack and per part of the cache, beside the refusal's 'warning:')."""
    from backcare.store.cachedir import report_unusable

    for line in cache_notes[:1] if env is not None else ():
        report_unusable(line, warning)


def _import_notes(
    names: Sequence[str],
    notes: list[str],
    digests: dict[str, str],
    env: Environment | None,
    every: list[str] | None,
) -> None:
    """A page's import notes: added to `every` (validate --questions lists them each time), or said
    in one line once per version of each file (notes_shown, _notes_summary)."""
    if every is not None:
        every.extend(notes)
    elif env is not None:
        if notes:
            from backcare.packs.importers.result import is_routine_note

            # a routine note (page furniture, a call to action) is for the page's author, whom
            # `validate` and `import` tell; a colleague who only asks sees the notes of content
            # that may be lost or misread (newcomer26 F9)
            notes = [line for line in notes if not is_routine_note(line)]
        for name in names:
            ours = [note for note in notes if note.startswith(f"{name}: ")]
            shown = notes_shown(digests.get(name, ""), ours) if ours else NotesShown.BEFORE
            if shown is NotesShown.BEFORE:
                continue
            import shlex  # only when there are notes to show: start-up time of every pack's ask

            note(_notes_summary(name, ours, shlex.quote(one_line(name)), shown))


def _notes_summary(name: str, ours: Sequence[str], quoted: str, shown: NotesShown) -> str:
    """A page's import notes on an ask, as one line: how many, the note itself when it is the
    only one, and where they are listed (ux31 F15: a page of many skipped questions listed them
    all under the answer, on every ask where the cache could not keep a record)."""
    if len(ours) == 1:
        told = f"importing it left a note: {ours[0].removeprefix(f'{name}: ')}"
    else:
        told = f"importing it left {len(ours)} notes on content that may be lost or misread"
    if shown is NotesShown.NOW:
        return (
            f"{name}: {told} (shown once for this version of the file; "
            f"`backcare validate {quoted}` lists the import notes)"
        )
    # newcomer11: "shown once" was untrue, and cron mailed them every night
    return (
        f"{name}: {told} (shown on every ask, as the cache cannot keep a record of them; "
        f"`backcare validate {quoted}` lists the import notes, and `backcare import {quoted} "
        "-o pack.json` makes a pack that is read with none)"
    )


class NotesShown(enum.Enum):
    """Whether a page's import notes were shown before (BEFORE), are shown now and recorded
    (NOW), or are shown now with no record kept (EVERY_TIME: no usable cache)."""

    BEFORE = "before"
    NOW = "now"
    EVERY_TIME = "every time"


def notes_shown(digest: str, notes: Sequence[str]) -> NotesShown:
    """Whether these import notes for this content of the file (`digest`: the content hash of the
    bytes imported, never read again) were shown before: a marker in the cache directory, named
    for the digest and the notes; marks them as shown if not. Notes repeated on every question
    drown what matters on stderr; a changed file shows its notes again. When the cache cannot be
    used the notes are shown every time (docs/threat-model.md lists the markers)."""
    import zlib

    from backcare.store.cachedir import root_refused
    from backcare.store.files import write_atomic
    from backcare.store.open import cache_dir

    if not digest or root_refused():  # a cache others can write: notes shown every time
        return NotesShown.EVERY_TIME
    try:
        content = f"{digest}\n".encode() + "\n".join(notes).encode("utf-8", "replace")
        marker = cache_dir() / "notes" / f"{zlib.crc32(content):08x}{zlib.adler32(content):08x}"
        if marker.exists():
            return NotesShown.BEFORE
        from backcare.store.cachedir import MODE

        # not the group's, whatever the umask
        marker.parent.mkdir(MODE, parents=True, exist_ok=True)
        # written whole by a rename, never through a link or into a FIFO found at its name
        write_atomic(marker, b"", keep_mode=False)
    except OSError:
        return NotesShown.EVERY_TIME
    return NotesShown.NOW


def _progress(env: Environment | None) -> Progress | None:
    """How a first index build shows on a terminal: a bar where the layout may be drawn (Rich is
    imported only then), else one line (newcomer17 F2: under --color never, NO_COLOR, --plain or
    TERM=dumb the bar still wrote colour and cursor codes, and a screen reader read each redraw)."""
    if env is None or not env.stderr_is_terminal:
        return None
    if not env.drawn:
        return _told_once(env)

    def update(done: int, total: int) -> None:
        global _bar_drawn
        from backcare.output.terminal import index_progress

        _bar_drawn = True
        index_progress(done, total)

    return update


_bar_drawn = False  # whether `_progress` has drawn a bar in this process (Rich imported)


def _end_progress() -> None:
    """The progress bar taken away once the pack is open, whether its index was built or not: a
    build that failed (a full disk: ux31) never reported its last step, so the bar stayed at 0%,
    redrawn among the answer's lines and left on the screen after it."""
    if _bar_drawn:
        from backcare.output.terminal import stop_progress

        stop_progress()


def print_above_progress(lines: Iterable[str]) -> bool:
    """`lines` printed above the progress bar of a first index build (`_progress`) while one runs;
    False when none does. Rich is imported only where a bar was drawn."""
    if not _bar_drawn:
        return False
    from backcare.output.terminal import print_above_progress as above

    return above(lines)


def _told_once(env: Environment) -> Progress:
    """The build said in one line on stderr, when it starts: no escape code, nothing redrawn."""
    said = [False]

    def update(done: int, total: int) -> None:
        if said[0]:
            return
        said[0] = True
        from backcare.output.plain import entries_count

        # two steps an entry (store.protocol.Progress): analysed, then added
        entries = entries_count(total // 2)
        line = f"Indexing the FAQ pack ({entries}, first use only)..."
        if env.width > 0:  # on a terminal, broken between words as every other line (F10)
            from backcare.output.wrapping import wrapped

            line = wrapped(line, env.width, hang="")
        with contextlib.suppress(OSError, ValueError):  # stderr gone: the build goes on
            env.stderr.write(f"{line}\n")
            env.stderr.flush()

    return update


YOUR_SETTINGS = "your settings file"


def named_by(settings: Settings) -> str | None:
    """Where the packs in use were named, in words, when not by a flag typed with the command:
    a pack that then fails to open is someone's setting, perhaps an administrator's."""
    from backcare.config import DEFAULT

    source = settings.sources.get("faq", DEFAULT)
    if source == DEFAULT or source.startswith("--"):
        return None
    if source.startswith("BACKCARE_"):
        return f"the variable {source}"
    if settings.path and source == settings.path:
        return f"{YOUR_SETTINGS} ({one_line(source)})"
    return f"the system-wide settings file ({one_line(source)})"


@contextlib.contextmanager
def opening_named(settings: Settings) -> Iterator[None]:
    """Around opening the packs `settings` names: a pack that cannot be opened, when a setting
    named it, is said with where it was named and what to do (newcomer24 F10: a student saw only
    "not valid JSON" for the administrator's shared pack caught mid-copy, and no way on)."""
    from backcare.errors import BackcareError, PackError

    try:
        yield
    except (PackError, OSError) as exc:
        where = named_by(settings)
        if where is None:
            raise
        failure: BackcareError | OSError = pack_failure(exc)
        kind = PackError if isinstance(failure, PackError) else BackcareError
        said = str(failure)
        end = " " if said.endswith((".", "?", "!")) else ". "
        # a variable is set in the asker's own shell (newcomer26 F18: "if someone else keeps it"
        # read oddly after typing BACKCARE_FAQ=nope.json); a settings file may be another's
        if where.startswith("the variable "):
            advice = f"correct it or unset {where.removeprefix('the variable ')}; meanwhile"
        elif where.startswith(YOUR_SETTINGS):
            # the asker's own file (newcomer29 F14: told to "tell them" of a line they wrote)
            advice = "correct its faq line or remove it; meanwhile"
        else:
            advice = "if someone else keeps it, tell them; meanwhile"
        raise kind(
            f"{said}{end}{where[:1].upper()}{where[1:]} names this pack: {advice} "
            "'backcare --faq bundled ...' answers from the bundled FAQ"
        ) from None


def pack_failure(exc: BackcareError | OSError) -> BackcareError:
    """What failed while a command opened its packs, as the error it reports: an OSError (from a
    pack or the index cache) named as one. Decided here once for `ask`, `topics` and `show`."""
    from backcare.errors import BackcareError, os_reason

    if isinstance(exc, BackcareError):
        return exc
    where = f"{exc.filename}: " if exc.filename else ""
    return BackcareError(f"{where}cannot open the FAQ pack ({os_reason(exc)})")
