"""`backcare config`: the effective settings, where each came from, and every problem with them
(a bad value, a pack that cannot be opened)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from backcare.cli.context import OutputOptions, environment, load_settings
from backcare.cli.status import Exit, error, guarded, warning

if TYPE_CHECKING:
    from backcare.config import CacheDir, PackFile, Settings


def run_config(output: OutputOptions, faq: Sequence[str] = ()) -> int:
    """`backcare config`: the effective settings and where each came from."""

    def config() -> int:
        from backcare.output.views import make_view

        bad: list[str] = []  # every bad value, not only the first: `config` checks a file
        settings = load_settings(faq, output, problems=bad)
        env = environment(output, settings)
        view = make_view(env)
        # every problem is listed: a bad value does not hide a pack that cannot be opened
        problems: list[str] = []
        packs = pack_files(settings, problems)
        if settings.pager is not None:
            from backcare.output.pager import pager_problem

            unrunnable = pager_problem(settings.pager)
            if unrunnable is not None:  # newcomer26 F14: output is then printed directly
                where = settings.sources.get("pager", "default")
                problems.append(f"{unrunnable} ({where}): long output is printed without one")
        view.settings(settings, _cache_dir(), packs)
        view.finish()
        for problem in bad:
            error(problem)
        for problem in problems:
            warning(problem)
        cache_said = _cache_problem()
        if cache_said:  # information: every question is still answered, from memory
            warning(cache_said)
        if bad:
            return Exit.ERROR
        return Exit.NOT_FOUND if problems else Exit.OK

    return guarded(config)


def _cache_dir() -> CacheDir:
    """Where the cache is (hostile11: nothing said where it was), and whether it is used (a
    relative BACKCARE_CACHE_DIR, another user's: the warning line says why it is not)."""
    from backcare.config import CacheDir, snapshot_off
    from backcare.store.cachedir import blocked_by_file, cache_dir_name, root_refused

    source = "BACKCARE_CACHE_DIR" if os.environ.get("BACKCARE_CACHE_DIR") else "default"
    usable = not root_refused() and blocked_by_file() is None and _unwritable() is None
    return CacheDir(cache_dir_name(), source, usable, snapshot=not snapshot_off(os.environ))


def _unwritable() -> str | None:
    """The cache directory, or the nearest folder above it that exists (where it would be made),
    when this user cannot write there (a read-only home: newcomer19 F7 saw it shown as usable);
    None otherwise."""
    from backcare.store.cachedir import cache_dir_name

    path = cache_dir_name()
    while path and not os.path.lexists(path):
        parent = os.path.dirname(path)  # noqa: PTH120
        if parent == path:
            return None
        path = parent
    if not path or not os.path.isdir(path):  # noqa: PTH112 (a file there: blocked_by_file)
        return None
    return None if os.access(path, os.W_OK | os.X_OK) else path


def _cache_problem() -> str | None:
    """A file where the cache directory should be (hostile13 F13), said once here: large packs
    are then answered from memory and pages imported on every ask, with a note each time."""
    from backcare.store.cachedir import (
        NO_HOME,
        blocked_by_file,
        blocked_reason,
        cache_dir_name,
        cache_off,
        shown,
    )

    if cache_off():  # asked for: nothing to warn of
        return None
    if cache_dir_name() == NO_HOME:  # said here only: a run says nothing (cachedir.refused)
        return (
            "no cache is used: there is no home directory to keep it in, so large packs are "
            "indexed on every run (set HOME, or BACKCARE_CACHE_DIR to a directory of your own)"
        )
    found = blocked_by_file()
    if found is None:
        unwritable = _unwritable()
        if unwritable is None:
            return None
        return (
            f"the cache directory {shown(cache_dir_name())} cannot be used: {shown(unwritable)} "
            "cannot be written (read-only?); large packs are answered from memory "
            "(BACKCARE_CACHE_DIR sets another place)"
        )
    return (
        f"the cache directory {shown(cache_dir_name())} cannot be used: {blocked_reason(found)} "
        "(BACKCARE_CACHE_DIR sets another place)"
    )


def pack_files(settings: Settings, problems: list[str]) -> list[PackFile]:
    """Each pack the settings name (the bundled one when they name none) with the SHA-256 of its
    bytes, for a script's record of what answered (newcomer23 F13); why each that cannot be opened
    (missing, a directory, unreadable, a name too long, too large) or read as a pack (not JSON,
    empty, cut short, not a pack's shape) is added to `problems`, in the loader's own words
    (packs.load): worth saying in `config`, since otherwise every question fails later
    (newcomer24 F10: a shared pack caught mid-copy was shown as fine). Its authoring quality is
    `backcare validate`'s to check; a page (Markdown, HTML) is only read here."""
    from backcare.config import PackFile
    from backcare.errors import PackError
    from backcare.packs.formats import opens_as_page
    from backcare.packs.load import BUNDLED, as_path, parse_pack, read_file_bytes, sha256_hex
    from backcare.packs.multi import BUNDLED_NAME
    from backcare.resources import data_file

    packs = []
    for name in settings.faq or [BUNDLED_NAME]:
        bundled = name == BUNDLED_NAME
        file = data_file(BUNDLED) if bundled else as_path(name)
        try:
            raw = read_file_bytes(file, name)
            if not bundled and not opens_as_page(name):
                parse_pack(raw, name)
        except PackError as exc:
            packs.append(PackFile(name, None))
            problems.append(
                f"faq (from {settings.sources['faq']}): {exc}, so no question can be answered "
                f"from it"
            )
            continue
        packs.append(PackFile(name, sha256_hex(raw)))
    return packs
