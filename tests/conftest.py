from __future__ import annotations

import pytest
from helpers import EXAMPLES

from kg.extraction import Extractor, load_pipeline


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
        return extractor.record(Paper(id="t1", title=title, abstract=abstract)).to_gold()
    return run


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory):
    """An embedded store built once from the shipped sample corpus (read-only for tests)."""
    from kg.jobs import build
    from kg.stores import open_store
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with open_store("ladybug", path=path) as st:
        build([str(EXAMPLES / "papers.jsonl")], st)
    return path


@pytest.fixture(scope="session")
def sample_graph(sample_db):
    from kg.stores import open_store
    with open_store("ladybug", path=sample_db) as st:
        return st.read_graph()
