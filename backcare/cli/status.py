"""Exit codes, and the one boundary where every failure becomes one stderr line and a code.

Codes, like grep's: 0 answered / done; 1 no confident match, unknown id, validation warnings;
2 error (usage, bad pack, cannot write output, anything unexpected); 3 an emergency red flag was
described (takes precedence over 0, 1, 2 and 141, in single and batch mode: a script must not miss an
emergency because the pack failed or stdout was full); 130 interrupted; 141 the reader closed the
pipe. A message that cannot be written to stderr changes no code (backcare.output.streams).
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from backcare.errors import BackcareError, NotFoundError, cut_words, os_reason
from backcare.output.text import escaped_line


class Exit(enum.IntEnum):
    OK = 0
    NOT_FOUND = 1
    ERROR = 2
    EMERGENCY = 3
    # `validate --questions` with labelled questions: one got a confident answer that is not
    # among its expected entries (CI fails on it; 1 stays "some questions had no answer")
    WRONG_ANSWER = 4
    # `validate --questions --min-right PERCENT`: fewer labelled questions right than that share
    # (outranked by 4, a wrong answer; outranks 1)
    BELOW_MIN_RIGHT = 5
    INTERRUPTED = 130
    BROKEN_PIPE = 141


def outranked(code: int, described: Exit) -> int:
    """The exit status once an emergency may have been described: EMERGENCY (3) outranks every
    other status (an error, no match, a reader that left the pipe, help's 0), since a script must
    not miss an emergency because the pack failed or stdout was full; only Ctrl-C (130) outranks
    it, as the person at the keyboard stopped the run. `described`: EMERGENCY once one was described
    (before its notice is written, so it holds when the writing fails). The one place that decides
    it: every command and every door that checks words for red flags returns through here."""
    if described is Exit.EMERGENCY and code != Exit.INTERRUPTED:
        return Exit.EMERGENCY
    return code


_OUTPUT_ERRORS = {errno.ENOSPC, errno.EFBIG, errno.EIO, errno.EBADF, errno.EDQUOT}


def guarded(action: Callable[[], int]) -> int:
    """Run a command and flush its output; turn every way it can fail into a line and a code."""
    try:
        code = action()
        _flush(sys.stdout)
        return code
    except BackcareError as exc:
        return error(str(exc), code=failure_code(exc))
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (`| head`): stop quietly
        return Exit.BROKEN_PIPE
    except KeyboardInterrupt:
        return Exit.INTERRUPTED
    except OSError as exc:
        _silence_stdout()  # so the interpreter's last flush cannot fail again
        reason = os_reason(exc)
        if exc.errno in _OUTPUT_ERRORS:
            return error(f"cannot write output ({reason})")
        return error(f"input/output error ({reason})")
    except Exception as exc:  # the boundary: nothing reaches the user as a traceback
        unusable = _unusable_encoding() if isinstance(exc, UnicodeError) else None
        if unusable is not None:
            return error(
                f"cannot write output: its encoding {unusable!r} cannot encode text "
                "(PYTHONIOENCODING? unset it or set it to utf-8)"
            )
        return error(f"unexpected error ({type(exc).__name__}: {exc}); please report it")


def failure_code(exc: BaseException) -> Exit:
    """The exit status of a command that stopped on `exc`: NOT_FOUND (1) for a topic the pack
    does not have, as for an id (`show`), one code for "not found" whichever command met it;
    ERROR (2) for everything else."""
    return Exit.NOT_FOUND if isinstance(exc, NotFoundError) else Exit.ERROR


def error(message: str, *, said: bool = False, code: Exit = Exit.ERROR) -> int:
    """One line on stderr (if there is one), and `code` (the error code unless the caller says
    otherwise: failure_code); under --json also a JSON object on stdout (json_errors), so a
    program reading JSON lines reads the error too. `said`: the line is on stderr already (a
    batch whose pack will not load says so before reading a line): it is not repeated, and only
    the JSON object is written."""
    message = cut_words(message, sys.argv[1:])  # echoed words and paths: ~80 characters each
    prefix = "" if message.startswith("backcare:") else "backcare: "
    if not said:
        _emit(f"{prefix}{escaped_line(message)}")
    if _JSON_ERRORS.get():
        _emit_json_error(message.removeprefix("backcare: "))
    return code


# Whether --json was given (entry._run reads argv once): errors are then JSON on stdout as well.
# A context variable set for one run (json_errors), not a module global one run leaves set for
# the next (a test calling error() after another set it inherited it: review9 code 6).
_JSON_ERRORS: ContextVar[bool] = ContextVar("backcare_json_errors", default=False)


@contextmanager
def json_errors(on: bool) -> Iterator[None]:
    """Errors under this block are JSON on stdout too when `on` (--json was given)."""
    token = _JSON_ERRORS.set(on)
    try:
        yield
    finally:
        _JSON_ERRORS.reset(token)


def _emit_json_error(message: str) -> None:
    """`{"error": message}` as a line on stdout, if it can still be written (the exit status
    is as without --json)."""
    import json

    stdout = sys.stdout
    if stdout is None:
        return
    line = json.dumps({"error": message}, ensure_ascii=True)
    with contextlib.suppress(OSError, ValueError, UnicodeError):
        stdout.write(line + "\n")
        stdout.flush()


# While a question is answered, warnings and notes wait here and are written after its output:
# nothing may come before an emergency notice, on stderr either (`backcare ... 2>&1`).
_held: list[str] | None = None


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Hold warning() and note() lines until the block ends, then write them (also when it fails)."""
    global _held
    outer, _held = _held, []
    try:
        yield
    finally:
        lines, _held = _held, outer
        for line in lines:
            _write(line)


def release_held() -> None:
    """Write the lines held so far now, and go on holding later ones: a batch's settings warnings
    and import notes come before its first answer (after it when that answer has a red-flag
    notice, which comes first), not after the last line (hostile13 F14; a worker's batch may
    never end)."""
    if _held:
        lines = _held[:]
        _held.clear()
        for line in lines:
            _emit(line)


def warning(message: str) -> None:
    """One 'backcare: warning: ...' line on stderr; nothing changes the exit code."""
    _write(f"backcare: warning: {escaped_line(cut_words(message))}")


def note(message: str) -> None:
    """One 'note: ...' line on stderr (import notes), held like warnings."""
    _write(f"note: {escaped_line(message)}")


def _write(line: str) -> None:
    if _held is not None:
        _held.append(line)
        return
    _emit(line)


def _emit(line: str) -> None:
    """One line on stderr, if there is one."""
    stderr = sys.stderr
    if stderr is not None:
        from backcare.output.wrapping import stream_width, wrapped

        width = stream_width(stderr)  # a terminal's: broken between words, never in a pipe
        if width is not None:
            line = wrapped(line, width)
        try:
            stderr.write(f"{line}\n")
            stderr.flush()
        except UnicodeError:
            _emit_raw(line)  # PYTHONIOENCODING=undefined: the stream cannot encode anything
        except (OSError, ValueError):
            pass  # stderr is closed or full: the exit code still says it


def _unusable_encoding() -> str | None:
    """The encoding of stdout or stderr when it cannot encode even plain ASCII ('undefined')."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if isinstance(encoding, str):
            try:
                "a".encode(encoding)
            except (UnicodeError, LookupError):
                return encoding
    return None


def _emit_raw(line: str) -> None:
    """The line as UTF-8 bytes straight to fd 2, past a text stream whose encoding is unusable."""
    with contextlib.suppress(OSError):
        os.write(2, f"{line}\n".encode("utf-8", "backslashreplace"))


def _flush(stream: object) -> None:
    flush = getattr(stream, "flush", None)
    if flush is not None:
        flush()


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null (Python's documented recipe for a closed pipe)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
