"""The user cache directory (index files, pack records, the tables' snapshot), found cheaply.

platformdirs decides it, as everywhere, but importing platformdirs costs about 11 ms (it brings
pathlib, tempfile, shutil and random), which a cold `ask` cannot afford on every run. On Linux the
answer in the common cases is a line of os.path, written here exactly as platformdirs computes it
(an absolute $XDG_CACHE_HOME, else ~/.cache with an absolute $HOME); every other case, and every
other system, asks platformdirs itself. tests/test_snapshot.py checks both agree.
"""

from __future__ import annotations

import errno
import os
import stat
import sys

from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

APP = "backcare"


def cache_dir_name() -> str:
    """BACKCARE_CACHE_DIR if set (a leading ~ expanded, as the settings file's paths are: a
    systemd unit or an env file passes it on literally), else platformdirs' user cache directory
    for backcare. A relative result is refused by distrusted(), never used: it would make a cache
    in every directory backcare runs from, and a directory named "~" that `rm -rf ~` would clean
    up with the user's home (hostile11 F4)."""
    override = os.environ.get("BACKCARE_CACHE_DIR")
    if cache_off():
        return NO_HOME  # no cache at all, as with no home: nothing said on a run
    if override:
        return os.path.expanduser(override)  # noqa: PTH111 (no pathlib at start-up)
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        if os.path.isabs(xdg):  # noqa: PTH117 (os.path: no pathlib at start-up)
            return os.path.join(xdg, APP)  # noqa: PTH118
        home = os.environ.get("HOME", "")
        if os.path.isabs(home):  # noqa: PTH117
            return os.path.join(os.path.expanduser("~/.cache"), APP)  # noqa: PTH111, PTH118
        # no usable $HOME (cron's or `env -i`'s): the account's home, as the settings file's
        # path takes it (config.py); platformdirs raised RuntimeError here, an "unexpected
        # error" before the red-flag check for a uid with no passwd entry (newcomer17 F1)
        home = account_home()
        return os.path.join(home, ".cache", APP) if home else NO_HOME  # noqa: PTH118
    from platformdirs import user_cache_dir

    try:
        return user_cache_dir(APP, appauthor=False)
    except RuntimeError:  # no home directory to be found
        return NO_HOME


# what cache_dir_name() says when there is no home to keep a cache in, or the cache is off
# (refused, never used)
NO_HOME = ""
# BACKCARE_CACHE_DIR's value that turns the cache off (newcomer29 F13: a job with HOME unset
# wrote into the passwd home's cache, and no setting kept it from writing anywhere). A relative
# name was refused as a cache already, so no directory of that name was ever used.
CACHE_OFF = "off"


def cache_off() -> bool:
    """Whether BACKCARE_CACHE_DIR turns the cache off (`off`, in any case)."""
    return os.environ.get("BACKCARE_CACHE_DIR", "").strip().lower() == CACHE_OFF


def account_home() -> str:
    """The home directory of the account in the password database, or "" when there is none (a
    uid with no passwd entry: `docker run --user`, Kubernetes' runAsUser) or it is not a full
    path. For an unset or relative $HOME (cron, `env -i`)."""
    try:
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return ""
    return home if os.path.isabs(home) else ""  # noqa: PTH117


# ---- whose cache it is ----------------------------------------------------------------------
# Whoever can write the cache can plant a snapshot whose red-flag tables, digests recomputed, pass
# every check of their shape yet miss an emergency (hostile10 6). So, as ssh treats its own files,
# the cache directory, the snapshot's directory and the snapshot file are used only when they are
# the user's (or root's) and nobody else can write them. A directory or file another user made is
# theirs: they cannot make one owned by this user, so ownership is what vouches for the content.

MODE = 0o755  # directories the cache makes: never writable by the group, whatever the umask
_TOLD: list[str] = []  # the cache's problem already reported this run (one line a run)
_REPORT: list[Callable[[str], None]] = []


def blocked_by_file() -> str | None:
    """The part of the cache directory's path that is a file, not a directory (hostile13 F13:
    `BACKCARE_CACHE_DIR=/tmp/x`, a file, was said as "File exists"), or None."""
    path = cache_dir_name()
    while path:
        if os.path.lexists(path):
            return None if os.path.isdir(path) else path  # noqa: PTH112 (no pathlib: start-up)
        parent = os.path.dirname(path)  # noqa: PTH120
        if parent == path:
            return None
        path = parent
    return None


def cache_reason(problem: str) -> str:
    """Why the cache cannot be used, for its one-line note: a file standing where the directory
    should be is said so, else the system's words `problem`."""
    found = blocked_by_file()
    return problem if found is None else blocked_reason(found)


def blocked_reason(found: str) -> str:
    """What stands at `found` instead of a directory: a file, or a symbolic link that leads
    nowhere (a loop, a missing target; hostile14 14: both were "File exists")."""
    if os.path.islink(found) and not os.path.exists(found):  # noqa: PTH114 PTH110
        return f"{shown(found)} is a symbolic link that leads nowhere (a loop or a missing target)"
    return f"{shown(found)} is a file, not a directory"


def report_unusable(message: str, warn: Callable[[str], None]) -> None:
    """Report with `warn` (the CLI's warning line, as a refusal's) a cache that could not be used
    (a full disk, a name too long), unless the cache's problem was told already this run: the
    index's and an imported page's problems are one problem of one directory, said once in one
    style (ux31 F13: a 'note:' line per part of the cache beside a 'warning:' for a refusal).
    Runs are counted as refusals are (report_to starts one); without it, each call warns."""
    if _TOLD:
        return
    if _REPORT:
        _TOLD.append(message)
    warn(message)


def report_to(warn: Callable[[str], None] | None) -> None:
    """Where a refused cache is reported, once a run (the CLI: its warning line; the library: nowhere)."""
    _REPORT[:] = [] if warn is None else [warn]
    _TOLD.clear()


def distrusted(path: str, status: os.stat_result | None = None) -> str | None:
    """Why the directory or file at `path` (or of `status`, an fstat) may hold what someone else
    wrote, or None: owned by another user, or writable by others or by a group not the user's own.
    A path that is not there is None (the cache makes it). Systems without uids are not checked."""
    if status is None and not os.path.isabs(path):  # noqa: PTH117
        return _RELATIVE
    if not hasattr(os, "geteuid"):
        return None
    if status is None:
        try:
            status = os.stat(path)  # noqa: PTH116 (no pathlib at start-up)
        except OSError:
            return None  # absent (made with MODE), or an error the cache's own use reports
    if not (stat.S_ISDIR(status.st_mode) or stat.S_ISREG(status.st_mode)):
        # a device, FIFO or socket holds no cache whoever may write to it: say what it is, never
        # "use chmod go-w on it" (/dev/null; review14 F11)
        from backcare.userfiles import file_kind

        return f"it is {file_kind(status.st_mode)}, not a directory"
    user = os.geteuid()
    if status.st_uid not in (user, 0):
        return f"{_ANOTHER_USER} (uid {status.st_uid})"
    if status.st_mode & 0o002:
        return "anyone can write to it"
    if status.st_mode & 0o020 and not _private_group(status.st_gid, user):
        return "its group can write to it"
    return None


_RELATIVE = "it is not a full path"
_ANOTHER_USER = "it belongs to another user"


def another_users(why: str) -> bool:
    """Whether distrusted()'s reason `why` is that another user owns the path, which chmod cannot
    undo: the user can only remove it, have it given to them, or (a settings file's folder,
    config.py) move away from it."""
    return why.startswith(_ANOTHER_USER)


def refused(path: str, status: os.stat_result | None = None) -> bool:
    """Whether the cache at `path` must be left alone (read nothing, write nothing); reports why
    the first time in a run."""
    why = distrusted(path, status)
    if why is None:
        return False
    if path == NO_HOME:
        # no home at all (cron, systemd's DynamicUser, a uid with no account): nothing is said.
        # Every answer is the same without a cache, only slower, and a warning on every run
        # mailed cron's owner each time (newcomer24 F13); `backcare config` says there is none
        # and how to have one (HOME or BACKCARE_CACHE_DIR)
        return True
    if not _TOLD and _REPORT:
        _TOLD.append(path)
        if why == _RELATIVE:  # only BACKCARE_CACHE_DIR can name one
            told = f"{why} (BACKCARE_CACHE_DIR must name one, like /home/me/.cache/backcare)"
        elif why.endswith("not a directory"):
            told = f"{why} (set BACKCARE_CACHE_DIR to a directory of your own)"
        else:
            told = f"{why} ({remedy(why)}, or set BACKCARE_CACHE_DIR to a directory of your own)"
        _REPORT[0](f"the cache {shown(path)} is not used: {told}")
    return True


def remedy(why: str) -> str:
    """What the user can do about it: chmod cannot give them a directory another user owns
    (the cache, and the settings file: config.py)."""
    if another_users(why):
        return "remove it, or have it given to you with 'chown'"
    return "use 'chmod go-w' on it"


def shown(path: str) -> str:
    from backcare.errors import shown_path

    return shown_path(path)


def root_refused() -> bool:
    """refused() for the cache directory itself."""
    return refused(cache_dir_name())


def make_root() -> str:
    """The cache directory, made with MODE when missing (not the umask's 0775 of a `umask 002`
    session, which its next run would refuse); OSError if it cannot be."""
    root = cache_dir_name()
    os.makedirs(root, MODE, exist_ok=True)  # noqa: PTH103
    return root


def _private_group(gid: int, user: int) -> bool:
    """Whether group `gid` is the user's own (a "user private group", which `umask 002` sessions
    rely on): the primary group of this user and of no one else, with no other member. Debian's
    ssh accepts group-writable files on the same terms. Read only for a group-writable file."""
    try:
        import grp
        import pwd

        group = grp.getgrgid(gid)
        name = pwd.getpwuid(user).pw_name
        primary = [p.pw_uid for p in pwd.getpwall() if p.pw_gid == gid]
    except (ImportError, KeyError, OSError):
        return False
    return primary == [user] and set(group.gr_mem) <= {name}


def is_file(file: str | os.PathLike[str]) -> bool:
    """Path(file).is_file(), without pathlib: False for a missing file (or a loop, or a part that
    is not a directory) and for a name the system cannot take; other errors raise."""
    try:
        return stat.S_ISREG(os.stat(file).st_mode)  # noqa: PTH116
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            raise
        return False
    except ValueError:
        return False


class Untrusted(ValueError):
    """A cache file read_own will not read: why, in a few words."""


def read_own(path: str, limit: int) -> bytes:
    """A cache file's bytes, at most `limit` + 1 of them (a caller tells a longer file by its
    length): opened without blocking and read only as a regular file (a FIFO put at a cache's
    predictable path hung every ask, emergencies included: a cold review), one only this user
    could have written, judged on the file as opened (no race with a rename), and no larger
    than `limit`. Untrusted says why not; OSError as opening and reading raise it. (The
    snapshot, the validate verdicts and the data-file checksums are read so.)"""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(descriptor, "rb") as file:  # noqa: PTH123
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise Untrusted("not a regular file")
        if refused(path, status):
            raise Untrusted("not the user's own file")
        if status.st_size > limit:
            raise Untrusted("too large")
        return file.read(limit + 1)
