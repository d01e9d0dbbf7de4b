"""Writing files so that readers never see half of one: a temporary file beside the target, flushed,
fsynced and renamed into place (then the directory fsynced, so the rename itself survives a crash).
Every file backcare writes goes through here: index files, cache records and `import -o`.

A write stopped by Ctrl-C, SIGTERM or SIGHUP (a first index build takes seconds) removes its
temporary file, then ends as that signal ends the process. One killed by SIGKILL cannot;
`remove_stale_temps` lets a later run do it. Temporary names start with `TEMP_PREFIX`, so nothing
else is ever removed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from backcare.hints import Any

TEMP_PREFIX = ".tmp-backcare-"


@contextlib.contextmanager
def replacing(target: Path, *, keep_mode: bool = True, new: bool = False) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it if the block succeeds, else vanishes.
    With `keep_mode`, it keeps the mode of a regular file it replaces (a pack `import -o` writes
    again), and a new file or one replacing a link gets the umask's (0644 or 0600). Without it (the
    cache's files), the umask's with no group or other write, whatever the umask: a `umask 002`
    session's 0664 would let the group change what the cache serves (review10). With `new`, the
    target must not exist when the file is put in place (FileExistsError otherwise): `import -o`
    without --force, where a check before the write would let two runs both "write" and one pack
    be lost (hostile14 7)."""
    import tempfile  # 3 ms (random, shutil): only runs that write pay for it

    with _ended_by_signals():
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX, suffix=target.suffix)
        temp = Path(name)
        try:
            try:
                os.fchmod(fd, _mode_for(target, keep_mode))  # mkstemp makes 0600
            finally:
                os.close(fd)
            yield temp
            _fsync(temp)
            if new:
                _link_new(temp, target)
            else:
                temp.replace(target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    _fsync_directory(target.parent)


def _link_new(temp: Path, target: Path) -> None:
    """Put `temp` in place as `target` only if no `target` exists: a hard link is created
    exclusively (EEXIST if another process or an editor made the file first), then the temporary
    name goes. A file system without hard links reserves the name exclusively instead and then
    renames over the (empty) reservation."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        with target.open("xb"):
            pass
        temp.replace(target)
    else:
        temp.unlink()


class _Ended(BaseException):
    """A signal that ends the process arrived during a write: unwinds it, removing its file."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# the signals whose default ends the process that a user or a system sends to stop a run (Ctrl-C
# raises KeyboardInterrupt, which unwinds as it is)
_ENDING = ("SIGTERM", "SIGHUP")


@contextlib.contextmanager
def _ended_by_signals() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP raise `_Ended` where the code is, so the write's
    temporary file is removed on the way out (a killed first index build left its half-written
    file in the cache); then the signal is handled as it was before: the process ends by it
    (SIGTERM's status 143), after the progress bar's handler has put the cursor back. A signal
    ignored before is left ignored, and outside the main thread nothing changes."""
    import signal

    def ended(signum: int, frame: Any) -> None:
        raise _Ended(signum)

    before: dict[int, Any] = {}
    try:
        for name in _ENDING:
            number = getattr(signal, name, None)
            if number is not None and signal.getsignal(number) is not signal.SIG_IGN:
                before[number] = signal.signal(number, ended)
    except ValueError:  # not the main thread: signals are not this thread's to handle
        pass
    try:
        yield
    except _Ended as stop:
        _restore(before)
        handler = before.get(stop.signum)
        if callable(handler):
            handler(stop.signum, None)
        else:
            os.kill(os.getpid(), stop.signum)
        # the handler before let the process go on: the write is abandoned all the same
        raise InterruptedError(f"stopped by signal {stop.signum}") from None
    finally:
        _restore(before)


def _restore(before: dict[int, Any]) -> None:
    import signal

    for number, handler in before.items():
        with contextlib.suppress(ValueError, TypeError):
            signal.signal(number, signal.SIG_DFL if handler is None else handler)


def _mode_for(target: Path, keep_mode: bool) -> int:
    """The target's own mode when it is a regular file to keep it of; never a link's target's (a
    link in the cache to a 0666 file would make the rebuilt file writable by everyone)."""
    if keep_mode:
        with contextlib.suppress(OSError):
            found = target.lstat()
            if stat.S_ISREG(found.st_mode):
                return found.st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask if keep_mode else 0o644 & ~umask


def write_atomic(target: Path, data: bytes, *, keep_mode: bool = True, new: bool = False) -> None:
    """Replace `target` with `data`, all or nothing (OSError if it could not be written; with
    `new`, FileExistsError if `target` exists when the data is put in place)."""
    with replacing(target, keep_mode=keep_mode, new=new) as temp, temp.open("wb") as out:
        out.write(data)
        out.flush()


def write_one_of_kind(target: Path, data: bytes, prefix: str, keep: int) -> None:
    """Write `target` atomically, never writable by the group (a `umask 002` session: the next
    run would refuse it), and remove the older files of its kind beside it (named `prefix`*.bin)
    beyond the `keep` newest: the snapshots and validate's verdicts, one file a key."""
    write_atomic(target, data, keep_mode=False)
    os.chmod(target, stat.S_IMODE(target.stat().st_mode) & ~0o022)  # noqa: PTH101
    others = sorted(
        (p for p in target.parent.glob(f"{prefix}*.bin") if p != target),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in others[keep - 1 :]:
        old.unlink(missing_ok=True)


def remove_stale_temps(directory: Path, older_than: float) -> int:
    """Remove this module's temporary files in `directory` not modified for `older_than` seconds
    (left by a process that was killed); returns how many. Never raises."""
    removed = 0
    now = time.time()
    limit = now - older_than
    try:
        with os.scandir(directory) as found:
            for item in found:
                if item.name.startswith(TEMP_PREFIX) and item.is_file(follow_symlinks=False):
                    with contextlib.suppress(OSError):
                        changed = item.stat(follow_symlinks=False).st_mtime
                        # a time in the future (a clock set back since): stale too (hostile12 F8)
                        if changed < limit or changed > now + older_than:
                            Path(item.path).unlink()
                            removed += 1
    except OSError:
        pass
    return removed


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable; some systems cannot fsync a directory, which is not an error."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
