"""A PDF/X document id that does not change between identical builds (the
stable-document-id patch of table.py).

WeasyPrint 70 writes an XMP DocumentID drawn at random for PDF/X-4
(weasyprint/pdf/metadata.py: `uuid4()`); while `stable_ids(seed)` is active it is
derived from `seed` (the PDF identifier) instead, so the same inputs still give the
same bytes (tests/test_determinism.py).
"""

from __future__ import annotations

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
    is derived from `seed` instead."""
    token = id_seed.set(seed)
    try:
        yield
    finally:
        id_seed.reset(token)
