"""The decode job of the comparison: a model's translations of validation and test, its
checkpoint (best, or G averaged over the last few) and length penalty chosen on validation
BLEU, its test scores.
"""

from csgan_tools import nbest, scoring, write_text
from csgan_tools.evaluate import translate
from csgan_tools.progress import DecodeProgress
from csgan_tools import fairseq_options

from .arms import Arm


def generate(recipe, label, checkpoint, split, expected):
    """Beam search of `split` (`expected` sentences) with the n-best list (every finished
    hypothesis), at length penalty 1.0; returns {sentence id: hypotheses}
    (`nbest.read_nbest`)."""
    results = recipe.work / "decode" / label
    with DecodeProgress(label, results / f"generate-{split}.txt", expected):
        _, generated = translate(
            recipe.corpus(), checkpoint, split, results,
            recipe.work / "logs" / f"{label}.log", recipe.size.beam, 1.0, nbest=recipe.size.beam,
            extra=[*fairseq_options.length_cap(), *recipe.precision])  # for every arm alike
    return nbest.read_nbest(generated, expected)

def decode(recipe, arm: Arm, seed):
    """The model's test translations at the length penalty of best validation BLEU
    (1.0 and the size's `lenpens`), and at 1.0; both scored. With an averaged
    checkpoint (`training.average`), the best and the averaged one are each decoded and tuned
    on validation, and the one of higher validation BLEU is decoded on test.

    One n-best beam decode per split (`nbest`), re-ranked at every penalty; the
    translations are written to WORK/decode/NAME.test/hyps.lenpenLP.txt.

    Args:
        arm: the Arm (Arm.START for the start).
        seed: int, the arm's seed, or None for the start.
    Returns:
        dict: `scoring.score`'s keys at the tuned penalty (BLEU, chrF on 0-100, ...),
        with "hyps" (str, the translations' file) and "lenpen" (float); "lenpen1": the
        same at 1.0; "valid_bleu": {penalty (str): validation BLEU}.
    Raises:
        EvaluateError, InputError: a refused checkpoint or over-long line (`translate`).
        ValueError: a sentence without hypothesis (`nbest.read_nbest`).
    """
    name = arm.value if seed is None else f"{arm.value}.{seed}"
    trained = recipe.results[name]
    valid_refs, test_refs = recipe.references("valid"), recipe.references("test")
    tokenize = recipe.bleu_tokenizer()
    # the candidates: the best checkpoint, and G averaged over the last n (size's
    # average_checkpoints > 1); each tuned on validation, the higher validation BLEU
    # kept (the best checkpoint on a tie)
    candidates = {"best": trained["checkpoint"]}
    if trained.get("average_checkpoint"):
        candidates["average"] = trained["average_checkpoint"]
    tuned_of = {}
    for kind, checkpoint in candidates.items():
        label = f"{name}.valid" if kind == "best" else f"{name}.{kind}.valid"
        valid = generate(recipe, label, checkpoint, "valid", len(valid_refs))
        tuned_of[kind] = nbest.tune(valid, recipe.size.lenpens,
                                    lambda hyps: scoring.score(hyps, valid_refs,
                                                               tokenize=tokenize)["bleu"])
    choice = max(tuned_of, key=lambda k: (tuned_of[k]["scores"][tuned_of[k]["lenpen"]],
                                          k == "best"))
    tuned, checkpoint = tuned_of[choice], candidates[choice]
    test = generate(recipe, f"{name}.test", checkpoint, "test", len(test_refs))
    out = {}
    for key, lenpen in (("tuned", tuned["lenpen"]), ("lenpen1", 1.0)):
        hyps = nbest.choose(test, lenpen)
        path = recipe.work / "decode" / f"{name}.test" / f"hyps.lenpen{lenpen}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, "".join(h + "\n" for h in hyps))
        out[key] = {"hyps": str(path), "lenpen": lenpen,
                    **scoring.score(hyps, test_refs, tokenize=tokenize)}
    return {**out["tuned"], "lenpen1": out["lenpen1"],
            "valid_bleu": {str(k): v for k, v in tuned["scores"].items()},
            "checkpoint_choice": choice,
            "valid_bleu_by_candidate": {k: t["scores"][t["lenpen"]]
                                        for k, t in tuned_of.items()}}
