"""``kg eval``: extraction quality on every gold corpus, kg beside the naive floor."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.common import cli

EVAL_DIR = click.option("--eval-dir", envvar="KG_EVAL_DIR", default="../shared/eval", show_default=True,
                        type=click.Path(file_okay=False),
                        help="The eval folder: score.py, naive_baseline.py, gold-seed.jsonl, dev/ (env KG_EVAL_DIR).")


@cli.command("eval")
@EVAL_DIR
@click.option("--corpus", "names", multiple=True, help="Only this corpus (repeatable; default: all found).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Pipeline config to evaluate (default: the shipped kg.cfg).")
@click.option("--folds/--no-folds", default=True, show_default=True,
              help="Also score what kg fits to gold data leave-one-corpus-out.")
@click.option("--json", "as_json", is_flag=True, help="Print the full reports as JSON.")
def eval_cmd(eval_dir: str, names: tuple[str, ...], config: str | None, folds: bool, as_json: bool) -> None:
    """Score kg and the naive baseline on every gold corpus (entity, proposes, relation, RUNS_ON,
    results F1) and say why relations were missed or spurious."""
    from kg import evaluation as ev
    from kg.extraction import Extractor, load_pipeline
    kit = ev.EvalKit(Path(eval_dir))
    corpora = kit.corpora(names)
    results = ev.evaluate(kit, corpora, Extractor(load_pipeline(config)))
    fold_rows = ev.folds(kit, kit.corpora(), ev.fit_shipped) if folds and ev.fitted_components() else []
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
        click.echo()
        click.echo("leave-one-corpus-out (components fitted to gold: "
                   + ", ".join(ev.fitted_components()) + ")")
        click.echo(ev.render_folds(fold_rows))
    elif folds:
        click.echo("\nno shipped component is fitted to gold data: the table above is the fold score")
