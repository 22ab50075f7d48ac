"""Mutations of the export, the paper recipes, tensorboard: (id, what it breaks, file,
original, mutated), and the tests they run against."""

# `--drop-in`: export, recipes, tensorboard, bf16 on a GPU (results/mutations-drop-in.md),
# caught by the slower end-to-end files, hence a set of their own
DROP_IN_TESTS = ["tests/test_mixed_precision.py", "tests/test_pipeline.py",
                 "tests/test_drop_in.py"]


DROP_IN = [
    ("export-keeps-d", "export: D's and the stage's weights kept in G's weights",
     "model.py", "                       if k.startswith(GENERATOR_PREFIX))",
     "                       if True)"),
    ("export-plugin-arch", "export: the plugin's rnnsearch arch kept (not fairseq's lstm)",
     "csgan_tools/export.py", "arch = PLUGIN_ARCHS.get(arch, arch)", "arch = arch"),
    ("export-csgan-task", "export: the task stays csgan_nmt", "csgan_tools/export.py",
     '                     "_name": "translation",', '                     "_name": cfg["task"]["_name"],'),
    ("export-namespace", "export: model options pickled as argparse.Namespace",
     "csgan_tools/export.py",
     'plain["model"] = _generator_model_cfg(_plain(cfg["model"]), translation_fields)',
     'plain["model"] = argparse.Namespace(**_generator_model_cfg(_plain(cfg["model"]), '
     'translation_fields))'),
    ("export-no-languages", "export: the language pair left to inference from data files",
     "csgan_tools/export.py", '    _fill_language_pair(plain["task"])\n', ""),
    ("export-temp-left", "export: a failed write leaves its temporary file",
     "csgan_tools/checkpoints.py", "        Path(tmp).unlink(missing_ok=True)\n        raise",
     "        raise"),
    ("average-skips-input", "export --average: INPUT itself left out of the N",
     "csgan_tools/averaging.py", "(last is None or num <= last)", "(last is None or num < last)"),
    ("average-mixes-numbering", "export --average: epoch- and update-numbered mixed",
     "csgan_tools/averaging.py", "if k == kind and (last", "if (last"),
    ("average-mean", "export --average: sum divided by N + 1", "csgan_tools/averaging.py",
     "/ len(weights)", "/ (len(weights) + 1)"),
    ("tensorboard-writers-kept", "in-process runs: fairseq's tensorboard writers reused",
     "csgan_tools/fairseq_runs.py", "    writers.clear()", "    pass"),
    ("bf16-stays-tpu", "bf16 on a GPU: fairseq's --tpu left set", "mixed_precision.py",
     "    common_cfg.tpu = False", "    pass"),
    ("recipe-wmt-lambda", "recipes: WMT'14 Transformer with lambda 0.7 instead of 0.8",
     "csgan_tools/recipe_settings.py", "reward_lambda=0.8", "reward_lambda=0.7"),
    ("recipe-nist-case", "recipes: NIST BLEU case-sensitive", "csgan_tools/recipe_settings.py",
     "beam=10, lenpen=1.0, lowercase_bleu=True", "beam=10, lenpen=1.0, lowercase_bleu=False"),
    # (a csgan checkpoint evaluated without --user-dir is no mutation: csgan-evaluate imports
    # the plugin to read checkpoints, which registers its task; it survived, as it should)
    ("evaluate-keeps-subwords", "csgan-evaluate: subwords not removed before scoring",
     "csgan_tools/evaluate.py", '"--remove-bpe", corpus.remove_bpe,', ""),
    ("recipe-test-cased", "csgan-recipe: its significance test on case-sensitive BLEU beside "
     "lowercased scores", "csgan_tools/paper_recipes.py",
     "tokenize=self.tokenize, lowercase=r.lowercase_bleu)", "tokenize=self.tokenize)"),
]
