"""A PDF/X document id that does not change between identical builds (the
stable-document-id patch of table.py).

WeasyPrint 70 writes an XMP DocumentID drawn at random for PDF/X-4
(weasyprint/pdf/metadata.py: `uuid4()`); while `stable_ids(seed)` is active it is
derived from `seed` (the PDF identifier) instead, so the same inputs still give the
same bytes (tests/test_determinism.py).
"""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

from briefing.weasy.state import id_seed


def stable_uuid4() -> uuid.UUID:
    """uuid4, except while `stable_ids` is active: then derived from its seed."""
    seed = id_seed.get()
    return uuid.uuid4() if seed is None else uuid.uuid5(uuid.NAMESPACE_URL,
                                                        "briefing:" + seed.hex())


@contextmanager
def stable_ids(seed: bytes | None):
    """While writing a PDF: the XMP DocumentID WeasyPrint draws at random for PDF/X-4
    is derived from `seed` instead; and a font WeasyPrint saves again with fontTools (a
    colour emoji face, its pictures taken out: pdf/fonts.py) is stamped with a fixed time,
    not the clock's (fontTools reads SOURCE_DATE_EPOCH; one the user set is kept)."""
    token = id_seed.set(seed)
    stamped = "SOURCE_DATE_EPOCH" not in os.environ
    if stamped:
        os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        yield
    finally:
        id_seed.reset(token)
        if stamped:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
