"""End to end through the fairseq CLIs: preprocess -> train -> generate -> sacreBLEU,
plus resume, the rmsprop optimiser, checkpoint loading and generator seeding."""

import json
import subprocess
import sys
from argparse import Namespace

import pytest
import torch

from helpers import REPO, TINY_GENERATOR, cli_env, logged, run_cli, train_args


def load_checkpoint(path):
    import csgan_nmt  # noqa: F401  (registers the weights_only allowlist)
    return torch.load(path, map_location="cpu")


@pytest.fixture(scope="module")
def mle_run(tiny_data, tmp_path_factory):
    """40 MLE updates of the tiny RNNSearch generator, validated with --eval-bleu."""
    save = tmp_path_factory.mktemp("mle")
    proc = run_cli(train_args(
        tiny_data / "bin", save, "--csgan-stage", "mle", "--max-update", "40",
        "--eval-bleu", "--eval-bleu-remove-bpe", "sentencepiece",
        "--eval-bleu-args", json.dumps({"beam": 1, "max_len_b": 40}),
        "--best-checkpoint-metric", "bleu", "--maximize-best-checkpoint-metric",
    ))
    return save, proc.stdout + proc.stderr


def test_mle_training_lowers_the_loss(mle_run):
    _, log = mle_run
    losses = logged(log, "loss")
    assert len(losses) >= 40
    assert sum(losses[-5:]) / 5 < sum(losses[:5]) / 5 - 0.5
    assert logged(log, "num_updates")[-1] == 40
    assert logged(log, "bleu"), "--eval-bleu logged no valid BLEU"


def test_generate_and_sacrebleu_score_every_test_sentence(mle_run, tiny_data, tmp_path):
    save, _ = mle_run
    proc = subprocess.run(
        ["bash", REPO / "recipes" / "evaluate.sh", tiny_data, save / "checkpoint_last.pt",
         tmp_path, "tiny", "--batch-size", "7"],  # 60 = 8 x 7 + 4: a partial last batch
        cwd=REPO, capture_output=True, text=True, env=cli_env(),
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((tmp_path / "tiny.score.json").read_text())
    assert report["sentences"] == 60
    assert 0.0 <= report["bleu"] <= 100.0 and report["chrf"] > 0.0
    assert report["bleu_signature"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")
    hyps = (tmp_path / "tiny.hyp.en").read_text(encoding="utf-8").splitlines()
    assert len(hyps) == 60 and sum(bool(h.strip()) for h in hyps) > 50
    assert "▁" not in "".join(hyps), "sentencepiece pieces were not removed"
    assert "BLEU = " in proc.stdout and "chrF2 = " in proc.stdout


def test_checkpoint_loads_under_weights_only_without_global_override(mle_run):
    save, _ = mle_run
    path = save / "checkpoint_best.pt"  # holds --eval-bleu bookkeeping as well
    code = ("import sys, torch\n"
            "try:\n    torch.load(sys.argv[1], map_location='cpu')\n"
            "except Exception as e:\n    print('refused', type(e).__name__)\n"
            "import csgan_nmt\n"
            "state = torch.load(sys.argv[1], map_location='cpu')\n"
            "print('loaded', sorted(state['model'])[0])\n")
    out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                         cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert "refused UnpicklingError" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "loaded discriminator." in out.stdout, out.stdout + out.stderr[-2000:]


def test_rmsprop_steps_like_torch_rmsprop():
    from csgan_nmt.rmsprop import FairseqRMSProp

    torch.manual_seed(0)
    ours, ref = torch.nn.Parameter(torch.randn(5)), torch.nn.Parameter(torch.zeros(5))
    ref.data.copy_(ours.data)
    cfg = Namespace(lr=[0.01], rmsprop_alpha=0.9, rmsprop_eps=1e-8, rmsprop_momentum=0.0,
                    rmsprop_centered=False, weight_decay=0.0)
    opt, torch_opt = FairseqRMSProp(cfg, [ours]), torch.optim.RMSprop([ref], lr=0.01, alpha=0.9)
    before = ours.detach().clone()
    for _ in range(3):
        for p, o in ((ours, opt), (ref, torch_opt)):
            o.zero_grad()
            (p ** 2).sum().backward()
            o.step()
    assert not torch.equal(before, ours.detach())
    assert torch.allclose(ours, ref)
    assert opt.get_lr() == 0.01


def test_generator_seeded_from_plain_fairseq_checkpoint(tiny_data, tmp_path):
    # a plain translation run with the plugin's rmsprop optimiser (fairseq has none); a
    # Transformer G through every stage: tests/test_drop_in.py (the wmt14-ende recipe)
    plain = tmp_path / "plain"
    run_cli(["fairseq-train", tiny_data / "bin", "--user-dir", REPO / "csgan_nmt",
             "--task", "translation", *TINY_GENERATOR, "--optimizer", "rmsprop", "--lr", "0.005",
             "--max-tokens", "1500", "--max-update", "3", "--save-dir", plain, "--cpu",
             "--num-workers", "0"])
    state = load_checkpoint(plain / "checkpoint_last.pt")
    assert state["optimizer_history"][-1]["optimizer_name"] == "FairseqRMSProp"
    assert "square_avg" in state["last_optimizer_state"]["state"][0]
    seeded = tmp_path / "seeded"
    run_cli(train_args(tiny_data / "bin", seeded, "--csgan-stage", "discriminator",
                       "--generator-checkpoint", plain / "checkpoint_last.pt",
                       "--max-update", "2", "--d-eval-interval", "100"))
    g = load_checkpoint(plain / "checkpoint_last.pt")["model"]
    csgan = load_checkpoint(seeded / "checkpoint_last.pt")["model"]
    assert g and all(torch.equal(v, csgan["generator." + k]) for k, v in g.items())

    mismatch = run_cli(train_args(tiny_data / "bin", tmp_path / "bad", "--csgan-stage", "mle",
                                  "--encoder-embed-dim", "48", "--max-update", "1",
                                  "--generator-checkpoint", plain / "checkpoint_last.pt"),
                       check=False)
    assert mismatch.returncode != 0
    assert f"--generator-checkpoint {plain / 'checkpoint_last.pt'}" in mismatch.stderr
    assert not (tmp_path / "bad" / "checkpoint_last.pt").exists()
