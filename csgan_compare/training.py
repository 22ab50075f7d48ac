"""The training jobs of the comparison, each a function of the recipe (recipe.Recipe): the
start (MLE to convergence), D pretraining, every trained arm (fairseq-train, or
csgan-self-train for the self-training arms) and the averaging of an arm's last checkpoints.
Each returns the job's result, which runner.JobRunner keeps as its marker.
"""

import shutil
from pathlib import Path

from csgan_tools import fairseq_options
from csgan_tools.self_train import self_train

from . import curves
from .arms import TRAINED_ARMS, Arm


def train_start(recipe):
    """The start job: G by MLE into WORK/start (seed 1), validated every
    `mle_validate_every` updates, early stopping on validation loss after `patience`
    validations without improvement, at most `mle_max_updates` updates; an interrupted
    start resumes from its checkpoint_last.pt.

    Returns:
        {"checkpoint": str, WORK/start/checkpoint_best.pt; "best_update": int, its
        update; "last_update": int, the last validated update; "converged": bool,
        stopped early (not by the update cap); "log": str}.
    Raises:
        TrainingError: when fairseq-train exits with a non-zero status.
    """
    s = recipe.size
    _, log = recipe.train("start", [
        "--csgan-stage", "mle", "--lr", s.mle_lr, "--max-tokens", s.mle_max_tokens,
        "--max-update", s.mle_max_updates, "--validate-interval-updates",
        s.mle_validate_every, "--save-interval-updates", s.mle_validate_every,
        "--keep-interval-updates", s.average_checkpoints, "--patience", s.patience,
        "--seed", "1", *recipe.precision],
        # the longest job: an interrupted start goes on where it stopped
        resume=True, total=s.mle_max_updates)
    best = recipe.work / "start" / "checkpoint_best.pt"
    text = log.read_text(encoding="utf-8")
    valid = curves.read_records(log)["valid"]
    return {"checkpoint": str(best), "best_update": num_updates(best),
            "last_update": int(float(valid[-1]["valid_num_updates"])),
            "converged": "early stop since valid performance hasn't improved" in text,
            "log": str(log), **average(recipe, recipe.work / "start")}

def average(recipe, directory: Path) -> dict:
    """With the size's `average_checkpoints` n > 1: G averaged over the last n validation
    checkpoints of `directory`, written to DIRECTORY/checkpoint_average.pt
    (`csgan_tools.averaging.average_generator`), the decode job's second candidate; then
    the numbered checkpoints are deleted (best and last stay).

    Returns:
        {"average_checkpoint": str, "averaged": [int, the updates averaged]}, or {}
        when n is 1 or fewer than two checkpoints were saved.
    """
    from csgan_tools.averaging import average_generator, checkpoint_number

    out = {}
    if recipe.size.average_checkpoints > 1:
        average = directory / "checkpoint_average.pt"
        inputs = average_generator(directory, recipe.size.average_checkpoints, average)
        if inputs:
            out = {"average_checkpoint": str(average),
                   "averaged": [checkpoint_number(p)[1] for p in inputs]}
        elif average.is_file():  # averaged before a kill deleted the numbered ones
            import torch

            names = (torch.load(average, map_location="cpu", weights_only=True, mmap=True)
                     .get("extra_state") or {}).get("averaged_from", [])
            out = {"average_checkpoint": str(average),
                   "averaged": [checkpoint_number(Path(n))[1] for n in names]}
    for kept in directory.glob("checkpoint_*_*.pt"):  # best, last (and average) stay
        kept.unlink()
    return out

def pretrain_discriminator(recipe, prefixes=False):
    """D pretraining to xi from the start's G; with `prefixes`, on random prefixes of
    gold and generated translations (the D of the partial-d arm, REGS).

    A D that stops at its budget below xi (exit status 3) is kept: the arms go on with
    it.

    Args:
        prefixes: bool, the prefix D (job discriminator_prefix) instead of the full one
            (job discriminator).
    Returns:
        {"checkpoint": str, WORK/NAME/checkpoint_last.pt; "target_reached": bool;
        "updates": int, D updates at the last measurement; "heldout_accuracy": float in
        [0, 1], D's last held-out accuracy; "log": str}.
    Raises:
        TrainingError: when fairseq-train exits with another non-zero status.

    Source: Yang et al., NAACL 2018 (D pretrained to accuracy xi); Li et al., EMNLP
    2017 (REGS, with `prefixes`).
    """
    s, name = recipe.size, "discriminator_prefix" if prefixes else "discriminator"
    status, log = recipe.train(name, [
        *(["--reward-estimator", "partial-d"] if prefixes else []),
        "--csgan-stage", "discriminator", "--generator-checkpoint",
        recipe.results["start"]["checkpoint"], "--lr", s.mle_lr, "--d-lr", s.d_lr,
        "--max-tokens", s.mle_max_tokens, "--d-target-accuracy", s.d_target,
        "--d-max-updates", s.d_max_updates, "--d-eval-interval", s.d_eval_interval,
        "--max-update", "100000000", "--disable-validation", "--seed", "1"],
        total=s.d_max_updates, d_pretraining=True)  # below xi: the arms still go on
    points = curves.read_d_pretraining(log)
    return {"checkpoint": str(recipe.work / name / "checkpoint_last.pt"),
            "target_reached": status == 0, "updates": points[-1][0],
            "heldout_accuracy": points[-1][1], "log": str(log)}

def train_arm(recipe, arm: Arm, seed: int):
    """The job ARM.SEED: `arm` trained from the start checkpoint (a PG arm from D
    pretraining's checkpoint where there is one: the start's G with a pretrained D) with
    fresh optimiser, meters and schedule, for the size's `generator_updates` G updates;
    validated (greedy BLEU) every `curve_every` G updates, the best kept. A run cut
    short goes on from its checkpoint_last.pt (fairseq's resume), its log continued.

    Args:
        arm: a trained Arm.
        seed: int, the training seed (the same batches for every arm of this seed).
    Returns:
        {"checkpoint": str, its checkpoint_best.pt (best greedy validation BLEU);
        "best_update": int, that checkpoint's fairseq update; "last_checkpoint": str;
        "log": str}.
    Raises:
        ValueError: when the size's update counts are not whole cycles of the arm
            (`TrainedArm.fairseq_updates`).
        TrainingError: when fairseq-train exits with a non-zero status.
    """
    s, spec = recipe.size, TRAINED_ARMS[arm]
    if spec.self_training is not None:
        return train_self_training(recipe, arm, seed)
    # the policy-gradient arms start from the pretrained D (G is the start's: frozen in
    # D pretraining); without a D arm there is no D pretraining, and they start from start
    start = recipe.results["start"]
    d_job = "discriminator_prefix" if spec.prefix_discriminator else "discriminator"
    restore = (recipe.results.get(d_job, start) if spec.policy_gradient
               else start)["checkpoint"]
    name = f"{arm.value}.{seed}"
    every = spec.fairseq_updates(s.curve_every)
    # a run cut short (a sitting's end, a kill) goes on from its checkpoint_last.pt with
    # fairseq's own resume (optimiser, schedule, data iterator, meters; the plugin checks
    # or repairs the file); otherwise from the start with everything reset
    resume = (recipe.work / name / "checkpoint_last.pt").is_file()
    origin = [] if resume else fairseq_options.fresh_start(restore)
    _, log = recipe.train(name, [
        *spec.options, *origin,
        "--lr", spec.lr or s.arm_lr, "--max-tokens", s.arm_max_tokens,
        "--max-update", spec.fairseq_updates(s.generator_updates),
        # a curve point and a candidate checkpoint every `curve_every` G updates; the
        # arm is judged at its best greedy validation BLEU (fairseq's checkpoint_best)
        "--validate-interval-updates", every, "--save-interval-updates", every,
        "--keep-interval-updates", s.average_checkpoints, "--best-checkpoint-metric",
        "bleu", "--maximize-best-checkpoint-metric",
        "--rollouts", s.rollouts, "--rollout-stride", s.rollout_stride,
        "--d-adversarial-lr", s.d_adversarial_lr, "--reward-constant", s.constant_reward,
        "--seed", seed, *recipe.precision], resume=resume,
        total=spec.fairseq_updates(s.generator_updates))
    best = recipe.work / name / "checkpoint_best.pt"
    return {"checkpoint": str(best), "best_update": num_updates(best),
            "last_checkpoint": str(recipe.work / name / "checkpoint_last.pt"),
            "log": str(log), **average(recipe, recipe.work / name)}

def train_self_training(recipe, arm: Arm, seed: int):
    """The job ARM.SEED of a self-training arm: csgan-self-train from the start (or from
    D pretraining's checkpoint where the reward asks D), the size's generator_updates
    MLE updates split evenly over the plan's Grow steps, each followed by one Improve
    step validated every curve_every updates (greedy BLEU); judged at its best
    validation point over all steps. The Improve steps' logs are joined into
    WORK/logs/NAME.log, updates continued (`curves.join_logs`), for the curves.

    Returns:
        as `train_arm`, plus "self_training": str, the run's record
        (self_training.json).
    Raises:
        ValueError: when generator_updates is not a whole number of Grow steps of whole
            validation intervals.
        TrainingError: when a fairseq-train run fails.
    """
    s, spec = recipe.size, TRAINED_ARMS[arm]
    plan, every = spec.self_training, s.curve_every
    per_grow, rest = divmod(s.generator_updates, plan.grow_steps)
    if rest or per_grow % every:
        raise ValueError(f"{arm.value}: {s.generator_updates} updates is not {plan.grow_steps} "
                         f"Grow steps of whole validation intervals of {every} updates")
    name = f"{arm.value}.{seed}"
    restore = recipe.results["discriminator" if spec.uses_discriminator else "start"]
    shutil.rmtree(recipe.work / name, ignore_errors=True)  # a job cut short starts over
    options = [
        *recipe.command().shared(), *spec.options, "--lr", spec.lr or s.arm_lr, "--max-tokens",
        s.arm_max_tokens, "--validate-interval-updates", every,
        "--save-interval-updates", every, "--keep-interval-updates",
        s.average_checkpoints, "--best-checkpoint-metric", "bleu",
        "--maximize-best-checkpoint-metric",
        "--d-lr", s.d_lr, "--d-target-accuracy", s.d_target, "--d-max-updates",
        s.d_max_updates, "--d-eval-interval", s.d_eval_interval, "--seed", seed,
        *recipe.precision]
    record = self_train(recipe.data / "bin", Path(restore["checkpoint"]), recipe.work / name,
                        options, grow_steps=plan.grow_steps, keep_mode=plan.keep,
                        thresholds=[plan.quantile], improve_updates=per_grow,
                        grow_max_tokens=s.mle_max_tokens,
                        retrain_discriminator=plan.retrain_discriminator,
                        show_progress=False, say=None)
    improve = [step for step in record["steps"] if step["kind"] == "improve"]
    log = recipe.work / "logs" / f"{name}.log"
    curves.join_logs([Path(step["log"]) for step in improve], log)
    # the step holding the best validation BLEU (the first of equals)
    best_step = -max((float(r["valid_bleu"]), -i) for i, step in enumerate(improve)
                     for r in curves.read_records(step["log"])["valid"])[1]
    valid = curves.read_records(log)["valid"]
    best_update = max(valid, key=lambda r: float(r["valid_bleu"]))["valid_num_updates"]
    # the last n checkpoints of the last Improve step averaged (with n > 1); best and
    # last of every step stay
    averaged = average(recipe, Path(improve[-1]["checkpoint"]).parent)
    for step in improve[:-1]:
        for kept in Path(step["checkpoint"]).parent.glob("checkpoint_*_*.pt"):
            kept.unlink()
    return {**averaged, "checkpoint": str(Path(improve[best_step]["checkpoint"]).with_name(
                "checkpoint_best.pt")),
            "best_update": int(float(best_update)), "last_checkpoint": record["checkpoint"],
            "log": str(log), "self_training": str(recipe.work / name / "self_training.json")}


def num_updates(checkpoint) -> int:
    """The fairseq update count a checkpoint was saved at."""
    from fairseq import checkpoint_utils

    state = checkpoint_utils.load_checkpoint_to_cpu(str(checkpoint))
    return int(state["optimizer_history"][-1]["num_updates"])
