"""Text clean-up for arXiv-style abstracts, keeping a map back to the raw offsets.

LaTeX remnants (``2.3$\\times$``, ``\\%``, ``M\\'elange``, ``3--5``) are rewritten
to what a reader sees, and every character of the clean text remembers the raw
offset it came from, so provenance always points into the text as given.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from kg.graph.keys import name_key, singular, squash  # noqa: F401  (re-exported: extraction compares names too)

_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303"}
_INLINE_MATH = re.compile(r"\$([^$]*)\$")   # {$162$/$275$} -> 162/275
_Repl = str | Callable[[re.Match[str]], str]
# a command that only styles its argument: the argument is kept, and cleaned like the rest
_WRAPPER = re.compile(r"\\(?:emph|textbf|textit|texttt|textsc|textrm|textsf|textsl|textup|textnormal|underline|"
                      r"mathrm|mathbf|mathit|mathsf|mathtt|boldsymbol|operatorname|mbox|hbox|url|text)\{([^{}]*)\}")
_RULES: list[tuple[re.Pattern[str], _Repl]] = [
    (re.compile(r"\$?\\times\$?"), "×"),
    (re.compile(r"\$\\sim\$|\\sim\b"), "~"),
    (re.compile(r"\$\\?(?:ge|geq)\$|\\geq?\b"), "≥"),
    (re.compile(r"\$\\?(?:le|leq)\$|\\leq?\b"), "≤"),
    (re.compile(r"\\%"), "%"),
    (re.compile(r"\\&"), "&"),
    (re.compile(r"\\_"), "_"),
    (re.compile(r"\\\$"), "$"),
    (re.compile(r"\{?\\([\'`^\"~])\{?([A-Za-z])\}?\}?"),
     lambda m: unicodedata.normalize("NFC", m.group(2) + _ACCENTS[m.group(1)])),
    (re.compile(r"~?\\(?:cite[pt]?|ref|eqref|label|footnote)\{[^{}]*\}"), ""),
    (re.compile(r"\\href\{[^{}]*\}\{([^{}]*)\}"), lambda m: m.group(1)),       # the link's text
    (_WRAPPER, lambda m: m.group(1)),         # its argument cleaned too (clean_text): \textbf{27.6$\times$ throughput}
    (re.compile(r"(?<=\d)\\,(?=\d{3}(?!\d))"), ","),            # a thin space grouping digits: 1\,200 -> 1,200
    (re.compile(r"\\[,;: ]"), " "),                          # other LaTeX spaces: 'a 4.5\, times', 'i.e.\ the'
    (re.compile(r"\\!"), ""),
    (re.compile(r"``|''"), '"'),                              # ``Vexor'' -> "Vexor"
    (re.compile(r"\$([^$\n]{1,60})\$"), lambda m: _math(m.group(1))),
    (re.compile(r"\{([^{}\\\n]{1,60})\}"), lambda m: _INLINE_MATH.sub(lambda x: _math(x.group(1)), m.group(1))),
    (re.compile(r"(?<=[\d×%$])--(?=\$?\d)"), "-"),             # 3--5, 1.5$\times$--2$\times$, $2$--$3\times$
    (re.compile(r"(?<=[\w.])~(?=[A-Za-z(\[])|(?<=[A-Za-z.]{2})~(?=\d)"), " "),   # a tie: 35~ms, Fig.~3, Adapters~(LoRA)
    (re.compile(r"---"), "—"),
    (re.compile(r"(?<=\d)[\u00a0\u2009\u202f](?=\d{3}(?!\d))"), ","),    # 1\u202f200 tokens/s -> 1,200
    (re.compile(r"[\u00a0\u2009\u202f]"), " "),
    (re.compile(r"[\u2010\u2011]"), "-"),                    # Unicode hyphens: Llama\u20102\u20107B, GPT\u20114
    (re.compile(r"(?<=[\d×%])\u2212(?=\d)"), "-"),             # a minus sign as a range dash: 4\u00d7\u22125\u00d7
    (re.compile(r"[\u00ad\u200b]"), ""),                      # soft hyphen, zero-width space
    (re.compile(r"(?<=[A-Za-z])\^\{?(\d)\}?(?=[A-Za-z])"), lambda m: m.group(1)),    # a name's superscript: M^3ViT
]
# every rule needs one of these: a special character, '--', '[\w.]~', two quotes, '[A-Za-z]^' (written to
# start with one character class, which the engine scans for in one pass: 8x faster than the alternation)
_SPECIAL = "\\\\${\u00a0\u2009\u202f\u2010\u2011\u2212\u00ad\u200b"
_TRIGGER = re.compile(rf"[{_SPECIAL}\-~`'^](?:(?<=[{_SPECIAL}])|(?<=--)|(?<=[\w.]~)|(?<=``)|(?<='')|(?<=[A-Za-z]\^))")
# inside $...$: symbols a reader sees, then markup dropped ($\mathbf{2.6\times}$ -> 2.6x, CO$_2$ -> CO2)
_MATH_SYMBOLS = {"times": "×", "sim": "~", "approx": "≈", "ge": "≥", "geq": "≥", "le": "≤", "leq": "≤",
                 "circ": "°", "cdot": "·", "pm": "±", "%": "%", "mu": "µ", "rightarrow": "→", "to": "→",
                 # Greek letters, which names are made of too: DD-$\alpha$AMG, $\beta$-VAE
                 **dict(zip("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda nu xi pi rho sigma tau "
                            "upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega".split(),
                            "αβγδεζηθικλνξπρστυφχψωΓΔΘΛΞΠΣΦΨΩ"))}
_MATH_COMMAND = re.compile(r"\\([A-Za-z]+|%|[,;:! ])\s*")     # spacing commands ($4.5\,\times$) drop


_POWER = re.compile(r"\b(\d{1,3})\s*\^\s*\{?(\d{1,2})\}?")


def _power(m: re.Match[str]) -> str:
    """$10^{3}$ -> 1,000 (a power a reader would write out; huge ones stay as written)."""
    value = int(m.group(1)) ** int(m.group(2))
    return f"{value:,}" if value < 10 ** 15 else m.group(0)


def _math(inner: str) -> str:
    out = _POWER.sub(_power, _MATH_COMMAND.sub(lambda m: _MATH_SYMBOLS.get(m.group(1), ""), inner))
    return re.sub(r"[{}^_]", "", out).strip()


# the characters a rule's match can start with: a quick first test before the rules are tried at a
# position (without it the engine tries every rule at every character of a triggered text)
_FIRST = r"$\\{~`'\-^" + "\u00a0\u2009\u202f\u2010\u2011\u2212\u00ad\u200b"
_ANY = re.compile(f"(?=[{_FIRST}])(?:" + "|".join(f"(?:{p.pattern})" for p, _ in _RULES) + ")")


def clean_text(raw: str) -> tuple[str, Sequence[int]]:
    """Return the clean text and, per clean character, its offset in ``raw``.

    The offsets have one extra entry (the raw length) so end offsets map too; text with
    nothing to clean (most of it) gets the identity map as a ``range``, at no cost.
    """
    if not _TRIGGER.search(raw):
        return raw, range(len(raw) + 1)
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for hit in _ANY.finditer(raw):
        if hit.start() > pos:                       # unchanged stretch, copied whole
            out.append(raw[pos:hit.start()])
            offsets.extend(range(pos, hit.start()))
        for pattern, repl in _RULES:                # which rule matched here
            m = pattern.match(raw, hit.start())
            if m and m.end() == hit.end():
                break
        if pattern is _WRAPPER and m is not None:   # its argument keeps its own offsets
            inner, inner_offsets = clean_text(m.group(1))
            out.append(inner)
            offsets.extend(m.start(1) + o for o in inner_offsets[:-1])
            pos = hit.end()
            continue
        new = repl(m) if callable(repl) and m is not None else str(repl)
        out.append(new)
        offsets.extend([hit.start()] * len(new))    # produced characters point at their source
        pos = hit.end()
    out.append(raw[pos:])
    offsets.extend(range(pos, len(raw) + 1))
    return "".join(out), offsets


DIGITS = re.compile(r"\d+")      # (runs: the windows are the same, the loop shorter)


def number_windows(text: str, reach: int = 90) -> list[tuple[int, int]]:
    """Stretches of text around digits: the only places a numeric pattern can match."""
    spans: list[tuple[int, int]] = []
    for m in DIGITS.finditer(text):
        a, b = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def scan_windows(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Every match of ``pattern`` inside the windows."""
    for a, b in windows:
        yield from pattern.finditer(text, a, b)
