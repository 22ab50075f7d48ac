"""Mutations of the checks on every path of an input: (id, what it breaks, file, original,
mutated), and the tests they run against."""

# inputs users bring, round 4: each check on every path, at its boundary
TWINS_TESTS = ["tests/test_inputs_twins.py", "tests/test_mixed_precision.py",
               "tests/test_preprocess.py::test_fairseq_symbols_in_raw_text_are_refused_with_"
               "subword_nmt",
               "tests/test_drop_in.py::test_hub_and_interactive_normalise_raw_input_as_csgan_"
               "prepare_did",
               "tests/test_drop_in.py::test_export_refuses_bad_input_and_leaves_nothing",
               "tests/test_distributed.py::test_two_workers_killed_and_resumed_end_bitwise_as_"
               "the_uninterrupted_run"]


TWINS = [
    ("evaluate-dictionaries", "decoding: the checkpoint's dictionaries not compared",
     "csgan_tools/evaluate.py",
     "    check_against_data(checkpoint, corpus.bin, corpus.source_lang, corpus.target_lang,\n"
     "                       \"checkpoint\")", "    pass"),
    ("self-train-dictionaries", "csgan-self-train: the checkpoint's dictionaries not compared",
     "csgan_tools/self_train_steps.py", "    check_against_data(checkpoint, data, option=\"--checkpoint\")",
     "    pass"),
    ("decode-batch-limit-off-by-one", "decoding: a line exactly at --max-tokens refused",
     "csgan_nmt/positions.py", "    index = first_longer(sizes, max_tokens)\n",
     "    index = first_longer(sizes, max_tokens - 1)\n"),
    ("valid-batch-limit", "training: the validation batch limit not checked",
     "csgan_nmt/task.py", "            self._check_validation_batch_limit(split)\n",
     "            pass\n"),
    ("skipped-pairs-silent", "training: skipped training pairs not said",
     "csgan_nmt/run_checks.py", "        if skipped:\n            logger.warning(",
     "        if False:\n            logger.warning("),
    ("fp16-accepted", "--fp16 accepted without CUDA", "csgan_nmt/run_checks.py",
     "        mixed_precision.refuse_fp16_without_cuda(root.common)\n", ""),
    ("record-in-place", "records written in place", "csgan_tools/__init__.py",
     "        os.replace(partial, path)\n    except OSError as e:",
     "        os.replace(partial, path)\n        open(path, 'w').write(text[:3])\n"
     "        raise OSError(28, 'No space left on device')\n    except OSError as e:"),
    ("marker-unreadable-crashes", "csgan-compare: an unreadable marker stops the run",
     "csgan_compare/runner.py", "            except CommandError:\n",
     "            except ZeroDivisionError:\n"),
    ("summary-unreadable-done", "csgan-recipe: an unreadable summary counts as done",
     "csgan_tools/paper_recipes.py",
     "            if done.exists() and done.suffix == \".json\" and not _readable(done):",
     "            if False:"),
    ("cjk-639-1-only", "tokenizer: ISO 639-3 / FLORES-200 codes not recognised",
     "csgan_nmt/bleu_tokenize.py", "BY_LANGUAGE = {**{code: \"zh\" for code in CHINESE}, "
     "\"ja\": \"ja-mecab\", \"jpn\": \"ja-mecab\",",
     "BY_LANGUAGE = {\"zh\": \"zh\", \"ja\": \"ja-mecab\", \"jpn\": \"ja-mecab\","),
    ("unsegmented-unchecked", "tokenizer: unsegmented references not checked",
     "csgan_nmt/bleu_tokenize.py", "    if tokenize or by_language(target_lang) != DEFAULT:\n"
     "        return", "    return"),
    ("unsegmented-boundary", "tokenizer: 1.5 tokens a line taken for segmented",
     "csgan_nmt/bleu_tokenize.py", "if tokens <= UNSEGMENTED_TOKENS and chars",
     "if tokens < UNSEGMENTED_TOKENS and chars"),
    ("spm-identity", "sentencepiece without csgan-prepare's normalisation",
     "preprocess/subwords.py", "            normalization_rule_tsv=str(rules),",
     "            normalization_rule_name=\"identity\","),
    ("symbols-unchecked", "csgan-prepare: fairseq's symbols in raw text accepted",
     "preprocess/prepare.py", "    check_special_symbols(splits, args.subword)  # before",
     "    pass  # before"),
    ("auto-update-boundary", "--csgan-stage auto: --max-update one past --mle-updates refused",
     "csgan_nmt/run_checks.py", "if 0 < max_update <= self.cfg.mle_updates:",
     "if 0 < max_update <= self.cfg.mle_updates + 1:"),
    ("auto-epoch-boundary", "--csgan-stage auto: epochs exactly at --mle-updates accepted",
     "csgan_nmt/run_checks.py", "if max_epoch * per_epoch <= self.cfg.mle_updates:",
     "if max_epoch * per_epoch < self.cfg.mle_updates:"),
    ("auto-restored-refused", "--csgan-stage auto: a run restored past MLE refused too",
     "csgan_nmt/run_checks.py", "            return  # a run restored past MLE goes on",
     "            pass  # a run restored past MLE goes on"),
    ("final-stage-unsaid", "--csgan-stage auto: the final stage not said",
     "csgan_nmt/run_checks.py", "        try:  # at exit: the logging handlers may be closed",
     "        return\n        try:  # at exit: the logging handlers may be closed"),
    ("export-disk-traceback", "csgan-export: a full disk as a traceback",
     "csgan_tools/export.py", "    except OSError as e:  # a full disk, a quota",
     "    except ZeroDivisionError as e:  # a full disk, a quota"),
]
