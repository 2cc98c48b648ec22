"""A stream compressed once per content in a process that renders documents again.

pydyf compresses every stream of a PDF as it writes it (`Stream.data`: zlib at level
9). A rebuild in a long-lived process (`incremental.keep_pages()`: `briefing watch`,
the workspace's build processes) writes mostly what the last build wrote: the font
subsets — the same glyphs give the same bytes (≈ 160 KB each for the sample's two
CJK faces) — and the content streams of the pages handed on (pagedraw.py replays
their operators). Compressing them again was ≈ 0.05 s of CPU of every rebuild of the
sample; here the compressed bytes are kept per uncompressed content (the whole
bytes are the key: equal content, equal output — zlib at one level is a pure
function), the least recently used dropped past `LIMIT` bytes of keys and values.
The stream's dictionary is made as pydyf makes it, so the written object is the same
bytes (tests/weasy/test_deflate.py compares with pydyf's own for every stream of a
rebuild, and a rebuild's PDF with a cold build's).

Outside such a process (a cold build, `BRIEFING_INCREMENTAL=0`), pydyf's own.
The patch (a row of table.py): deflated-once (`pydyf:Stream.data`).
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict

from briefing.weasy.seam import original

NAME = "deflated-once"
LIMIT = 64 * 1024 * 1024  # bytes of contents and their compressed forms kept

_lock = threading.Lock()
_kept: OrderedDict[bytes, bytes] = OrderedDict()
_size = 0
# Streams compressed and streams taken from the memory since the process started (tests
# and bench/ read them).
counts = {"compressed": 0, "kept": 0}


def _keeping() -> bool:
    from briefing.weasy import incremental

    return incremental.keeping() and incremental.enabled()


def forget() -> None:
    global _size
    with _lock:
        _kept.clear()
        _size = 0


def deflated(content: bytes) -> bytes:
    """zlib at level 9 of `content`, as pydyf writes it; kept for the next time."""
    global _size
    with _lock:
        found = _kept.get(content)
        if found is not None:
            _kept.move_to_end(content)
            counts["kept"] += 1
            return found
    compressor = zlib.compressobj(level=9)
    packed = compressor.compress(content)
    packed += compressor.flush()
    with _lock:
        counts["compressed"] += 1
        if content not in _kept:
            _kept[content] = packed
            _size += len(content) + len(packed)
            while _size > LIMIT and _kept:
                old, old_packed = _kept.popitem(last=False)
                _size -= len(old) + len(old_packed)
    return packed


def _data(self) -> bytes:
    """pydyf's Stream.data (its lines, in its order), the compression kept."""
    if not (self.compress and _keeping()):
        return original(NAME).fget(self)
    from pydyf import Dictionary, _to_bytes

    stream = b"\n".join(_to_bytes(item) for item in self.stream)
    extra = Dictionary(self.extra.copy())
    extra["Filter"] = "/FlateDecode"
    stream = deflated(stream)
    extra["Length"] = len(stream)
    return b"\n".join((extra.data, b"stream", stream, b"endstream"))


DATA = property(_data)
