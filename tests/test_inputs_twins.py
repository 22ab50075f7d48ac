"""Inputs users bring, round 4: a check that exists on one path must exist on its
twins. Dictionaries compared wherever a checkpoint is loaded against prepared data, batch
limits checked on every path that batches, --fp16 refused without CUDA (test_mixed_precision),
each check at its boundary: a sentence exactly at a limit passes, one token over is caught."""

import shutil

import numpy as np
import pytest

from helpers import REPO, TINY_GENERATOR, run_cli


@pytest.fixture(scope="module")
def model(tiny_data, tmp_path_factory):
    """A tiny csgan_nmt G trained for 20 MLE updates on the tiny data."""
    save = tmp_path_factory.mktemp("twins")
    run_cli(["fairseq-train", tiny_data / "bin", "--user-dir", REPO / "csgan_nmt", "--task",
             "csgan_nmt", "--csgan-stage", "mle", *TINY_GENERATOR, "--optimizer", "adam",
             "--lr", "0.01", "--max-tokens", "2000", "--max-update", "20", "--cpu", "--seed",
             "1", "--save-dir", save, "--no-epoch-checkpoints", "--disable-validation",
             "--num-workers", "0"])
    return save / "checkpoint_last.pt"


def reordered(tiny_data, dest):
    """A copy of the prepared data whose target dictionary lists two symbols the other way
    round: the same sizes, another order (what csgan-prepare on another slice gives)."""
    shutil.copytree(tiny_data, dest)
    path = dest / "bin" / "dict.en.txt"
    lines = path.read_text(encoding="utf-8").splitlines(True)
    lines[2], lines[3] = lines[3], lines[2]
    path.write_text("".join(lines), encoding="utf-8")
    return dest, lines[2].split()[0], lines[3].split()[0]


# ---------------------------------------------------------------- dictionaries
def test_evaluate_refuses_a_checkpoint_of_other_dictionaries_naming_the_line(tiny_data, model,
                                                                             tmp_path):
    data, now, before = reordered(tiny_data, tmp_path / "data")
    proc = run_cli(["csgan-evaluate", data, model, "--out", tmp_path / "out", "--name", "m",
                    "--beam", "1"], check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith(f"csgan-evaluate: error: checkpoint {model} was trained with its "
                           "target dictionary") and f"whose line 3 is {before!r}" in line
    assert f"{data}/bin/dict.en.txt has {now!r}" in line
    assert not (tmp_path / "out" / "m.generate").exists()  # nothing decoded
    # the same data with its own dictionaries: evaluated
    run_cli(["csgan-evaluate", tiny_data, model, "--out", tmp_path / "ok", "--name", "m",
             "--beam", "1"])


def test_self_training_and_the_recipes_decodes_refuse_it_too(tiny_data, model, tmp_path):
    from csgan_nmt.refusal import InputError
    from csgan_tools.evaluate import translate
    from csgan_tools.prepared import PreparedCorpus
    from csgan_tools.self_train_steps import load

    data, _, _ = reordered(tiny_data, tmp_path / "data")
    with pytest.raises(InputError, match="line 3 is"):
        load(model, data / "bin")  # csgan-self-train's Grow
    with pytest.raises(InputError, match="line 3 is"):  # csgan-compare's / csgan-recipe's
        translate(PreparedCorpus(data), model, "valid", tmp_path / "r", tmp_path / "r.log", 1)
    assert not (tmp_path / "r").exists()


# ---------------------------------------------------------------- batch limits
def _longest(tiny_data, split):
    from csgan_nmt.positions import split_lengths

    src, tgt = split_lengths(str(tiny_data / "bin"), split, "es", "en")
    sizes = np.maximum(src, tgt)
    return int(sizes.max()), int(np.argmax(sizes)) + 1


def test_evaluate_checks_max_tokens_at_its_boundary(tiny_data, model, tmp_path):
    longest, line = _longest(tiny_data, "test")
    proc = run_cli(["csgan-evaluate", tiny_data, model, "--out", tmp_path / "over", "--name",
                    "m", "--beam", "1", "--", "--max-tokens", str(longest - 1)], check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    [message] = proc.stderr.strip().splitlines()
    assert message.startswith(f"csgan-evaluate: error: {tiny_data}/text/test.")
    assert f"line {line} has {longest} subword tokens" in message
    assert f"more than --max-tokens {longest - 1} tokens per batch" in message
    run_cli(["csgan-evaluate", tiny_data, model, "--out", tmp_path / "at", "--name", "m",
             "--beam", "1", "--", "--max-tokens", str(longest)])  # exactly at the limit
    assert len((tmp_path / "at" / "m.hyp.en").read_text().splitlines()) == 60


def _train(tiny_data, save, *extra):
    return run_cli(["fairseq-train", tiny_data / "bin", "--user-dir", REPO / "csgan_nmt",
                    "--task", "csgan_nmt", "--csgan-stage", "mle", *TINY_GENERATOR,
                    "--optimizer", "adam", "--lr", "0.01", "--max-update", "1", "--cpu",
                    "--save-dir", save, "--no-epoch-checkpoints", "--num-workers", "0",
                    "--log-format", "simple", *extra], check=False)


def test_training_checks_the_validation_batch_limit_at_its_boundary(tiny_data, tmp_path):
    longest, index = _longest(tiny_data, "valid")
    over = _train(tiny_data, tmp_path / "over", "--max-tokens", str(longest - 1))
    assert over.returncode == 1 and "Traceback" not in over.stderr
    assert over.stderr.strip().splitlines()[-1].startswith(
        f"fairseq-train: error: csgan: validation split 'valid' of {tiny_data}/bin, sentence "
        f"{index}, has {longest} tokens (with EOS, the longer side), more than --max-tokens "
        f"{longest - 1} tokens per batch")
    assert not list((tmp_path / "over").glob("*.pt"))
    # --max-tokens-valid is the validation's limit when set: exactly at it, trained
    at = _train(tiny_data, tmp_path / "at", "--max-tokens", str(longest - 1),
                "--max-tokens-valid", str(longest))
    assert at.returncode == 0, at.stderr[-2000:]
    over_valid = _train(tiny_data, tmp_path / "ov", "--max-tokens", "100000",
                        "--max-tokens-valid", str(longest - 1))
    assert "more than --max-tokens-valid" in over_valid.stderr.strip().splitlines()[-1]
    # fairseq filters validation by positions only: the skip flag does not leave it out
    skip = _train(tiny_data, tmp_path / "skip", "--max-tokens", str(longest - 1),
                  "--skip-invalid-size-inputs-valid-test")
    assert skip.returncode == 1 and "more than --max-tokens" in skip.stderr.strip().splitlines()[-1]


def test_training_says_how_many_training_pairs_the_batch_limit_skips(tiny_data, tmp_path):
    from csgan_nmt.positions import split_lengths

    src, tgt = split_lengths(str(tiny_data / "bin"), "train", "es", "en")
    sizes = np.maximum(src, tgt)
    limit = int(np.median(sizes))
    skipped = int((sizes > limit).sum())
    run = _train(tiny_data, tmp_path / "run", "--max-tokens", str(limit),
                 "--max-tokens-valid", "100000")
    assert run.returncode == 0, run.stderr[-2000:]
    said = [line for line in (run.stdout + run.stderr).splitlines()
            if "training pairs of split 'train'" in line]
    assert len(said) == 1
    assert f"csgan: {skipped} of {len(sizes)} training pairs" in said[0]
    assert f"longer than --max-tokens {limit}" in said[0]
    # no pair over: nothing said
    quiet = _train(tiny_data, tmp_path / "quiet", "--max-tokens", str(int(sizes.max())))
    assert "training pairs of split" not in quiet.stdout + quiet.stderr
    # every pair over: refused before training
    none = _train(tiny_data, tmp_path / "none", "--max-tokens", str(int(sizes.min()) - 1),
                  "--max-tokens-valid", "100000")
    assert none.returncode == 1
    assert "every one of the" in none.stderr.strip().splitlines()[-1]


# ---------------------------------------------------------------- records
def _full_disk(monkeypatch):
    """Every write of a record fails as on a full disk, after writing part of it."""
    import builtins
    import errno

    real_open = builtins.open

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, text):
            self.fh.write(text[:3])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def opener(path, mode="r", *args, **kwargs):
        fh = real_open(path, mode, *args, **kwargs)
        return Full(fh) if "w" in mode else fh

    monkeypatch.setattr(builtins, "open", opener)


def test_a_record_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    from csgan_tools import CommandError, read_json, write_json

    record = tmp_path / "summary.json"
    write_json(record, {"bleu": 1.0})
    with monkeypatch.context() as m:
        _full_disk(m)
        with pytest.raises(CommandError, match=f"cannot write {record}: No space left on "
                                               "device; nothing was written"):
            write_json(record, {"bleu": 2.0})
    assert read_json(record, "summary") == {"bleu": 1.0}  # the one before, whole
    assert list(tmp_path.iterdir()) == [record]  # no temporary file left
    record.write_text("")  # what an older, in-place writer left on a full disk
    with pytest.raises(CommandError, match=f"{record}: summary cannot be read"):
        read_json(record, "summary")


def test_unreadable_records_are_named_or_redone_on_every_path(tmp_path, capsys):
    """csgan-recipe's settings: refused in one line naming the file; its summary: the
    evaluate step runs again (not "done before"); csgan-compare's marker: the job runs
    again; a prepared corpus's record: refused naming it."""
    import argparse

    from csgan_compare.recipe import Recipe
    from csgan_compare.sizes import TINY
    from csgan_tools import CommandError
    from csgan_tools.paper_recipes import Run
    from csgan_tools.recipe_settings import RECIPES
    from csgan_tools.prepared import PreparedCorpus

    args = argparse.Namespace(work=tmp_path / "work", source_lang="es", target_lang="en",
                              trainpref="t", validpref="v", testpref="s", seed=1,
                              tokenize=None, workers=1, tensorboard=False, tiny=True,
                              fairseq=[])
    run = Run(next(iter(RECIPES.values())), args)
    run.check_settings()
    (tmp_path / "work" / "recipe.json").write_text("")
    with pytest.raises(CommandError, match="recipe.json: csgan-recipe's settings record "
                                           "cannot be read"):
        run.check_settings()
    run.check_settings = lambda: None
    ran = []
    for step in ("prepare", "mle", "discriminator", "adversarial", "export"):
        setattr(run, step, lambda: None)
    (tmp_path / "work" / "data").mkdir()
    (tmp_path / "work" / "data" / "prepare.json").write_text("{}")
    for stage in ("mle", "discriminator", "adversarial", "export"):
        (tmp_path / "work" / stage).mkdir()
        (tmp_path / "work" / stage / "DONE").touch()
    (tmp_path / "work" / "summary.json").write_text("")

    def evaluate():
        from csgan_tools import write_json

        ran.append("evaluate")
        write_json(tmp_path / "work" / "summary.json", {"test": {}})

    run.evaluate = evaluate
    assert run.run() == {"test": {}} and ran == ["evaluate"]
    assert "evaluate: done before" not in capsys.readouterr().out
    # csgan-compare: an unreadable marker is a job not done
    recipe = Recipe(TINY, out=tmp_path / "out", work=tmp_path / "cw", prepared=tmp_path)
    (tmp_path / "cw" / "done").mkdir(parents=True)
    (tmp_path / "cw" / "done" / "start.json").write_text('{"checkpoint": "$WORK/s.pt"}')
    (tmp_path / "cw" / "done" / "start.test.json").write_text('{"bl')
    recipe.runner.load_markers()
    assert set(recipe.results) == {"start"}
    assert "start.test.json cannot be read: start.test runs again" in capsys.readouterr().out
    (tmp_path / "prep").mkdir()
    (tmp_path / "prep" / "prepare.json").write_text("")
    with pytest.raises(CommandError, match="prepare.json: csgan-prepare's record cannot"):
        PreparedCorpus(tmp_path / "prep")


# ---------------------------------------------------------------- --csgan-stage auto
def _auto(tiny_data, save, *extra):
    return run_cli(["fairseq-train", tiny_data / "bin", "--user-dir", REPO / "csgan_nmt",
                    "--task", "csgan_nmt", *TINY_GENERATOR, "--optimizer", "csgan", "--lr",
                    "0.01", "--max-tokens", "2000", "--cpu", "--save-dir", save,
                    "--disable-validation", "--num-workers", "0", "--log-format", "simple",
                    "--csgan-stage", "auto", "--d-eval-interval", "1", "--d-max-updates",
                    "100", *extra], check=False)


def test_auto_refuses_a_budget_that_ends_in_mle_at_its_boundary(tiny_data, tmp_path):
    over = _auto(tiny_data, tmp_path / "a", "--mle-updates", "3", "--max-update", "3")
    assert over.returncode == 1 and "Traceback" not in over.stderr
    assert over.stderr.strip().splitlines()[-1].startswith(
        "fairseq-train: error: csgan_nmt: --csgan-stage auto with --max-update 3 ends the run "
        "in the MLE stage")
    assert not (tmp_path / "a").exists() or not list((tmp_path / "a").iterdir())
    # one update more reaches D pretraining: trained, and the run says where it stopped
    run = _auto(tiny_data, tmp_path / "b", "--mle-updates", "3", "--max-update", "4")
    assert run.returncode == 0, run.stderr[-2000:]
    said = [line for line in (run.stdout + run.stderr).splitlines()
            if "--csgan-stage auto stopped in stage" in line]
    assert len(said) == 1 and "stopped in stage discriminator (it never reached" in said[0]
    # export and evaluate say it too
    from csgan_tools.export import export

    summary = export(tmp_path / "b" / "checkpoint_last.pt", tmp_path / "b.pt")
    assert "stage discriminator" in summary and "NOTE" in summary
    ev = run_cli(["csgan-evaluate", tiny_data, tmp_path / "b.pt", "--out", tmp_path / "ev",
                  "--beam", "1"])
    assert "stopped in stage discriminator, before any adversarial update" in ev.stdout


def test_auto_refuses_epochs_that_end_in_mle_at_their_boundary(tiny_data, tmp_path):
    import re

    probe = _auto(tiny_data, tmp_path / "p", "--mle-updates", "100000", "--max-epoch", "1")
    assert probe.returncode == 1
    message = probe.stderr.strip().splitlines()[-1]
    per_epoch = int(re.search(r"\((\d+) per epoch\)", message).group(1))
    assert "--max-epoch 1 ends the run in the MLE stage" in message
    # with training pairs longer than a batch (fairseq skips them): counted without them,
    # refused in one line, not fairseq's AssertionError
    from csgan_nmt.positions import split_lengths

    src, tgt = split_lengths(str(tiny_data / "bin"), "train", "es", "en")
    half = int(np.median(np.maximum(src, tgt)))
    short = _auto(tiny_data, tmp_path / "s", "--mle-updates", "100000", "--max-epoch", "1",
                  "--max-tokens", str(half), "--max-tokens-valid", "100000")
    assert short.returncode == 1 and "Traceback" not in short.stderr
    assert "per epoch" in short.stderr.strip().splitlines()[-1]
    at = _auto(tiny_data, tmp_path / "at", "--mle-updates", str(per_epoch), "--max-epoch", "1")
    assert at.returncode == 1 and "--max-epoch 1" in at.stderr.strip().splitlines()[-1]
    below = _auto(tiny_data, tmp_path / "below", "--mle-updates", str(per_epoch - 1),
                  "--max-epoch", "1")
    assert below.returncode == 0, below.stderr[-2000:]
    # fairseq made exactly the epoch's updates that were counted
    from csgan_compare.training import num_updates

    assert num_updates(tmp_path / "below" / "checkpoint_last.pt") == per_epoch


# ---------------------------------------------------------------- language codes
def test_chinese_japanese_korean_codes_choose_their_tokenizer_by_any_standard():
    from csgan_nmt.bleu_tokenize import by_language

    expected = {"zh": "zh", "zho_Hans": "zh", "zho_Hant": "zh", "zho": "zh", "cmn": "zh",
                "yue": "zh", "yue_Hant": "zh", "ZH-Hans": "zh", "und-Hans": "zh",
                "jpn": "ja-mecab", "jpn_Jpan": "ja-mecab", "ja": "ja-mecab",
                "kor": "ko-mecab", "kor_Hang": "ko-mecab", "en": "13a", "eng_Latn": "13a",
                "spa": "13a", "de-CH": "13a", None: "13a"}
    assert {code: by_language(code) for code in expected} == expected


def _fake_prepared(root, target_lang, lines):
    from csgan_tools import write_json

    (root / "text").mkdir(parents=True)
    write_json(root / "prepare.json", {"args": {"source_lang": "en", "target_lang": target_lang},
                                       "remove_bpe": "sentencepiece"})
    for split in ("valid", "test"):
        (root / "text" / f"{split}.{target_lang}").write_text(
            "".join(line + "\n" for line in lines), encoding="utf-8")
    return root


def test_unsegmented_references_of_an_unknown_code_are_refused_on_every_path(tmp_path):
    from csgan_compare.recipe import Recipe
    from csgan_compare.sizes import TINY
    from csgan_nmt.bleu_tokenize import check_references
    from csgan_nmt.refusal import OptionError
    from csgan_tools.evaluate import evaluate

    chinese = ["我们今天去北京看朋友", "他说这本书非常有意思", "明天早上八点开会"] * 5
    data = _fake_prepared(tmp_path / "xx", "xx", chinese)
    with pytest.raises(OptionError, match="target language 'xx' look written without "
                                          "spaces .*--tokenize"):
        evaluate(data, tmp_path / "never.pt", tmp_path / "out", "m")  # before decoding
    assert not (tmp_path / "out").exists()
    with pytest.raises(OptionError, match="look written without spaces"):
        Recipe(TINY, out=tmp_path / "o", work=tmp_path / "w", prepared=data).bleu_tokenizer()
    # the same text under a code that says Chinese: zh, no refusal
    zho = _fake_prepared(tmp_path / "zho", "zho_Hans", chinese)
    assert Recipe(TINY, out=tmp_path / "o", work=tmp_path / "w",
                  prepared=zho).bleu_tokenizer() == "zh"
    check_references(chinese, "xx", tokenize="char")  # the user chose: nothing refused
    # the boundary: 1.5 13a tokens a line is taken for unsegmented, 2 is not
    with pytest.raises(OptionError):
        check_references(["一二三四五六七八", "一二三四 五六七八"], "xx")
    check_references(["一二三四 五六七八"] * 2, "xx")
    check_references(["a b", "one two three"], "xx")  # spaced text of an unknown code


# ---------------------------------------------------------------- every limit at its boundary
def test_every_length_limit_lets_a_line_at_it_through_and_catches_one_token_over():
    """The positions a model learned (decoding), the batch limit (decoding), the
    validation positions and batch limits (training: the same `first_longer`), and
    csgan-prepare's --min-len / --max-len / --max-len-ratio: exactly at the limit passes,
    one token over is caught."""
    from argparse import Namespace

    from csgan_nmt.positions import check_batch_limit, decode_options, first_longer
    from csgan_nmt.refusal import InputError
    from csgan_preprocess.clean import length_reason

    learned = {"arch": "transformer", "encoder_learned_pos": True, "decoder_learned_pos": True,
               "max_source_positions": 10, "max_target_positions": 12}

    def where(side, i):
        return f"{side} line {i + 1}"

    at = [np.array([3, 10]), np.array([12, 4])]
    assert decode_options(learned, at, where, "ckpt")[:2] == ["--max-source-positions", "1024"]
    for over, side in (([np.array([3, 11]), np.array([12, 4])], "source line 2"),
                       ([np.array([3, 10]), np.array([13, 4])], "target line 1")):
        with pytest.raises(InputError, match=f"{side} has"):
            decode_options(learned, over, where, "ckpt")
    check_batch_limit(at, 12, where)  # the longer side of sentence 1 is 12
    with pytest.raises(InputError, match="target line 1 has 12 subword tokens .* "
                                         "--max-tokens 11"):
        check_batch_limit(at, 11, where)
    assert first_longer(np.array([5, 7, 7]), 7) is None and first_longer(np.array([5, 8]), 7) == 1
    args = Namespace(min_len=2, max_len=5, max_len_ratio=2.0)
    assert length_reason(2, 4, args) is None and length_reason(1, 2, args) == "too_short"
    assert length_reason(5, 5, args) is None and length_reason(6, 5, args) == "too_long"
    assert length_reason(4, 2, args) is None and length_reason(5, 2, args) == "ratio"
