"""A tokenizer for ML-systems abstracts: spaCy's English rules plus number-unit splits.

``2.3times``, ``2.3×``, ``12x`` and ``x17.7`` split into number and multiplier, and
``1024times 1024`` into three tokens, while product and model names
(``RTX3060``, ``Mistral-7B``, ``Gaudi-2``) stay intact.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# number followed by a multiplier: 2.3times, 2.3×, 12x, 4.5X, 3-fold
EXTRA_SUFFIXES = [r"(?<=[0-9])(?:times|×|[xX])", r"(?<=[0-9])-?fold"]
# multiplier before a decimal number: x17.7, ×2
EXTRA_PREFIXES = [r"[x×](?=[0-9]+\.[0-9])", r"×", r"~", r"≈", r"≥", r"≤"]
# multiplier between numbers (1024×1024) and device counts (8×A100)
EXTRA_INFIXES = [r"(?<=[0-9])(?:×|times)(?=[0-9])",
                 r"(?<=[0-9])[×x](?=[A-Z][A-Za-z]*[0-9])"]     # 8×A100, 8xH100: a count, then the product


@registry.tokenizers("kg.Tokenizer.v1")
def create_tokenizer(max_cache_size: int = 100_000) -> Callable[[Language], Tokenizer]:
    """``max_cache_size``: distinct chunks whose tokenization is remembered (spaCy's default, 10,000,
    is smaller than an ML-systems vocabulary; a full cache stops caching and tokenizing gets ~10x slower)."""
    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes = list(defaults.prefixes or []) + EXTRA_PREFIXES
        suffixes = EXTRA_SUFFIXES + list(defaults.suffixes or [])
        infixes = list(defaults.infixes or []) + EXTRA_INFIXES
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
            max_cache_size=max_cache_size,
        )
    return make
