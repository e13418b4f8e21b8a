"""Names to keys: what makes two spellings one node (the ground floor: no NLP here).

``NVIDIA A100`` and ``A100``, ``Gaudi-2`` and ``gaudi2``, ``GPUs`` and ``GPU`` are one thing;
``LoRA+`` and ``LoRA``, ``ZeRO++`` and ``ZeRO``, ``QuIP#`` and ``QuIP`` are not, so ``+`` and
``#`` stay in the key.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Any

PAPER = "@paper"          # the head of a relation or result that is about the paper itself
_NOT_KEY = re.compile(r"[^a-z0-9+#]+")
_PLURAL = re.compile(r"\b([A-Za-z0-9][A-Za-z0-9\-]*[A-Z0-9])s\b")    # GPUs, A100s, zkSNARKs, vLLMs


def squash(text: str) -> str:
    """Comparison key: lower-case letters, digits, ``+`` and ``#`` only (``Gaudi-2`` == ``gaudi2``)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_KEY.sub("", text.lower())


def singular(name: str) -> str:
    """``GPUs`` -> ``GPU``, ``A100s`` -> ``A100``: acronyms and model numbers only."""
    return _PLURAL.sub(r"\1", name) if "s" in name else name


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a name (cached: names repeat across a corpus)."""
    return squash(singular(name))


def result_key(paper: str, claim: tuple[Any, ...], seen: dict[str, int]) -> str:
    """A result's key from what it says (subject, metric, value, unit, qualifier), not its position:
    reordering a paper's sentences or the input keeps every result's IRI. ``seen`` counts repeats
    of one claim within the paper, so two identical claims stay two results."""
    digest = hashlib.sha1(repr(claim).encode("utf-8")).hexdigest()[:12]
    n = seen[digest] = seen.get(digest, 0) + 1
    return f"Result:{paper}:{digest}" + (f"-{n}" if n > 1 else "")
