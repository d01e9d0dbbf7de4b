"""Every limit a pack must respect, in one place (documented in docs/pack-format.md).

A pack is untrusted data: these bounds keep reading, parsing, indexing and rendering it cheap, and
turn a hostile or broken file into one clear `PackError` instead of a hang, a memory blow-up or a
traceback. Each figure is far above what a real FAQ needs (the bundled pack's longest answer is under
1,000 characters; a 50,000-entry pack is 23 MB).
"""

from __future__ import annotations

# The file
# read at most this + 1 bytes, so /dev/zero or a FIFO cannot grow memory
MAX_PACK_BYTES = 128 * 1024 * 1024
MAX_ENTRIES = 250_000  # the speed targets cover packs up to 200,000 entries (issue 17)
MAX_DEPTH = 32  # nesting of arrays/objects anywhere, unknown keys included (a pack needs 4)
MAX_NUMBER_CHARS = 40  # a number literal anywhere (Python refuses to convert >4,300 digits)

# Fields of an entry, in characters after trimming surrounding whitespace
MAX_ID_CHARS = 100
MAX_QUESTION_CHARS = 1_000
MAX_ANSWER_CHARS = 50_000  # longer answers cost seconds per ask and are unreadable on a terminal
MAX_ALIAS_CHARS = 1_000
MAX_TAG_CHARS = 200
MAX_TOPIC_CHARS = 200
MAX_ALIASES = 100  # per entry
MAX_TAGS = 100  # per entry
MAX_SOURCE_URL_CHARS = 2_000

# Pack-level fields
MAX_TITLE_CHARS = 200
MAX_SOURCE_CHARS = 1_000
MAX_CONTACT_CHARS = 200
# an import's notes marked [check] that it records in the pack (`import_checks`): what it could not
# place, each one line, reported by `validate` of the pack until the author deletes it
MAX_IMPORT_CHECKS = 200
MAX_IMPORT_CHECK_CHARS = 1_000
MAX_PAGE_CONTACT_CHARS = 300  # a page's call to action (importers.result.MAX_CALL_TO_ACTION)

# The pack's lexicon: building it costs the square of each group's size, so groups stay small
MAX_SYNONYM_GROUPS = 1_000
MAX_GROUP_SIZE = 40  # members in one synonym group
MAX_SYNONYM_MEMBERS = 2_000  # members across all groups
MAX_MEMBER_CHARS = 100

# Importing a page (`import`, `--faq page.md`): markdown-it reads about 0.3 MB a second and keeps
# several hundred bytes per token, so a Markdown or text page is bounded in characters, and one
# paragraph to what could still fit in an answer (the importer's work in a paragraph is not linear)
MAX_IMPORT_TEXT_CHARS = 2 * 1024 * 1024  # characters
MAX_PARAGRAPH_CHARS = 2 * MAX_ANSWER_CHARS

# Reporting
MAX_REPORTED_ERRORS = 50  # `validate` lists this many schema errors, then "... and N more"
MAX_QUESTIONS_LINES = 100_000  # lines in a `validate --questions` file
# `validate` ranks each entry's own question against the pack, in time up to the pack's size each:
# every entry while entries x questions ranked stays under this (a 1,400-entry pack), else as many
# questions as fit, spread through the pack, and never fewer than the minimum (a note says so)
RANKED_WORK = 2_000_000  # not a MAX_ limit: past it validate samples, never refuses
MIN_RANKED_ENTRIES = 100
