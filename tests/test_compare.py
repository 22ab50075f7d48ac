"""The comparison recipe (csgan_compare/) and what it relies on: the constant-reward
control, the validation diagnostics, the arms' update counts, the decode's choices, the
held-out test split, and the `tiny` size end to end (its evidence: test_compare_report.py;
its runner and archive: test_runner.py)."""

import json
import math

import pytest
import torch
from fairseq import metrics
from sacrebleu.metrics import BLEU, CHRF

from csgan_compare import decoding
from csgan_compare.arms import TRAINED_ARMS, Arm
from csgan_compare.sizes import TINY
from csgan_compare.curves import PANELS
from csgan_nmt import reward as reward_module
from csgan_nmt import validation_diagnostics
from csgan_nmt.objective import Objective
from csgan_nmt.policy_gradient import policy_gradient_step
from csgan_nmt.policy import Policy
from csgan_nmt.stages import Phase
from helpers import PAD, VOCAB, A, B, C, EOS, batch, build_trainer, lstm, train_batches

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


# ---------------------------------------------------------------- constant reward
def test_constant_reward_gives_every_sampled_token_that_reward_and_nothing_after_eos(one_thread):
    model = lstm(3, weight_std=0.7)
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS], [B, EOS]],
                                      ys=[[A], [A], [A]], refs=[[A, EOS], [C, EOS], [B, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=6)
    torch.manual_seed(1)
    # no rollout engine and no scorer: a constant reward must never roll out or ask D / BLEU
    out = policy_gradient_step(engine, None, None, src, src_lengths, refs,
                               Objective(rollouts=5, constant_reward=0.25))
    live = out.tokens.ne(PAD)
    assert live.sum() > live.size(0)  # some sentence is longer than EOS alone
    assert torch.all(out.rewards[live] == 0.25)
    assert torch.all(out.rewards[~live] == 0)
    assert out.loss.item() == pytest.approx(-0.25 * out.token_log_probs[live].sum().item())


def test_reward_type_constant_reaches_the_task_update_without_rollouts(tiny_data, tmp_path,
                                                                       one_thread, monkeypatch):
    def no_rollouts(*args, **kwargs):
        raise AssertionError("--reward-type constant rolled out")

    monkeypatch.setattr("csgan_nmt.estimators.monte_carlo.monte_carlo_estimate", no_rollouts)
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--csgan-stage", "adversarial",
                                     "--reward-type", "constant", "--reward-constant", "-0.5",
                                     "--d-steps", "0")
    sample, _ = trainer._prepare_sample(next(train_batches(task, trainer)))
    criterion = task._adversarial_criteria[Phase.POLICY_GRADIENT]
    _, ntokens, log = criterion(trainer.model, sample)
    assert ntokens > 0 and log["reward_sum"] == pytest.approx(-0.5 * ntokens)
    # --d-steps 0: no D
    assert task.schedule.cycle() == [Phase.POLICY_GRADIENT, Phase.TEACHER_FORCING]


def test_brcsgan_reward_is_not_constant(one_thread):
    """The contrast: the default reward varies from token to token."""
    from helpers import discriminator, scorer

    model = lstm(3, weight_std=0.7)
    src, src_lengths, _, refs = batch(srcs=[[A, B, C, EOS], [C, A, EOS]], ys=[[A], [A]],
                                      refs=[[A, B, EOS], [C, EOS]])
    engine = Policy(model, VOCAB, max_len_a=0, max_len_b=6)
    torch.manual_seed(1)
    out = policy_gradient_step(engine, engine, scorer(discriminator(2)), src, src_lengths,
                               refs, Objective(rollouts=4))
    assert out.rewards[out.tokens.ne(PAD)].unique().numel() > 1
    assert reward_module.constant_rewards(out.tokens, PAD, 2.0)[out.tokens.eq(PAD)].sum() == 0


# ---------------------------------------------------------------- validation diagnostics
def test_length_and_precision_diagnostics_match_sacrebleu(tiny_data, tmp_path):
    hyps = ["the cat sat on the mat", "a dog", "in the beginning was the word"]
    refs = ["the cat sat on a mat today", "a dog barked", "in the beginning was the word"]
    bleu = stats = BLEU().corpus_score(hyps, [refs])  # with counts and totals per order
    log = {"_bleu_sys_len": stats.sys_len, "_bleu_ref_len": stats.ref_len, "loss": 1.0,
           "nll_loss": 1.0, "ntokens": 1, "nsentences": 1, "sample_size": 1}
    for i in range(4):
        log[f"_bleu_counts_{i}"] = stats.counts[i]
        log[f"_bleu_totals_{i}"] = stats.totals[i]
    _, task, trainer = build_trainer(tiny_data / "bin", tmp_path, "--eval-bleu")
    with metrics.aggregate() as agg:
        task.reduce_metrics([log], trainer.criterion)
        values = agg.get_smoothed_values()
    assert values["bleu"] == pytest.approx(round(bleu.score, 2))
    assert values["bp"] == pytest.approx(round(bleu.bp, 4))
    assert bleu.bp < 1  # the hypotheses are shorter: BP is exercised
    assert values["len_ratio"] == pytest.approx(round(bleu.sys_len / bleu.ref_len, 4))
    for n in range(4):
        assert values[f"prec_{n + 1}"] == pytest.approx(round(bleu.precisions[n], 2))


def test_peakiness_is_the_mean_top_probability_over_reference_tokens(one_thread):
    model = lstm(5, weight_std=0.7)
    src, src_lengths, prev, refs = batch(srcs=[[A, B, C, EOS], [C, EOS]], ys=[[A, B], [C]],
                                         refs=[[A, B, EOS], [C, EOS]])
    sample = {"net_input": {"src_tokens": src, "src_lengths": src_lengths,
                            "prev_output_tokens": torch.cat(
                                [refs.new_full((2, 1), EOS), refs[:, :-1]], 1)},
              "target": refs}
    log = validation_diagnostics.peakiness_log(model, sample, PAD)
    expected = []
    for b in range(2):
        target = refs[b][refs[b].ne(PAD)].tolist()
        s = src[b][src[b].ne(PAD)].unsqueeze(0)
        for t in range(len(target)):
            out = model(s, torch.tensor([s.size(1)]), torch.tensor([[EOS] + target[:t]]))
            probs = model.get_normalized_probs(out, log_probs=False)[0, -1].detach()
            expected.append(float(probs.max()))
    assert log["peak_n"] == len(expected) == 5
    assert log["peak_sum"] == pytest.approx(sum(expected), abs=1e-6)


# ---------------------------------------------------------------- arms and significance
def test_every_trained_arm_makes_the_same_number_of_generator_updates():
    assert TRAINED_ARMS[Arm.CONTROL].fairseq_updates(120) == 120
    assert TRAINED_ARMS[Arm.CONTROL_TF].fairseq_updates(120) == 60  # brcsgan's 60 TF updates
    assert TRAINED_ARMS[Arm.BRCSGAN].fairseq_updates(120) == 180  # PG, MLE, D per cycle
    assert TRAINED_ARMS[Arm.CSGAN].fairseq_updates(120) == 180
    assert TRAINED_ARMS[Arm.BLEU_ONLY].fairseq_updates(120) == 120  # PG, MLE: no D
    assert TRAINED_ARMS[Arm.CONSTANT].fairseq_updates(120) == 120
    for spec in TRAINED_ARMS.values():
        assert spec.generator_updates(spec.fairseq_updates(120)) == 120
    with pytest.raises(ValueError, match="whole number of cycles"):
        TRAINED_ARMS[Arm.BRCSGAN].fairseq_updates(121)


def test_every_size_gives_every_arm_whole_cycles_and_primary_arms_every_seed(tmp_path):
    from csgan_compare.arms import PRIMARY_ARMS
    from csgan_compare.recipe import Recipe
    from csgan_compare.sizes import SIZES

    for size in SIZES.values():
        for arm in size.arms:  # raises if a budget or curve interval splits a cycle
            TRAINED_ARMS[arm].fairseq_updates(size.generator_updates)
            TRAINED_ARMS[arm].fairseq_updates(size.curve_every)
        recipe = Recipe(size, out=tmp_path, work=tmp_path, prepared=tmp_path)
        plan = recipe.jobs()
        names = {job.name for job in plan}
        for arm in size.arms:
            seeds = size.seeds if arm in PRIMARY_ARMS or not size.secondary_seeds \
                else size.secondary_seeds
            assert {n for n in names if n.startswith(arm.value + ".")
                    and not n.endswith(".test")} == {f"{arm.value}.{s}"
                                                     for s in range(1, seeds + 1)}
        for i, job in enumerate(plan):  # a job reads only jobs planned before it
            assert set(job.after) <= {j.name for j in plan[:i]}
        for arm in size.arms:  # self-training: whole Improve steps in every Grow step
            st = TRAINED_ARMS[arm].self_training
            if st is not None:
                assert size.generator_updates % st.grow_steps == 0
                assert (size.generator_updates // st.grow_steps) % size.curve_every == 0
                d = "discriminator" in next(j for j in plan if j.name == f"{arm.value}.1").after
                assert d == TRAINED_ARMS[arm].uses_discriminator
    assert SIZES["cpu"].seeds >= 5


def test_joined_logs_continue_the_update_numbers_of_the_runs_before(tmp_path):
    from csgan_compare.curves import join_logs, read_records

    logs = []
    for i, (updates, bleu) in enumerate([((1, 2), "5.0"), ((1, 2, 3), "6.5")]):
        path = tmp_path / f"improve{i}.log"
        path.write_text("".join(
            [f'2026 | INFO | train_inner | {{"num_updates": "{u}", "loss": "1"}}\n'
             for u in updates]
            + ["noise line\n", f'2026 | INFO | valid | {{"valid_num_updates": '
                                f'"{updates[-1]}", "valid_bleu": "{bleu}"}}\n']))
        logs.append(path)
    join_logs(logs, tmp_path / "joined.log")
    records = read_records(tmp_path / "joined.log")
    assert [r["num_updates"] for r in records["train_inner"]] == ["1", "2", "3", "4", "5"]
    assert [(r["valid_num_updates"], r["valid_bleu"]) for r in records["valid"]] == \
        [("2", "5.0"), ("5", "6.5")]


@pytest.mark.parametrize("argv, message", [
    (["--jobs", "0"], "--jobs 0: must be between 1"),
    (["--jobs", "4096"], "--jobs 4096: must be between 1"),
    (["--bf16"], "--bf16 needs a GPU"),
])
def test_compare_refuses_more_jobs_than_cores_and_bf16_without_a_gpu(argv, message, tmp_path,
                                                                    capsys):
    from csgan_compare.__main__ import main

    if torch.cuda.is_available():
        pytest.skip("a GPU is visible: these are the CPU refusals")
    with pytest.raises(SystemExit) as stop:
        main(["--size", "tiny", "--work", str(tmp_path), *argv])
    assert stop.value.code == 1
    assert capsys.readouterr().err.startswith(f"csgan-compare: error: {message}")


def test_every_model_is_decoded_at_the_length_penalty_of_best_validation_bleu(tmp_path, monkeypatch):
    """Recipe.decode on stub n-best lists: length penalty 2.0 picks the long hypothesis,
    which the validation references favour and the test references do not."""
    from dataclasses import replace

    from csgan_compare.recipe import Recipe

    recipe = Recipe(replace(TINY, lenpens=(0.6, 2.0)), out=tmp_path, work=tmp_path,
                    prepared=tmp_path)
    recipe.results["brcsgan.1"] = {"checkpoint": "unused.pt"}
    # per sentence: short (sum -1.0 over 3 tokens with EOS) wins at lenpen <= 1.2, long
    # (-2.4 over 6) at 2.0
    short, long = "s{} a b c d", "s{} a b c d e f g h"
    lists = {i: [(-1.0, 3, short.format(i)), (-2.4, 6, long.format(i))] for i in range(20)}
    refs = {"valid": [long.format(i) for i in range(20)],
            "test": [short.format(i) for i in range(20)]}
    recipe.references = lambda split: refs[split]
    recipe.bleu_tokenizer = lambda: "13a"
    monkeypatch.setattr(decoding, "generate",
                        lambda recipe, label, checkpoint, split, expected: lists)
    out = decoding.decode(recipe, Arm.BRCSGAN, 1)
    assert out["lenpen"] == 2.0  # validation's choice, although test prefers 1.0
    assert out["valid_bleu"]["2.0"] == max(out["valid_bleu"].values())
    picked = [hyps[1][2] for _, hyps in sorted(lists.items())]  # what lenpen 2.0 picks
    assert out["bleu"] == round(BLEU().corpus_score(picked, [refs["test"]]).score, 2)
    assert out["lenpen1"]["bleu"] == 100.0  # the short ones, exactly the test references
    assert (tmp_path / "decode" / "brcsgan.1.test" / "hyps.lenpen2.0.txt").read_text(
        ).splitlines() == picked


# ---------------------------------------------------------------- the tiny size, end to end
def test_the_decode_keeps_the_candidate_validation_prefers_and_the_best_on_a_tie(tmp_path, monkeypatch):
    """Recipe.decode with an averaged checkpoint: both candidates are decoded on validation
    and tuned; the test is decoded from the one of higher validation BLEU, whatever test
    prefers; on equal validation BLEU the best checkpoint stays."""
    from csgan_compare.recipe import Recipe

    recipe = Recipe(TINY, out=tmp_path, work=tmp_path, prepared=tmp_path)
    right, wrong = "s{} a b c d", "s{} x y z w"
    refs = {"valid": [right.format(i) for i in range(10)],
            "test": [wrong.format(i) for i in range(10)]}  # test favours the other one
    recipe.references = lambda split: refs[split]
    recipe.bleu_tokenizer = lambda: "13a"
    calls = []

    def generate(recipe, label, checkpoint, split, expected):
        calls.append((checkpoint, split))
        text = right if checkpoint == good else wrong
        return {i: [(-1.0, 5, text.format(i))] for i in range(expected)}

    monkeypatch.setattr(decoding, "generate", generate)
    for good, choice in (("average.pt", "average"), ("best.pt", "best")):
        calls.clear()
        recipe.results["control.1"] = {"checkpoint": "best.pt",
                                       "average_checkpoint": "average.pt"}
        out = decoding.decode(recipe, Arm.CONTROL, 1)
        assert out["checkpoint_choice"] == choice
        assert calls[-1] == (good, "test") and len(calls) == 3
        assert out["valid_bleu_by_candidate"][choice] == 100.0
    # a tie: both candidates translate alike
    good = "neither.pt"
    out = decoding.decode(recipe, Arm.CONTROL, 1)
    assert out["checkpoint_choice"] == "best" and calls[-1] == ("best.pt", "test")
    # without an average, the best checkpoint alone (two decodes)
    calls.clear()
    recipe.results["control.1"] = {"checkpoint": "best.pt"}
    assert decoding.decode(recipe, Arm.CONTROL, 1)["checkpoint_choice"] == "best"
    assert len(calls) == 2


def test_an_arm_cut_short_goes_on_from_its_last_checkpoint_and_averages(tiny_data, tmp_path):
    """A trained arm whose run was cut short (here: a first run with half the budget) goes on
    from its checkpoint_last.pt with fairseq's resume, not from the start; with
    average_checkpoints 2 its last two validation checkpoints are averaged."""
    from dataclasses import replace

    from csgan_compare.recipe import Recipe
    from csgan_compare.training import num_updates, train_arm, train_start

    size = replace(TINY, arms=(Arm.CONTROL,), seeds=1, generator_updates=4, curve_every=2,
                   average_checkpoints=2)
    recipe = Recipe(size, out=tmp_path / "out", work=tmp_path / "work", prepared=tiny_data)
    recipe.results["start"] = train_start(recipe)
    assert recipe.results["start"]["averaged"] == [10, 20]  # its last two validations
    first = train_arm(recipe, Arm.CONTROL, 1)
    assert first["averaged"] == [2, 4]
    recipe.size = replace(size, generator_updates=8)  # the same run, with budget left
    second = train_arm(recipe, Arm.CONTROL, 1)
    log = (tmp_path / "work" / "logs" / "control.1.log").read_text()
    assert log.count("fairseq-train ") == 2  # one log, continued
    resumed = [line for line in log.splitlines() if "Loaded checkpoint" in line]
    assert "checkpoint_last.pt" in resumed[-1] and "@ 4 updates" in resumed[-1]
    assert second["averaged"] == [6, 8]
    assert num_updates(tmp_path / "work" / "control.1" / "checkpoint_last.pt") == 8


def test_heldout_test_takes_every_kth_unread_verse_and_leaves_out_the_retellings(tmp_path):
    import gzip

    from csgan_compare.corpus import heldout_test

    ids = ([f"Genesis 1:{i}" for i in range(1, 7)] + [f"I Chronicles 1:{i}" for i in (1, 2)]
           + [f"Mark 1:{i}" for i in range(1, 6)])
    for ext, text in (("ids", ids), ("es", [f"es {i}" for i in ids]),
                      ("en", [f"en {i}" for i in ids])):
        with gzip.open(tmp_path / f"train.{ext}.gz", "wt", encoding="utf-8") as fh:
            fh.write("".join(line + "\n" for line in text))
    prefix = heldout_test(4, 2, tmp_path / "out" / "test", corpus=tmp_path)
    # unread: Genesis 1:5, 1:6, (Chronicles left out), Mark 1:1..5; every 2nd of those
    assert (tmp_path / "out" / "test.ids").read_text().splitlines() == [
        "Genesis 1:5", "Mark 1:1", "Mark 1:3", "Mark 1:5"]
    assert (tmp_path / "out" / "test.en").read_text().splitlines() == [
        "en Genesis 1:5", "en Mark 1:1", "en Mark 1:3", "en Mark 1:5"]
    assert prefix == tmp_path / "out" / "test"
    with pytest.raises(ValueError, match="no training verse"):
        heldout_test(len(ids), 1, tmp_path / "none" / "test", corpus=tmp_path)


def test_the_cpu_long_test_split_is_disjoint_from_what_training_reads(tmp_path):
    from csgan_compare.corpus import CORPUS, heldout_test
    from csgan_compare.sizes import SIZES

    size = SIZES["cpu-long"]
    heldout_test(size.max_train_sentences, size.heldout_test_stride, tmp_path / "test")
    test = (tmp_path / "test.ids").read_text().splitlines()
    import gzip

    with gzip.open(CORPUS / "train.ids.gz", "rt", encoding="utf-8") as fh:
        read = set(fh.read().splitlines()[:size.max_train_sentences])
    assert len(test) >= 4000 and not set(test) & read
    assert not any(i.startswith(("I Chronicles", "II Chronicles")) for i in test)


def test_tiny_comparison_runs_every_arm_and_seed_end_to_end(tiny_data, tmp_path, monkeypatch,
                                                            capfd):
    import re

    from csgan_tools import nbest
    from csgan_compare.__main__ import cores, main

    out, work = tmp_path / "out", tmp_path / "work"
    monkeypatch.setenv("CSGAN_PROGRESS_EVERY", "0.01")  # progress lines, not minutes apart
    main(["--size", "tiny", "--prepared", str(tiny_data), "--out", str(out),
          "--work", str(work), "--jobs", str(min(2, cores()))])  # two worker processes
    # live progress from the workers while their jobs ran: the start's updates before its
    # budget's end, an arm's, and a decode's sentences
    shown = capfd.readouterr().err
    assert re.search(r"\] start: (1?\d)/20 updates", shown)
    assert re.search(r"\] brcsgan\.1: \d+/\d+ updates", shown)
    results = json.loads((out / "results.json").read_text())
    trained = {a.value for a in TINY.arms}
    primary = {"control", "control_tf", "brcsgan"}  # every seed; the others the first only
    assert set(results["arms"]) == trained | {"start", "start_lenpen"}
    refs = (tiny_data / "text" / "test.en").read_text(encoding="utf-8").splitlines()
    valid_refs = (tiny_data / "text" / "valid.en").read_text(encoding="utf-8").splitlines()
    for name, arm in results["arms"].items():
        seeds = {"1", "2"} if name in primary else {"1"}
        assert set(arm["seeds"]) == seeds
        for seed, row in arm["seeds"].items():
            assert math.isfinite(row["bleu"]) and math.isfinite(row["chrf"])
            if name not in ("start", "start_lenpen"):
                assert 0 < row["vs_start_lenpen"]["1"]["bleu"]["p"] <= 1
            if name in trained - {"control"}:
                assert set(row["vs_control"]) == {seed}  # the control of its own seed
            assert set(row.get("vs_brcsgan", {})) == (
                {seed} if name in ("partial_d", "self_critical") else set())
    # every model's test score is sacreBLEU's on its translations at the length penalty
    # chosen on validation: each candidate's validation BLEU re-computed from the n-best list
    for name, seed in (("brcsgan", "2"), ("control", "1"), ("start_lenpen", "1")):
        row = results["arms"][name]["seeds"][seed]
        model = "start" if name == "start_lenpen" else f"{name}.{seed}"
        valid = nbest.read_nbest(work / "decode" / f"{model}.valid" / "generate-valid.txt",
                                 len(valid_refs))
        assert set(row["valid_bleu_by_lenpen"]) == {"1.0", "2.0"}
        for lenpen, bleu in row["valid_bleu_by_lenpen"].items():
            hyps = nbest.choose(valid, float(lenpen))
            assert bleu == round(BLEU().corpus_score(hyps, [valid_refs]).score, 2)
        assert row["valid_bleu_by_lenpen"][str(row["lenpen"])] == max(
            row["valid_bleu_by_lenpen"].values())
        hyps = (work / "decode" / f"{model}.test" / f"hyps.lenpen{row['lenpen']}.txt"
                ).read_text().splitlines()
        assert len(hyps) == len(refs) == results["test_sentences"]
        assert row["bleu"] == round(BLEU().corpus_score(hyps, [refs]).score, 2)
        assert row["chrf"] == round(CHRF().corpus_score(hyps, [refs]).score, 2)
    # seed-level comparisons, the primary one declared
    assert results["primary"]["result"]["n"] == 2 and results["primary"]["result"]["primary"]
    assert {(c["arm"], c["baseline"]) for c in results["comparisons"] if c["metric"] == "bleu"
            } >= {("brcsgan", "control"), ("brcsgan", "control_tf"), ("control", "start_lenpen"),
                  ("partial_d", "brcsgan")}
    commands = results["commands"]  # start, D, prefix D, 3 arms x 2 + 3 x 1; translations
    trains = [c for c in commands if c.startswith("fairseq-train ")]
    assert len(trains) == 3 + 9
    arms_trained = [c for c in trains if "--restore-file" in c]
    assert all("--best-checkpoint-metric bleu --maximize-best-checkpoint-metric" in c
               for c in arms_trained)
    control_tf = [c for c in arms_trained if "control_tf.1" in c][0]
    assert f"--max-update {TINY.generator_updates // 2}" in control_tf
    prefix_d = [c for c in commands if "--csgan-stage discriminator" in c]
    assert len(prefix_d) == 2 and sum("--reward-estimator partial-d" in c for c in prefix_d) == 1
    partial_d = [c for c in trains if "partial_d.1" in c]
    assert "discriminator_prefix/checkpoint_last.pt" in partial_d[0]
    generates = [c for c in commands if c.startswith("fairseq-generate ")]
    assert len(generates) == 2 * (1 + 9)  # valid and test of every model
    assert all("checkpoint_best.pt" in c and "--nbest 2" in c for c in generates)
    assert results["versions"]["sacrebleu"] and results["versions"]["fairseq"]
    assert "nrefs:1" in results["signatures"]["bleu"]
    # figures: valid PNGs, one series per arm in every panel, stage boundary recorded
    for png in ("curves.png", "test_scores.png"):
        assert (out / png).read_bytes()[:8] == PNG_MAGIC
    data = json.loads((out / "curves.json").read_text())
    assert data["boundary"] == results["start"]["best_update"]
    for _title, _kind, key in PANELS:
        arms = set(data["panels"][key]["arms"])
        if key == "q_effective":  # minimum risk's Q spread: the risk arms alone
            assert arms == trained & {"risk", "adversarial_risk"}
        elif key in ("reward", "seq_reward", "entropy", "valid_kl_from_start",
                     "valid_d_valid_acc"):
            assert arms == trained - {"control", "control_tf"}  # only the PG updates log
        else:
            assert arms == trained | {"start"}
        for arm, curve in data["panels"][key]["arms"].items():
            assert set(curve["seeds"]) == ({"1", "2"} if arm in primary else {"1"})
    assert data["d_pretraining"]["x"]
    table = (out / "table.md").read_text()
    assert table.count("\n| ") == (1 + 8) + (1 + 2)  # header + every arm; the estimators'
    assert "| partial_d | 1 |" in table and "| brcsgan | 2 |" in table
    assert "Primary comparison, brcsgan vs control" in table
    # carried to another machine through an archive (markers, logs, translations, and the
    # stage checkpoints without optimiser state; no finished arm's checkpoint)
    from csgan_compare import archive

    manifest = archive.save(work, tmp_path / "archive")
    assert set(manifest["checkpoints"]) == {
        "start/checkpoint_best.pt", "discriminator/checkpoint_last.pt",
        "discriminator_prefix/checkpoint_last.pt"}
    assert not any(f.startswith("brcsgan.") for f in manifest["files"])
    state = torch.load(tmp_path / "archive" / "start" / "checkpoint_best.pt",
                       weights_only=True)
    assert "last_optimizer_state" not in state and state["model"]
    moved = tmp_path / "moved"
    assert archive.restore(tmp_path / "archive", moved) == len(manifest["files"])
    # a second invocation there with another arm reuses the start and D and reports every arm
    main(["--size", "tiny", "--prepared", str(tiny_data), "--out", str(out), "--work",
          str(moved), "--arms", "csgan"])
    again = json.loads((out / "results.json").read_text())
    assert set(again["arms"]) == set(results["arms"]) | {"csgan"}
    assert set(again["arms"]["csgan"]["seeds"]) == {"1"}
    assert again["arms"]["brcsgan"] == results["arms"]["brcsgan"]
    assert again["primary"]["result"] == results["primary"]["result"]
    assert sum(c.startswith("fairseq-train ") for c in again["commands"]) == 3 + 9 + 1
