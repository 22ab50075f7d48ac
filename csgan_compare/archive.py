"""Carry a comparison from one machine to the next through a folder that can be committed.

A comparison that takes more sittings than a machine is kept (`results/compare-cpu-long`)
cannot leave its work directory behind: `save` copies what the report and the jobs still to
run read into ARCHIVE/, and `restore` lays it out again as a work directory, from which
csgan-compare goes on where it stopped (finished jobs are skipped by their markers).

What is kept, paths relative to the work directory (`runner.WORK_PREFIX`):
- every marker (done/*.json) and every log (logs/*.log: the curves and the commands);
- every file or folder a marker names (the prepared data, the test translations, the
  self-training records), except checkpoints;
- the checkpoints that jobs not yet done read (`read_checkpoints`): the start's and D
  pretraining's (every arm restores from them), and those a job's decode (NAME.test) chooses
  from until it has run. Their optimiser state is left out: every job that reads them resets
  the optimiser (`--reset-optimizer`, or a decode).

An arm cut short is not kept (its checkpoint_last.pt is not named by a marker): it starts
over after a restore. File modification times are kept (the report orders the logs by them).
ARCHIVE/manifest.json lists every file with its SHA-256; `restore` checks them.
"""

import argparse
import hashlib
import os
import shutil
import sys
from pathlib import Path
from typing import Dict, Iterator

from csgan_tools import CommandError, read_json, refuse_as_one_line, write_json

from .runner import WORK_PREFIX

MANIFEST = "manifest.json"
# the jobs whose checkpoints later jobs restore from
STAGE_JOBS = ("start", "discriminator", "discriminator_prefix")


def _named_paths(value) -> Iterator[str]:
    """Every string of a marker (at any depth) that names a path inside the work directory,
    relative to it."""
    if isinstance(value, dict):
        for v in value.values():
            yield from _named_paths(v)
    elif isinstance(value, list):
        for v in value:
            yield from _named_paths(v)
    elif isinstance(value, str) and value.startswith(WORK_PREFIX):
        yield value[len(WORK_PREFIX):]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _without_optimizer_state(source: Path, target: Path):
    """`source` (a fairseq checkpoint) written to `target` without "last_optimizer_state"."""
    import torch

    from csgan_nmt.serialization import register_checkpoint_safe_globals

    register_checkpoint_safe_globals()
    state = torch.load(source, map_location="cpu", weights_only=True)
    state.pop("last_optimizer_state", None)
    torch.save(state, target)


def plan(work: Path) -> Dict[str, str]:
    """What `save` copies: {path relative to `work`: "copy" or "checkpoint"}.

    Args:
        work: Path, a comparison's work directory (markers in WORK/done/).
    Returns:
        dict, files only (a named folder is listed file by file).
    Raises:
        CommandError: when `work` has no markers, or a marker cannot be read or names a
            path that is not there.
    """
    markers = sorted((work / "done").glob("*.json"))
    if not markers:
        raise CommandError(f"{work}: no job markers in {work / 'done'}: nothing to archive")
    done = {m.stem for m in markers}
    files = {str(m.relative_to(work)): "copy" for m in markers}
    files.update({str(log.relative_to(work)): "copy"
                  for log in sorted((work / "logs").glob("*.log"))})
    for marker in markers:
        name, result = marker.stem, read_json(marker, "a job's marker")
        for relative in _named_paths(result):
            path = work / relative
            if path.is_dir():
                files.update({str(p.relative_to(work)): "copy"
                              for p in sorted(path.rglob("*")) if p.is_file()})
            elif path.is_file() and path.suffix != ".pt":
                files[relative] = "copy"
            elif path.suffix != ".pt" and not relative.endswith(".log"):
                # (a log may have been joined under logs/)
                raise CommandError(f"{marker}: names {path}, which is not there")
        for relative in read_checkpoints(name, result, done):
            if not (work / relative).is_file():
                raise CommandError(f"{marker}: names {work / relative}, which is not there; "
                                   "a job still to run reads it")
            files[relative] = "checkpoint"
    return files


def read_checkpoints(name: str, result: dict, done) -> list:
    """The checkpoints of job `name` that jobs not done yet read: a stage job's
    "checkpoint" (every arm restores from it); and, until the job's decode (NAME.test) has
    run, the checkpoints it chooses from ("checkpoint", "average_checkpoint").

    Args:
        name: str, the job's name.
        result: dict, its marker as written (paths under `WORK_PREFIX`).
        done: set of str, the names of the jobs with a marker.
    Returns:
        list of str, paths relative to the work directory.
    """
    keys = {"checkpoint"} if name in STAGE_JOBS else set()
    if name not in STAGE_JOBS[1:] and not name.endswith(".test") and (
            f"{name}.test" not in done):
        keys |= {"checkpoint", "average_checkpoint"}
    return [result[k][len(WORK_PREFIX):] for k in sorted(keys)
            if isinstance(result.get(k), str) and result[k].startswith(WORK_PREFIX)]


def save(work: Path, archive: Path) -> dict:
    """Copy what the comparison in `work` needs to go on into `archive` (see the module's
    docstring), replacing what was there. A checkpoint already archived from the same source
    (same size and modification time) is reused, not written again.

    Args:
        work: Path, the work directory.
        archive: Path, the folder to (re)write.
    Returns:
        dict, the manifest: {"files": {relative path: {"sha256", "bytes", "mtime"}},
        "checkpoints": {relative path: {"source_bytes", "source_mtime"}}}.
    Raises:
        CommandError: as `plan`; or a file that cannot be written.
    """
    work, archive = work.resolve(), archive.resolve()
    files = plan(work)
    old = (read_json(archive / MANIFEST, "an archive's manifest")
           if (archive / MANIFEST).is_file() else {})
    staging = archive.with_name(archive.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    manifest = {"files": {}, "checkpoints": {}}
    try:
        for relative, how in sorted(files.items()):
            source, target = work / relative, staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            stat = source.stat()
            if how == "checkpoint":
                origin = {"source_bytes": stat.st_size, "source_mtime": stat.st_mtime}
                if (old.get("checkpoints", {}).get(relative) == origin
                        and (archive / relative).is_file()):
                    shutil.copy2(archive / relative, target)
                else:
                    _without_optimizer_state(source, target)
                manifest["checkpoints"][relative] = origin
            else:
                shutil.copy2(source, target)
            os.utime(target, (stat.st_atime, stat.st_mtime))
            manifest["files"][relative] = {"sha256": _sha256(target),
                                           "bytes": target.stat().st_size,
                                           "mtime": stat.st_mtime}
        write_json(staging / MANIFEST, manifest)
    except OSError as e:
        shutil.rmtree(staging, ignore_errors=True)
        raise CommandError(f"cannot write {archive}: {e.strerror or e}") from e
    shutil.rmtree(archive, ignore_errors=True)
    staging.rename(archive)
    return manifest


def restore(archive: Path, work: Path) -> int:
    """Lay `archive` out as the work directory `work`, modification times kept, after
    checking every file against the manifest.

    Args:
        archive: Path, a folder written by `save`.
        work: Path, a work directory that does not exist yet or is empty.
    Returns:
        int, the number of files restored.
    Raises:
        CommandError: when `work` holds files, the manifest is missing, or a file is missing
            or differs from its SHA-256 (naming it); nothing is written then.
    """
    work = work.resolve()
    if work.exists() and any(work.iterdir()):
        raise CommandError(f"{work} is not empty: restore into a new work directory")
    manifest = read_json(archive / MANIFEST, "an archive's manifest")
    for relative, entry in manifest["files"].items():
        path = archive / relative
        if not path.is_file():
            raise CommandError(f"{path}: listed in {archive / MANIFEST} but missing")
        if _sha256(path) != entry["sha256"]:
            raise CommandError(f"{path}: differs from its SHA-256 in {archive / MANIFEST}")
    for relative, entry in manifest["files"].items():
        target = work / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(archive / relative, target)
        os.utime(target, (entry["mtime"], entry["mtime"]))
    return len(manifest["files"])


@refuse_as_one_line("csgan-compare-archive")
def main(argv=None):
    p = argparse.ArgumentParser(
        prog="python -m csgan_compare.archive",
        description="Save a comparison's work directory into a folder that can be committed "
                    "(markers, logs, test translations, prepared data, and the checkpoints "
                    "that jobs still to run read, without optimiser state), or restore one.")
    p.add_argument("action", choices=("save", "restore"))
    p.add_argument("--work", type=Path, required=True, help="the work directory")
    p.add_argument("--archive", type=Path, required=True, help="the archive folder")
    args = p.parse_args(argv)
    if args.action == "save":
        manifest = save(args.work, args.archive)
        size = sum(f["bytes"] for f in manifest["files"].values())
        print(f"saved {len(manifest['files'])} files ({size / 2**20:.1f} MiB, "
              f"{len(manifest['checkpoints'])} checkpoints) to {args.archive}")
    else:
        print(f"restored {restore(args.archive, args.work)} files into {args.work}")


if __name__ == "__main__":
    sys.exit(main())
