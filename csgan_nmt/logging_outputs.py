"""Logging outputs of the csgan_nmt task.

Every logging output is tagged with the phase and stage of its update as one-hot counts
(`csgan_phase_<phase>`, `csgan_stage_<stage>`) and with `nonfinite`, the number of skipped
micro-batches, so they can be summed: fairseq sums logging outputs key by key over the
micro-batches of an update and over the workers (its only way on CPU: gathering them as
lists needs CUDA). Every micro-batch of an update, on every worker, runs the same phase in
the same stage, so a sum still names one phase and one stage.
"""

from typing import Dict, List, Optional

from .stages import Phase, Stage


def sum_logs(logs, key):
    """The sum of one key over logging outputs, 0 where a log lacks it.

    Args:
        logs: iterable of dict (logging outputs).
        key: str.
    Returns:
        The sum (int, float or tensor, as the values are); 0 for no values.
    """
    return sum(log.get(key, 0) for log in logs)


def phase_key(phase: Phase) -> str:
    """The logging-output key of a phase's one-hot count: "csgan_phase_<name>", e.g.
    "csgan_phase_policy_gradient"."""
    return f"csgan_phase_{phase.name.lower()}"


def stage_key(stage: Stage) -> str:
    """The logging-output key of a stage's one-hot count: "csgan_stage_<name>", e.g.
    "csgan_stage_adversarial"."""
    return f"csgan_stage_{stage.name.lower()}"


def tags(phase: Phase, stage: Stage) -> dict:
    """The tags of one micro-batch's logging output.

    Args:
        phase: the phase the update runs.
        stage: the stage it runs in.
    Returns:
        dict: `phase_key(p)` -> int 1 for `phase`, 0 for every other Phase;
        `stage_key(s)` -> 1 for `stage`, 0 for the others; "nonfinite" -> 0.
    """
    return {**{phase_key(p): int(p == phase) for p in Phase},
            **{stage_key(s): int(s == stage) for s in Stage}, "nonfinite": 0}


def phase_of(log) -> Phase:
    """The phase of a (summed) logging output: the first Phase, in value order, whose
    count is non-zero; untagged logs (fairseq's own, e.g. validation) count as
    TEACHER_FORCING.

    Args:
        log: dict, a logging output.
    Returns:
        Phase.
    """
    tagged = [p for p in Phase if log.get(phase_key(p), 0)]
    return tagged[0] if tagged else Phase.TEACHER_FORCING  # fairseq's own logs (untagged) are MLE


def stage_of(log) -> Optional[Stage]:
    """The stage of a (summed) logging output: the highest (latest) Stage whose count is
    non-zero, or None for an untagged log.

    Args:
        log: dict, a logging output.
    Returns:
        Stage or None.
    """
    tagged = [s for s in Stage if log.get(stage_key(s), 0)]
    return max(tagged) if tagged else None


def micro_batches(log) -> int:
    """The number of tagged micro-batches summed into a logging output (the sum of its
    phase counts); 0 for an untagged log.

    Args:
        log: dict, a logging output.
    Returns:
        int >= 0 (or a number of the type the counts were summed as).
    """
    return sum(log.get(phase_key(p), 0) for p in Phase)


def by_phase(logs) -> Dict[Phase, List[dict]]:
    """Logs grouped by phase (`phase_of`), without those whose every micro-batch was
    skipped (nothing of theirs to average).

    Args:
        logs: iterable of dict, logging outputs.
    Returns:
        dict with every Phase as a key -> list of its logs, in the given order (empty
        lists included).
    """
    groups = {phase: [] for phase in Phase}
    for log in logs:
        if log.get("nonfinite", 0) and log["nonfinite"] >= micro_batches(log):
            continue
        groups[phase_of(log)].append(log)
    return groups
