"""The cache of imported pages: `--faq page.md` (or .html) imports the page once per content, then is
opened as the JSON pack the import made, with that pack's persistent index (backcare.store.open).

Parsing a page costs far more than reading JSON (a 1.9 MB Markdown page: about 1.3 s on every ask).
So the import's result is kept in the user cache directory, under `imports/`, named by what decides
it: the page's content hash, the format its name gives it, IMPORT_VERSION, CACHE_FORMAT and backcare's
version.
Two files per page:

- `KEY.json`: the pack the import made, as `backcare import` writes it (the page's title kept), so
  it is opened like any user's JSON pack, and indexed like one when it is large enough;
- `KEY.meta`: {"page", "format", "importer", "cache", "version": what the key says, "pack": the
  content hash of KEY.json, "notes": the import's notes, each {"text", "kind"[, "dropped"]}
  (packs/notes.py: `validate` decides by the kind)}, written after KEY.json: the commit of the pair.

Nothing read from here is trusted. The meta must be a small regular file, valid JSON of the right
shape, naming this page's hash, format and versions; the pack must have the hash the meta names
(checked on the bytes read, or by the index, which is keyed by the same hash) and load as a pack.
Anything else (missing, corrupt, truncated, swapped for another page's, unreadable) is a miss: the
page is imported again and the pair rewritten, never an error. A cache that cannot be written
(read-only, full) costs the import on every ask, with one note. Writes are atomic
(backcare.store.files). As for packs, a record per page path remembers the page's hash for its exact
file identity, so a repeated ask does not even read the page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backcare import __version__
from backcare.errors import PackError, os_reason
from backcare.namedtuple import NamedTuple
from backcare.packs.formats import IMPORT_VERSION, format_from_name
from backcare.packs.load import content_digest, parse_pack, read_file_bytes
from backcare.packs.notes import Note, kinded
from backcare.store import open as store_open
from backcare.store.files import remove_stale_temps, write_atomic
from backcare.store.open import (
    STALE_TEMP_SECONDS,
    cache_dir,
    open_store,
    path_record,
    remember_digest,
    remembered_digest,
)

if TYPE_CHECKING:
    from backcare.packs.schema import Pack
    from backcare.store.protocol import Progress, Store

META_BYTES = 4 * 1024 * 1024  # the notes of a page; a meta file larger than this is not ours
# the shape of a cache pair: 2 keeps each note's kind (arch10; 1 kept the notes' text alone, which
# would be misread as kindless). In the key too, so a cache of another shape is never even opened
CACHE_FORMAT = 2


class OpenedPage(NamedTuple):
    """An imported page, ready to search: the pack (named after the page), its persistent store
    (None: built in memory), the import's notes, and the page's content hash."""

    pack: Pack
    store: Store | None
    notes: tuple[Note, ...]
    digest: str


def open_page(
    path: str | Path,
    progress: Progress | None = None,
    notes: list[str] | None = None,
    *,
    indexed: bool = True,
) -> OpenedPage:
    """The page at `path` (a Markdown or HTML FAQ, by its name), imported once per content: from
    the cache when it holds this page's import, else imported (PackError as `import` reports it)
    and cached. `notes` gets one line when the cache cannot be used. Without `indexed` (the page
    searched with other packs, or validated: merged in memory) the cached pack is read whole,
    whatever its size, and no index is built of it (`store` is None)."""
    file, name = Path(path), str(path)
    fmt = format_from_name(path) or "auto"
    from backcare.store.cachedir import root_refused

    if root_refused():  # another user's cache, or writable by others: imported in memory
        page = read_file_bytes(file, name)
        imported, page_notes, _ = _imported(page, name)
        whole = content_digest(page)
        return OpenedPage(imported._replace(digest=whole), None, page_notes, whole)
    record, signature = _record(file)
    digest = remembered_digest(record, signature) if record is not None else None
    raw: bytes | None = None
    if digest is None:
        raw = read_file_bytes(file, name)
        digest = content_digest(raw)
    key = _key(digest, fmt)
    problems: list[str] = []
    cached = _cached(key, digest, fmt, name, progress, problems, indexed)
    if cached is not None:
        if raw is not None and record is not None:
            remember_digest(record, signature, digest)
        return cached
    if raw is None:  # remembered, but nothing usable cached: read again (the page may have changed)
        raw = read_file_bytes(file, name)
        digest = content_digest(raw)
        key = _key(digest, fmt)
    pack, page_notes, data = _imported(raw, name)
    opened = OpenedPage(pack._replace(digest=digest), None, page_notes, digest)
    try:
        size = _store(key, data, digest, fmt, page_notes)
    except OSError as exc:
        problems.append(os_reason(exc))
    else:
        if record is not None:
            remember_digest(record, signature, digest)
        if (
            indexed and size >= store_open.INDEXED_PACK_BYTES
        ):  # indexed now, so the next ask is a JSON pack's warm ask
            opened = _cached(key, digest, fmt, name, progress, problems) or opened
    if problems and notes is not None:
        from backcare.store.cachedir import cache_reason, shown

        notes.append(
            f"the cache {shown(str(cache_dir()))} cannot be used ({cache_reason(problems[0])}): "
            "the page is imported on every ask (BACKCARE_CACHE_DIR sets another place)"
        )
    return opened


def _key(digest: str, fmt: str) -> str:
    return f"{digest}-{fmt}-i{IMPORT_VERSION}-c{CACHE_FORMAT}-v{__version__}"


def _record(file: Path) -> tuple[Path | None, list[int]]:
    """The record of this page's content hash, and the file's identity it is valid for."""
    try:
        stat = file.stat()
        record = path_record(file, "pages")
    except (OSError, RuntimeError):  # read_file_bytes says what is wrong, in the loader's words
        return None, []
    signature = [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]
    return record, signature


def _imported(raw: bytes, name: str) -> tuple[Pack, tuple[Note, ...], dict[str, Any]]:
    """The page imported in memory, as packs.importers.pack_from_file does for several packs: the
    pack, the import's notes, and the pack data to cache, with the title the pack got (a page with
    no title is named after its file, not after the cache file it is read from next time)."""
    from backcare.packs.importers import import_bytes
    from backcare.packs.schema import pack_from_data

    result = import_bytes(raw, name, "auto")
    result.require_entries(name)
    data = result.to_pack()
    pack = pack_from_data(data, name)
    return pack, tuple(kinded(n) for n in result.notes), {**data, "title": pack.title}


def _paths(key: str) -> tuple[Path, Path]:
    directory = cache_dir() / "imports"
    return directory / f"{key}.json", directory / f"{key}.meta"


def _made_of(digest: str, fmt: str) -> dict[str, Any]:
    """What an import in the cache was made of, written in its meta and checked on reading it: the
    page, the format, the importer, the cache's shape and backcare's version."""
    return {
        "page": digest,
        "format": fmt,
        "importer": IMPORT_VERSION,
        "cache": CACHE_FORMAT,
        "version": __version__,
    }


def _cached(
    key: str,
    digest: str,
    fmt: str,
    name: str,
    progress: Progress | None,
    problems: list[str],
    indexed: bool = True,
) -> OpenedPage | None:
    """The page's import from the cache, or None when it holds no usable one (read whole, without
    an index, when not `indexed`)."""
    from backcare.userfiles import FileProblem, read_bounded

    pack_file, meta_file = _paths(key)
    try:
        meta = json.loads(read_bounded(meta_file, META_BYTES, regular=True).decode("utf-8"))
        if any(meta[field] != value for field, value in _made_of(digest, fmt).items()):
            return None  # another page's (a swapped file), another importer's or cache shape's
        if not isinstance(meta["notes"], list):
            return None
        notes = [Note.from_dict(n) for n in meta["notes"]]  # ValueError: not ours, a miss
        if not isinstance(meta["pack"], str):
            return None
        size = pack_file.stat().st_size
        if size < store_open.INDEXED_PACK_BYTES or not indexed:
            raw = read_file_bytes(pack_file, name)
            if content_digest(raw) != meta["pack"]:
                return None
            pack, store = parse_pack(raw, name), None
        else:
            if _digest_of(pack_file, name) != meta["pack"]:
                return None  # checked before an index is built of content that is not ours
            index_notes: list[str] = []
            pack, store = open_store(pack_file, progress, index_notes)
            problems.extend(index_notes)
            if pack.digest != meta["pack"]:  # the index is keyed by the content it was built of
                return None
    except (FileProblem, OSError, PackError, ValueError, KeyError, TypeError, RecursionError):
        return None  # UnicodeError is a ValueError
    return OpenedPage(pack._replace(path=name, digest=digest), store, tuple(notes), digest)


def _digest_of(pack_file: Path, name: str) -> str:
    """The content hash of a cached pack: the one its path's record remembers for this exact file
    (as backcare.store.open finds it), else read and hashed."""
    stat = pack_file.stat()
    signature = [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]
    known = remembered_digest(path_record(pack_file, "packs"), signature)
    return known or content_digest(read_file_bytes(pack_file, name))


def _store(key: str, data: dict[str, Any], digest: str, fmt: str, notes: tuple[Note, ...]) -> int:
    """Write the page's import (the pack, then the meta naming its hash: the pair's commit);
    the pack's size in bytes. OSError when the cache cannot be written."""
    pack_file, meta_file = _paths(key)
    try:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeError as exc:  # no pack text holds a lone surrogate, but never trust that here
        raise OSError(f"cannot encode the import ({exc})") from None
    meta = {
        **_made_of(digest, fmt),
        "pack": content_digest(body),
        "notes": [note.to_dict() for note in notes],
    }
    from backcare.store.cachedir import MODE

    # not the group's, whatever the umask
    pack_file.parent.mkdir(MODE, parents=True, exist_ok=True)
    remove_stale_temps(pack_file.parent, STALE_TEMP_SECONDS)
    write_atomic(pack_file, body, keep_mode=False)
    write_atomic(meta_file, json.dumps(meta).encode(), keep_mode=False)
    return len(body)
