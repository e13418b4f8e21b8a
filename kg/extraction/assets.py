"""Components whose knowledge is data files: saved with the pipeline, reloaded from it.

A component names its files in its config (``catalogs = [...]``, ``cues = "..."``); ``to_disk``
copies each into the component's folder with a manifest, and ``from_disk`` reloads the component
from those copies, so ``nlp.to_disk(path)`` then ``spacy.load(path)`` gives the same pipeline even
after the shipped files change, and a user's edited catalog travels with the saved pipeline.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.extraction.catalog import asset_path

MANIFEST = "assets.json"


class DataFiles:
    """Mixin: ``self.assets`` maps a config key to one file name or a list of them; ``self.load(**assets)``
    (re)builds the component from files. As in spaCy's own rule components, the factory only records
    the names: ``initialize`` (``nlp.initialize()``, done by ``load_pipeline``) loads them, and
    ``from_disk`` loads the saved copies instead."""

    assets: dict[str, str | list[str]]
    loaded: bool = False
    load: Callable[..., None]       # each component defines it, with its own keyword arguments

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        self.load(**self.assets)
        self.loaded = True

    def require_data(self, name: str) -> None:
        if not self.loaded:
            raise ConfigError(f"{name} has no data loaded: build the pipeline with kg.extraction.load_pipeline() "
                              "or call nlp.initialize()")

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        saved: dict[str, str | list[str]] = {}
        for key, names in self.assets.items():
            copies = [self._copy(name, path, f"{key}.{i}") for i, name in enumerate(_as_list(names))]
            saved[key] = copies if isinstance(names, list) else copies[0]
        (path / MANIFEST).write_text(json.dumps(saved, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "DataFiles":
        path = Path(path)
        try:
            saved = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{path / MANIFEST}: cannot read the saved component's data files: {exc}") from exc
        files = {key: [str(path / n) for n in names] if isinstance(names, list) else str(path / names)
                 for key, names in saved.items()}
        self.load(**files)
        self.assets, self.loaded = files, True
        return self

    @staticmethod
    def _copy(name: str, folder: Path, stem: str) -> str:
        """Copy one data file into the folder under a name unique to its config key."""
        source = Path(name)
        target = f"{source.stem}.{stem}{source.suffix}"      # 'hardware.catalogs.0.jsonl': the stem still says the type
        (folder / target).write_text(asset_path(name).read_text(encoding="utf-8"), encoding="utf-8")
        return target


def _as_list(names: str | list[str]) -> list[str]:
    return list(names) if isinstance(names, list) else [names]
