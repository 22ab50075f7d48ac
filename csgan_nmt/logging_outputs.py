"""Logging outputs of the csgan_nmt task: every one is tagged with the phase and stage of
its update, so they are gathered across workers, never summed (a sum of tags is no tag)."""

from typing import Dict, List

from .stages import Phase


def sum_logs(logs, key):
    return sum(log.get(key, 0) for log in logs)


def by_phase(logs) -> Dict[Phase, List[dict]]:
    groups = {phase: [] for phase in Phase}
    for log in logs:
        groups[Phase(int(log.get("csgan_phase", Phase.MLE)))].append(log)
    return groups
