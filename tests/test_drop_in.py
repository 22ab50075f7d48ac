"""Dropping csgan-nmt into a fairseq pipeline: the installed commands from outside the
repository, the paper recipes end to end on a slice, the export (plain fairseq-generate,
fairseq-interactive and the hub on it, without --user-dir), tensorboard event files."""

import json
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from helpers import BIN_DIR, REPO, write_slice

COMMANDS = ["csgan-prepare", "csgan-evaluate", "csgan-export", "csgan-recipe",
            "csgan-compare", "csgan-user-dir", "csgan-self-train", "csgan-options"]


def outside_env():
    """The installed environment, without the checkout on the path (tools/mutation_check.py
    runs the suite in a scratch copy and names it here, so that its code is the one run)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if os.environ.get("CSGAN_CODE_UNDER_TEST"):
        env["PYTHONPATH"] = os.environ["CSGAN_CODE_UNDER_TEST"]
    env["PATH"] = f"{BIN_DIR}{os.pathsep}{env.get('PATH', '')}"
    env["OMP_NUM_THREADS"] = "1"
    return env


def run_outside(args, cwd, timeout=900, check=True):
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=outside_env(),
                          capture_output=True, text=True, timeout=timeout)
    if check:
        assert proc.returncode == 0, (f"{args[0]} exited {proc.returncode}\n"
                                      f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


RECIPE_OPTIONS = ["--source-lang", "es", "--target-lang", "en", "--tiny", "--tensorboard",
                  "--workers", "1"]


def run_recipe(name, root):
    """csgan-recipe NAME --tiny on a 400-pair slice, run from `root` (outside the repo)."""
    raw = write_slice(root / "raw", {"train": 400, "valid": 40, "test": 30})
    run_outside(["csgan-recipe", name, "--trainpref", raw / "train", "--validpref",
                 raw / "valid", "--testpref", raw / "test", "--work", "work", *RECIPE_OPTIONS],
                cwd=root)
    return root / "work"


@pytest.fixture(scope="module")
def iwslt(tmp_path_factory):
    return run_recipe("iwslt14-deen", tmp_path_factory.mktemp("iwslt"))


def hypotheses(text):
    """{sentence id: (hypothesis, score)} of fairseq-generate / -interactive H lines."""
    out = {}
    for line in text.splitlines():
        if line.startswith("H-"):
            head, score, hyp = line.split("\t")
            out[int(head[2:])] = (hyp, score)
    return out


def generate_args(work, checkpoint, beam, lenpen, batch_size=64):
    return ["fairseq-generate", work / "data" / "bin", "--path", checkpoint,
            "--gen-subset", "test", "--beam", beam, "--lenpen", lenpen, "--max-len-a", "1.5",
            "--max-len-b", "10", "--batch-size", batch_size, "--required-batch-size-multiple", "1",
            "--num-workers", "0", "--remove-bpe", "sentencepiece"]


def logged_command(log: Path):
    return log.read_text(encoding="utf-8").split("\n", 1)[0]


def plain_state(path):
    """The exported checkpoint, loaded by torch's default (weights-only, no allowlist)."""
    code = ("import sys, torch\n"
            "s = torch.load(sys.argv[1], map_location='cpu')\n"
            "print(s['cfg']['task']['_name'], s['cfg']['model']['arch'], "
            "s['last_optimizer_state'], s['cfg']['optimizer'], s['cfg']['common']['user_dir'],"
            " any(k.startswith(('discriminator', 'generator', 'rollout', 'stage')) "
            "for k in s['model']), len(s['model']))\n")
    return run_outside([sys.executable, "-c", code, path], cwd=path.parent).stdout.split()


# ------------------------------------------------------------------ the recipes
def check_recipe(work, arch, reward_lambda, lowercase):
    summary = (work / "summary.json").read_text()
    assert '"adversarial_vs_mle"' in summary
    task, exported_arch, optimizer_state, optimizer, user_dir, csgan_keys, n = plain_state(
        work / "export" / "model.pt")
    assert (task, exported_arch, optimizer_state, optimizer, user_dir, csgan_keys) == (
        "translation", arch, "None", "None", "None", "False")
    assert int(n) > 0
    # every stage ran, with the recipe's paper settings
    mle, d, adv = (logged_command(work / "logs" / f"{s}.log")
                   for s in ("mle", "discriminator", "adversarial"))
    assert "--csgan-stage mle" in mle and "--patience" in mle
    assert "--csgan-stage discriminator" in d and "--d-target-accuracy 0.82" in d
    assert f"--reward-lambda {reward_lambda}" in adv and "--reward-baseline 0.5" in adv
    assert "--d-clip-value 1.0" in adv and "--best-checkpoint-metric bleu" in adv
    assert "entering stage 'adversarial'" in (work / "logs" / "adversarial.log").read_text()
    scores = json.loads(summary)["test"]
    for name in ("mle", "model"):
        assert ("case:lc" in scores[name]["bleu_signature"]) == lowercase
        hyps = (work / "eval" / f"{name}.hyp.en").read_text(encoding="utf-8").splitlines()
        assert len(hyps) == 30
    # the printed difference and its test are of the BLEU printed beside it (lowercased too)
    tested = json.loads(summary)["adversarial_vs_mle"]["bleu"]
    assert ("case:lc" in tested["signature"]) == lowercase
    assert tested["delta"] == pytest.approx(scores["model"]["bleu"] - scores["mle"]["bleu"],
                                            abs=0.021)


def test_iwslt_recipe_end_to_end(iwslt):
    check_recipe(iwslt, "lstm", 0.7, lowercase=False)
    assert "--arch rnnsearch" in logged_command(iwslt / "logs" / "mle.log")
    assert sorted(p.name for p in (iwslt / "export").iterdir()) == [
        "DONE", "dict.en.txt", "dict.es.txt", "mle.pt", "model.pt", "spm.model"]
    # the same command again finds every step finished and trains nothing more
    raw, model = iwslt.parent / "raw", (iwslt / "export" / "model.pt").read_bytes()
    again = run_outside(["csgan-recipe", "iwslt14-deen", "--trainpref", raw / "train",
                         "--validpref", raw / "valid", "--testpref", raw / "test",
                         "--work", "work", *RECIPE_OPTIONS], cwd=iwslt.parent).stdout
    assert again.count("done before") == 6 and "..." not in again
    assert (iwslt / "export" / "model.pt").read_bytes() == model


def test_wmt_recipe_transformer_export_translates_like_the_original(tmp_path):
    work = run_recipe("wmt14-ende", tmp_path)
    check_recipe(work, "transformer", 0.8, lowercase=False)
    assert "--lr-scheduler inverse_sqrt" in logged_command(work / "logs" / "mle.log")
    # the recipe scored the export with fairseq's translation task; --user-dir on the
    # original csgan checkpoint gives the same translations and scores
    original = run_outside([*generate_args(work, work / "adversarial" / "checkpoint_best.pt",
                                           2, 0.6), "--user-dir", REPO / "csgan_nmt",
                            "--task", "csgan_nmt"], cwd=tmp_path).stdout
    exported = (work / "eval" / "model.generate" / "generate-test.txt").read_text()
    assert hypotheses(original) == hypotheses(exported) and len(hypotheses(exported)) == 30


def test_nist_recipe_separate_subwords_lowercase_bleu(tmp_path):
    """Through the bash recipe, which calls the installed csgan-recipe."""
    raw = write_slice(tmp_path / "raw", {"train": 400, "valid": 40, "test": 30})
    run_outside(["bash", REPO / "recipes" / "nist_zhen.sh", raw / "train", raw / "valid",
                 raw / "test", "work", *RECIPE_OPTIONS], cwd=tmp_path)
    work = tmp_path / "work"
    check_recipe(work, "lstm", 0.7, lowercase=True)
    assert {"spm.es.model", "spm.en.model"} <= {p.name for p in (work / "export").iterdir()}
    assert "--dropout 0.1" in logged_command(work / "logs" / "mle.log")  # the tiny G's


def test_recipe_resumes_the_adversarial_stage_and_refuses_other_settings(iwslt, tmp_path):
    from csgan_tools.paper_recipes import RecipeError, Run, parse_args

    raw = iwslt.parent / "raw"
    argv = ["iwslt14-deen", "--trainpref", raw / "train", "--validpref", raw / "valid",
            "--testpref", raw / "test", "--work", tmp_path / "work", *RECIPE_OPTIONS]
    run = Run(*reversed(parse_args([str(a) for a in argv])))
    # before the stage saved: from D's checkpoint, fresh optimisers and counters
    start = run.adversarial_start()
    assert start[:2] == ["--restore-file", tmp_path / "work" / "discriminator" /
                         "checkpoint_last.pt"] and "--reset-optimizer" in start
    # once it saved: nothing, so fairseq resumes from adversarial/checkpoint_last.pt
    (tmp_path / "work" / "adversarial").mkdir(parents=True)
    (tmp_path / "work" / "adversarial" / "checkpoint_last.pt").write_bytes(b"")
    assert run.adversarial_start() == []
    run.check_settings()
    other = Run(*reversed(parse_args([str(a) for a in argv] + ["--", "--fp16"])))
    with pytest.raises(RecipeError, match="other settings \\(fairseq"):
        other.check_settings()


# ------------------------------------------------------------------ export round trip
def test_plain_fairseq_generate_on_export_equals_user_dir_on_original(iwslt, tmp_path):
    original = run_outside([*generate_args(iwslt, iwslt / "adversarial" / "checkpoint_best.pt",
                                           5, 1.0), "--user-dir", REPO / "csgan_nmt",
                            "--task", "csgan_nmt"], cwd=tmp_path).stdout
    plain = run_outside(generate_args(iwslt, iwslt / "export" / "model.pt", 5, 1.0),
                        cwd=tmp_path).stdout
    assert "csgan" not in plain
    assert len(hypotheses(plain)) == 30
    assert hypotheses(plain) == hypotheses(original)  # hypotheses and their scores


def test_hub_and_interactive_translate_like_generate(iwslt, tmp_path):
    export = iwslt / "export"
    source = (iwslt / "data" / "text" / "test.es").read_text(encoding="utf-8").splitlines()[0]
    # one sentence per batch: fairseq caps a batch's output length by its longest source
    generated = run_outside(generate_args(iwslt, export / "model.pt", 2, 1.0, batch_size=1),
                            cwd=tmp_path).stdout
    expected = re.search(r"^D-0\t\S+\t(.*)$", generated, re.M).group(1)
    code = ("import sys\nfrom fairseq.models.lstm import LSTMModel\n"
            "d = sys.argv[1]\n"
            "m = LSTMModel.from_pretrained(d, checkpoint_file='model.pt', data_name_or_path=d,"
            " bpe='sentencepiece', sentencepiece_model=d + '/spm.model')\n"
            "print('HUB', m.translate(sys.argv[2], beam=2, max_len_a=1.5, max_len_b=10))\n"
            "print('PLUGIN', any(n.startswith('csgan') for n in sys.modules))\n")
    hub = run_outside([sys.executable, "-c", code, export, source], cwd=tmp_path).stdout
    assert f"HUB {expected}\n" in hub and "PLUGIN False" in hub
    interactive = subprocess.run(
        ["fairseq-interactive", export, "--path", export / "model.pt", "--source-lang", "es",
         "--target-lang", "en", "--bpe", "sentencepiece", "--sentencepiece-model",
         export / "spm.model", "--beam", "2", "--max-len-a", "1.5", "--max-len-b", "10"],
        input=source + "\n", cwd=tmp_path, env=outside_env(), capture_output=True, text=True)
    assert interactive.returncode == 0, interactive.stderr[-3000:]
    assert re.search(r"^D-0\t\S+\t(.*)$", interactive.stdout, re.M).group(1) == expected


def test_hub_and_interactive_normalise_raw_input_as_csgan_prepare_did(iwslt, tmp_path):
    """The exported directory's sentencepiece model carries csgan-prepare's normalisation:
    decomposed accents (NFD, as macOS and PDFs give them), a tab and a no-break space in the
    raw input translate exactly as the normalised line, through the hub and
    fairseq-interactive, without the plugin."""
    import unicodedata

    export = iwslt / "export"
    lines = (iwslt / "data" / "text" / "test.es").read_text(encoding="utf-8").splitlines()
    source = next(line for line in lines
                  if unicodedata.normalize("NFD", line) != line and " " in line)
    first, rest = source.split(" ", 1)
    raw = unicodedata.normalize("NFD", f"  {first}\t{rest.replace(' ', chr(0xA0), 1)} ")
    assert raw != source and unicodedata.normalize("NFC", raw) != source
    code = ("import sys\nfrom fairseq.models.lstm import LSTMModel\n"
            "d = sys.argv[1]\n"
            "m = LSTMModel.from_pretrained(d, checkpoint_file='model.pt', data_name_or_path=d,"
            " bpe='sentencepiece', sentencepiece_model=d + '/spm.model')\n"
            "for s in sys.argv[2:]:\n"
            "    print('HUB', m.translate(s, beam=2, max_len_a=1.5, max_len_b=10))\n")
    hub = run_outside([sys.executable, "-c", code, export, source, raw],
                      cwd=tmp_path).stdout.splitlines()
    hub = [line for line in hub if line.startswith("HUB ")]
    assert len(hub) == 2 and hub[0] == hub[1]
    interactive = subprocess.run(
        ["fairseq-interactive", export, "--path", export / "model.pt", "--source-lang", "es",
         "--target-lang", "en", "--bpe", "sentencepiece", "--sentencepiece-model",
         export / "spm.model", "--beam", "2", "--max-len-a", "1.5", "--max-len-b", "10"],
        input=source + "\n" + raw + "\n", cwd=tmp_path, env=outside_env(),
        capture_output=True, text=True)
    assert interactive.returncode == 0, interactive.stderr[-3000:]
    outputs = re.findall(r"^D-\d+\t\S+\t(.*)$", interactive.stdout, re.M)
    sources = re.findall(r"^S-\d+\t(.*)$", interactive.stdout, re.M)
    assert len(outputs) == 2 and outputs[0] == outputs[1] and sources[0] == sources[1]
    assert f"HUB {outputs[0]}" == hub[0]


# ------------------------------------------------------------------ tensorboard
def event_scalars(directory: Path):
    """{tag: [(step, value)]} of the tensorboard event files in `directory` (TFRecord
    framing: length, its CRC, the Event proto, its CRC), parsed with tensorboardX's proto."""
    from tensorboardX.proto import event_pb2

    scalars = {}
    for path in sorted(directory.glob("events.out.tfevents.*")):
        data, offset = path.read_bytes(), 0
        while offset < len(data):
            (length,) = struct.unpack("<Q", data[offset:offset + 8])
            event = event_pb2.Event.FromString(data[offset + 12:offset + 12 + length])
            offset += 12 + length + 4
            for value in event.summary.value:
                scalars.setdefault(value.tag, []).append((event.step, value.simple_value))
    return scalars


def test_tensorboard_has_every_stage_metrics(iwslt):
    tb = iwslt / "tensorboard"
    mle, d, adv = (event_scalars(tb / s / "train_inner")
                   for s in ("mle", "discriminator", "adversarial"))
    assert {"loss", "nll_loss"} <= set(mle) and {v for _, v in mle["csgan_stage"]} == {0}
    assert {"d_loss", "d_acc", "d_heldout_acc", "d_precision_real"} <= set(d)
    assert {v for _, v in d["csgan_stage"]} == {1}
    assert {"pg_loss", "reward", "rollout_share", "d_loss", "nll_loss"} <= set(adv)
    assert {v for _, v in adv["csgan_stage"]} == {2}
    # one PG, one teacher-forcing and one D update per cycle: 6 updates, 2 of each
    assert len(adv["pg_loss"]) == len(adv["d_loss"]) == 2
    valid = event_scalars(tb / "adversarial" / "valid")
    assert {"bleu", "peakiness", "d_valid_acc", "len_ratio"} <= set(valid)
    assert "peakiness" in event_scalars(tb / "mle" / "valid")


# ------------------------------------------------------------------ entry points
@pytest.mark.parametrize("command", COMMANDS)
def test_entry_point_help_from_outside_the_repo(command, tmp_path):
    out = run_outside([command, "--help"], cwd=tmp_path).stdout
    assert out.startswith(f"usage: {command}") or command == "csgan-user-dir"
    if command == "csgan-user-dir":
        plugin = Path(run_outside([command], cwd=tmp_path).stdout.strip())
        assert (plugin / "task.py").is_file()


# ------------------------------------------------------------------ export: errors, --average
def test_export_refuses_bad_input_and_leaves_nothing(iwslt, tmp_path, monkeypatch):
    from csgan_tools.export import ExportError, export

    good = iwslt / "adversarial" / "checkpoint_best.pt"
    truncated = tmp_path / "truncated.pt"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    out = tmp_path / "out" / "model.pt"
    out.parent.mkdir()
    cases = [
        (tmp_path / "missing.pt", out, "does not exist"),
        (iwslt / "export" / "model.pt", out, "not a csgan_nmt checkpoint: its task is "
                                              "'translation'"),
        (truncated, out, "cannot be read, truncated or corrupted"),
        (good, tmp_path / "no-such-dir" / "model.pt", "output directory .* does not exist"),
        (good, out.parent, "is a directory"),
        (good, good, "is one of the checkpoints read"),
    ]
    for source, target, message in cases:
        with pytest.raises(ExportError, match=message):
            export(source, target)
    # a failure while writing (disk full, a kill) leaves neither OUT nor a temporary file
    def fail(state, fh):
        fh.write(b"partial")
        raise OSError("No space left on device")
    monkeypatch.setattr(torch, "save", fail)
    with pytest.raises(ExportError, match="cannot write .*No space left on device; nothing "
                                          "was written"):  # one line, not a traceback
        export(good, out)
    assert list(out.parent.iterdir()) == []
    proc = run_outside(["csgan-export", tmp_path / "missing.pt", out], cwd=tmp_path,
                       check=False)
    assert proc.returncode == 1 and "csgan-export: error:" in proc.stderr


def test_export_average_of_the_last_n_checkpoints(iwslt, tmp_path):
    from csgan_tools.export import ExportError, export

    state = torch.load(iwslt / "adversarial" / "checkpoint_best.pt", weights_only=True)
    name = "generator.decoder.fc_out.weight"
    base = state["model"][name].clone()
    generator = {k[len("generator."):] for k in state["model"] if k.startswith("generator.")}
    state["model"]["rollout_policy.decoder.fc_out.weight"] = base  # as --rollout-policy delayed
    runs = tmp_path / "runs"
    runs.mkdir()
    for k, file in enumerate(["checkpoint_1_10.pt", "checkpoint_1_20.pt",
                              "checkpoint_2_30.pt", "checkpoint9.pt"], start=1):
        state["model"][name] = base * k  # checkpoint9.pt (epoch-numbered): never averaged
        torch.save(state, runs / file)
    export(runs / "checkpoint_2_30.pt", tmp_path / "avg2.pt", average_last=2)
    export(runs, tmp_path / "avg3.pt", average_last=3)  # the directory: its newest 3
    export(runs / "checkpoint_1_20.pt", tmp_path / "avg_before.pt", average_last=2)
    weight = name[len("generator."):]
    for file, factor in (("avg2.pt", 2.5), ("avg3.pt", 2.0), ("avg_before.pt", 1.5)):
        exported = torch.load(tmp_path / file, weights_only=True)["model"]
        assert set(exported) == generator  # G only: no D, rollout policy or stage buffer
        assert torch.allclose(exported[weight], base * factor, atol=1e-6), file
    with pytest.raises(ExportError, match="only 3 update-numbered"):
        export(runs / "checkpoint_2_30.pt", tmp_path / "x.pt", average_last=4)
    with pytest.raises(ExportError, match="not a numbered checkpoint"):
        export(iwslt / "adversarial" / "checkpoint_best.pt", tmp_path / "x.pt", average_last=2)
    with pytest.raises(ExportError, match="checkpoint_2_31.pt does not exist"):
        export(runs / "checkpoint_2_31.pt", tmp_path / "x.pt", average_last=2)
    state["model"]["stage_state"][0] = 0  # an MLE checkpoint after the adversarial ones
    torch.save(state, runs / "checkpoint_2_35.pt")
    with pytest.raises(ExportError, match="different stages"):
        export(runs / "checkpoint_2_35.pt", tmp_path / "x.pt", average_last=2)
    state["model"]["stage_state"][0] = 2
    state["model"][name] = base[:, :-1]
    torch.save(state, runs / "checkpoint_2_40.pt")
    with pytest.raises(ExportError, match="differ|but"):
        export(runs / "checkpoint_2_40.pt", tmp_path / "x.pt", average_last=2)
    assert not (tmp_path / "x.pt").exists()


def test_average_generator_averages_g_over_the_last_n_and_keeps_the_newest_rest(iwslt,
                                                                                tmp_path):
    """The comparison's averaged candidate: a csgan_nmt checkpoint (it still decodes with the
    plugin) whose G is the mean of the last n update-numbered checkpoints, D and the rest the
    newest's."""
    from csgan_tools.averaging import average_generator
    from csgan_tools.export import ExportError

    state = torch.load(iwslt / "adversarial" / "checkpoint_best.pt", weights_only=True)
    g_name, d_name = "generator.decoder.fc_out.weight", next(
        k for k in state["model"] if k.startswith("discriminator.") and
        state["model"][k].is_floating_point())
    g, d = state["model"][g_name].clone(), state["model"][d_name].clone()
    runs = tmp_path / "runs"
    runs.mkdir()
    for k, file in enumerate(["checkpoint_1_10.pt", "checkpoint_1_20.pt", "checkpoint_2_30.pt",
                              "checkpoint_best.pt"], start=1):
        state["model"][g_name], state["model"][d_name] = g * k, d * k
        torch.save(state, runs / file)
    inputs = average_generator(runs, 2, tmp_path / "avg.pt")
    assert [p.name for p in inputs] == ["checkpoint_1_20.pt", "checkpoint_2_30.pt"]
    averaged = torch.load(tmp_path / "avg.pt", weights_only=True)
    assert torch.allclose(averaged["model"][g_name], g * 2.5, atol=1e-6)  # (2 + 3) / 2
    assert torch.equal(averaged["model"][d_name], d * 3)  # the newest's D
    assert set(averaged["model"]) == set(state["model"])
    assert averaged["extra_state"]["averaged_from"] == [p.name for p in inputs]
    # more asked than saved: the three there
    assert len(average_generator(runs, 5, tmp_path / "avg5.pt")) == 3
    # fewer than two numbered checkpoints: nothing averaged, nothing written
    (runs / "checkpoint_1_10.pt").unlink(), (runs / "checkpoint_1_20.pt").unlink()
    assert average_generator(runs, 2, tmp_path / "none.pt") == []
    assert not (tmp_path / "none.pt").exists()
    state["model"]["stage_state"][0] = 0
    torch.save(state, runs / "checkpoint_2_35.pt")
    with pytest.raises(ExportError, match="different stages"):
        average_generator(runs, 2, tmp_path / "x.pt")
    assert not (tmp_path / "x.pt").exists()
