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
    return sum(log.get(key, 0) for log in logs)


def phase_key(phase: Phase) -> str:
    return f"csgan_phase_{phase.name.lower()}"


def stage_key(stage: Stage) -> str:
    return f"csgan_stage_{stage.name.lower()}"


def tags(phase: Phase, stage: Stage) -> dict:
    """The tags of one micro-batch's logging output."""
    return {**{phase_key(p): int(p == phase) for p in Phase},
            **{stage_key(s): int(s == stage) for s in Stage}, "nonfinite": 0}


def phase_of(log) -> Phase:
    tagged = [p for p in Phase if log.get(phase_key(p), 0)]
    return tagged[0] if tagged else Phase.MLE  # fairseq's own logs (untagged) are MLE


def stage_of(log) -> Optional[Stage]:
    tagged = [s for s in Stage if log.get(stage_key(s), 0)]
    return max(tagged) if tagged else None


def micro_batches(log) -> int:
    return sum(log.get(phase_key(p), 0) for p in Phase)


def by_phase(logs) -> Dict[Phase, List[dict]]:
    """Logs grouped by phase, without those whose every micro-batch was skipped (nothing of
    theirs to average)."""
    groups = {phase: [] for phase in Phase}
    for log in logs:
        if log.get("nonfinite", 0) and log["nonfinite"] >= micro_batches(log):
            continue
        groups[phase_of(log)].append(log)
    return groups
