import re

import pytest

from kg.extraction.text import clean_text, name_key


@pytest.mark.parametrize("text,tokens", [
    ("speedups of 2.3times when", ["2.3", "times"]),
    ("generating 1024times 1024 images", ["1024", "times", "1024"]),
    ("x17.7 faster", ["x", "17.7"]),
    ("2.3× faster", ["2.3", "×"]),
    ("12x higher", ["12", "x"]),
    ("on RTX3060 laptops", ["RTX3060"]),
    ("Flux.1-dev model", ["Flux.1", "-", "dev"]),
    ("the Mistral-7B model", ["Mistral-7B"]),
    ("Intel Gaudi-2 chips", ["Gaudi-2"]),
    ("MXFP8-E4M3 format", ["MXFP8", "-", "E4M3"]),
    ("trained on 8×A100 nodes", ["8", "×", "A100"]),
    ("a 4xH100 server", ["4", "x", "H100"]),
    ("written in C++/CUDA-C", ["C++", "/", "CUDA"]),
    # a full stop after a name's last capital ends the sentence (spaCy keeps 'X.' whole for initials)
    ("runs on a Titan X. It is fast", ["X", "."]),
    ("applied to Zorlm-3-8B. Then", ["8B", "."]),
    ("in the U.S. market", ["U.S."]),
])
def test_tokenizer_cases(nlp, text, tokens):
    toks = [t.text for t in nlp.make_doc(text)]
    for t in tokens:
        assert t in toks, (t, toks)


def test_a_name_ending_in_a_capital_ends_its_sentence(extract_one):
    rec = extract_one("We present Zorvex. It runs on a Titan X. Then it beats Blorq on a V100.")
    hw = {e["name"] for e in rec["entities"] if e["type"] == "hardware"}
    assert {"Titan X", "V100"} <= hw, hw


def test_latex_remnants_are_cleaned_with_offsets():
    raw = r"a 2.3$\times$ speedup and 3--5$\times$ less, 40\% and M\'elange"
    clean, offsets = clean_text(raw)
    assert clean == "a 2.3× speedup and 3-5× less, 40% and Mélange"
    assert len(offsets) == len(clean) + 1
    i = clean.index("speedup")
    assert raw[offsets[i]:offsets[i] + 7] == "speedup"


def test_a_styled_argument_is_cleaned_like_the_rest_with_its_own_offsets():
    raw = r"up to \textbf{27.6$\times$ throughput} with \emph{Zorq}"
    clean, offsets = clean_text(raw)
    assert clean == "up to 27.6× throughput with Zorq"
    assert len(offsets) == len(clean) + 1
    i = clean.index("throughput")
    assert raw[offsets[i]:offsets[i] + 10] == "throughput"
    assert raw[offsets[clean.index("Zorq")]:].startswith("Zorq}")


@pytest.mark.parametrize("raw,clean", [
    (r"Deep Graph Library ($3.02\times$ faster)", "Deep Graph Library (3.02× faster)"),
    (r"$\mathbf{2.6\times}$ higher", "2.6× higher"),
    (r"{$162$/$275$} PFLOPS", "162/275 PFLOPS"),
    (r"it is $2$--$3\times$ faster", "it is 2-3× faster"),
    (r"reaches 1\,200 tokens/s in 2.1\,ms", "reaches 1,200 tokens/s in 2.1 ms"),
    (r"a $4.5\,\times$ speedup", "a 4.5× speedup"),
    (r"code at \url{https://github.com/x/y}; see \href{https://x.y}{our repo}", "code at https://github.com/x/y; see our repo"),
    (r"``Vexor'' on an \mbox{A100}", '"Vexor" on an A100'),
    ("Llama\u20102\u20107B and GPT\u20114 at 1\u202f200 tokens/s", "Llama-2-7B and GPT-4 at 1,200 tokens/s"),
    ("multi\u00adquery atten\u200btion", "multiquery attention"),
    (r"$\sim$20\% less CO$_2$e", "~20% less CO2e"),
    (r"within $0.25^{\circ}$", "within 0.25°"),
    (r"is $10^{3}$ times faster", "is 1,000 times faster"),
    (r"1.5$\times$--2$\times$ speedups", "1.5×-2× speedups"),
    (r"from 120 ms to 35~ms (Fig.~3)", "from 120 ms to 35 ms (Fig. 3)"),
    (r"a 2x~5x speedup", "a 2x~5x speedup"),
    # a superscript inside a name is its digit (M^3ViT is written M3ViT); an exponent stays
    (r"M^3ViT and M^{3}ViT cost O(n^2)", "M3ViT and M3ViT cost O(n^2)"),
    # Greek letters are read as letters: names are made of them too
    (r"the DD-$\alpha$AMG solver at $\lambda=0.5$ and $\Delta$", "the DD-αAMG solver at λ=0.5 and Δ"),
])
def test_math_mode_is_read_as_a_reader_sees_it(raw, clean):
    text, offsets = clean_text(raw)
    assert text == clean
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(raw)


def test_name_keys_fold_spelling_variants():
    assert name_key("Gaudi2") == name_key("Gaudi-2")
    assert name_key("Flash Attention") == name_key("FlashAttention")
    assert name_key("GPUs") == name_key("GPU")


def _first_chars(items) -> set[str] | None:
    """The characters a parsed pattern's match can start with (None: any character)."""
    import re._constants as c
    firsts: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue                                    # zero width: the next item starts the match
        if op is c.LITERAL:
            return firsts | {chr(av)}
        if op is c.IN:
            chars = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE:
                    chars.update(chr(x) for x in range(value[0], value[1] + 1))
                else:
                    return None
            return firsts | chars
        if op is c.SUBPATTERN:
            inner = _first_chars(av[-1])
            return None if inner is None else firsts | inner
        if op is c.BRANCH:
            out = set()
            for alt in av[1]:
                inner = _first_chars(alt)
                if inner is None:
                    return None
                out |= inner
            return firsts | out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _, body = av
            inner = _first_chars(body)
            if inner is None:
                return None
            firsts |= inner
            if low > 0:
                return firsts
            continue                                    # optional: the next item may start the match
        return None
    return None


def test_every_clean_up_rule_starts_with_a_character_the_quick_test_lets_through():
    # clean_text tries its rules only where the text has one of _FIRST's characters: a rule starting
    # with another would silently never fire
    import re._parser

    from kg.extraction.text import _FIRST, _RULES
    allowed = {ch for ch in re.sub(r"\\(.)", r"\1", _FIRST)}
    for pattern, _ in _RULES:
        firsts = _first_chars(list(re._parser.parse(pattern.pattern)))
        assert firsts is not None and firsts <= allowed, (pattern.pattern, firsts)


@pytest.mark.parametrize("text", ["a--b", "3--5", r"40\%", "$x$", "{a}", "a~b", "Fig.~3", " ~b", "``a''", "a''",
                                  "M^3ViT", "1^2", "-", "~", "`", "'", "^", "a\u2212b", "1\u202f200", "x\u00adx",
                                  "plain text", "a - b", "it's", "~~", "a.~", ""])
def test_the_quick_trigger_says_what_the_plain_alternation_says(text):
    # _TRIGGER is written to start with one character class (fast); it must agree with the readable form
    from kg.extraction.text import _TRIGGER
    plain = re.compile(r"[\\${\u00a0\u2009\u202f\u2010\u2011\u2212\u00ad\u200b]|--|[\w.]~|``|''|[A-Za-z]\^")
    assert bool(_TRIGGER.search(text)) == bool(plain.search(text))


def test_a_name_with_a_greek_letter_is_one_name(extract_one):
    rec = extract_one(r"We port ZZ-$\alpha$Mog to run on the Vexa supercomputer with HIP.", title="Porting a solver")
    assert "ZZ-αMog" in {e["name"] for e in rec["entities"]}, rec["entities"]
