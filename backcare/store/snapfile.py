"""The snapshot's file (backcare.store.snapshot): its key (what the tables are built from: data
files' bytes, the building code's sizes and times, Python's and the stemmer's versions), its path
in the user cache, and its bytes (a header laying out the parts with their lengths and CRC-32s,
then the parts as marshal data), read untrusted and written atomically.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Mapping
from stat import S_ISREG

from backcare import __version__
from backcare.hints import Any
from backcare.packs.load import BUNDLED
from backcare.resources import data_file
from backcare.store.cachedir import MODE, Untrusted, cache_dir_name, make_root, read_own
from backcare.store.datasums import Sum, checksum
from backcare.store.described import Damaged

# 2: the quick exits' index (part "screen"); 3: PhraseIndex._alternatives; 4: "cues";
# 5: the red-flag tables read later in parts of their own ("safety._rules", ...); 6: each part's
# CRC-32, not its BLAKE2b digest; 7: the question-type and subject tables (part "sense");
# 8: the red-flag phrases' texts as columns (described.rows), each made when first read;
# 9: each red-flag phrase's needs as text (PhraseIndex._needs), read before it is compiled
# 10: the analyzer's expansions and the red-flag phrases' words as sorted texts (engine/sorted_rows.py),
# and the bundled entries' senses (part "senses")
FORMAT = 10
MAGIC = b"BCSNAP1\n"
MAX_BYTES = 16_000_000  # the bundled tables take about 0.4 MB
STALE_TEMP_SECONDS = 600  # a temporary file older than this belongs to a killed write
KEEP = 4  # snapshots kept in the directory (the user's other versions or checkouts)
PREFIX = "bundled-"
# every data file the builders read (tests/test_snapshot.py traces the builders to check the list)
DATA_FILES = (
    BUNDLED,
    "stopwords.txt",
    "framing_words.txt",
    "lexicon.json",
    "red_flags.json",
    "safety_vocabulary.json",
    "emergency_numbers.json",
    "intents.json",
    "generic_words.txt",
)
# the code that builds them: the package's directories whose modules' sizes and times are in the
# key (the builders and everything they import; the CLI's and output's are not read by them)
CODE = ("", "engine", "engine/safety", "packs", "store")


# ---- the key ----------------------------------------------------------------------------------


def _blake2b() -> Any:
    try:
        from _blake2 import blake2b  # hashlib would import OpenSSL's bindings: 3.6 ms
    except ImportError:  # pragma: no cover (every CPython build has it)
        from hashlib import blake2b
    return blake2b(digest_size=16)


def inputs_key(data: Mapping[str, bytes], remembered: Mapping[str, Sum] | None = None) -> str:
    """The key of the tables built from these data files' bytes by this code: each file by its
    Sum, from `remembered` (store/datasums.py) or else from its bytes in `data`. Every other file
    of the data directory counts too, by size and time: a builder that starts reading one
    (which tests/test_snapshot.py would also notice) cannot be served stale tables."""
    digest = _blake2b()
    digest.update(f"format {FORMAT} version {__version__}\n".encode())
    # the stemmer's stems are stored in every table (PyStemmer 2 and 3 stem 9 bundled words
    # apart), and marshal's format follows Python's: both count, as the code files do
    import Stemmer

    stemmer = os.stat(Stemmer.__file__)  # noqa: PTH116 (no pathlib: start-up time)
    digest.update(
        f"{sys.version} {Stemmer.__file__} {stemmer.st_size} {stemmer.st_mtime_ns}\n".encode()
    )
    for name in DATA_FILES:
        # each file by its length and two checksums of its bytes (64 bits, as the import cache
        # keys a page: store/open.py), not its bytes through BLAKE2b: ~0.2 ms here against ~0.7
        # for the ~0.6 MB of data every cold ask read for the key (issue 17); the files read for
        # nothing else are now checksummed only when their identity changed (datasums.py)
        known = remembered.get(name) if remembered else None
        length, crc, adler = known if known is not None else checksum(data[name])
        digest.update(f"{name} {length} {crc:08x}{adler:08x}\n".encode())
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # noqa: PTH120
    folders = [(os.path.join(package, part), ".py") for part in CODE]  # noqa: PTH118
    folders.append((os.path.dirname(data_file(BUNDLED)), ""))  # noqa: PTH120
    # each directory, then each of its files (regular, symbolic links followed, as
    # DirEntry.is_file) by name, size and time, as marshal data: one digest update, no line
    # formatted and no DirEntry made a file (~1.6M instructions of ~6M, issue 17)
    rows: list[str | int] = []
    for folder, suffix in folders:
        names = [name for name in os.listdir(folder) if name.endswith(suffix)]  # noqa: PTH208
        names.sort()
        rows.append(folder)
        for name in names:
            try:
                stat = os.stat(f"{folder}/{name}")  # noqa: PTH116
            except FileNotFoundError:
                continue  # gone since the listing (or a dangling link), as the listing would say
            if S_ISREG(stat.st_mode):
                rows += (name, stat.st_size, stat.st_mtime_ns)
    digest.update(marshal.dumps(rows))
    return str(digest.hexdigest())


# ---- the file ---------------------------------------------------------------------------------


def snapshot_folder() -> str:
    """The directory of the snapshots (and of datasums.py's record)."""
    return os.path.join(cache_dir_name(), "snapshot")  # noqa: PTH118


def snapshot_path(key: str) -> str:
    return os.path.join(snapshot_folder(), f"{PREFIX}{key}.bin")  # noqa: PTH118


# Safety's tables stored as parts of their own ("safety._rules", ...) and read when the check first
# uses them (backcare.store.later), not with the rest at every ask: a single question needs few
# of them (704 eval questions, one process each: the typo targets 44%, the rules 48% - a calm
# question stops before them -, the others none), and reading all five cost ~2.5 ms of a plain
# cold ask's ~8 for the whole red-flag part. The others are small or read by nearly every
# question (the phrase index, the surface words: every one). Named here, with the file's parts,
# so that finding the file (validate's kept readings) imports none of the engine's classes.
SAFETY_LATER = ("_typo_targets", "_rules", "_joined", "_background_words", "_combos_by")
PARTS = (
    "lexicon",
    "analyzer",
    "safety",
    *(f"safety.{name}" for name in SAFETY_LATER),  # read when first used (store/later.py)
    "index",
    "screen",
    "cues",
    "sense",
    "senses",  # the bundled entries' senses (prebuilt.entry_senses), read by the first ranking
)
Part = tuple[bytes, bytes]  # a part's marshal data and its CRC-32 (hex), as the file says
CHECK_DIGITS = 8


def read_snapshot(path: str, key: str) -> dict[str, Part]:
    """A snapshot file's parts, still encoded; Damaged (or OSError) unless its header is this
    key's and lays out the parts exactly. Each part's CRC-32 is checked when it is read
    (`unmarshal`): `validate` reads the analyzer alone."""
    try:
        content = read_own(path, MAX_BYTES)
    except Untrusted as exc:
        raise Damaged(str(exc)) from None
    header = MAGIC + key.encode() + b"\n"
    if not content.startswith(header):
        raise Damaged("not a snapshot for this key")
    at = len(header)
    layout = []
    for name in PARTS:
        end = content.find(b"\n", at, at + 100)
        fields = content[at:end].split(b" ") if end > 0 else []
        if (
            len(fields) != 3
            or fields[0] != name.encode()
            or not fields[1].isdigit()
            or len(fields[2]) != CHECK_DIGITS
        ):
            raise Damaged("not the described parts")
        layout.append((name, int(fields[1]), fields[2]))
        at = end + 1
    if at + sum(length for _, length, _ in layout) != len(content):
        raise Damaged("truncated or extended")
    parts = {}
    for name, length, check in layout:
        parts[name] = (content[at : at + length], check)
        at += length
    return parts


def _check(payload: bytes) -> bytes:
    """A part's CRC-32, as the header writes it. What it finds is damage (a truncated or
    bit-flipped part), not forgery, which no unkeyed digest finds (docs/threat-model.md), so it
    is the cheapest such check, as the index's rows have (store/sqlite.py): a cold ask reads
    ~0.7 MB of parts, ~0.2 ms of CRC-32 here against ~0.9 ms of BLAKE2b."""
    return b"%08x" % zlib.crc32(payload)


def unmarshal(part: Part) -> Any:
    """A part's data, once its CRC-32 is right; Damaged if not."""
    payload, check = part
    if _check(payload) != check:
        raise Damaged("damaged")
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError) as exc:
        raise Damaged(f"not marshal data ({exc})") from None


def assemble(key: str, payloads: Mapping[str, bytes]) -> bytes:
    """A snapshot file's bytes: the key, each part's length and CRC-32, then the parts."""
    lines = [MAGIC, key.encode(), b"\n"]
    for name in PARTS:
        lines.append(b"%s %d %s\n" % (name.encode(), len(payloads[name]), _check(payloads[name])))
    return b"".join(lines) + b"".join(payloads[name] for name in PARTS)


def write_snapshot(path: str, key: str, parts: dict[str, Any]) -> None:
    """Write atomically; remove older snapshots beyond KEEP. OSError if it cannot be written."""
    from pathlib import Path

    from backcare.store.files import remove_stale_temps, write_one_of_kind

    content = assemble(key, {name: marshal.dumps(parts[name]) for name in PARTS})
    if len(content) > MAX_BYTES:
        return  # not kept: a snapshot this large is not what the bundled data makes
    target = Path(path)
    make_root()
    target.parent.mkdir(MODE, exist_ok=True)
    remove_stale_temps(target.parent, STALE_TEMP_SECONDS)
    write_one_of_kind(target, content, PREFIX, KEEP)
