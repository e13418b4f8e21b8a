"""A tokenizer for ML-systems abstracts: LaTeX read as a reader sees it, then spaCy's English
rules plus number-unit splits, and the title boundary.

``nlp(text)`` takes the raw text as a paper gives it: ``title + "\\n" + abstract`` (no newline:
no title). The tokenizer cleans it (``$4.04\\times$`` -> ``4.04×``, :mod:`kg.extraction.text`),
keeps the map from clean to raw offsets in ``doc.user_data["kg_raw_offsets"]`` so evidence points
into the raw text, and sets ``doc._.kg_title_end``. ``2.3times``, ``2.3×``, ``12x`` and ``x17.7``
split into number and multiplier, ``1024times 1024`` into three tokens, while product and model
names (``RTX3060``, ``Mistral-7B``, ``Gaudi-2``) stay intact.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from kg.extraction.mentions import register_extensions
from kg.extraction.text import clean_text

# number followed by a multiplier: 2.3times, 2.3×, 12x, 4.5X, 3-fold
EXTRA_SUFFIXES = [r"(?<=[0-9])(?:times|×|[xX])", r"(?<=[0-9])-?fold",
                  # a sentence's full stop after a capital ('on a Titan X.', 'to Llama-3-8B.'): spaCy keeps it
                  # for initials ('J.'), which abstracts do not write (not 'U.S.'), and the name and the sentence run on
                  r"(?<=[A-Z])(?<!\.[A-Z])\."]
# multiplier before a decimal number: x17.7, ×2
EXTRA_PREFIXES = [r"[x×](?=[0-9]+\.[0-9])", r"×", r"~", r"≈", r"≥", r"≤"]
# multiplier between numbers (1024×1024) and device counts (8×A100)
EXTRA_INFIXES = [r"(?<=[0-9])(?:×|times)(?=[0-9])",
                 r"(?<=[0-9])[×x](?=[A-Z][A-Za-z]*[0-9])",     # 8×A100, 8xH100: a count, then the product
                 r"(?<=[+#])/(?=[A-Za-z])"]                    # C++/CUDA: a list, as PyTorch/JAX is
TITLE_SEPARATOR = "\n"


class AbstractTokenizer:
    """Clean, then tokenize with spaCy's rule tokenizer; the serialisable state is the inner one's."""

    def __init__(self, inner: Tokenizer) -> None:
        register_extensions()
        self.inner = inner

    def __call__(self, raw: str) -> Doc:
        text, offsets = clean_text(raw)
        cut = text.find(TITLE_SEPARATOR)
        if cut >= 0:
            # newlines become spaces (same length, offsets hold): a "\n" token is a special case, and
            # one special case stops spaCy caching the rest of the doc's tokens (5-10x slower)
            text = text.replace("\n", " ").replace("\r", " ")
        doc = self.inner(text)
        doc.user_data["kg_text"] = text                   # == doc.text, which is costly to rebuild
        doc.user_data["kg_raw_offsets"] = offsets
        doc._.kg_title_end = cut + 1 if cut >= 0 else 0
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # spaCy calls these on nlp.to_disk / spacy.load and friends
    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> "AbstractTokenizer":
        self.inner.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path: str | Path, **kwargs: Any) -> "AbstractTokenizer":
        self.inner.from_disk(path, **kwargs)
        return self


@registry.tokenizers("kg.Tokenizer.v1")
def create_tokenizer(max_cache_size: int = 100_000) -> Callable[[Language], AbstractTokenizer]:
    """``max_cache_size``: distinct chunks whose tokenization is remembered (spaCy's default, 10,000,
    is smaller than an ML-systems vocabulary; a full cache stops caching and tokenizing gets ~10x slower)."""
    def make(nlp: Language) -> AbstractTokenizer:
        defaults = nlp.Defaults
        prefixes = list(defaults.prefixes or []) + EXTRA_PREFIXES
        suffixes = EXTRA_SUFFIXES + list(defaults.suffixes or [])
        infixes = list(defaults.infixes or []) + EXTRA_INFIXES
        return AbstractTokenizer(Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
            max_cache_size=max_cache_size,
        ))
    return make
