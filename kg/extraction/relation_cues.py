"""The relation component's cue table (``pipelines/relation_cues.json``): cue phrases per relation, looked
up walking back from a name, and the rule word lists the relation rules are built from (what makes a
device a baseline, a quantity no comparison, a clause end)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from kg.extraction.catalog import alternation, lists_of_strings, read_json_asset
from kg.extraction.heads import ReferenceCues
from kg.extraction.mentions import Mention
from kg.graph.schema import REL_TYPES

WORDS = re.compile(r"[a-z0-9][a-z0-9\-]*")
GRAMMAR_WORDS = "on|in|at|for|with|to|of|from|by|than|and|or|the"
# 'a 32-core', 'a single', 'dual', 'a single core of' (an Intel Core i5); no more
SIZED = r"(?:(?:single|dual|\d[\w\-]*)\s+)?(?:(?:cores?|threads?|sockets?)\s+of\s+(?:an?\s+|the\s+)?)?"
# lower-case words before a device that describe it: 'state-of-the-art', 'mobile', 'edge' (matched case-sensitively)
DESCRIBED = (rf"(?-i:(?:(?!(?:{GRAMMAR_WORDS}|a|an|its|their|our|using|running|over|against|versus|as)\b)"
             r"[a-z][a-z\-]*\s+){0,2})")
# the keys of relation_cues.json that are word lists for the rules rather than cues of a relation
RULE_WORDS = ("_strong", "_clause_breaks", "_not_used_after", "_not_used_before", "_base_after",
              "_used_not_based_on", "_accelerator_classes", "_general_purpose", "_baseline_nouns", "_quantities",
              "_number_words", "_magnitudes",
              "_execution", "_reference_words", "_before_compared_device", "_before_compared_devices",
              "_example_markers", "_compare_verbs", "_setting_words",
              "_run_model_before", "_run_model_verbs", "_class_nouns", "_architecture_class_nouns", "_gpu_frameworks",
              "_others_openers", "_cue_adverbs", "_standing_words", "_standing_prepositions", "_standing_between",
              "_other_platforms", "_presenting_subjects", "_presenting_verbs", "_study_nouns")


def _check_cues(data: Any) -> Iterator[tuple[str, str]]:
    yield from lists_of_strings(data)
    for key in RULE_WORDS:
        if isinstance(data, dict) and isinstance(data.get(key), list):
            yield from lists_of_strings({key.lstrip("_"): data[key]})
    relations = set(REL_TYPES) - {"PROPOSES", "MENTIONS", "REPORTS", "ABOUT", "MEASURED_ON"}
    for key in data if isinstance(data, dict) else ():
        if key not in RULE_WORDS and key not in relations:
            yield f'"{key}"', (f"'{key}' is not a relation; choose from {', '.join(sorted(relations))} "
                               f"or a rule word list ({', '.join(RULE_WORDS)})")


class CueTable:
    """Cue phrases per relation (``pipelines/relation_cues.json``), looked up walking back from a name."""

    def __init__(self, cues: str) -> None:
        table = read_json_asset(cues, _check_cues)
        words = {key: table.pop(key, []) for key in RULE_WORDS}
        strong = words["_strong"]
        alt = lambda key: alternation(words[key])  # noqa: E731
        # ', and accelerates GCN training': 'and' before a verb opens a new clause (not ', and SGLang')
        # (each branch opens with a literal, 'while' checking its boundary behind the 'w': scanned for, 4x faster)
        self.clause = re.compile(rf";|:|,\s+(?:{alt('_clause_breaks')})\b|w(?<!\ww)h(?:ile|ereas)\b|"
                                 r",\s+and\s+(?=[a-z]+(?:es|ed|s)\s)")
        self.not_used_after = re.compile(rf"-?(?:{alt('_not_used_after')})\b")
        # 'without a GPU', 'without high-end GPUs', 'no dedicated GPU', 'rather than on CPUs', 'replacing the CPU
        # engine': up to two words between, none a preposition ('with no changes on an A100' runs on it)
        self.not_used_before = re.compile(rf"\b(?:{alt('_not_used_before')})[- ](?:a |an |any |the |on (?:a |an |the )?)?"
                                          rf"(?:(?!(?:{GRAMMAR_WORDS}) )[\w-]+ ){{0,2}}$")
        # 'our Mistral-7B based model', 'DeBERTa-v3, PubMedBERT and BioELECTRA backbones': built on them
        # 'a Foo-based model', 'Foo backbones' (not 'Foo decomposition based on key primitives': Foo is what is based)
        self.base_after = re.compile(rf"[- ](?:{alt('_base_after')})\b(?!\s+(?:on|upon|from)\b)")
        # ANNOTATION.md: a model or system built with mixture-of-experts USES it, never BASED_ON
        self.used_not_based_on = set(words["_used_not_based_on"])
        # 'over 2,048 GPUs', 'over thousands of GPUs', 'on more than 10,000 GPUs', 'over three million hours': before
        # a quantity no comparison ('over three leading inference systems' is one), nor after 'evaluated' (a node)
        quantity = rf"\d|(?:{alt('_quantities')}|(?:{alt('_number_words')})\s+(?:{alt('_magnitudes')}))\b"
        self.spatial_over = re.compile(rf"\b(?:over|(?:more|fewer|less)\s+than)\s+(?={quantity})|"
                                       r"(?:(?<=evaluated )|(?<=executed )|(?<=deployed )|(?<=measured ))over\b", re.I)
        # 'RSH-SpMM ... employs the RS-Tile representation': what a using verb takes as its object heads no clause
        uses_verbs = [w for w in table.get("USES", []) if w.endswith("s")]      # 'employs', 'leverages'
        self.object_of = re.compile(rf"\b(?:{alternation(uses_verbs)})\s+(?:the\s+|an?\s+)?$" if uses_verbs else "(?!)")
        self._class_patterns(alt, words)
        self.references = ReferenceCues.of(words["_reference_words"], words["_baseline_nouns"])
        # 'evaluated for comparison with Zorhad and Gavel': a contribution named as a reference owns no names after it
        self.reference_before = re.compile(rf"\b(?:{alt('_reference_words')})\s+(?:the\s+|an?\s+)?$", re.I)
        self._device_patterns(alt)
        self.compare_before = re.compile(rf"\b(?:{alt('_compare_verbs')})\s+(?:(?:the|our|a|an)\s+)?$", re.I)
        # words that make a model the setting of a comparison rather than its reference
        self.setting_word = re.compile(rf"\b(?:{alt('_setting_words')})\b", re.I)
        # 'faster than Xyz on long chain-of-thought RLVR': a setting word, then at most two plain words
        self.setting_before = re.compile(rf"\b(?:{alt('_setting_words')})\s+(?:[a-z][\w\-]*\s+){{0,2}}$")
        # the model a clause runs: 'train ResNet-50 on', 'using the GPT-2 model', 'Llama-2-70B can run on'
        self.run_model_before = re.compile(rf"\b(?:{alt('_run_model_before')})\s+(?:(?:a|an|the)\s+)?$", re.I)
        self.run_model_after = re.compile(rf"\s+(?:models?\s+)?(?:can\s+|could\s+)?(?:{alt('_run_model_verbs')})\b")
        # 'comparable performance to ... graph libraries such as Ligra': the cue before a list of examples
        # governs it from further back, before the noun the examples are of
        self.examples_before = re.compile(rf"\b(?:{alt('_example_markers')}),?\s*\(?$", re.I)
        # 'A leading CPU-based tool is based on ...', 'However, existing systems ...': a sentence about others' work
        self.others_sentence = re.compile(rf"(?:(?:however|unfortunately|but|yet),?\s+)?(?:(?:an?|the)\s+)?"
                                          rf"(?:{alt('_others_openers')})\b", re.I)
        # 'This paper presents a lightweight shared memory optimization': work of its own the paper does not name
        # (not 'we present an evaluation of ...')
        self.unnamed_work = re.compile(rf"\b(?i:{alt('_presenting_subjects')})\s+(?:\w+\s+)?(?:{alt('_presenting_verbs')})s?"
                                       rf"\s+(?:a|an)\s+(?!(?:\w+\s+){{0,3}}(?:{alt('_study_nouns')})\b)")
        self._word_sets(words)
        # a strong comparison word anywhere in the clause beats a nearer weak cue ('with', 'using')
        self.strong = re.compile(rf"\b(?:{alternation(strong, ' ')})\b", re.I) if strong else None
        self._cue_words(table)

    def _word_sets(self, words: dict[str, list[str]]) -> None:
        """The word lists the rules look words up in."""
        self.cue_adverbs = frozenset(words["_cue_adverbs"])
        # 'evaluated on several state-of-the-art LLMs': a standing word after a place preposition describes what the
        # work is tried on; it is no comparison
        self.standing = frozenset(words["_standing_words"])
        self.standing_prepositions = frozenset(words["_standing_prepositions"])
        self.standing_between = frozenset(words["_standing_between"])
        self.accelerators = set(words["_accelerator_classes"])
        # device classes with no GPU, CPU or TPU inside ('on Intel Gaudi-2', 'on the Cerebras CS-2'; not a mobile SoC)
        self.other_platforms = frozenset(words["_other_platforms"])
        self.gpu_frameworks = frozenset(words["_gpu_frameworks"])
        self.general_purpose_classes = set(words["_general_purpose"])
        # an accelerator paper's CPU/GPU are its baselines, unless the text runs work on them ('run on the CPU/GPU')
        self.execution = set(words["_execution"])

    def _cue_words(self, table: dict[str, list[str]]) -> None:
        """Each cue phrase's relations (a word may cue several: file order decides), for the walk back."""
        self.cue_rels: dict[str, list[str]] = {}
        for rel, words in table.items():
            for w in words:
                self.cue_rels.setdefault(w.lower(), []).append(rel)
        self.longest = max((len(w.split()) for w in self.cue_rels), default=1)
        self.cue_ends = {w.split()[-1] for w in self.cue_rels if w.split()}     # a phrase ends with one of these

    def _describes_object(self, words: list[str], last: int) -> bool:
        """Whether the words up to ``last`` end on a place preposition, numbers and determiners aside ('on several
        state-of-the-art LLMs'): the standing word after it describes what the work is tried on."""
        while last >= 0 and words[last] in self.standing_between:
            last -= 1
        return last >= 0 and words[last] in self.standing_prepositions

    def _device_patterns(self, alt: Any) -> None:
        """The words that make a device a comparison's reference rather than the work's platform."""
        # 'over a CPU implementation', 'than the GPU baseline': the device names the baseline run
        # ('the CPU SOTA implementations': a standing word may come between)
        self.baseline_device = re.compile(rf"s?(?:-based)?[- ](?:(?:SOTA|state-of-the-art|best|reference)\s+)?"
                                          rf"(?:{alt('_baseline_nouns')})\b")
        # a comparison earlier in the sentence: 'faster than HNSW, which is one of the CPU SOTA implementations'
        self.compared_earlier = re.compile(rf"\b(?:{alt('_reference_words')})\s[^.;]*$", re.I)
        # '4.65x compared to CPU', 'faster than a GPU': a device right after a comparison word ('over' and
        # 'against' are left out: '2.1x over the GPU backend of qsim' compares with qsim)
        # 'compared to CPU', 'than a GPU', 'compared to a 32-core AMD EPYC CPU' (a count or size may stand between)
        # ... and 'compared to state-of-the-art GPUs', 'than a single high-end GPU', 'against a common edge GPU': up to
        # two lower-case words that say what kind of device (no grammar word: 'than vLLM on the GPU' compares vLLM)
        # (only where the device ends its phrase: 'than prior GPU state of the art' compares a GPU method)
        sized = rf"{DESCRIBED}{SIZED}{DESCRIBED}"
        self.adjacent_comparison = re.compile(rf"\b(?:{alt('_before_compared_device')})\s+(?:(?:a|an|the|any)\s+)?{SIZED}$", re.I)
        self.adjacent_described = re.compile(rf"\b(?:{alt('_before_compared_device')})\s+(?:(?:a|an|the|any)\s+)?{sized}$", re.I)
        # 'Even against a state-of-the-art GPU (RTX 5090), we ...': a sentence that opens on its reference device
        self.fronted_against = re.compile(rf"(?:^|[.;:]\s+)(?:even\s+)?against\s+(?:(?:a|an|the|any)\s+)?{sized}$", re.I)
        self.before_device_list = re.compile(rf"\b(?:{alt('_before_compared_devices')})\s+(?:(?:a|an|the)\s+)?{sized}$", re.I)
        # '8.8x speedup over GPU', '129.2x over single-threaded CPU': a ratio's reference device, the phrase ending there
        # ('62.9x energy savings over mobile Ampere GPUs': the ratio's metric may stand between)
        # ('a speedup of about 650 over a contemporary CPU core': the ratio written as a bare number)
        self.ratio_over = re.compile(rf"(?:\d\s*(?:x|×)(?-i:\s+[a-z][a-z\-]*){{0,2}}|\bspeedups?"
                                     rf"(?:\s+of(?:\s+[a-z]+){{0,2}}\s+\d[\d.,]*)?|\bfaster)\s+"
                                     rf"(?:{alt('_before_compared_devices')})\s+"
                                     rf"(?:(?:a|an|the)\s+)?{sized}(?:[a-z]+-[a-z]+\s+)?$", re.I)

    def _class_patterns(self, alt: Callable[[str], str], words: dict[str, list[str]]) -> None:
        """What makes a name qualify a class rather than name a baseline."""
        # 'than existing LoRA serving systems': the name qualifies a class of systems, no named baseline
        # ('over prior In-memory computing (IMC) accelerators', 'existing Transformer-specific IMC accelerators')
        # 'rather than SYCL-specific constraints': a name made an adjective of something else is no baseline
        self.adjective_of = re.compile(r"-(?:specific|dependent|related|induced|imposed|level|side)\s+[a-z]")
        self.class_of = re.compile(rf"(?:-(?:specific|oriented|tailored)\b)?"
                                   rf"(?:\s+(?!(?:{GRAMMAR_WORDS})\b)(?:[a-z][\w\-]*|[A-Z]{{2,5}})){{0,2}}\s+(?:{alt('_class_nouns')})\b")
        # 'compared with the pre-trained single-precision transformer models': an architecture names a class of models
        self.architecture_of = re.compile(rf"(?:\s+[a-z][\w\-]*)?\s+(?:{alt('_architecture_class_nouns')})\b") \
            if words.get("_architecture_class_nouns") else re.compile("(?!)")

    def general_purpose(self, m: Mention) -> bool:
        """A general-purpose device class (GPU, CPU, any GPU or CPU product): what accelerator papers compare
        against."""
        kind = str(m.attrs.get("device_class", ""))
        return m.name in self.general_purpose_classes or kind.endswith("GPU") or kind == "CPU"

    def unspatial(self, text: str) -> str:
        """``text`` with every spatial 'over' blanked (same length: offsets still hold)."""
        lowered = text.lower()
        if "over" not in lowered and "than" not in lowered:
            return text     # (most clauses: the substring test is far cheaper than the scan)
        return self.spatial_over.sub(lambda m: " " * len(m.group()), text)

    def __call__(self, text: str, allowed: set[str]) -> tuple[str, str] | None:
        """The allowed relation whose cue stands nearest the end of ``text`` (the tail's left context).

        Words are looked up in a dict, longest phrase first, walking back from the end: far
        cheaper than one regex alternation of every cue."""
        # (an adverb inside a cue does not break it: 'based solely on CUDA', 'implemented efficiently in Triton')
        words = [w for w in WORDS.findall(text.lower()) if w not in self.cue_adverbs]
        for i in range(len(words) - 1, -1, -1):
            if words[i] not in self.cue_ends:
                continue
            for n in range(min(self.longest, i + 1), 0, -1):
                phrase = " ".join(words[i - n + 1:i + 1])
                rels = self.cue_rels.get(phrase)
                if rels and phrase in self.standing and self._describes_object(words, i - n):
                    break
                if rels:
                    rel = next((r for r in rels if r in allowed), None)
                    if rel is not None:
                        return rel, phrase
        return None
