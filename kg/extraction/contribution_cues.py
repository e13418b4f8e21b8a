"""The words papers use to name what they introduce, compiled from ``pipelines/contributions.json``.

The data file holds word lists; this module turns them into the patterns the contribution
finder runs, and holds the small judgements made with them (is the title prefix a name, what
type does 'a benchmark ...' give, does the proposing sentence define a known name).
"""
from __future__ import annotations

import re
from typing import Any

from kg.extraction.catalog import alternation as _alt
from kg.extraction.catalog import lists_of_strings, read_json_asset, word_start_branches
from kg.extraction.mentions import Mention
from kg.extraction.shapes import initials_match, is_coined

KEYS = ("subjects", "adverbs", "propose_verbs", "coordinated_verbs", "naming_cues", "our_adjectives", "existing_adjectives",
        "contribution_nouns", "part_verbs", "dataset_nouns", "model_nouns", "modifier_nouns", "system_nouns",
        "function_words", "prepositions", "title_purpose", "study_title_words", "goal_words")
# older files load without these
OPTIONAL_KEYS = ("compared_words", "design_words", "design_companions", "analytic_words", "slot_nouns",
                 "term_nouns", "title_lead_words", "part_list_counts", "part_list_nouns")
TITLE_SEPARATOR = re.compile(r":|\s+(?:-{1,2}|–|—)\s+")
APPOSITION = re.compile(r"\s*(?:,\s*(?:a|an|the|which|that)\b|:)")
INDEFINITE_APPOSITION = re.compile(r"\s*,\s*(?:a|an)\s")
# where the noun phrase that describes a contribution ends: a bracket, a clause, a relative pronoun
# the end of a description's noun phrase; a comma between adjectives is none ('open-source, domain-adapted models')
HEAD_END = re.compile(r"\s*(?:\(|[.;:](?:\s|$)|,(?:\s|$)(?!\s*[a-z]+-[a-z\-]+\s+[a-z])|\b(?:that|which|who|whose|where|when)\b)")
# ('we propose Dynamic Axial Parallelism and Duality Async Operations to improve ...': before 'and' a name, or 'to')
NAME_PHRASE = re.compile(r"((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){1,4})(?=\s*[,(]|\s+and\s+[A-Za-z]|\s+(?:to|that|which)\s+[a-z])")
# a coined word: capitalised, with a lower-case letter or digit after (not an acronym such as GPU, nor
# an acronym made an adjective: FPGA-based, GPU-friendly)
# ('Zorcast-1.5': a decimal version is part of it)
NEW_WORD = r"(?![A-Z0-9]+-[a-z]+\b)[A-Z][\w\-]*[a-z0-9][\w\-]*(?:\.\d[\w\-]*)*"
# a name in a slot the clause makes for one: a coined word, or one with a short lower-case prefix ('k-LPM')
SLOT_NAME = rf"(?:{NEW_WORD}|[a-z][a-z0-9]?-[A-Z][\w\-]*)"
# after a naming cue the name runs over the capitalised words that follow: 'called Low-Rank Transformer'
NAMED_AT = re.compile(rf"({NEW_WORD}(?:\s+[A-Z0-9][\w\-]*){{0,3}})\b")
# one capitalised word is a name when an apposition, a bracket, a purpose or relative clause, another name
# or the sentence's end follows: 'we present Orca, a system', 'we introduce Vexnix for fast training'
# ... and between commas or before the sentence's end also an acronym joined to a noun ('MIG-serving')
COMMA_NAME = rf"(?:{SLOT_NAME}|[A-Z]{{2,}}-(?![a-z]+(?:ed|based|aware|friendly|centric|specific|level|like|wise)\b)[a-z]+)"
NAME_WORD = re.compile(rf"({NEW_WORD})(?=\s*\(|,\s+(?:a|an|the|which|that)\b|:\s|\s+(?:to|for|that|which)\s|"
                       r"\s+and\s+[A-Z]|\s*[.;](?:\s|$))")
# a lower-case name joined by a hyphen or dot, only with an apposition or bracket: 'we present vllm-mlx, a framework'
BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z0-9]*)\)")
NAME_LOWER = re.compile(r"([a-z][a-z0-9]*(?:[-.][a-z0-9]+)+)(?=\s*\(|,\s+(?:a|an|the)\s)")


def _plural_alt(words: list[str]) -> str:
    """Each noun with its plural: 'library' -> library|libraries, 'model' -> models?."""
    forms = [f"{re.escape(w[:-1])}(?:y|ies)" if w.endswith("y") else f"{re.escape(w)}s?" for w in words]
    return "|".join(sorted(forms, key=len, reverse=True))


class ContributionLexicon:
    """Compiled cue patterns; built once per pipeline from the data file."""

    def __init__(self, name: str = "contributions.json") -> None:
        data: dict[str, Any] = read_json_asset(name, lambda d: lists_of_strings(
            d, KEYS + tuple(k for k in OPTIONAL_KEYS if isinstance(d, dict) and k in d)))
        w = {k: data[k] for k in KEYS}
        self.function_words = set(w["function_words"])
        self.title_lead_words = set(data.get("title_lead_words", []))
        # 'we present the design and implementation of X': what was designed is the contribution
        design, companions = data.get("design_words", []), data.get("design_companions", [])
        designed = rf"the\s+(?:{_alt(design)})(?:\s*,?\s*(?:and\s+)?(?:{_alt(design + companions)}))*\s+of\s+" \
            if design else "(?!)"
        self.designed = re.compile(rf"{designed}$")
        nouns = _plural_alt(w["system_nouns"] + w["contribution_nouns"])
        propose_plain = self._cue_patterns(w, data, f"(?:{designed})?" if design else "", nouns)
        # 'a ... processor, namely SPEED, is proposed': the passive of a proposing verb after the name
        verbs = [v + ("d" if v.endswith("e") else "ed") for v in w["coordinated_verbs"]]
        self.passive = re.compile(rf"\b(?:is|are|was|were)\s+(?:(?:{_alt(w['adverbs'])})\s+)?(?:{_alt(verbs)})\b")
        # 'This paper leverages this pattern to offer a framework, called FAE': the proposing verb as the purpose of
        # the paper's own clause
        self.to_propose = re.compile(rf"\bto\s+(?:{_alt(w['propose_verbs'])})\b")
        # words that mark a named thing as someone else's, before a naming cue ('an existing approach called X')
        self.existing = re.compile(rf"\b(?:{_alt(w['existing_adjectives'])})\b", re.I)
        # 'featuring novel Strip Self-Attention (SSA)': a term the work marks as its own
        self.marked_new = re.compile(rf"(?:\b(?:our|{_alt(w['our_adjectives'])})\s+(?:[\w\-]+\s+){{0,2}}|"
                                     rf"{propose_plain}(?:(?:a|an|the)\s+)?)$", re.I)
        # ... said of the paper's own work: 'we address this gap by introducing X' (not 'prior work ... by introducing')
        self.subject = re.compile(rf"\b(?:{_alt(w['subjects'])})\s")
        self._title_patterns(w)
        self._part_patterns(w, data)
        self._kind_patterns(w, data)
        self._noun_patterns(w, data)
        # a name no rule knows, placed by the proposing clause: 'a scheduler Tornix', 'the Nixtor framework',
        # 'a novel scheduling algorithm, k-Tornix, which ...' (between commas)
        # 'we further propose a solution, MIG-serving.': a name set off by a comma after any noun that names a work
        slot = rf"(?:{_plural_alt(data.get('slot_nouns', []))}|{nouns})" if data.get("slot_nouns") else nouns
        self.name_after_noun = re.compile(rf"(?:the|an?|our)\s+(?:[\w\-]+\s+){{0,5}}?(?:(?:{nouns})\s+({SLOT_NAME})\b|"
                                          rf"(?:{slot}),\s+(?=(?:{COMMA_NAME})(?:,\s|[.;](?:\s|$)))({COMMA_NAME}))")
        # ... or before it, in one to three capitalised words: 'the Projected Adam method'
        self.name_before_noun = re.compile(rf"(?:the|an?|our)\s+((?:{NEW_WORD})(?:\s+(?:{NEW_WORD})){{0,2}})\s+"
                                           rf"(?:[a-z][\w\-]*\s+){{0,3}}?(?:{nouns})\b")

    def _cue_patterns(self, w: dict[str, Any], data: dict[str, Any], of_design: str, nouns: str) -> str:
        """The cues that introduce a contribution's name, each as ``\\b(?:words)rest``; the plain form of
        'we propose' is returned for larger patterns. The scans run the letter-first form of the same cues
        (:func:`word_start_branches`): the engine then skips to the letters a cue can start with."""
        doing = [v[:-1] + "ing" if v.endswith("e") else v + "ing" for v in w["coordinated_verbs"]]
        cues: dict[str, tuple[list[str], str]] = {
            "propose": (w["subjects"], rf"\s+(?:(?:{_alt(w['adverbs'])})\s+)?(?:{_alt(w['propose_verbs'])})(?:s|d|ed)?"
                                       rf"\s+(?:and\s+[a-z]+\s+)?{of_design}"),       # 'designed and built X'
            "coordinated": (["and", "then"], rf"\s+(?:further\s+)?(?:{_alt(w['coordinated_verbs'])})\s+"),
            "called": (w["naming_cues"], r"\s+"),
            # 'our framework, called X', 'Our solution, Chase, reduces'
            "our_thing": (["Our", "our"], rf"\s+(?:(?:{_alt(w['our_adjectives'])})\s+){{0,2}}"
                                          rf"(?:{_alt(w['contribution_nouns'] + data.get('slot_nouns', []))})s?,?\s+"
                                          rf"(?:called\s+|named\s+)?"),
            # a coined word right after 'our' or a passive 'the' names the thing: 'our VexBel model delivers',
            # 'the SulRud offloading framework is designed and implemented'
            "our_named": (["Our", "our"], rf"\s+(?=(?:{NEW_WORD})\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{nouns})\b)"),
            "made_here": (["The", "the"], rf"\s+(?=(?:{NEW_WORD})\s+(?:[a-z][\w\-]*\s+){{0,3}}(?:{nouns})\s+(?:is|was|"
                                          rf"has\s+been)\s+(?:\w+ly\s+)?(?:{_alt(w['propose_verbs'])})[ed]*\b)"),
            # 'we address this gap by introducing X': the proposing verb as the means of the clause
            "by_doing": (["by"], rf"\s+(?:{_alt(doing)})\s+"),
        }
        self.cue_forms = plain = {key: rf"\b(?:{_alt(words)}){rest}" for key, (words, rest) in cues.items()}
        self.called, self.our_thing, self.by_doing = (re.compile(plain[k]) for k in ("called", "our_thing", "by_doing"))
        self.propose = re.compile("|".join(word_start_branches(*cues["propose"])) or "(?!)")
        # the cues right before a name: what follows them is the name, whatever else matched it
        self.names_next = re.compile("|".join(f"(?:{plain[k]})" for k in ("called", "our_thing", "our_named", "made_here")))
        # one scan instead of seven: the cues that introduce a contribution's name
        self.any_propose = re.compile("|".join(b for words, rest in cues.values()
                                               for b in word_start_branches(words, rest)) or "(?!)")
        return plain["propose"]

    def _part_patterns(self, w: dict[str, Any], data: dict[str, Any]) -> None:
        """What a contribution brings with it: 'Foo introduces X', 'we propose two key techniques: X, ...'."""
        self.part_verbs = re.compile(rf"\s+(?:also\s+|further\s+|then\s+)?(?:{_alt(w['part_verbs'])})\s+")
        counts, parts = data.get("part_list_counts", []), data.get("part_list_nouns", [])
        self.part_list = re.compile(rf"(?:(?:{_alt(counts)})\s+)(?:[\w\-]+\s+){{0,3}}?(?:{_alt(parts)})\s*:\s+"
                                    if counts and parts else "(?!)")

    def _noun_patterns(self, w: dict[str, Any], data: dict[str, Any]) -> None:
        """The nouns around a name that make it a term, a modifier or a system."""
        # 'we introduce a new metric, performance-per-carbon (PPC)': what follows such a noun is a term, no entity
        terms = data.get("term_nouns", [])
        self.term_before = re.compile(rf"\b(?:{_plural_alt(terms)})\s*,?\s*(?:[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}\s*\()?$"
                                      if terms else "(?!)")
        # a head noun right after a name makes the name a modifier ("BWE model", "DSP chain")
        self.modifier = re.compile(rf"\s+(?:-based\s+)?(?:{_plural_alt(w['modifier_nouns'])})\b")
        self.head_noun_before = re.compile(rf"\b(?:{_alt(w['system_nouns'])})\s+$")
        self.system_noun = re.compile(rf"(?:{_plural_alt(w['system_nouns'] + w['contribution_nouns'])})", re.I)
        self.prepositions = re.compile(rf"\b(?:{_alt(w['prepositions'])})\b", re.I)

    def _title_patterns(self, w: dict[str, Any]) -> None:
        """What a title's words say: a purpose after a name ('... for Real-Time Rendering'), a study."""
        self.title_purpose = re.compile(rf"\s+(?:{_alt(w['title_purpose'])})\s")
        self.study_title = re.compile(rf"\b(?:{_alt(w['study_title_words'])})\b", re.I)
        self.study_only = re.compile(rf"\b(?:{_alt([x for x in w['study_title_words'] if x not in w['goal_words']])})\b",
                                     re.I)

    def _kind_patterns(self, w: dict[str, Any], data: dict[str, Any]) -> None:
        """The nouns that say what kind of thing a contribution is (a dataset, a model)."""
        self.dataset_nouns = re.compile(rf"\b(?:{_alt(w['dataset_nouns'])})s?\b", re.I)
        self.model_nouns = re.compile(rf"\b(?:{_alt(w['model_nouns'])})s?\b")
        # (not a model noun that qualifies a process or system noun after it: 'Zorq: fast LLM training')
        self.model_noun_next = re.compile(rf"\s+(?:[a-z][\w\-]*\s+)?(?:{_alt(w['model_nouns'])})s?\b(?!-)"   # not 'LLM-Guided'
                                          r"(?!\s+(?i:[a-z]+(?:ing|tion|sion|ence|ance|ment)|system|engine|framework|"
                                          r"library|accelerator|kernels?)\b)")     # (a title's 'LLM Quantization' too)
        self.analytic = {word.lower() for word in data.get("analytic_words", [])}
        # 'Our best model outperforms Bar': the paper's model as a comparison's subject
        self.our_model = re.compile(rf"\b[Oo]ur\s+(?:[\w\-]+\s+){{0,2}}?(?:{_alt(w['model_nouns'])})s?\b")
        compared = data.get("compared_words", [])
        self.compared = re.compile(rf"\b(?:{_alt(compared)})\s+(?:the\s+|a\s+|an\s+)?", re.I) if compared else None
        # a title's head noun in any case, singular: 'Foo: An Improved Mobile Backbone' (a plural, as in
        # 'Foo: Efficient Vision-Language Models', names what the work is about, not what it is)
        self.model_head = re.compile(rf"(?:[\w.]+-)?(?:{_alt(w['model_nouns'])})", re.I)

    def title_name(self, title: str) -> tuple[str, int] | None:
        """The name before the title's colon or dash, if it is name-shaped ('Punica: ...', 'X - ...')."""
        sep = TITLE_SEPARATOR.search(title)
        if sep is None:
            return None
        prefix = title[:sep.start()].strip()
        tokens = prefix.split()
        if len(tokens) > 1 and tokens[0] in self.title_lead_words:      # 'Introducing ToPe-FFT: ...'
            prefix, tokens = " ".join(tokens[1:]), tokens[1:]
        if len(tokens) > 1 and tokens[-2].lower() in ("with", "via", "using") and is_coined(tokens[-1], set()):
            return tokens[-1], title.index(prefix) + prefix.rindex(tokens[-1])   # "... with C4: A ..."
        if not tokens or any(t.lower() in self.function_words for t in tokens) or not prefix[:1].isalnum():
            return None
        if not all(t[:1].isupper() or t[:1].isdigit() or any(c.isupper() for c in t) for t in tokens):
            return None
        marked = any(is_coined(t, set()) or len(tokens) == 1 for t in tokens)
        if len(tokens) > (5 if marked else 3):
            return None
        return prefix, title.index(prefix)

    def described_type(self, desc: str) -> str | None:
        """'a benchmark ...' -> dataset; 'a family of models' -> model; 'a serving engine' -> method
        (before any preposition); None when the words say nothing of the kind."""
        desc = desc[spelled_out_end(desc, 0):]      # 'GEAK (Generating Efficient ... Kernels), a framework'
        if CLAUSE_AFTER.match(desc):
            return None          # 'Our system, Drafty, co-schedules a draft model': a verb, no apposition
        if self.model_noun_next.match(desc):
            return "model"          # 'our VexBel model delivers ...', 'Foo language model'
        group = GROUP_OF.match(desc)
        if group:       # 'a suite of open-source, domain-adapted transformer models': the members' noun heads it
            return self.described_type(desc[group.end():])
        head = self.prepositions.split(INNER_ACRONYM.sub("", desc), maxsplit=1)[0].strip(" ,.")
        head = HEAD_END.split(head, maxsplit=1)[0]     # 'a Large Language Model (LLM)', 'an object detector that'
        words = head.split()
        verb = next((i for i in range(1, len(words)) if words[i].endswith("ing") and words[i].islower()
                     and self._head_noun(words[i - 1])), None)
        words = words[:verb]        # 'an architecture featuring novel Strip Token Mixing': the verb ends it
        while len(words) > 1 and words[-1].lower().endswith("ed"):
            words.pop()             # 'a 7B instruct-model fine-tuned (with ...)': the participle is no head
        last = words[-1] if words else ""
        if self.dataset_nouns.fullmatch(last) or \
                re.match(r"(?:a|an|the)\s+(?:\w+\s+){0,3}(?:benchmark|dataset|suite)", head, re.I):
            return "dataset"
        if _gerund_before(words):
            return None     # 'Training Multi-Billion Parameter Language Models', 'Zeroth-Order Fine-tuning LLMs'
        if (self.model_nouns.fullmatch(last) or self.model_head.fullmatch(last)) \
                and not (len(words) > 1 and last.lower() == "model" and words[-2].lower() in self.analytic):
            return "model"      # not 'an analytical model', 'a performance model': those are methods
        return "method" if self.system_noun.fullmatch(last) else None

    def _head_noun(self, word: str) -> bool:
        """A system's noun that a participle may follow; not a model's ('an LLM serving solution')."""
        return bool(self.system_noun.fullmatch(word)) and not self.model_nouns.fullmatch(word)

    def introduced(self, text: str, cue_end: int, m: Mention) -> bool:
        """A name the catalog knows is still this paper's contribution when the proposing sentence
        defines it: 'we propose PagedAttention, an attention algorithm', 'a scheduler Sarathi-Serve'."""
        return bool(APPOSITION.match(text, m.end) or self.head_noun_before.search(text[cue_end:m.start]))

    def own_means(self, text: str, pos: int) -> bool:
        """Is a 'by introducing' cue at ``pos`` the paper's own: its sentence names 'we'/'this paper' before it?"""
        start = max(text.rfind(". ", 0, pos) + 1, 0)
        return self.subject.search(text, start, pos) is not None

    def in_proposal(self, text: str, pos: int) -> bool:
        """Is the naming cue at ``pos`` this paper's own: the sentence before it proposes something
        ('we introduce a framework, termed X') or speaks of 'our'/'we' ('our work, dubbed X', 'we achieve
        this via a strategy called X'), and the thing named is not an existing one ('an existing
        approach called X')? 'These simulations, called X' is none of these."""
        start = max(text.rfind(". ", 0, pos) + 1, 0)
        if self.existing.search(text, max(start, pos - 60), pos):
            return False            # 'an existing approach called X', 'a popular model named X'
        end = text.find(". ", pos)
        return self.propose.search(text, start, pos) is not None or (
            self.subject.search(text, start, pos) is not None and self.to_propose.search(text, start, pos) is not None) or \
            re.search(r"\b(?:[Oo]ur|[Ww]e)\b", text[start:pos + 8]) is not None or \
            self.passive.search(text, pos, end if end >= 0 else len(text)) is not None

    def named_in_proposal(self, text: str, cue: re.Match[str], m: Mention) -> bool:
        """'We present the latest MobileNets, known as MobileNetV4': a naming cue right before a known
        name, in a sentence that proposes something ('an existing approach called Linformer' is not)."""
        if not self.called.match(text, cue.start()) or m.start != cue.end():
            return False
        start = max(text.rfind(". ", 0, cue.start()) + 1, 0)
        return self.propose.search(text, start, cue.start()) is not None

    def unseen_name(self, text: str, cue: re.Match[str]) -> tuple[int, int] | None:
        """A one-word name no other rule found, where the proposing clause puts a name: right after a
        naming cue ('an approach we term Zorfan', 'our trained model Vexqui'), before an apposition
        ('we present Quuxo, a system'), after or before the noun it names ('an inference scheduler
        Tornix', 'the Nixtor communication framework')."""
        pos = cue.end()
        named = NAMED_AT.match(text, pos) if self.names_next.match(text, cue.start()) else None
        found = named or NAME_WORD.match(text, pos) or _lower_name(text, pos) or \
            self.name_after_noun.match(text, pos) or self.name_before_noun.match(text, pos)
        group = (found.lastindex or 1) if found is not None else 1     # the slot that held the name
        if found is None or found.group(group).lower() in self.function_words:
            return None
        return found.span(group)

    def phrase_name(self, text: str, pos: int) -> re.Match[str] | None:
        """'we propose Dynamic Perceiver (Dyn-Perceiver)': a capitalised phrase right after the cue."""
        phrase = NAME_PHRASE.match(text, pos) or NAME_WORD.match(text, pos)
        if phrase is None and text.startswith("the ", pos):
            # 'introduces the Tensor-Core Correlator, a GPU library': after 'the', only with an apposition
            phrase = NAME_PHRASE.match(text, pos + 4)
            phrase = phrase if phrase is not None and INDEFINITE_APPOSITION.match(text, phrase.end()) else None
        if phrase and phrase.group(1).split()[0].lower() not in self.function_words:
            return phrase
        return None


# 'a suite of ...', 'a family of ...': a group is of the kind of its members
GROUP_OF = re.compile(r"\s*,?\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:suite|family|collection|series|set)\s+of\s+", re.I)
# a name's bracket right after it, before its apposition: what it stands for, not what it is
SPELLED_OUT = re.compile(r"\s*\([^()]{1,100}\)(?=\s*,)")


def spelled_out_end(text: str, end: int) -> int:
    """Where a name ending at ``end`` is done being spelled out: after its bracket ('GEAK (Generating Efficient
    AI-centric GPU Kernels), a framework'), else at ``end``."""
    bracket = SPELLED_OUT.match(text, end)
    return bracket.end() if bracket else end


# 'a Large Language Model (LLM) inference engine': an acronym inside the phrase does not end it
INNER_ACRONYM = re.compile(r"\s*\([A-Z][\w\-]*\)(?=\s+[a-z])")
# a comma then a verb-like word (not a determiner): the name's clause goes on, it is not described
CLAUSE_AFTER = re.compile(r"\s*,\s*(?!(?:a|an|the|our|one|its|two|three|which|that)\b)[a-z][\w\-]*(?:s|ed)\b")


def _lower_name(text: str, pos: int) -> re.Match[str] | None:
    """'we present vllm-mlx, a framework': a lower-case joined name; 'just-in-time (JIT) compilation' is a
    plain term its own bracketed acronym spells out, no name."""
    found = NAME_LOWER.match(text, pos)
    if found is None:
        return None
    acronym = BRACKETED.match(text, found.end())
    return None if acronym and initials_match(found.group(1).replace("-", " "), acronym.group(1)) else found


def _gerund_before(words: list[str]) -> bool:
    """'Training Multi-Billion Parameter Language Models', 'Efficient Fine-tuning LLMs': a verb before the
    last noun makes it an object, not the head (only a first or hyphenated one: 'Deep Learning Models' are models)."""
    return any(w.lower().endswith("ing") and (i == 0 or "-" in w) for i, w in enumerate(words[:-1]))
