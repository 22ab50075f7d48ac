"""Mutations of the long comparison's design: (id, what it breaks, file, original,
mutated), and the tests they run against."""

# the long comparison: the held-out test split, checkpoint averaging and the
# candidate choice, the declared family, the seeds an MDE needs, the archive that carries it
# from one machine to the next
LONG_TESTS = ["tests/test_significance.py::test_seeds_for_mde_is_the_fewest_seeds_whose_seed_"
              "level_mde_reaches_the_target",
              "tests/test_compare.py::test_the_decode_keeps_the_candidate_validation_prefers_"
              "and_the_best_on_a_tie",
              "tests/test_compare.py::test_heldout_test_takes_every_kth_unread_verse_and_"
              "leaves_out_the_retellings",
              "tests/test_compare.py::test_the_cpu_long_test_split_is_disjoint_from_what_"
              "training_reads",
              "tests/test_compare_report.py::test_declared_family_chooses_the_arm_on_validation_"
              "and_holms_within_it",
              "tests/test_compare.py::test_an_arm_cut_short_goes_on_from_its_last_checkpoint_"
              "and_averages",
              "tests/test_drop_in.py::test_average_generator_averages_g_over_the_last_n_and_"
              "keeps_the_newest_rest",
              "tests/test_runner.py::test_an_archive_keeps_what_jobs_to_run_read_and_refuses_"
              "a_changed_file"]


LONG = [
    ("heldout-reads-one", "held-out test: the last verse training reads is taken too",
     "csgan_compare/corpus.py", "unread = [i for i in range(read, len(",
     "unread = [i for i in range(read - 1, len("),
    ("heldout-retellings", "held-out test: Chronicles (retelling Samuel and Kings) kept",
     "csgan_compare/corpus.py", "if lines[\"ids\"][i].rsplit(\" \", 1)[0] not in RETELLING_BOOKS]",
     "]"),
    ("heldout-stride", "held-out test: the stride starts at the second unread verse",
     "csgan_compare/corpus.py", "kept = unread[::stride]", "kept = unread[1::stride]"),
    ("choice-by-min", "decode: the candidate of lower validation BLEU kept",
     "csgan_compare/decoding.py", "choice = max(tuned_of, key=", "choice = min(tuned_of, key="),
    ("choice-tie-average", "decode: a tie goes to the average",
     "csgan_compare/decoding.py", "k == \"best\"))", "k == \"average\"))"),
    ("average-first-n", "averaging: the first n checkpoints, not the last",
     "csgan_tools/averaging.py", "inputs = [p for _, p in numbered[-n:]]",
     "inputs = [p for _, p in numbered[:n]]"),
    ("average-all-weights", "averaging: D replaced by the oldest's",
     "csgan_tools/averaging.py",
     "averaged[k[len(GENERATOR_PREFIX):]] if k.startswith(GENERATOR_PREFIX) else v)",
     "averaged[k[len(GENERATOR_PREFIX):]] if k.startswith(GENERATOR_PREFIX) else "
     "torch.load(inputs[0], weights_only=True)[\"model\"][k])"),
    ("family-constant", "declared family: the constant-reward control a candidate",
     "csgan_compare/arms.py", "SEQUENCE_LEVEL_ARMS = tuple(a for a, spec in TRAINED_ARMS.items() "
     "if a != Arm.CONSTANT", "SEQUENCE_LEVEL_ARMS = tuple(a for a, spec in TRAINED_ARMS.items() "
     "if True"),
    ("family-all-seeds", "declared family: means over each arm's own seeds",
     "csgan_compare/report.py", "means = {a: sum(valid_bleu[a][s] for s in shared) / len(shared)",
     "means = {a: sum(valid_bleu[a].values()) / len(valid_bleu[a])"),
    ("family-no-holm", "declared family: raw p, not Holm within it",
     "csgan_compare/report.py", "adjusted = significance.holm({i: c[\"p\"] for i, c in "
     "enumerate(family)})", "adjusted = {i: c[\"p\"] for i, c in enumerate(family)}"),
    ("mde-one-sided-power", "seeds for an MDE: the power's quantile on the wrong side",
     "csgan_tools/significance.py",
     "t = scipy_stats.t.ppf(1 - alpha / 2, n - 1) + scipy_stats.t.ppf(power, n - 1)",
     "t = scipy_stats.t.ppf(1 - alpha / 2, n - 1) + scipy_stats.t.ppf(1 - power, n - 1)"),
    ("arm-restarts", "an arm cut short starts over instead of going on",
     "csgan_compare/training.py",
     "resume = (recipe.work / name / \"checkpoint_last.pt\").is_file()", "resume = False"),
    ("no-average", "the runs' last checkpoints not averaged",
     "csgan_compare/training.py", "if recipe.size.average_checkpoints > 1:", "if False:"),
    ("mde-sqrt", "seeds for an MDE: sd / n instead of sd / sqrt(n)",
     "csgan_tools/significance.py", "if t * sd / np.sqrt(n) <= target:",
     "if t * sd / n <= target:"),
    ("archive-decoded-kept", "archive: the checkpoints of a decoded arm kept too",
     "csgan_compare/archive.py", "            f\"{name}.test\" not in done):",
     "            True):"),
    ("archive-optimizer-kept", "archive: the checkpoints' optimiser state kept",
     "csgan_compare/archive.py", "    state.pop(\"last_optimizer_state\", None)\n", ""),
    ("archive-unchecked", "archive: a restored file not checked against its SHA-256",
     "csgan_compare/archive.py", "        if _sha256(path) != entry[\"sha256\"]:",
     "        if False:"),
]
