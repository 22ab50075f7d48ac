"""The learning test: sequence-level updates made through fairseq's trainer and the task's own
train_step / optimizer_step must raise the reward of G's samples.

Task: copy a sequence of 3-6 words over an 8-word vocabulary. G (a tiny RNNSearch) is
MLE-trained for a few updates from a fixed seed (the start: its samples score about 0.3
sentence-BLEU against the source copy, so there is room to learn either way). From that
start, each case makes UPDATES sequence-level updates on the training batches and
measures the mean reward of G's samples on fixed held-out sources with a fixed random
stream (the same draws for every arm), against the same updates at zero reward
(--reward-type constant --reward-constant 0; any teacher-forcing updates of the schedule
kept). The margins are stated in MARGIN; every seed must clear them.

Broken updates this catches (tools/mutation_check.py --learning): the policy-gradient sign
flipped, no optimiser step after a policy-gradient update, the update applied to D's
parameter group, teacher forcing replacing the policy-gradient update, the leave-one-out
baseline subtracting the sample's own reward, the risk loss with the sign flipped.
"""

import random

import pytest
import torch

from csgan_nmt.reward import RewardScorer
from csgan_nmt.policy import Policy
from helpers import REPO, build_trainer

pytestmark = pytest.mark.usefixtures("one_thread")

WORDS = [f"w{i}" for i in range(8)]
GENERATOR = ["--arch", "rnnsearch", "--encoder-embed-dim", "16", "--encoder-hidden-size", "32",
             "--decoder-embed-dim", "16", "--decoder-hidden-size", "32",
             "--decoder-out-embed-dim", "16", "--dropout", "0.0"]
START_UPDATES = 140  # MLE updates of the start (lr 0.03): partly trained
UPDATES = 20  # sequence-level updates per case
SEEDS = (1, 2, 3)
# the mean reward of the held-out samples must rise by at least this, in every seed, over
# the same updates at zero reward (sentence-BLEU in [0, 1]; the D case, lambda = 1:
# D - 0.5). Measured gains when written: 0.13-0.27 (BLEU), 0.04-0.08 (D).
MARGIN = {"bleu": 0.05, "d": 0.02}
D_SHARPNESS = 20.0  # D's output layer scaled: at its initial weights D is ~0.5 for anything
HELD_OUT = 96  # held-out sources, each sampled 4 times


def _copy_corpus(path, n, seed):
    rng = random.Random(seed)
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 6))) for _ in range(n)]
    for lang in ("src", "tgt"):
        path.with_suffix(f".{lang}").write_text("\n".join(lines) + "\n")


@pytest.fixture(scope="module")
def copy_data(tmp_path_factory):
    """A binarised copy task: 800 train, 96 valid pairs."""
    from fairseq import options
    from fairseq_cli import preprocess

    root = tmp_path_factory.mktemp("copy")
    _copy_corpus(root / "train", 800, 1)
    _copy_corpus(root / "valid", HELD_OUT, 2)
    args = options.get_preprocessing_parser().parse_args([
        "--source-lang", "src", "--target-lang", "tgt", "--trainpref", str(root / "train"),
        "--validpref", str(root / "valid"), "--destdir", str(root / "bin"),
        "--joined-dictionary", "--workers", "1"])
    preprocess.main(args)
    return root / "bin"


def _trainer(data, save_dir, *options):
    return build_trainer(data, save_dir, "--source-lang", "src", "--target-lang", "tgt",
                         "--max-tokens", "240", "--lr", "0.003", *options,
                         generator=GENERATOR)


def _batches(task, trainer):
    """An endless stream of training batches, shuffled by the run's --seed (so the same for
    both arms of a seed)."""
    task.load_dataset("train")
    epoch = 1
    while True:
        itr = trainer.get_train_iterator(epoch=epoch, load_dataset=False)
        for batch in itr.next_epoch_itr(shuffle=True):
            yield batch
        epoch += 1


@pytest.fixture(scope="module")
def start(copy_data, tmp_path_factory):
    """The start: G's weights after START_UPDATES MLE updates (seed 1), trained on one
    thread whatever OMP_NUM_THREADS says (a module fixture runs before the tests' one_thread
    fixture, and the reductions of two threads give another start)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        _, task, trainer = _trainer(copy_data, tmp_path_factory.mktemp("start"),
                                    "--csgan-stage", "mle", "--lr", "0.03")
        batches = _batches(task, trainer)
        for _ in range(START_UPDATES):
            trainer.train_step([next(batches)])
    finally:
        torch.set_num_threads(threads)
    return {k: v.clone() for k, v in trainer.get_model().generator.state_dict().items()}


@torch.no_grad()
def held_out_reward(task, model, reward_lambda=0.0):
    """Mean reward of 4 samples of every held-out source, drawn from one fixed stream, with
    the model's D (lambda > 0) as it is now."""
    task.load_dataset("valid")
    dataset = task.dataset("valid")
    sample = dataset.collater([dataset[i] for i in range(len(dataset))])
    src, lengths = sample["net_input"]["src_tokens"], sample["net_input"]["src_lengths"]
    src, lengths, refs = (t.repeat_interleave(4, 0) for t in (src, lengths, sample["target"]))
    tgt = task.target_dictionary
    engine = Policy(model.generator, tgt, max_len_a=1.5, max_len_b=4)
    scorer = RewardScorer(model.discriminator, tgt.pad(), tgt.eos(), reward_lambda, 0.5)
    with torch.random.fork_rng():
        torch.manual_seed(12345)
        ys = engine.sample(src, lengths)
    return float(scorer(src, ys, refs).mean())


def run_case(data, save_dir, start_weights, seed, options, zero_reward=False):
    """(reward before, reward after) of UPDATES updates of the adversarial stage."""
    if zero_reward:  # the same samples and updates, every reward 0 (no estimator to ask)
        options = _without(options, {"--reward-estimator": 1, "--reward-baseline-mode": 1,
                                     "--reward-normalize": 1})
    control = ["--reward-type", "constant", "--reward-constant", "0"] if zero_reward else []
    _, task, trainer = _trainer(
        data, save_dir, "--csgan-stage", "adversarial", "--d-steps", "0",
        "--rollout-max-len-a", "1.5", "--rollout-max-len-b", "4", "--seed", str(seed),
        *options, *control)
    model = trainer.get_model()
    model.generator.load_state_dict(start_weights)
    reward_lambda = task.cfg.reward_lambda
    with torch.no_grad():  # D (never trained here, --d-steps 0) with an opinion that varies
        model.discriminator.output.weight.mul_(D_SHARPNESS)
    before = held_out_reward(task, model, reward_lambda)
    batches = _batches(task, trainer)
    updates = UPDATES * len(task.schedule.cycle())
    for _ in range(updates):
        trainer.train_step([next(batches)])
    return before, held_out_reward(task, model, reward_lambda)


def _without(options, flags):
    """`options` without the given flags (flag -> number of values it takes)."""
    out, i = [], 0
    while i < len(options):
        if options[i] in flags:
            i += 1 + flags[options[i]]
            continue
        out.append(options[i])
        i += 1
    return out


CASES = {
    # D alone (lambda = 1, D frozen at its initial weights): G learns to be judged human
    "sequence-loo-d": ["--reward-lambda", "1", "--reward-estimator", "sequence",
                       "--samples-per-source", "4", "--reward-baseline-mode", "leave-one-out",
                       "--reward-normalize", "batch", "--teacher-forcing-steps", "0"],
    # REINFORCE with K samples and the leave-one-out baseline (RLOO), normalised per source
    # (GRPO's advantages, times K / (K - 1))
    "sequence-loo": ["--reward-lambda", "0", "--reward-estimator", "sequence",
                     "--samples-per-source", "4", "--reward-baseline-mode", "leave-one-out",
                     "--reward-normalize", "source", "--teacher-forcing-steps", "0"],
    # minimum risk training over 4 samples, at the default sharpness
    "risk": ["--reward-lambda", "0", "--reward-estimator", "risk", "--samples-per-source", "4",
             "--teacher-forcing-steps", "0"],
    # the paper's schedule (a teacher-forcing update after each), one Adam state per phase
    "sequence-loo+tf": ["--reward-lambda", "0", "--reward-estimator", "sequence",
                        "--samples-per-source", "4", "--reward-baseline-mode", "leave-one-out",
                        "--reward-normalize", "batch", "--teacher-forcing-steps", "1",
                        "--g-optimizer-state", "per-phase"],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_update_raises_the_reward_of_held_out_samples(copy_data, start, tmp_path, case):
    gains = []
    for seed in SEEDS:
        before, learnt = run_case(copy_data, tmp_path / f"pg{seed}", start, seed, CASES[case])
        _, zero = run_case(copy_data, tmp_path / f"zero{seed}", start, seed, CASES[case],
                           zero_reward=True)
        gains.append((before, learnt, zero, learnt - zero))
    print(f"\n{case}: (start, after the updates, after the same updates at zero reward, "
          f"gain) per seed: {[tuple(round(x, 4) for x in g) for g in gains]}")
    assert 0.1 < gains[0][0] < 0.7, "the start should be partly trained"
    margin = MARGIN["d" if case.endswith("-d") else "bleu"]
    assert all(g[3] > margin for g in gains), gains


# ---------------------------------------------------------------- n-best re-ranking
def test_one_nbest_decode_gives_the_translation_of_every_length_penalty(copy_data, start,
                                                                         tmp_path):
    """csgan_tools.nbest: the start (partly trained, so its hypotheses differ in length)
    decoded once with --nbest at lenpen 1.0 and re-ranked, against fairseq-generate run
    at each length penalty."""
    from csgan_tools import fairseq_runs, nbest
    from csgan_tools.user_dir import plugin_dir

    _, _, trainer = _trainer(copy_data, tmp_path, "--csgan-stage", "mle")
    trainer.get_model().generator.load_state_dict(start)
    checkpoint = tmp_path / "start.pt"
    trainer.consolidate_optimizer()  # fairseq's save needs the (unsharded) optimizer state
    trainer.save_checkpoint(str(checkpoint), {})

    def generate(label, lenpen, beam=4):
        argv = [copy_data, "--user-dir", plugin_dir(), "--task", "csgan_nmt", "--path",
                checkpoint, "--source-lang", "src", "--target-lang", "tgt", "--gen-subset",
                "valid", "--beam", beam, "--nbest", beam, "--lenpen", lenpen,
                "--batch-size", "32", "--required-batch-size-multiple", "1",
                "--max-len-a", "1.5", "--max-len-b", "4", "--results-path", tmp_path / label]
        fairseq_runs.generate(argv, tmp_path / f"{label}.log")
        return nbest.read_nbest(tmp_path / label / "generate-valid.txt", HELD_OUT)

    once = generate("once", 1.0)
    assert sum(len({h[1] for h in hyps}) > 1 for hyps in once.values()) > HELD_OUT // 10
    changed = 0
    for lenpen in (0.0, 2.5):
        direct = [hyps[0][2] for _, hyps in sorted(generate(f"lp{lenpen}", lenpen).items())]
        reranked = nbest.choose(once, lenpen)
        assert reranked == direct
        changed += sum(a != b for a, b in zip(reranked, nbest.choose(once, 1.0)))
    assert changed > 0  # the penalties do change some translations
