"""Settings: defaults, a TOML file, environment variables and flags, merged into one `Settings`.

The file is `config.toml` in the platform's user config directory (`BACKCARE_CONFIG` names another
file). Keys: faq, color, plain, pager, region, top; see docs/config.md.

Precedence, highest first: flags; backcare's own environment variables (BACKCARE_FAQ,
BACKCARE_COLOR, BACKCARE_PLAIN, BACKCARE_PAGER, BACKCARE_REGION, BACKCARE_TOP); the config file; the
general variables every program reads (NO_COLOR, PAGER); defaults. The general variables rank below
the file because they are set once for all programs, while the file is about backcare alone: the
NO_COLOR convention says "user-level configuration files ... should override" it, and git ranks
core.pager above PAGER for the same reason.

`resolve` is pure (flags, environment and file text in; Settings out) so every rule is testable;
`load_settings` adds the file system. Start-up cost: the file is parsed (tomllib, ~4 ms) only when
it exists, and platformdirs (~3 ms) is imported only off Linux (see `default_path`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType

from backcare import userfiles
from backcare.engine.query import TOP_FLAG, TOP_HELP, TOP_RULE, top_from_text, top_in_range
from backcare.errors import BackcareError
from backcare.hints import TYPE_CHECKING, Any
from backcare.lazyregex import lazy
from backcare.localeregion import LocaleRegion
from backcare.namedtuple import NamedTuple

if TYPE_CHECKING:
    from pathlib import Path
    from typing import TypeAlias

    # the region codes the safety data knows, or a function returning them (called only if
    # needed); a mapping also turns other names for a region into its code ("GB" -> "UK")
    Regions: TypeAlias = Collection[str] | Callable[[], Collection[str]] | None
    # where problems go in lenient mode (None: each problem is a ConfigError)
    Warn: TypeAlias = Callable[[str], None] | None

COLORS = ("auto", "always", "never")
BUNDLED = "bundled"  # names the bundled pack in a list of packs (backcare.packs.multi)
KEYS = ("faq", "color", "plain", "pager", "region", "top")
DEFAULT = "default"  # the source named for a value nobody set
TRUE = ("1", "true", "yes", "on")
FALSE = ("0", "false", "no", "off")
NO_SNAPSHOT = "BACKCARE_NO_SNAPSHOT"
# A region is a country or area code (UK, US, EU, AU...); which ones have numbers is the safety
# data's business, so `resolve` checks membership only when given the list.
REGION_SHAPE = lazy(r"[A-Za-z]{2,3}")  # compiled when a region is first read (issue 17)
# Pager values that mean "no pager": git treats `cat` the same way, and the rest are how people
# write "off" (BACKCARE_PAGER=false must not run /bin/false, which shows nothing at all). The
# words of TRUE mean "page, with the default pager" (BACKCARE_PAGER=true must not run /bin/true).
NO_PAGER = ("", "cat", *FALSE, "never", "none")
# A settings file is a few lines; anything larger is not one (and must not be read whole).
MAX_CONFIG_BYTES = 100_000


class ConfigError(BackcareError):
    """A settings file, environment variable or value that cannot be used; the message is one line."""


class ConfigFile(NamedTuple):
    path: str  # as named in messages
    text: str


class CacheDir(NamedTuple):
    """Where the user cache is (`backcare config` shows it), whether BACKCARE_CACHE_DIR or the
    default named it, and whether it is used (a relative path, or one someone else can write,
    is not)."""

    path: str
    source: str  # "BACKCARE_CACHE_DIR" or "default"
    used: bool
    # whether the prebuilt tables of the bundled data are read (BACKCARE_NO_SNAPSHOT turns them
    # off: every run then builds them, ~0.1-0.2 s); shown by `config` (newcomer26 F11)
    snapshot: bool = True

    def snapshot_shown(self) -> str:
        return "used" if self.snapshot else f"not used ({NO_SNAPSHOT})"

    def shown(self) -> str:
        if not self.path:  # store.cachedir.NO_HOME
            if self.source == "BACKCARE_CACHE_DIR":  # store.cachedir.CACHE_OFF
                return "none (turned off: BACKCARE_CACHE_DIR=off)"
            return "none (no home directory to keep one in)"
        said = [] if self.source == "default" else [self.source]
        said += [] if self.used else ["not used"]
        return f"{self.path} ({', '.join(said)})" if said else self.path

    def to_dict(self) -> dict[str, Any]:
        return {**self._asdict(), "path": self.path or None}


class PackFile(NamedTuple):
    """A pack the settings name, and the SHA-256 of its bytes as `sha256sum` gives it (None when
    it cannot be read): what a script records beside its answers, since they change with the pack
    as with backcare's version (newcomer23 F13)."""

    name: str
    sha256: str | None

    def shown(self) -> str:
        return f"{self.name} sha256 {self.sha256 or '(cannot be read)'}"


class Settings(NamedTuple):
    """Effective settings. `pager` is a command line, or None for no pager; `region` None if unset.

    A NamedTuple, not a dataclass: `dataclasses` imports `inspect`, ~30 ms on every run.
    `sources` names where each key's value came from: a flag ("--top"), an environment variable
    ("BACKCARE_TOP"), the config file's path, or "default".
    """

    faq: tuple[str, ...] = ()  # pack paths, or 'bundled'; empty: the bundled pack
    color: str = "auto"
    plain: bool = False
    pager: str | None = "less"
    region: str | None = None
    top: int = 3
    sources: Mapping[str, str] = MappingProxyType(dict.fromkeys(KEYS, DEFAULT))
    path: str = ""  # the config file consulted
    found: bool = False  # whether that file exists (and so was read)
    system: str = ""  # the system-wide file read (XDG_CONFIG_DIRS), when there is one

    def file_shown(self) -> str:
        """The settings file as `config` names it: its path, and whether there is one there."""
        if self.found:
            return self.path
        # a directory there is said so, as its warning says (hostile12 F8): not "no file there";
        # so is a file that is there but not read (another user's: newcomer19 F7), whose
        # warning line says why
        if self.path == os.path.join(os.sep, ".config", "backcare", "config.toml"):  # noqa: PTH118
            # no home (cron, systemd's DynamicUser): _linux_config_dir's stand-in, not a place
            # anyone keeps settings (newcomer24 F13 saw "/.config/..." and took it for one)
            return "none (no home directory; BACKCARE_CONFIG names a file)"
        if os.path.isdir(self.path):  # noqa: PTH112
            there = "a directory, ignored"
        elif os.path.lexists(self.path):
            there = "a file there, not used: see the warning"
        else:
            there = "no file there"
        return f"{self.path} ({there})"

    def rows(self) -> list[tuple[str, str, str]]:
        """(key, value as shown, source) per key, for `backcare config`."""
        shown = {
            "faq": ", ".join(str(p) for p in self.faq) or "(bundled FAQ)",
            "color": self.color,
            "plain": "true" if self.plain else "false",
            "pager": self.pager if self.pager is not None else "false (no pager)",
            "region": self.region or "(not set)",
            "top": str(self.top),
        }
        return [(key, shown[key], self.sources[key]) for key in KEYS]

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """{key: {"value", "source"}} for `backcare config --json`; paths as strings."""
        values: dict[str, Any] = {
            "faq": [str(p) for p in self.faq],
            "color": self.color,
            "plain": self.plain,
            "pager": self.pager if self.pager is not None else False,
            "region": self.region,
            "top": self.top,
        }
        return {key: {"value": values[key], "source": self.sources[key]} for key in KEYS}


# ---- where the file is -----------------------------------------------------------------------


def default_path(environ: Mapping[str, str]) -> Path:
    """`config.toml` in the user config directory, as platformdirs defines it.

    On Linux that directory is the XDG Base Directory one ($XDG_CONFIG_HOME, else ~/.config), which
    is computed here without importing platformdirs: every `backcare` run asks for this path, and
    the import costs ~3 ms of a ~60 ms run. tests/test_config.py checks both agree.
    """
    from pathlib import Path

    if sys.platform.startswith("linux") and "ANDROID_DATA" not in environ:
        return Path(_linux_config_dir(environ)) / "backcare" / "config.toml"
    import platformdirs

    return platformdirs.user_config_path("backcare", appauthor=False) / "config.toml"


def _linux_config_dir(environ: Mapping[str, str]) -> str:
    """$XDG_CONFIG_HOME when it is absolute, else ~/.config of an absolute home. A relative value
    is ignored, as the XDG Base Directory spec says and the cache already did (hostile13 F7:
    `XDG_CONFIG_HOME=relcfg` or `HOME=.` read the settings, and so the pack and the pager
    command, from whatever directory backcare was run in; the current directory is not trusted:
    docs/threat-model.md)."""
    base = environ.get("XDG_CONFIG_HOME", "").strip()
    if os.path.isabs(base):  # noqa: PTH117 (os.path: no pathlib at start-up)
        return base
    home = environ.get("HOME", "")
    if not os.path.isabs(home):  # noqa: PTH117
        from backcare.store.cachedir import account_home

        # the account's home, or the root directory when there is none (no settings file there)
        home = account_home() or os.sep
    return os.path.join(home, ".config")  # noqa: PTH118


def expand_home(path: str) -> str:
    """`~` and `~user` expanded as a shell expands them, and left as written when there is no such
    home: pathlib's expanduser raises RuntimeError there, which made a settings typo
    ("~clinic/pack.json") crash every command before the red-flag check could run."""
    return os.path.expanduser(path)  # noqa: PTH111 (pathlib's raises on an unknown user)


def config_path(environ: Mapping[str, str]) -> tuple[Path, bool]:
    """The config file to read, and whether the user named it (BACKCARE_CONFIG)."""
    named = environ.get("BACKCARE_CONFIG", "")
    if named:
        from pathlib import Path

        return Path(expand_home(named)), True
    return default_path(environ), False


def _config_file(environ: Mapping[str, str]) -> tuple[str, bool]:
    """str(path) and `named` of config_path(environ), without importing pathlib when the Linux
    default path is already written as pathlib would write it (the usual case: pathlib costs
    about 5% of a cold run)."""
    from backcare.packs.load import written_as_pathlib_writes_it

    if not environ.get("BACKCARE_CONFIG") and sys.platform.startswith("linux"):
        if "ANDROID_DATA" not in environ:
            # os.path, not pathlib, on purpose (start-up time); the same path as default_path's
            config = _linux_config_dir(environ)
            path = os.path.join(config, "backcare", "config.toml")  # noqa: PTH118
            if written_as_pathlib_writes_it(path):
                return path, False
    found, named = config_path(environ)
    return str(found), named


SYSTEM_DIRS = "/etc/xdg"  # XDG_CONFIG_DIRS when it is unset or empty (the XDG spec's default)


def system_config(environ: Mapping[str, str]) -> str | None:
    """The system-wide settings file, the one an administrator writes for every user of a machine
    (newcomer17 F11: a clinic pack for all, where /etc/profile.d is not read by cron): the first
    `backcare/config.toml` that exists in $XDG_CONFIG_DIRS (else /etc/xdg), on Linux, as the XDG
    Base Directory spec orders them. Its relative entries are ignored, as a relative
    XDG_CONFIG_HOME is. None when BACKCARE_CONFIG names the one file to read (BACKCARE_CONFIG=
    /dev/null: no settings at all, the recipe for a service), or when there is none."""
    if environ.get("BACKCARE_CONFIG") or not sys.platform.startswith("linux"):
        return None
    for folder in (environ.get("XDG_CONFIG_DIRS") or SYSTEM_DIRS).split(":"):
        if os.path.isabs(folder):  # noqa: PTH117 (os.path: no pathlib at start-up)
            path = os.path.join(folder, "backcare", "config.toml")  # noqa: PTH118
            if os.path.lexists(path):  # a broken link or a directory is said when read
                return path
    return None


def read_config(path: str | Path, *, required: bool) -> ConfigFile | None:
    """The file's text, or None when it does not exist (an error if the user named it).

    Read like every file a user names (backcare.userfiles): only a regular file of at most
    MAX_CONFIG_BYTES (BACKCARE_CONFIG=/dev/zero would otherwise read forever, a FIFO would block,
    and /dev/urandom fill memory). The null device reads as an empty file (docs/config.md's way to
    ignore the file for one run)."""
    try:
        data = userfiles.read_bounded(path, MAX_CONFIG_BYTES, regular=True, null_is_empty=True)
    except userfiles.FileProblem as problem:
        if problem.kind == userfiles.MISSING and not required:
            return None
        raise ConfigError(f"{path}: {_config_problem(problem)}") from None
    why = _distrusted(path)
    if why is not None:
        raise ConfigError(why)
    from backcare.packs.load import marked_utf16_or_32

    if marked_utf16_or_32(data):
        # UTF-16 or UTF-32 with its byte-order mark (Windows PowerShell 5's `echo ... > FILE`
        # writes UTF-16LE so): read as packs are read, by the one decoder (hostile10 13)
        from backcare.errors import PackError
        from backcare.packs.load import decode_text

        try:
            return ConfigFile(str(path), decode_text(data, str(path)))
        except PackError as exc:
            raise ConfigError(f"{exc} (a config file)") from None
    try:
        # utf-8-sig: a leading byte-order mark (Notepad before 2019 saved UTF-8 with one) is
        # dropped, as packs drop it; TOML itself refused it as "Invalid statement" at 1:1
        return ConfigFile(str(path), data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not UTF-8 text") from None


def _distrusted(path: str | Path) -> str | None:
    """Why the settings file (the file a link names) may hold what someone else wrote, or None:
    it names a command (`pager`) and the packs answers come from, so another user's file, or one
    anyone can write, is refused as the cache is (store/cachedir.py; hostile16 F8: a `pager`
    written by another user ran, a `faq` replaced the pack)."""
    try:
        status = os.stat(path)  # noqa: PTH116 (no pathlib at start-up); follows a link
    except OSError:
        return None
    import stat

    if not stat.S_ISREG(status.st_mode):
        return None  # the null device reads as an empty file (read_config)
    from backcare.store.cachedir import another_users, distrusted, remedy

    why = distrusted(str(path), status)
    if why is None:
        folder = os.path.dirname(os.path.realpath(path))  # noqa: PTH120
        why = _replaceable_in(folder)
        if why is None:
            return None
        owned = another_users(why)
        why = f"its folder {folder} lets others replace it ({why})"
        fix = "move it to a folder of your own" if owned else "use 'chmod go-w' on the folder"
    else:
        fix = remedy(why)
    return (
        f"{path}: config file not used: {why}, and a settings file names a command (pager) "
        f"and packs; {fix}"
    )


def _replaceable_in(folder: str) -> str | None:
    """Why another user could replace a file in `folder` (review of hostile16 F8: the file was
    checked, not the folder a `mv` into it needs), or None. A sticky folder (/tmp) lets only a
    file's owner rename or remove it, so writable is fine there unless another user owns it."""
    import stat

    from backcare.store.cachedir import distrusted

    try:
        status = os.stat(folder)  # noqa: PTH116
    except OSError:
        return None
    why = distrusted(folder, status)
    if why is None or (status.st_mode & stat.S_ISVTX and status.st_uid in (os.geteuid(), 0)):
        return None
    return why


def _config_problem(problem: userfiles.FileProblem) -> str:
    if problem.kind == userfiles.MISSING:
        return "config file not found (named by BACKCARE_CONFIG)"
    if problem.kind == userfiles.TOO_LARGE:
        return (
            f"config file is larger than {MAX_CONFIG_BYTES // 1000:,} kB (a settings file is a "
            "few lines)"
        )
    reasons = {
        userfiles.DIRECTORY: "is a directory",
        userfiles.SPECIAL: "not a regular file",
        userfiles.PERMISSION: "permission denied",
        userfiles.BAD_NAME: "not a valid file name",
    }
    return f"cannot read config file: {reasons.get(problem.kind, problem.detail)}"


def load_settings(
    flags: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    regions: Regions = None,
    warn: Warn = None,
) -> Settings:
    """Effective settings for this run: `resolve` over the real environment and config file.
    With `warn`, a file that cannot be read is reported to it and skipped."""
    environ = os.environ if environ is None else environ
    path, named = _config_file(environ)
    said = snapshot_problem(environ)
    if said is not None:
        if warn is None:
            raise ConfigError(said)
        warn(said)
    files: list[ConfigFile | None] = []
    for name, required in ((path, named), (system_config(environ), False)):
        try:
            files.append(read_config(name, required=required) if name else None)
        except ConfigError as exc:
            if warn is None:
                raise
            warn(f"{exc}; ignored")
            files.append(None)
    return resolve(
        flags or {}, environ, files[0], regions=regions, path=path, warn=warn, system=files[1]
    )


def snapshot_off(environ: Mapping[str, str]) -> bool:
    """Whether BACKCARE_NO_SNAPSHOT turns the prebuilt snapshot off: read as BACKCARE_PLAIN is
    (1/true/yes/on: off; 0/false/no/off or empty: kept). Any other value keeps it, as a bad
    BACKCARE_PLAIN keeps the default, and `snapshot_problem` says so (newcomer26 F11: 0, false
    and junk all turned it off, silently)."""
    return environ.get(NO_SNAPSHOT, "").strip().lower() in TRUE


def snapshot_problem(environ: Mapping[str, str]) -> str | None:
    """The warning for a BACKCARE_NO_SNAPSHOT value that is no yes/no word, or None."""
    raw = environ.get(NO_SNAPSHOT, "")
    if raw.strip().lower() in ("", *TRUE, *FALSE):
        return None
    return (
        f"{NO_SNAPSHOT}: must be one of {'/'.join(TRUE + FALSE)}, not {raw!r}; "
        "the snapshot is used (the default)"
    )


# ---- merging ---------------------------------------------------------------------------------


def resolve(
    flags: Mapping[str, object],
    environ: Mapping[str, str],
    file: ConfigFile | None,
    *,
    regions: Regions = None,
    path: str = "",
    warn: Warn = None,
    system: ConfigFile | None = None,
) -> Settings:
    """Effective settings from flags, environment and config file text. Pure.

    `system` is the system-wide file's text (system_config), the lowest source but the defaults:
    any choice of the user's, the general variables included, wins over the machine's.

    `flags` holds only the flags given on the command line, by key (`faq`: a path or a list of
    paths, `color`, `plain`, `pager`: a command or False for --no-pager, `region`, `top`); a None
    value counts as not given. `regions`, if given, lists the region codes the safety data knows
    (or is a function returning them, called only when a region is set).
    Raises ConfigError with one line naming the file (or variable) and key for any bad value; with
    `warn`, each such line goes to `warn` instead and that value is skipped, so the next source
    (in the end the default) decides the key.
    """
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    parsed = _parse_file(file, warn) if file is not None else {}
    where = file.path if file is not None else ""
    base = file.path if file is not None else ""  # relative pack paths: from the file's folder

    refused: list[tuple[str, str]] = []  # (key, problem): said once the next source is known

    def take(key: str, source: str, check: Callable[..., Any], *args: Any) -> None:
        """The key's value from `source` (`check(*args)`) unless a higher source gave one."""
        if key in values:
            return
        try:
            checked = check(*args)
        except ConfigError as exc:
            if warn is None:
                raise
            refused.append((key, str(exc)))
            return
        if checked is not None:
            values[key] = checked
            sources[key] = source

    # 1. flags (already checked by the argument parser, but normalised the same way)
    for key in KEYS:
        flag = flags.get(key)
        if flag is not None:
            # a flag was typed just now: a bad one is an error, never a warning
            if key == "top" and (type(flag) is not int or not top_in_range(flag)):
                raise ConfigError(f"{TOP_FLAG}: {TOP_RULE}, not {str(flag)!r}; {TOP_HELP}")
            checked = _check(key, flag, f"--{key}", "", regions)
            take(key, _flag_name(key, flag), lambda value: value, checked)
    # 2. backcare's own environment variables
    for key in KEYS:
        var = f"BACKCARE_{key.upper()}"
        raw = environ.get(var)
        if raw is not None and (raw != "" or key == "pager"):
            take(key, var, _env_value, key, raw, var, regions)
    # 3. the config file
    for key, setting in parsed.items():
        take(key, where, _check, key, setting, f"{where}: key {key!r}", base, regions)
    # 4. the variables every program reads
    if environ.get("NO_COLOR"):
        take("color", "NO_COLOR", str, "never")
    pager = environ.get("PAGER")
    if pager:
        take("pager", "PAGER", _check, "pager", pager, "PAGER", "", regions)
    # 5. the system-wide file
    if system is not None:
        for key, setting in _parse_file(system, warn).items():
            here = f"{system.path}: key {key!r}"
            take(key, system.path, _check, key, setting, here, system.path, regions)
    # 6. the region the locale names (LANG=en_GB.UTF-8 -> UK), when nothing set one: a notice then
    # gives the person's own number first, not seven (newcomer24 F8); a locale of no known
    # region gives none, silently (it is no setting of the person's to warn about)
    if "region" not in values and regions is not None:
        implied = locale_region(environ)
        if implied is not None:
            var, territory = implied
            try:
                code = _check("region", territory, var, "", regions)
                # marked as the locale's, so each notice's numbers say they are a guess
                values["region"] = LocaleRegion(code, var)
                sources["region"] = f"the locale ({var})"
            except ConfigError:
                pass
    defaults = Settings()
    for key in KEYS:
        if key not in values:
            values[key] = getattr(defaults, key)
            sources[key] = DEFAULT
    for key, problem in refused:
        # what is used instead: the next source's value, which was said to be the default even
        # when the settings file gave one (newcomer17 F10)
        instead = "the default" if sources[key] == DEFAULT else f"the value from {sources[key]}"
        if warn is not None:
            warn(f"{problem}; using {instead} instead")
    return Settings(
        faq=values["faq"],
        color=values["color"],
        plain=values["plain"],
        pager=values["pager"] if values["pager"] is not False else None,
        region=values["region"],
        top=values["top"],
        sources=sources,
        path=path or where,
        found=file is not None,
        system=system.path if system is not None else "",
    )


def _flag_name(key: str, value: object) -> str:
    return "--no-pager" if key == "pager" and value is False else f"--{key}"


def _parse_file(file: ConfigFile, warn: Warn = None) -> dict[str, Any]:
    """The file's known keys; with `warn`, a line that is not TOML and sets one key to a bare word
    (`plain = yes`) is left out and the rest read, any other file that is not TOML counts as
    empty, and unknown keys are left out, each reported to `warn` (with the line and how TOML
    writes values)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    text, skipped = file.text, 0  # lines left out so far
    while True:
        try:
            data: dict[str, Any] = tomllib.loads(text)
            break
        except (tomllib.TOMLDecodeError, RecursionError) as exc:
            # tomllib parses nested arrays and inline tables by recursion: `a = [[[[...` a few
            # thousand deep exhausts the stack. No real settings file nests: "not TOML".
            reason = str(exc) if isinstance(exc, tomllib.TOMLDecodeError) else "nested too deeply"
            number = _failed_line(reason)
            said = f"{file.path}: not valid TOML: {reason}{_line_read(text, number)}; {TOML_HINT}"
            if warn is None:
                raise ConfigError(said) from None
            kept = _without_line(text, number) if skipped < MAX_SKIPPED_LINES else None
            if kept is None:
                warn(f"{said}; the file is ignored")
                return {}
            warn(f"{said}; that line is ignored, the file's other lines are used")
            text, skipped = kept, skipped + 1
    for key in [key for key in data if key not in KEYS]:
        from difflib import get_close_matches

        close = get_close_matches(key, KEYS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f" (keys: {', '.join(KEYS)})"
        if warn is None:
            raise ConfigError(f"{file.path}: unknown key {key!r}{hint}")
        warn(f"{file.path}: unknown key {key!r} ignored{hint}")
        del data[key]
    return data


# how TOML writes a settings file's values, said with a line that is not TOML (newcomer29 F6:
# `plain = yes`, as setup.md lists the pager's words, dropped the file, region and all, and the
# warning did not say how to write it)
TOML_HINT = 'TOML writes true or false (plain = true) and strings in quotes (region = "UK")'
MAX_SKIPPED_LINES = 20  # lines left out of one file before it is ignored whole
_FAILED_AT = lazy(r"\(at line (\d+), column \d+\)")
# a line that sets one key to one bare word: leaving it out cannot change what any other line
# means (a line inside an array, a table or a string could)
_ONE_KEY_LINE = lazy(r"^[ \t]*[A-Za-z0-9_-]+[ \t]*=[ \t]*[^\[\]{}\"'\s#]+[ \t]*(#.*)?$")


def _failed_line(reason: str) -> int | None:
    """The line tomllib's error names (1-based), or None."""
    found = _FAILED_AT.search(reason)
    return int(found.group(1)) if found else None


def _line_read(text: str, number: int | None) -> str:
    """', line N reads '...'' for the line that failed ('' when none is named): the reader sees
    what they wrote (escaped: no control character reaches the terminal)."""
    lines = text.splitlines()
    if number is None or not 0 < number <= len(lines):
        return ""
    line = lines[number - 1].strip()
    shown = repr(line[:80] + ("…" if len(line) > 80 else ""))
    return f"; line {number} reads {shown}"


def _without_line(text: str, number: int | None) -> str | None:
    """`text` with line `number` blanked (the other lines keep their numbers), when that line
    sets one key to a bare word (`plain = yes`, `region = UK`); else None: the file is
    ignored, as a line inside an array or a string could change what the others mean."""
    lines = text.split("\n")
    if number is None or not 0 < number <= len(lines):
        return None
    if not _ONE_KEY_LINE.match(lines[number - 1].rstrip("\r")):
        return None
    lines[number - 1] = ""
    return "\n".join(lines)


def _env_value(key: str, raw: str, var: str, regions: Regions) -> Any:
    return _check(key, _from_env(key, raw, var), var, "", regions)


def _from_env(key: str, raw: str, var: str) -> object:
    """An environment variable's text as the value type of `key`."""
    text = raw.strip()
    if key == "plain":
        if text.lower() in TRUE:
            return True
        if text.lower() in FALSE:
            return False
        raise ConfigError(f"{var}: must be one of {'/'.join(TRUE + FALSE)}, not {raw!r}")
    if key == "top":
        try:
            return top_from_text(raw)  # the rule --top follows
        except ValueError as exc:
            raise ConfigError(f"{var}: {exc}") from None
    if key == "faq":
        parts = raw.split(os.pathsep)
        if os.pathsep == ":" and "://" in raw:  # a URL named: said as one, not as "file"
            from backcare.packs.load import urls_whole

            parts = urls_whole(parts)
        return [part for part in parts if part]
    if key == "color":
        return text  # spaces around allowed, as for BACKCARE_TOP (hostile13 F14)
    return raw


def _pack_path(base: str, name: str) -> str:
    """A pack file's path, relative to the folder of the config file `base` ("": the working
    directory), as pathlib writes it: never the bare word `bundled`, which names the bundled FAQ
    (`--faq ./bundled` was joined to 'bundled' and silently searched the bundled FAQ instead of
    the file)."""
    from backcare.packs.load import looks_like_url, written_as_pathlib_writes_it

    if looks_like_url(name):
        return name  # echoed as given in its error (a Path made "https://" "https:/": hostile12 F7)
    # str(Path(base).parent / expanded) without importing pathlib (~5 ms of a cold ask with
    # --faq) when the joined text is already written as pathlib writes it (most paths)
    expanded = expand_home(name)
    path = os.path.join(os.path.dirname(base), expanded)  # noqa: PTH118, PTH120
    if (base and not written_as_pathlib_writes_it(base)) or not written_as_pathlib_writes_it(path):
        from pathlib import Path

        path = str((Path(base).parent if base else Path()) / expanded)
    return os.path.join(os.curdir, path) if path == BUNDLED else path  # noqa: PTH118


def _is_path(value: object) -> bool:
    """Whether `value` is a str or a pathlib Path, importing pathlib only if it is imported already
    (no Path can exist before): start-up time."""
    if isinstance(value, str):
        return True
    if "pathlib" not in sys.modules:
        return False
    from pathlib import Path

    return isinstance(value, Path)


def _check(key: str, value: object, where: str, base: str, regions: Regions) -> Any:
    """`value` as the type `key` needs, or ConfigError naming `where`. Relative pack paths are
    relative to the folder of the config file `base` ("": the working directory)."""
    if key == "faq":
        items = [value] if _is_path(value) else value
        if not isinstance(items, (list, tuple)) or not all(
            _is_path(p) and str(p).strip() for p in items
        ):
            raise ConfigError(f"{where}: must be a pack path or a list of paths")
        if not items:
            # `faq = []` names no pack: said, not silently read as the bundled one (what it falls
            # back to, as any bad value does)
            raise ConfigError(
                f"{where}: an empty list names no pack (leave the key out, or name "
                f"{BUNDLED!r}, for the bundled FAQ)"
            )
        paths = tuple(p if str(p) == BUNDLED else _pack_path(base, str(p)) for p in items)
        from backcare.packs.multi import repeats  # loaded by every command that opens a pack

        repeated = repeats(paths)
        if repeated:
            # searched together, a pack given twice collides with itself on every id: as a
            # setting that is a bad value (a warning, the key keeps its next value), not a failure
            twice = paths[min(repeated)]
            raise ConfigError(f"{where}: names the pack {twice!r} twice; each may be used once")
        return paths
    if key == "color":
        if not isinstance(value, str) or value.lower() not in COLORS:
            raise ConfigError(f"{where}: must be one of {', '.join(COLORS)}, not {as_toml(value)}")
        return value.lower()
    if key == "plain":
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: must be true or false, not {as_toml(value)}")
        return value
    if key == "pager":
        if value is False or (isinstance(value, str) and value.strip().lower() in NO_PAGER):
            return False
        if value is True or (isinstance(value, str) and value.strip().lower() in TRUE):
            # "yes, page": the next source decides which pager (PAGER, else less), never a
            # command named `true` or `yes`, which would swallow the output
            return None
        if not isinstance(value, str):
            raise ConfigError(f"{where}: must be a command or false, not {as_toml(value)}")
        return value.strip()
    if key == "region":
        if not isinstance(value, str):
            raise ConfigError(
                f"{where}: must be a region code such as UK or US, not {as_toml(value)}"
            )
        import unicodedata  # only when a region is set: start-up time

        # read after NFKC: full-width letters ('ＵＫ', from an East Asian keyboard's input mode)
        # and other compatibility forms are the code's own letters
        read = unicodedata.normalize("NFKC", value).strip()
        changed = read != value.strip()
        if not REGION_SHAPE.fullmatch(read):
            shown = f"{value!r} (read as {read!r})" if changed else repr(value)
            raise ConfigError(f"{where}: must be a region code such as UK or US, not {shown}")
        code = read.upper()
        known = regions() if callable(regions) else regions
        if known is not None and code not in known:
            names = ", ".join(sorted(set(known.values())) if isinstance(known, Mapping) else known)
            if changed:  # what was read, beside what was written: the two look alike
                raise ConfigError(
                    f"{where}: unknown region {value.strip()!r} (read as {code!r}; known: {names})"
                )
            raise ConfigError(f"{where}: unknown region {code!r} (known: {names})")
        return known[code] if isinstance(known, Mapping) else code
    # top: bool is an int subclass in Python, and `top = true` is a mistake, not 1
    if isinstance(value, bool) or not isinstance(value, int) or not top_in_range(value):
        raise ConfigError(f"{where}: {TOP_RULE}, not {as_toml(value)}")
    return value


# Locales that say nothing of where a person is: en_US is the default of most Linux images,
# containers and installers whatever the country, so a UK user's terminal often carries it, and
# "Call 911" in the UK would be a wrong number where the generic notice is right everywhere.
LOCALES_OF_NO_REGION = frozenset({"en_US"})
# The variables naming the locale for telephone conventions, in POSIX's order of precedence
LOCALE_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LANG")


def locale_region(environ: Mapping[str, str]) -> tuple[str, str] | None:
    """(variable, territory) of the locale in effect for telephone conventions, when it names a
    territory ("en_GB.UTF-8" -> "GB"): None for C, POSIX, C.UTF-8, a bare language, or a locale
    of LOCALES_OF_NO_REGION."""
    for var in LOCALE_VARIABLES:
        value = environ.get(var, "")
        if not value:
            continue
        name = value.split(".", 1)[0].split("@", 1)[0]
        language, _, territory = name.partition("_")
        if name in LOCALES_OF_NO_REGION or not language or not territory.isalpha():
            return None
        return var, territory
    return None


def as_toml(value: object) -> str:
    """A value as the settings file writes it (hostile14 18: `color = true` was said to be "not
    True", Python's spelling): true/false, strings quoted, lists and inline tables in TOML's form;
    infinity, which a number too large to be a float reads as (`top = 1e400`), said so."""
    import math

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isinf(value):
        sign = "-" if value < 0 else ""
        return f"{sign}inf (a number too large to be read: infinity)"
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(as_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key} = {as_toml(item)}" for key, item in value.items()) + "}"
    if isinstance(value, str):
        return repr(value)  # 'text': a TOML literal string when it holds no quote
    if hasattr(value, "isoformat"):
        return str(value.isoformat())  # a TOML date or time
    return str(value)
