"""``kg eval`` and ``kg train``: extraction quality on the gold corpora, and the labeller's weights."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.common import cli

EVAL_DIR = click.option("--eval-dir", envvar="KG_EVAL_DIR", default="../shared/eval", show_default=True,
                        type=click.Path(file_okay=False),
                        help="The eval folder: score.py, naive_baseline.py, gold-seed.jsonl, dev/ (env KG_EVAL_DIR).")
CORPUS = click.option("--corpus", "names", multiple=True, help="Only this corpus (repeatable; default: all found).")


@cli.command("eval")
@EVAL_DIR
@CORPUS
@click.option("--config", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Pipeline config to evaluate (default: the shipped kg.cfg).")
@click.option("--folds", is_flag=True,
              help="Also train the relation labeller leave-one-corpus-out and score each held-out corpus.")
@click.option("--new-names", "renamed", multiple=True, type=click.Choice(["plain", "camel", "hyphen"]),
              help="Also score every corpus with each alias-free contribution renamed, in text and gold, to a "
                   "made-up name of this shape (plain Vexnix, camel VexNix, hyphen Vex-Nix): how kg finds names "
                   "it has never seen. Repeatable.")
@click.option("--rename", "scope", type=click.Choice(["contributions", "all"]), default="contributions",
              show_default=True, help="What --new-names renames: the contributions, or every one-word method, model, "
                                      "dataset and framework name (baselines, benchmarks, libraries too).")
@click.option("--json", "as_json", is_flag=True, help="Print the full reports as JSON.")
def eval_cmd(eval_dir: str, names: tuple[str, ...], config: str | None, folds: bool, renamed: tuple[str, ...],
             scope: str, as_json: bool) -> None:
    """Score kg and the naive baseline on every gold corpus (entity, proposes, relation, RUNS_ON,
    results F1) and say why relations were missed or spurious."""
    from kg import evaluation as ev
    from kg.extraction import Extractor, load_pipeline
    kit = ev.EvalKit(Path(eval_dir))
    corpora = kit.corpora(names)
    results = ev.evaluate(kit, corpora, Extractor(load_pipeline(config)), renamed, scope)
    fold_rows = ev.folds(kit, kit.corpora(), ev.fit_labeller) if folds else []
    if as_json:
        click.echo(json.dumps({"corpora": {r.corpus: {"kg": r.kg.report | {"relation_budget": r.kg.budget},
                                                      "naive": r.naive.report if r.naive else None}
                                           for r in results},
                               "folds": {held: {"fitted_on": train, "report": s.report}
                                         for held, train, s in fold_rows}}, indent=2))
        return
    click.echo(ev.render_table(results))
    click.echo()
    click.echo(ev.render_budget(results))
    if fold_rows:
        click.echo("\nrelation labeller, leave-one-corpus-out (trained on two corpora, scored on the third):")
        click.echo(ev.render_folds(fold_rows))


@cli.command("train")
@EVAL_DIR
@CORPUS
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Where to write the weights (JSON); name it in kg.cfg's [components.kg_relation_labeller].")
@click.option("--c", "c", default=0.5, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Inverse L2 regularisation strength.")
def train_cmd(eval_dir: str, names: tuple[str, ...], output: str, c: float) -> None:
    """Train the relation labeller on gold corpora (byte-identical on the same files)."""
    from kg import evaluation as ev
    from kg.training import train
    kit = ev.EvalKit(Path(eval_dir))
    corpora = kit.corpora(names)
    model = train(corpora, c)
    Path(output).write_text(model.to_json(), encoding="utf-8")
    click.echo(f"trained on {', '.join(x.name for x in corpora)}: {model.meta['examples']} pairs, "
               f"{model.meta['features']} features -> {output}")
