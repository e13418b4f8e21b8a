from __future__ import annotations

from pathlib import Path

import pytest

from kg.extraction import Extractor, load_pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp):
    return Extractor(nlp)


@pytest.fixture
def extract_one(extractor):
    from kg.sources import Paper

    def run(abstract: str, title: str = "A Study of Systems") -> dict:
        return extractor.record(Paper(id="t1", title=title, abstract=abstract))
    return run
