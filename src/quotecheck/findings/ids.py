"""Content → ids: finding and cluster ids that survive edits elsewhere in an article.

An id is 12 hex characters of a BLAKE2b digest over what the finding *is* — its code,
the normalised words at stake and the people or outlets involved, each set sorted — and
never over file order, offsets or line numbers.  Baselines and inline markers key on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from hashlib import blake2b


def digest(*parts: str) -> str:
    """12 hex characters identifying ``parts`` (joined with a separator no text contains)."""
    return blake2b("\x1f".join(parts).encode("utf-8"), digest_size=6).hexdigest()


def _sorted_set(values: Iterable[str]) -> str:
    return "\x1e".join(sorted({" ".join(v.casefold().split()) for v in values}))


def finding_id(code: str, words: Iterable[str], parties: Iterable[str]) -> str:
    """The id of a finding of ``code`` about wordings ``words`` (normalised keys) and ``parties``."""
    return digest(code, _sorted_set(words), _sorted_set(parties))


def cluster_id(kind: str, keys: Iterable[str], speaker: str | None = None) -> str:
    """The id of a cluster: its match class, the keys of its wordings and, for a short
    statement matched only within one speaker, that speaker."""
    return "c" + digest(kind, _sorted_set(keys), speaker or "")[1:]
