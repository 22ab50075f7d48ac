"""The job runner of the comparison: a plan of jobs, each run once, its result kept as a
marker in WORK/done/, in order or as several worker processes at once, with a progress line
as each job starts and ends.

Each finished job leaves a marker with its result, so an interrupted plan re-run picks up
where it stopped (a job cut short runs again). With `jobs` > 1, independent jobs run at once
as separate spawned processes; a worker rebuilds the plan from a picklable function and its
argument (`JobRunner.run`'s `rebuild`), reads the markers and runs the one job it is given.
"""

import os
import time
import warnings
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Tuple

import torch

from csgan_tools import CommandError, read_json, write_json

# how a job's marker writes a path inside the work directory (see JobRunner.run_job)
WORK_PREFIX = "$WORK/"


def _paths(value, old: str, new: str):
    """`value` (a marker's JSON) with every string that starts with `old` starting with
    `new` instead."""
    if isinstance(value, dict):
        return {k: _paths(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_paths(v, old, new) for v in value]
    if isinstance(value, str) and value.startswith(old):
        return new + value[len(old):]
    return value


def read_marker(path: Path, work: Path) -> dict:
    """A job's marker (its result, JSON) with the paths recorded relative to the work
    directory resolved against `work`; absolute ones (older markers) as they are.

    Args:
        path: Path of the marker, WORK/done/NAME.json.
        work: Path, the work directory now (absolute).
    Returns:
        dict, the job's result, every string starting with "$WORK/" made to start with
        WORK/ instead (at any depth of dicts and lists).
    Raises:
        CommandError: when the marker cannot be read (`csgan_tools.read_json`).
    """
    return _paths(read_json(path, "a job's marker"), WORK_PREFIX, f"{work}{os.sep}")


@dataclass
class Job:
    """One job of the plan: its result is its marker WORK/done/NAME.json.

    Attributes:
        name: str, e.g. "start", "discriminator", "brcsgan.2", "brcsgan.2.test".
        kind: str, the job's kind for the time estimate (e.g. "decode", "mle", an arm).
        run: callable () -> dict, the job itself, returning its result.
        after: tuple of str, the names of the jobs whose results it reads.
    """

    name: str
    kind: str  # for the time estimate: jobs of one kind take about as long
    run: Callable[[], dict]
    after: Tuple[str, ...] = ()  # jobs whose results this one reads


@dataclass
class JobRunner:
    """Runs the jobs of a plan not done yet in one work directory, keeping their results.

    Args:
        work: Path (absolute), the work directory; markers in WORK/done/.
        results: {job name: result}, filled from the markers and by the jobs (the caller's
            dict, shared).
        threads: int >= 1, CPU threads of the whole plan (divided among parallel jobs).
        eta_priors: {job kind: seconds}, the time estimate of a kind not run yet.
    """

    work: Path
    results: Dict[str, dict] = field(default_factory=dict)
    threads: int = 1
    eta_priors: Dict[str, float] = field(default_factory=dict)

    def load_markers(self):
        """Read every WORK/done/*.json marker into `results` (`read_marker`); a marker that
        cannot be read (cut short by an older version) leaves its job to run again.

        Returns:
            None.
        """
        for marker in sorted((self.work / "done").glob("*.json")):
            try:
                self.results[marker.stem] = read_marker(marker, self.work)
            except CommandError:
                print(f"{marker} cannot be read: {marker.stem} runs again", flush=True)

    def run(self, plan: List[Job], jobs: int = 1, rebuild: Tuple[Callable, object] = None
            ) -> float:
        """Every job of `plan` not done yet, in order (`jobs` == 1) or as up to `jobs`
        processes at once, each started when the jobs it reads are done.

        Prints a progress line as each job starts and ends (elapsed time, an estimate of
        the time left). Each finished job writes its marker (atomically), so a re-run picks
        up where this one stopped.

        Args:
            plan: list of Job, in plan order.
            jobs: int >= 1, jobs run at once (> 1: spawned worker processes, `threads`
                divided among them on a CPU, round-robin over several GPUs).
            rebuild: (function, argument), needed with `jobs` > 1: in a worker,
                function(argument) returns (JobRunner, plan) of the same work directory.
        Returns:
            float, wall-clock seconds.
        Raises:
            RuntimeError: jobs left waiting on jobs that never ran.
            Exception: any error of a job, re-raised (from its worker with `jobs` > 1).
        """
        (self.work / "done").mkdir(parents=True, exist_ok=True)
        self.load_markers()
        started, seconds = time.time(), {}
        todo = [j for j in plan if j.name not in self.results]
        number = {j.name: i for i, j in enumerate(plan, 1)}

        def starting(job):
            print(f"[{number[job.name]:2d}/{len(plan)}] {job.name}: running "
                  f"({_minutes(time.time() - started)} elapsed, about "
                  f"{_minutes(self._remaining(todo, seconds) / jobs)} left)", flush=True)

        def finished(job, result):
            seconds.setdefault(job.kind, []).append(result["seconds"])
            self.results[job.name] = result
            print(f"[{number[job.name]:2d}/{len(plan)}] {job.name}: done in "
                  f"{_minutes(result['seconds'])}{_headline(result)}", flush=True)

        if jobs == 1:
            torch.set_num_threads(self.threads)
            while todo:
                job = todo[0]
                starting(job)
                finished(job, self.run_job(job))
                todo.pop(0)
        else:
            self._run_parallel(todo, jobs, starting, finished, rebuild)
        return time.time() - started

    def run_job(self, job: Job) -> dict:
        """Run `job` and write its marker WORK/done/NAME.json (whole or not at all), paths
        inside the work directory recorded relative to it (`WORK_PREFIX`).

        Args:
            job: Job.
        Returns:
            dict, the job's result with "seconds" (its wall-clock time) and "finished_at"
            (Unix time).
        """
        t0 = time.time()
        result = job.run()
        result["seconds"] = round(time.time() - t0, 1)
        result["finished_at"] = round(time.time(), 1)
        # written whole or not at all: a reader (another worker) or a kill never sees half;
        # relative paths: read back from another working directory or after the directory
        # moved, they still point into it
        write_json(self.work / "done" / f"{job.name}.json",
                   _paths(result, f"{self.work}{os.sep}", WORK_PREFIX), indent=None)
        return result

    def _run_parallel(self, todo, jobs, starting, finished, rebuild):
        import multiprocessing

        gpu = torch.cuda.is_available()
        devices = torch.cuda.device_count()
        spawn = multiprocessing.get_context("spawn")  # no forked OpenMP / CUDA state
        counter = spawn.Value("i", 0)
        running, threads_of = {}, {}
        with ProcessPoolExecutor(jobs, mp_context=spawn, initializer=_init_worker,
                                 initargs=(devices, counter)) as pool:
            while todo or running:
                ready = [j for j in todo if all(dep in self.results for dep in j.after)]
                starting_now = ready[:jobs - len(running)]
                # on a CPU the threads not held by running jobs are shared by the jobs
                # starting now (a job alone, the start, gets them all); never more than
                # `threads` in all, unless there are more jobs than threads
                free = self.threads - sum(threads_of[f] for f in running)
                threads = 1 if gpu else max(1, free // max(len(starting_now), 1))
                for job in starting_now:
                    starting(job)
                    future = pool.submit(_run_in_worker, rebuild, job.name, threads)
                    running[future], threads_of[future] = job, threads
                    todo.remove(job)
                if not running:
                    raise RuntimeError("jobs waiting on jobs that never ran: "
                                       + ", ".join(j.name for j in todo))
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    job = running.pop(future)
                    finished(job, future.result())

    def _remaining(self, jobs, seconds):
        """Seconds left: jobs of a kind already run take their mean; others a prior."""
        def estimate(job):
            if job.kind in seconds:
                return sum(seconds[job.kind]) / len(seconds[job.kind])
            return self.eta_priors.get(job.kind, 60)
        return sum(estimate(job) for job in jobs)


def _init_worker(devices, counter):
    """A worker process of `JobRunner.run(jobs=N)`: on a machine with several GPUs, the next
    one round-robin (before CUDA starts)."""
    with counter.get_lock():
        index = counter.value
        counter.value += 1
    if devices > 1:
        os.environ["CUDA_VISIBLE_DEVICES"] = str(index % devices)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)


def _run_in_worker(rebuild, name, threads):
    torch.set_num_threads(threads)
    function, argument = rebuild
    runner, plan = function(argument)
    runner.load_markers()
    return runner.run_job(next(j for j in plan if j.name == name))


def _minutes(seconds):
    seconds = int(seconds)
    return f"{seconds // 60}m{seconds % 60:02d}s"


def _headline(result):
    if "bleu" in result:
        return f": test BLEU {result['bleu']:.2f}, chrF {result['chrf']:.2f}"
    if "heldout_accuracy" in result:
        return f": D held-out accuracy {result['heldout_accuracy']:.3f}"
    if "converged" in result:
        return (f": best checkpoint at update {result['best_update']}"
                f"{'' if result['converged'] else ' (NOT converged: update cap reached)'}")
    if "best_update" in result:
        return f": best validation BLEU at update {result['best_update']}"
    return ""
