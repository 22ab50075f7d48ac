"""Inputs users bring: a target written without spaces (Chinese), a test line
longer than fairseq's positions, and refusals that read as one line.

One tiny English->Chinese model on template pairs (`helpers.write_template_en_zh`) serves
the BLEU and long-line cases: its test line 10 is repeated to ~3,600 subwords."""

import json
import re
import subprocess
import sys

import pytest
import torch

from helpers import BIN_DIR, REPO, TINY_GENERATOR, cli_env, run_cli, write_template_en_zh

LONG_LINE = 10  # 1-based line of the test split made ~3,600 subwords long


def repeat_line(path, number, times, joiner):
    lines = path.read_text(encoding="utf-8").splitlines()
    body, end = lines[number - 1][:-1].rstrip(), lines[number - 1][-1]
    lines[number - 1] = joiner.join([body] * times) + (" " if joiner else "") + end
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


@pytest.fixture(scope="module")
def zh(tmp_path_factory):
    """(prepared en->zh data with one over-long test line, its csgan-prepare output, a
    trained tiny RNNSearch, its training log)."""
    root = tmp_path_factory.mktemp("zh")
    raw = write_template_en_zh(root / "raw", {"train": 500, "valid": 50, "test": 50})
    repeat_line(raw / "test.en", LONG_LINE, 300, " ")
    repeat_line(raw / "test.zh", LONG_LINE, 300, "")
    prepared = root / "prepared"
    prepare = run_cli(["csgan-prepare", "--source-lang", "en", "--target-lang", "zh",
                       "--trainpref", raw / "train", "--validpref", raw / "valid",
                       "--testpref", raw / "test", "--destdir", prepared,
                       "--separate-subwords", "--vocab-size", "40", "--workers", "1"])
    train = run_cli([
        "fairseq-train", prepared / "bin", "--user-dir", REPO / "csgan_nmt", "--task",
        "csgan_nmt", "--csgan-stage", "mle", *TINY_GENERATOR, "--optimizer", "adam", "--lr",
        "0.01", "--criterion", "cross_entropy", "--max-tokens", "1000", "--max-update", "150",
        "--cpu", "--seed", "1", "--save-dir", root / "model", "--no-epoch-checkpoints",
        "--eval-bleu", "--eval-bleu-remove-bpe", "sentencepiece", "--eval-bleu-args",
        '{"beam": 1}', "--log-format", "simple", "--num-workers", "0",
        "--required-batch-size-multiple", "1"])
    return prepared, prepare, root / "model" / "checkpoint_last.pt", train.stdout + train.stderr


# ---------------------------------------------------------------- BLEU of a language without spaces
def test_bleu_tokenizer_is_chosen_from_the_target_language_as_sacrebleu_does():
    from csgan_nmt.bleu_tokenize import choose
    from csgan_nmt.refusal import OptionError

    assert [choose(lang) for lang in ("zh", "zh_CN", "ZH-Hans", "en", "de", None)] == \
        ["zh", "zh", "zh", "13a", "13a", "13a"]
    assert choose("zh", "13a") == "13a" and choose("en", "char") == "char"
    with pytest.raises(OptionError, match="--tokenize bogus: not a sacreBLEU tokenizer"):
        choose("en", "bogus")
    try:
        import MeCab  # noqa: F401
    except ImportError:  # sacreBLEU's Japanese extra is not installed here
        with pytest.raises(OptionError, match=r"target language 'ja' needs sacreBLEU's ja-mecab "
                                              r"tokenizer.*pip install 'sacrebleu\[ja\]'"):
            choose("ja")
    else:
        assert choose("ja") == "ja-mecab"


def test_chinese_bleu_is_counted_in_characters_everywhere_it_is_reported(zh, tmp_path):
    prepared, _, model, train_log = zh
    # validation BLEU during training
    assert "uses sacreBLEU's tokenizer zh for target language zh" in train_log
    assert max(float(v) for v in re.findall(r"\| bleu ([0-9.]+)", train_log)) > 5
    # csgan-evaluate: the same figure as sacreBLEU's own command line with -l en-zh
    out = run_cli(["csgan-evaluate", prepared, model, "--out", tmp_path, "--name", "m",
                   "--beam", "2", "--", "--max-len-b", "30"]).stdout
    assert "tok:zh" in out
    score = json.loads((tmp_path / "m.score.json").read_text())
    hyps, refs = tmp_path / "m.hyp.zh", prepared / "text" / "test.zh"
    cli = subprocess.run([str(BIN_DIR / "sacrebleu"), str(refs), "-i", str(hyps), "-l", "en-zh",
                          "-m", "bleu", "-b", "-w", "2"], capture_output=True, text=True,
                         check=True)
    # (low: the long line's short translation brings the brevity penalty down)
    assert score["bleu"] == pytest.approx(float(cli.stdout), abs=0.006) and score["bleu"] > 0
    assert score["sys_len"] > 5 * score["sentences"]  # characters, not one word a sentence
    # an explicit --tokenize wins, and shows in the signature
    out13a = run_cli(["csgan-evaluate", prepared, model, "--out", tmp_path, "--name", "w",
                      "--beam", "2", "--tokenize", "13a", "--", "--max-len-b", "30"]).stdout
    assert "tok:13a" in out13a
    one_word = json.loads((tmp_path / "w.score.json").read_text())
    assert one_word["sys_len"] == score["sentences"] and one_word["bleu"] < score["bleu"]
    # the comparison recipe and the significance tests take the same tokenizer
    from sacrebleu.metrics import BLEU

    from csgan_tools import significance
    from csgan_compare.recipe import Recipe
    from csgan_compare.sizes import SIZES

    assert Recipe(SIZES["tiny"], out=tmp_path / "o", work=tmp_path / "w",
                  prepared=prepared).bleu_tokenizer() == "zh"
    h = hyps.read_text(encoding="utf-8").splitlines()
    r = refs.read_text(encoding="utf-8").splitlines()
    tests = significance.sentence_level(h, {"refs": r}, r, 20, tokenize="zh")
    zh_bleu = BLEU(tokenize="zh")
    expected = zh_bleu.corpus_score(r, [r]).score - zh_bleu.corpus_score(h, [r]).score
    assert tests["refs"]["bleu"]["delta"] == pytest.approx(expected, abs=0.006)


def test_sentence_bleu_reward_counts_the_generators_subwords_of_a_chinese_target(zh):
    # the reward is computed on G's subword ids, never on whitespace words: a Chinese
    # sentence is several units, and a one-character error lowers the reward, not to 0
    from fairseq.data import Dictionary, data_utils

    from csgan_nmt.sentence_bleu import sentence_bleu

    prepared = zh[0]
    dictionary = Dictionary.load(str(prepared / "bin" / "dict.zh.txt"))
    data = data_utils.load_indexed_dataset(str(prepared / "bin" / "train.en-zh.zh"), dictionary)
    lengths = torch.tensor([float(len(data[i])) for i in range(len(data))])
    assert lengths.mean() > 6  # units per sentence, EOS included
    ref = data[0][:-1]
    hyp = ref.clone()
    hyp[2] = dictionary.index("猫") if int(hyp[2]) != dictionary.index("猫") else \
        dictionary.index("狗")
    pad = dictionary.pad()
    scores = sentence_bleu(torch.stack([ref, hyp]), torch.stack([ref, ref]), pad)
    assert scores[0] == pytest.approx(1.0) and 0.2 < float(scores[1]) < 1.0


# ---------------------------------------------------------------- lines longer than the positions
def test_prepare_warns_about_test_lines_longer_than_fairseqs_positions(zh):
    prepared, prepare = zh[0], zh[1]
    warning = [line for line in prepare.stderr.splitlines() if "warning" in line]
    assert len(warning) == 2  # the source and the target side of test line 10
    assert f"text/test.en line {LONG_LINE} has" in warning[0]
    assert "more than fairseq's default 1024 positions" in warning[0]
    record = json.loads((prepared / "prepare.json").read_text())
    assert record["splits"]["test"]["over_default_positions"]["en"][0][0] == LONG_LINE
    assert record["splits"]["valid"]["over_default_positions"] == {}


def test_every_line_is_translated_by_a_model_without_a_position_limit(zh, tmp_path):
    prepared, _, model, _ = zh
    run_cli(["csgan-evaluate", prepared, model, "--out", tmp_path, "--name", "m", "--beam",
             "1", "--", "--max-len-b", "30"])
    hyps = (tmp_path / "m.hyp.zh").read_text(encoding="utf-8").splitlines()
    assert len(hyps) == 50 and hyps[LONG_LINE - 1]


def test_a_model_with_learned_positions_refuses_the_line_before_decoding(zh, tmp_path):
    prepared = zh[0]
    run_cli(["fairseq-train", prepared / "bin", "--task", "translation", "--arch",
             "transformer", "--encoder-layers", "1", "--decoder-layers", "1",
             "--encoder-embed-dim", "16", "--decoder-embed-dim", "16",
             "--encoder-ffn-embed-dim", "16", "--decoder-ffn-embed-dim", "16",
             "--encoder-attention-heads", "2", "--decoder-attention-heads", "2",
             "--encoder-learned-pos", "--decoder-learned-pos", "--max-source-positions", "64",
             "--max-target-positions", "64", "--optimizer", "adam", "--lr", "0.001",
             "--max-tokens", "500", "--max-update", "1", "--cpu", "--save-dir",
             tmp_path / "t", "--no-epoch-checkpoints", "--disable-validation",
             "--num-workers", "0"], check=False)
    # (this plain fairseq run may abort at exit, "terminate called without an active
    # exception", after saving: torch 2.x threads; the checkpoint is what matters here)
    assert (tmp_path / "t" / "checkpoint_last.pt").is_file()
    proc = run_cli(["csgan-evaluate", prepared, tmp_path / "t" / "checkpoint_last.pt",
                    "--out", tmp_path / "out", "--name", "t"], check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"csgan-evaluate: error: {prepared}/text/test.en line {LONG_LINE} has 3602 subword "
        "tokens (with EOS), more than the 64 source positions "
        f"{tmp_path}/t/checkpoint_last.pt learned (--max-source-positions when it was "
        "trained): train with a larger --max-source-positions, or shorten or remove the line"]
    assert not (tmp_path / "out" / "t.generate").exists()  # nothing decoded, nothing written


def test_training_refuses_a_validation_line_longer_than_the_positions_at_start(zh, tmp_path):
    prepared = zh[0]
    proc = run_cli(["fairseq-train", prepared / "bin", "--user-dir", REPO / "csgan_nmt",
                    "--task", "csgan_nmt", "--csgan-stage", "mle", *TINY_GENERATOR,
                    "--optimizer", "adam", "--lr", "0.01", "--max-tokens", "1000",
                    "--max-update", "5", "--cpu", "--save-dir", tmp_path, "--valid-subset",
                    "test", "--num-workers", "0"], check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith(
        f"fairseq-train: error: csgan: validation split 'test' of {prepared}/bin, sentence "
        f"{LONG_LINE}, has 3602 source tokens (with EOS), more than --max-source-positions 1024")
    assert not list(tmp_path.iterdir())  # nothing trained, nothing saved


def test_fairseq_interactive_translates_the_long_line_with_an_exported_rnnsearch(zh, tmp_path):
    prepared, _, model, _ = zh
    export = tmp_path / "export"
    export.mkdir()
    run_cli(["csgan-export", model, export / "model.pt"])
    for lang in ("en", "zh"):
        (export / f"dict.{lang}.txt").write_text(
            (prepared / "bin" / f"dict.{lang}.txt").read_text(encoding="utf-8"), "utf-8")
    lines = (prepared / "seg" / "test.en").read_text(encoding="utf-8").splitlines()
    env = cli_env()
    proc = subprocess.run(
        [str(BIN_DIR / "fairseq-interactive"), str(export), "--path", str(export / "model.pt"),
         "--source-lang", "en", "--target-lang", "zh", "--beam", "1", "--max-len-b", "30",
         "--max-source-positions", "4000", "--max-target-positions", "4000", "--cpu"],
        input="\n".join(lines[LONG_LINE - 2:LONG_LINE + 1]) + "\n", capture_output=True,
        text=True, env=env, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert len([line for line in proc.stdout.splitlines() if line.startswith("H-")]) == 3
    state = torch.load(export / "model.pt", weights_only=True)
    assert state["cfg"]["model"]["max_source_positions"] == 100_000  # an RNN: only a filter


# ---------------------------------------------------------------- refusals read as one line
def _fairseq_train(tmp_path, *extra, data=None, check=False):
    return run_cli(["fairseq-train", data, "--user-dir", REPO / "csgan_nmt", "--task",
                    "csgan_nmt", *TINY_GENERATOR, "--optimizer", "csgan", "--max-tokens",
                    "500", "--max-update", "1", "--cpu", "--save-dir", tmp_path / "save",
                    "--num-workers", "0", *extra], check=check)


@pytest.mark.parametrize("extra, message", [
    (["--bf16"], "csgan_nmt: --bf16 needs a CUDA GPU here"),
    (["--restore-file", "missing.pt"], "--restore-file missing.pt: no such file"),
    (["--reward-lambda", "1.5"], "--reward-lambda must be in [0.0, 1.0], got 1.5"),
])
def test_fairseq_train_refusals_of_the_plugin_print_one_line(tiny_data, tmp_path, extra,
                                                             message):
    proc = _fairseq_train(tmp_path, *extra, data=tiny_data / "bin")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("fairseq-train: error: ") and message in last


def test_the_csgan_optimizer_with_another_task_is_refused_in_one_line(tiny_data, tmp_path):
    """The hook comes with the plugin's entry points fairseq calls, not with its import: the
    csgan optimizer, built for fairseq's translation task, installs it too."""
    proc = run_cli(["fairseq-train", tiny_data / "bin", "--user-dir", REPO / "csgan_nmt",
                    "--task", "translation", *TINY_GENERATOR, "--optimizer", "csgan",
                    "--max-tokens", "500", "--max-update", "1", "--cpu", "--save-dir",
                    tmp_path / "save", "--num-workers", "0"], check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == (
        "fairseq-train: error: --optimizer csgan found no discriminator parameters: use it "
        "with --task csgan_nmt")


def test_pytorch_ddp_is_refused_on_every_worker_as_one_line(tiny_data, tmp_path):
    from test_distributed import free_port

    port = free_port()
    workers = [subprocess.Popen(
        [str(BIN_DIR / "fairseq-train"), str(tiny_data / "bin"), "--user-dir",
         str(REPO / "csgan_nmt"), "--task", "csgan_nmt", *TINY_GENERATOR, "--optimizer",
         "csgan", "--max-tokens", "500", "--cpu", "--save-dir", str(tmp_path),
         "--distributed-world-size", "2", "--distributed-backend", "gloo",
         "--distributed-no-spawn", "--distributed-init-method", f"tcp://127.0.0.1:{port}",
         "--ddp-backend", "pytorch_ddp", "--distributed-rank", str(rank)],
        env=cli_env(), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for rank in (0, 1)]
    for proc in workers:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 1 and "Traceback" not in err
        assert "error: csgan_nmt: --ddp-backend pytorch_ddp with 2 workers would not " \
               "all-reduce" in err.strip().splitlines()[-1]


def test_a_real_crash_keeps_its_traceback(tiny_data, tmp_path):
    # not a refusal of the product's: fairseq's own assertion, with its traceback
    proc = run_cli(["fairseq-train", tiny_data / "bin", "--user-dir", REPO / "csgan_nmt",
                    "--task", "csgan_nmt", *TINY_GENERATOR, "--optimizer", "csgan", "--cpu",
                    "--save-dir", tmp_path], check=False)
    assert proc.returncode == 1 and "Traceback (most recent call last)" in proc.stderr
    assert "Must specify batch size" in proc.stderr


def test_command_refusals_print_one_line_including_the_plugins_own(zh, tmp_path):
    prepared, _, model, _ = zh
    cases = [
        (["csgan-evaluate", prepared, tmp_path / "missing.pt"],
         f"csgan-evaluate: error: checkpoint {tmp_path}/missing.pt does not exist"),
        # a refusal raised by the plugin inside the command (bleu_tokenize.OptionError)
        (["csgan-evaluate", prepared, model, "--tokenize", "bogus"],
         "csgan-evaluate: error: --tokenize bogus: not a sacreBLEU tokenizer"),
        (["csgan-compare", "--size", "tiny", "--prepared", prepared, "--tokenize", "bogus",
          "--work", tmp_path / "w", "--out", tmp_path / "o"],
         "csgan-compare: error: --tokenize bogus: not a sacreBLEU tokenizer"),
    ]
    for argv, start in cases:
        proc = run_cli(argv, check=False)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert lines[-1].startswith(start), lines[-1]
    assert not (tmp_path / "w" / "done").exists()  # refused before any job ran


def test_refusals_are_an_exception_family_and_the_hook_defers_everything_else(capsys):
    from csgan_nmt.refusal import InputError, MissingInputError, OptionError, Refusal, \
        excepthook

    for kind in (OptionError, InputError, MissingInputError):
        assert issubclass(kind, Refusal)
    assert issubclass(OptionError, ValueError) and issubclass(MissingInputError,
                                                              FileNotFoundError)
    seen = []
    excepthook(OptionError, OptionError("--x bad\nsecond line"), None,
               previous=lambda *a: seen.append(a))
    assert capsys.readouterr().err.endswith("error: --x bad second line\n") and not seen
    crash = RuntimeError("boom")
    excepthook(RuntimeError, crash, None, previous=lambda *a: seen.append(a))
    assert seen and seen[0][1] is crash and sys.excepthook is not None
