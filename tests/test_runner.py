"""The comparison's job runner and its work directory: markers that record paths relative
to it, workers that rebuild the recipe, and the archive that carries it to another machine."""

import json

import pytest
import torch

from csgan_compare.sizes import TINY


def test_markers_record_paths_inside_the_work_directory_relative_to_it(tmp_path, monkeypatch):
    """A job's marker names its checkpoint, log and hypotheses relative to the work
    directory: read back from another working directory, or after the directory moved, they
    point into it (a relative --work once resolved against the reader's directory)."""
    from csgan_compare.recipe import Recipe
    from csgan_compare.runner import Job

    monkeypatch.chdir(tmp_path)
    recipe = Recipe(TINY, out="out", work="work")
    assert recipe.work == tmp_path / "work"  # resolved once, at start
    (recipe.work / "done").mkdir(parents=True)
    result = {"checkpoint": str(recipe.work / "start" / "checkpoint_best.pt"),
              "lenpen1": {"hyps": str(recipe.work / "decode" / "h.txt")},
              "data": "/elsewhere/bin"}
    recipe.runner.run_job(Job("start", "start", lambda: dict(result)))
    marker = (recipe.work / "done" / "start.json").read_text()
    assert str(tmp_path) not in marker and "$WORK/start/checkpoint_best.pt" in marker
    (tmp_path / "work").rename(tmp_path / "moved")
    monkeypatch.chdir("/")
    moved = Recipe(TINY, out=tmp_path / "out", work=tmp_path / "moved")
    moved.runner.load_markers()
    assert moved.results["start"]["checkpoint"] == str(tmp_path / "moved" / "start" /
                                                       "checkpoint_best.pt")
    assert moved.results["start"]["lenpen1"]["hyps"] == str(tmp_path / "moved" / "decode" /
                                                             "h.txt")
    assert moved.results["start"]["data"] == "/elsewhere/bin"


def test_an_archive_keeps_what_jobs_to_run_read_and_refuses_a_changed_file(tmp_path):
    """`archive.save` keeps the markers, logs and named files, and the checkpoints of the
    stage jobs and of an arm not decoded yet (without optimiser state), not those of a
    decoded arm; `restore` refuses a non-empty work directory and a file that differs from
    its manifest, naming it, before writing anything."""
    import os

    from csgan_compare import archive
    from csgan_tools import CommandError

    work = tmp_path / "work"
    for d in ("done", "logs", "start", "rloo.1", "risk.1", "decode/rloo.1.test", "data/bin"):
        (work / d).mkdir(parents=True)
    checkpoint = {"model": {"w": torch.ones(2)}, "last_optimizer_state": {"m": torch.ones(9)}}
    for name in ("start/checkpoint_best.pt", "start/checkpoint_average.pt",
                 "rloo.1/checkpoint_best.pt", "risk.1/checkpoint_best.pt",
                 "risk.1/checkpoint_average.pt", "risk.1/checkpoint_last.pt"):
        torch.save(checkpoint, work / name)
    (work / "data/bin/dict.en.txt").write_text("a 1\n")
    (work / "decode/rloo.1.test/hyps.lenpen1.0.txt").write_text("a\n")
    (work / "logs/start.log").write_text("log\n")
    os.utime(work / "logs/start.log", (1000, 1000))
    markers = {"prepare": {"data": "$WORK/data"},
               "start": {"checkpoint": "$WORK/start/checkpoint_best.pt",
                         "average_checkpoint": "$WORK/start/checkpoint_average.pt",
                         "log": "$WORK/logs/start.log"},
               "start.test": {"bleu": 1.0},
               "rloo.1": {"checkpoint": "$WORK/rloo.1/checkpoint_best.pt"},
               "rloo.1.test": {"hyps": "$WORK/decode/rloo.1.test/hyps.lenpen1.0.txt"},
               "risk.1": {"checkpoint": "$WORK/risk.1/checkpoint_best.pt",
                          "average_checkpoint": "$WORK/risk.1/checkpoint_average.pt",
                          "last_checkpoint": "$WORK/risk.1/checkpoint_last.pt"}}
    for name, marker in markers.items():
        (work / "done" / f"{name}.json").write_text(json.dumps(marker))
    manifest = archive.save(work, tmp_path / "archive")
    # the start's best (arms restore from it; its average was decoded), the candidates of
    # risk.1's decode still to run; nothing of rloo.1, decoded
    assert set(manifest["checkpoints"]) == {"start/checkpoint_best.pt",
                                            "risk.1/checkpoint_best.pt",
                                            "risk.1/checkpoint_average.pt"}
    assert set(manifest["files"]) == {
        *(f"done/{n}.json" for n in markers), "logs/start.log", "data/bin/dict.en.txt",
        "decode/rloo.1.test/hyps.lenpen1.0.txt", *manifest["checkpoints"]}
    kept = torch.load(tmp_path / "archive/start/checkpoint_best.pt", weights_only=True)
    assert set(kept) == {"model"} and torch.equal(kept["model"]["w"], torch.ones(2))
    moved = tmp_path / "moved"
    assert archive.restore(tmp_path / "archive", moved) == len(manifest["files"])
    assert (moved / "logs/start.log").stat().st_mtime == 1000  # the report orders logs so
    assert (moved / "done/risk.1.json").read_text() == (work / "done/risk.1.json").read_text()
    with pytest.raises(CommandError, match="not empty"):
        archive.restore(tmp_path / "archive", moved)
    (tmp_path / "archive/data/bin/dict.en.txt").write_text("b 1\n")
    with pytest.raises(CommandError, match=r"dict\.en\.txt: differs from its SHA-256"):
        archive.restore(tmp_path / "archive", tmp_path / "again")
    assert not (tmp_path / "again").exists()
    (work / "risk.1/checkpoint_best.pt").unlink()  # an arm to decode lost its checkpoint
    with pytest.raises(CommandError, match=r"risk\.1\.json: names .*checkpoint_best\.pt"):
        archive.save(work, tmp_path / "archive")
    assert (tmp_path / "archive" / archive.MANIFEST).is_file()  # the archive before stays


def test_a_jobs_worker_rebuilds_the_same_recipe(tmp_path):
    from dataclasses import fields

    from csgan_compare.recipe import Recipe

    recipe = Recipe(TINY, out=tmp_path / "o", work=tmp_path / "w", prepared=tmp_path / "p",
                    seeds=[2, 3], precision=("--bf16",), tokenize="char")
    rebuilt = Recipe(**recipe.worker_spec())
    for f in fields(Recipe):
        if f.name != "results":
            assert getattr(rebuilt, f.name) == getattr(recipe, f.name), f.name
