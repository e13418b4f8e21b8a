"""Name shapes: how coined names, acronym definitions and product numbers look.

These are morphology rules that hold for any abstract; the regexes for product
families live in ``pipelines/shapes.jsonl``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from kg.graph.keys import singular

# A word that may be a name: letters/digits joined by hyphens or dots.
# "Long Form Words (ACR)" - the acronym in brackets after up to 8 words.
ACRONYM = re.compile(r"\s\(([A-Za-z][A-Za-z0-9\-]{1,11})s?\)")
MODEL_SIZE = re.compile(
    r"(?<![\w\-.])((?:[A-Z][\w.]*|[a-z]+[A-Z][\w.]*)(?:-[\w.]+|\s\d+(?:\.\d+)*(?=[\s\-]\d))*)[- ](\d+(?:\.\d+)?[BMK]|\d+x\d+(?:\.\d+)?[BMK])"
    r"((?:-(?:[A-Za-z]\w*|v?\d\w*)(?:\.\w+)*)*)(?![\w\-])")     # (a full stop after it ends the sentence)
SIZE_TOKEN = re.compile(r"\d(?:\.\d+)?[BMK](?![\w])")
SIZE_ONLY = re.compile(r"^\d+(?:\.\d+)?[BMKT]$")
NUMERIC_FORMAT = re.compile(r"^(?:[Pp]eta|[Tt]era|[Gg]iga|[PTGM])?(?:FLOP|Flop)[Ss]?$|^(?:[A-Z]{0,2}FP|BF|INT|UINT|TF|FP|E\dM)\d+$|^W\d+A\d+(?:KV\d+)?$|^(?:W|KV)\d{1,2}$|"
                            r"^(?:EP|TP|PP|DP|SP|CP)\d{1,4}$|^\d+[A-Za-z]{0,3}$")     # EP320, TP8: parallel degrees
# Title-case words shaped like adjectives, participles or prefixes ("Accelerated", "Multi")
# an English noun by its ending ('feature', 'sparsity', 'placement', 'inference'); not 'vllm', 'mlx', 'ndzip'
PLAIN_NOUN = re.compile(r"[a-z]{2,}(?:ure|ity|ment|ness|ance|ence|age|ism|ship|er|or)")
# (nouns that only look like gerunds are names' words: 'MoE-Lightning', 'Lightning Attention')
DESCRIPTIVE = re.compile(r"^(?!(?:Lightning|Spring|String|Ring|King|Wing|Thing|Swing|Sting)$)"
                         r"[A-Z][a-z]+(?:ed|ing|ive|al|ent|ant|ion|ic|ous|ble|ary|ory)$|"
                         r"^(?:Multi|Single|Dual|Many|Cross|Non|Pre|Post|Co|Sub|Semi|Inter|Intra|Hyper|Ultra|Super|Mega|"
                         r"Micro)$|"
                         r"^(?:Aware|Efficient|Free|Friendly|Optimal|Centric|Native|Level|Scale|Grained|Wise|Agnostic|"
                         r"Bound|Intensive|Heavy|Light|Fast|Based|Driven|Guided|Tuned|Tuning|Time|Shot|Stage|Way|Rich|Ready|Only|"
                         r"Capable|Parallel|Sparse|Dense|Secure|Safe|Robust|Accurate|Exact|Compact|Lossless|Lossy)$")
# software named like a file: llama.cpp, bitnet.cpp, llm.npu (not e.g./i.e., not a web address)
DOT_LETTER = re.compile(r"\.[a-z]")         # what every dotted name has
DOTTED_NAME = re.compile(r"(?<![\w.\-/])([a-z][a-z0-9_]{1,20}\.(?!com\b|org\b|net\b|edu\b|io\b|gov\b|html?\b)"
                         r"[a-z]{1,4})(?![\w/]|\.\w)")
# a known name extended into another one: Sarathi-Serve, Medusa-2, YOLOv4-tiny, DeepSpeed-MoE
# the size and tier words of released variants: YOLOv4-tiny, BERT-large, Gemini-pro
VARIANT_WORDS = ("tiny", "small", "base", "large", "lite", "mini", "nano", "xl", "plus", "pro", "max")
# a released checkpoint's lower-case tags after its size or tier: 'Phi-4-mini-instruct', 'Llama-2-7b-chat-hf', 'Gemma-3-12B-it'
RELEASE_TAGS = ("instruct", "chat", "it", "hf", "coder")
DERIVED_SUFFIX = re.compile(r"-(?:[A-Z][A-Za-z0-9]*|\d+(?:\.\d+)?[A-Za-z]?|" + "|".join(VARIANT_WORDS + RELEASE_TAGS) + r")"
                            r"(?:-(?:" + "|".join(RELEASE_TAGS) + r"|\d+))*(?![\w\-])")     # ('YOLOv4-tiny-288')
# a named machine's partition after its name: 'LUMI-G', 'LUMI-C'
MACHINE_PARTITION = re.compile(r"[A-Z]{1,3}")
# a web address: nothing inside it is a mention ('github.com/nyu-systems/Grendel-GS')
URL = re.compile(r"(?:https?://|www\.|github\.com/)\S+")
# a product shape's class word after the name (dropped from the name)
CLASS_WORD_AFTER = re.compile(r"\s+(?:GPU|FPGA|NPU|TPU|chip|card|accelerator)s?$")
DEVICE_WORDS = {"GPU", "CPU", "NPU", "TPU", "FPGA", "ASIC", "DSP", "SoC", "PIM", "SSD", "HBM", "DRAM", "SRAM", "DIMM", "Disk",
                "NVMe", "Host", "NIC"}
ROMAN_OR_CASE = re.compile(r"^(?:I|II|III|IV|V|VI)$")


def tier_base(name: str) -> str:
    """The name a release tier is joined to ('YOLOv4' of 'YOLOv4-large', 'Sulnix' of 'Sulnix-tiny'), else ''."""
    base, _, tier = name.rpartition("-")
    return base if tier.lower() in VARIANT_WORDS else ""


def variant_of(name: str, proposed: str) -> bool:
    """'PP-DocLayout-L' of PP-DocLayout; 'YOLOv4-large', a size of the YOLOv4 that 'Scaled-YOLOv4' scales;
    'CheckFree+', the extended CheckFree."""
    if name.startswith(proposed + "-") or name in (proposed + "+", proposed + "++"):
        return True
    base = tier_base(name)
    return bool(base) and proposed.endswith(("-" + base, " " + base))


def _marked(part: str) -> bool:
    """CamelCase, inner capitals, or letters mixed with digits: a coined look."""
    letters = [c for c in part if c.isalpha()]
    if not letters:
        return False
    inner_upper = any(c.isupper() for c in part[1:])
    has_digit = any(c.isdigit() for c in part)
    return inner_upper or (has_digit and part[0].isalpha())


def is_coined(word: str, stop: set[str]) -> bool:
    """Does ``word`` look like a coined name (PyramidInfer, dyGRASS, CUDA-L1, E2GC)?"""
    core = word.rstrip("+")
    if core.endswith("s") and (core[:-1] in stop or (core[:-1].isupper() and len(core) >= 3)):
        return False              # GEMMs, SLOs, CSPs: a plural acronym names a class of things
    if core in stop or core.lower() in stop or NUMERIC_FORMAT.match(core) or ROMAN_OR_CASE.match(core):
        return False
    if core[:1].isdigit():
        return False              # 10-100X, 3D-...: numbers, not names
    parts = re.split(r"[\-.]", core)
    if len(parts) == 1:
        if core.isupper() and core.isalpha():
            return len(core) >= 3
        return _marked(core) and len(core) >= 2
    if len(parts) == 2 and parts[1] in VARIANT_WORDS and "-" in core:
        return _marked(parts[0])  # YOLOv4-tiny: a coined name's released variant
    # hyphen compounds: every part capitalised, a digit, or a version tag; one part coined
    # ('eWFA-GPU', 'vLLM-Serve': a part may open lower-case when it has capitals inside, or be a device
    # word in lower case: 'gpu-pairAlign')
    if not all(p[:1].isupper() or p[:1].isdigit() or re.fullmatch(r"v\d+|[a-z]?\d+\w*", p)
               or (p[:1].islower() and any(c.isupper() for c in p[1:])) or p.upper() in DEVICE_WORDS for p in parts):
        return False
    if all(p.rstrip("s") in DEVICE_WORDS for p in parts):
        return False              # CPU-GPU, GPU-CPU-Disk: devices and storage, no name
    content = [p for p in parts if p not in stop]
    if not content:               # AP-BWE is a name made of acronyms
        return True
    if all(DESCRIPTIVE.match(p) for p in content) or (len(parts) == 2 and DESCRIPTIVE.match(parts[-1])
                                                       and parts[0].isupper()):
        return False              # GPU-Accelerated, Multi-GPU, CPU-GPU, CUDA-Aware: descriptions, not names
    return any(_marked(p) or (p.isupper() and len(p) >= 2) for p in parts)


def initials_match(long_form: str, acronym: str) -> int:
    """How many trailing words of ``long_form`` the acronym abbreviates (0: none).

    Every content word must give the acronym its first letter; a word may give
    more letters (``PertP`` = Perturbation Parallelism) and small words may be
    skipped (``MoS`` = Mixture of Shards). The shortest fitting tail wins.
    """
    if acronym.endswith("s") and acronym[-2:-1].isupper():
        acronym = acronym[:-1]          # LLMs -> LLM
    acr = [c for c in acronym.lower() if c.isalnum()]
    if not acr:
        return 0
    # 'H2O' = Heavy Hitter Oracle, 'A3C': a digit after a letter may count that letter
    counted = re.sub(r"([a-z])([2-4])", lambda m: m.group(1) * int(m.group(2)), "".join(acr))
    words_ = long_form.split()
    for letters in (acr, list(counted)) if counted != "".join(acr) else (acr,):
        for n in range(1, min(len(words_), len(letters) + 2) + 1):
            parts = [(i, p) for w in words_[-n:] for i, p in enumerate(re.split(r"-", w)) if p]
            pieces = [p.lower() for _, p in parts]
            # 'Activation-aware': a lower-case word joined by a hyphen may give no letter
            skippable = {j for j, (i, p) in enumerate(parts) if i > 0 and p.isalpha() and p.islower()}
            if pieces and pieces[0] not in SMALL_WORDS and pieces[0][0] == letters[0] and \
                    _fits(letters, pieces, skippable):
                return n
    return 0


def _fits(acr: list[str], pieces: list[str], skippable: set[int] | frozenset[int] = frozenset()) -> bool:
    def go(i: int, j: int) -> bool:
        if j == len(pieces):
            return i == len(acr)
        piece = pieces[j]
        if (piece in SMALL_WORDS or j in skippable) and go(i, j + 1):
            return True
        if i >= len(acr) or piece[0] != acr[i]:
            return False
        # the piece gives acr[i], then possibly more letters from inside it
        k, pos = i + 1, 1
        if go(k, j + 1):
            return True
        while k < len(acr):
            pos = piece.find(acr[k], pos)
            if pos < 0:
                return False
            k, pos = k + 1, pos + 1
            if go(k, j + 1):
                return True
        return False
    return go(0, 0)


SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "a", "an", "to", "with", "via", "by"}


# A word with a capital, digit, hyphen or dot after a lower-case start:
# all-lower-case words can never be coined names, and skipping them saves most of the loop
# (Greek letters are letters of names too: DD-αAMG, β-VAE)
CANDIDATE = re.compile(r"(?<![\w\-.])(?=[a-zα-ω0-9]*[A-ZΑ-Ω0-9\-.+])[A-Za-zα-ωΑ-Ω0-9][A-Za-zα-ωΑ-Ω0-9]*"
                       r"(?:[\-.][A-Za-zα-ωΑ-Ω0-9]+)*\+{0,2}(?![\w\-])")


def words(text: str) -> Iterator[re.Match[str]]:
    """Words that may be coined names (a superset: is_coined decides)."""
    return CANDIDATE.finditer(text)


def title_cased(title: str) -> bool:
    """A title that capitalises (nearly) every longer word: there 'Accelerate', 'Summit' or 'Genesis' may be
    plain English, not the catalog's common-word name."""
    long = [w for w in re.findall(r"[A-Za-z][\w\-]*", title) if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.75 * len(long)


def occurrences(text: str, name: str) -> list[int]:
    """Start offsets of ``name`` as a whole word (str.find: no regex compiled per name)."""
    out, at = [], text.find(name)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(name)] if at + len(name) < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def own_plural(text: str, name: str) -> str:
    """A coined name's singular ('ZorGPUs' -> 'ZorGPU' when the text writes 'ZorGPU' too), else the name as the
    text always writes it ('this code, called HiGPUs': no 'HiGPU' anywhere, so the s is the name's own)."""
    one = singular(name)
    return one if one == name or occurrences(text, one) else name


def model_sizes(text: str) -> Iterator[re.Match[str]]:
    """MODEL_SIZE matches, scanned only around size tokens ('7B') instead of the whole text."""
    done = -1
    for size in SIZE_TOKEN.finditer(text):
        if size.start() < done:
            continue
        lo = max(0, done, text.rfind(" ", 0, max(0, size.start() - 40)))
        for m in MODEL_SIZE.finditer(text, lo, min(len(text), size.end() + 40)):
            if m.start() >= done and m.start(2) <= size.start() < m.end():
                done = m.end()
                yield m


def shape_name(surface: str, etype: str) -> str:
    """The name a shape rule's match gives: singular, a product without its class word ('P100 GPUs' -> 'P100')."""
    name = singular(surface.strip())
    return CLASS_WORD_AFTER.sub("", name) if etype == "hardware" else name


SPELLING_WORD = re.compile(r"([A-Z]{2,})[a-z]+")
NEAR_ACRONYM = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]{2,}(?![\w\-])")


def spells_acronym(text: str, start: int, word: str) -> bool:
    """'ONES, an ONline Evolutionary Scheduler': a word whose capitals spell part of an acronym written next to
    it is a word of that name's long form, not a name of its own (unlike 'MInference', alone)."""
    m = SPELLING_WORD.fullmatch(word)
    if m is None:
        return False
    near = text[max(0, start - 40):start + len(word) + 60]
    return any(m.group(1) in a.group(0) and a.group(0) != m.group(1) for a in NEAR_ACRONYM.finditer(near))


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's web addresses stand (most abstracts have none: three substring tests say so)."""
    if "://" not in text and "www." not in text and "github.com/" not in text:
        return []
    return [u.span() for u in URL.finditer(text)]


def _remember(memo: dict[str, Any], key: str, value: Any) -> Any:
    if len(memo) > 100_000:
        memo.clear()      # bounded: memory must not grow with the corpus
    memo[key] = value
    return value


class WordShapes:
    """What one word's shape says (a coined name? a catalog name extended?), remembered per word: words
    repeat across a corpus, and a hyphenated word costs a catalog look-up per part."""

    def __init__(self, lookup: Callable[[str], Any], stop: set[str], stop_lower: set[str]) -> None:
        self.lookup, self.stop, self.stop_lower = lookup, stop, stop_lower
        self._coined: dict[str, bool] = {}
        self._derived: dict[str, str | None] = {}

    def coined(self, w: str) -> bool:
        if w.islower() or w.isdigit() or (w.istitle() and w.isalpha()):
            return False          # plain words never look coined; skip the full test
        known = self._coined.get(w)
        if known is None:         # 'SotA' is 'SOTA' however it is cased
            known = _remember(self._coined, w, is_coined(w, self.stop) and w.lower() not in self.stop_lower)
        return known

    def derived(self, word: str) -> str | None:
        """'Medusa-2', 'Sarathi-Serve': a catalog name extended into an uncatalogued one; its type."""
        if "-" not in word:
            return None
        if word in self._derived:
            return self._derived[word]
        return _remember(self._derived, word, self._derive(word))

    def _derive(self, word: str) -> str | None:
        if self.lookup(word) is not None:
            return None
        cut = word.find("-")
        while cut > 0:
            base = self.lookup(word[:cut])
            suffix = word[cut + 1:]
            if base is not None and base.type != "hardware" and DERIVED_SUFFIX.fullmatch(word, cut) \
                    and not DESCRIPTIVE.match(suffix) and (base.type != "framework" or len(suffix) > 1):
                return base.type
            if base is not None and base.attributes().get("device_class") == "supercomputer" \
                    and MACHINE_PARTITION.fullmatch(suffix):
                return "hardware"         # 'LUMI-G', 'LUMI-C': a named machine's partition
            cut = word.find("-", cut + 1)
        return None
