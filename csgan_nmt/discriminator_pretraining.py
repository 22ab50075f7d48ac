"""D pretraining to a target accuracy (Yang et al., NAACL 2018, section 4: D is pretrained on
gold pairs vs G's translations until its accuracy on held-out pairs reaches xi = 0.82).

`HeldOutSet` is the held-out data: validation pairs, each gold and with G's translation.
`DiscriminatorPretraining` is the control the task runs after every D pretraining update:
it measures D on that set every --d-eval-interval updates, asks the schedule (stages.py) what
the measurement decides, and records the outcome in the model's stage state, so that it
survives resume. The task acts on its answer (ends the run where a staged D run stops).
"""

import logging
from dataclasses import dataclass

import torch
from fairseq import metrics, utils
from fairseq.dataclass import ChoiceEnum, FairseqDataclass

from .discriminator_loss import balanced_batch
from .distributed import all_reduce_sum, world
from .option_ranges import POSITIVE, POSITIVE_REAL, Range, option
from .refusal import InputError
from .stages import EXIT_D_BUDGET_EXHAUSTED, DOutcome
from .utils import eval_mode

logger = logging.getLogger(__name__)


@dataclass
class DiscriminatorTrainingConfig(FairseqDataclass):
    """How D is trained: pretrained to held-out accuracy xi within a budget, its negatives,
    its weights clipped after every D update (pretraining and adversarial stage).

    Attributes:
        d_target_accuracy: float xi in (0, 1].
        d_max_updates, d_eval_interval, d_heldout_size, d_negative_beam: int >= 1.
        d_clip_value: float c > 0, D's weights clipped to [-c, c].
        d_negatives: str, "sample" or "beam".

    Source: Yang et al., NAACL 2018, section 4 (xi = 0.82; RMSProp with clipped weights).
    """

    d_target_accuracy: float = option(
        0.82, "stop D pretraining at this held-out accuracy (xi)",
        Range(0.0, 1.0, low_open=True))
    d_max_updates: int = option(1000, "budget of D pretraining updates", POSITIVE)
    d_eval_interval: int = option(
        10, "measure held-out D accuracy every N D updates", POSITIVE)
    d_heldout_size: int = option(
        200, "validation sentences in the held-out D set", POSITIVE)
    d_clip_value: float = option(
        1.0, "clip every D weight to [-c, c] after each D update", POSITIVE_REAL)
    d_negatives: ChoiceEnum(["sample", "beam"]) = option(
        "sample", "how G translates sources into D's negatives")
    d_negative_beam: int = option(4, "beam size for --d-negatives beam", POSITIVE)


class HeldOutSet:
    """The held-out D set: the first `size` pairs of a validation split, each gold (label
    REAL = 1) and with G's translation (FAKE = 0).

    G is frozen during D pretraining, so its translations are drawn once, with a fixed seed,
    without disturbing the training RNG. Every worker of a distributed run builds the same
    set and measures D on its share of it.

    Args:
        batches: the list kept as `batches` (use `build`).
    Attributes:
        batches: list of (src (2B, S) int64, tgt (2B, L) int64 targets with EOS as pad,
            labels (2B,) float32 in {0, 1}) as `discriminator_loss.balanced_batch` returns
            them (src repeated for the gold and the translated half; B <= `build`'s
            batch_size pairs), on the model's device.

    Source: Yang et al., NAACL 2018, section 4 (D's accuracy on held-out pairs decides when
    its pretraining ends).
    """

    def __init__(self, batches):
        self.batches = batches

    @staticmethod
    def check(split, dataset):
        """Refuse an empty held-out split before training, not at the first measurement.

        Args:
            split: str, the split's name (the first --valid-subset).
            dataset: fairseq's LanguagePairDataset of that split.
        Returns:
            None.
        Raises:
            InputError: the split has no pair.
        """
        if len(dataset) == 0:
            raise InputError(
                f"csgan: the validation split '{split}' is empty: D pretraining measures its "
                "held-out accuracy (--d-target-accuracy) on validation pairs")

    @classmethod
    @torch.no_grad()
    def build(cls, criterion, model, dataset, split, size, seed, batch_size=64):
        """The set of the first min(size, len(dataset)) pairs of `dataset`.

        Args:
            criterion: discriminator_loss.DiscriminatorCriterion; its `negatives` draws G's
                translations (--d-negatives: sampled or beam) and `on_prefixes` says whether
                D sees random prefixes (--reward-estimator partial-d).
            model: CSGANModel (its generator translates; its parameters give the device).
            dataset: fairseq's LanguagePairDataset of the validation split.
            split: str, the split's name, for errors.
            size: int >= 1, --d-heldout-size (pairs, before doubling into gold and fake).
            seed: int, the seed of G's translations (the run's --seed); the caller's RNG
                state (CPU and the model's CUDA device) is restored afterwards.
            batch_size: int >= 1, pairs per batch.
        Returns:
            HeldOutSet of ceil(n / batch_size) batches, n = min(size, len(dataset)).
        Raises:
            InputError: the split is empty.
        """
        cls.check(split, dataset)
        n = min(size, len(dataset))
        device = next(model.parameters()).device
        pad, eos = criterion.task.target_dictionary.pad(), criterion.task.target_dictionary.eos()
        batches = []
        with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
            torch.manual_seed(seed)
            for start in range(0, n, batch_size):
                end = min(start + batch_size, n)
                sample = dataset.collater([dataset[i] for i in range(start, end)])
                if device.type == "cuda":
                    sample = utils.move_to_cuda(sample, device=device)
                src = sample["net_input"]["src_tokens"]
                fake = criterion.negatives(model, src, sample["net_input"]["src_lengths"])
                batches.append(balanced_batch(src, sample["target"], fake, pad, eos,
                                              criterion.on_prefixes))
        return cls(batches)

    @torch.no_grad()
    def counts(self, discriminator, rank=0, workers=1):
        """D's correct decisions on this worker's share of the set (every `workers`-th batch
        from `rank`), D in eval mode, a logit > 0 taken as REAL; no gradient.

        Args:
            discriminator: CNNDiscriminator (its former mode is restored afterwards).
            rank: int in [0, workers), this worker's data-parallel rank.
            workers: int >= 1, the data-parallel world size.
        Returns:
            (correct, total): ints, rows classified correctly and rows seen (gold and
            translated alike; (0, 0) for an empty share); the caller sums them over the
            workers.
        """
        share = self.batches[rank::workers]
        with eval_mode(discriminator):
            correct = sum(((discriminator(src, tgt) > 0).float() == labels).sum().item()
                          for src, tgt, labels in share)
        return correct, sum(labels.numel() for _, _, labels in share)


class DiscriminatorPretraining:
    """The control of D pretraining, for the csgan_nmt task: when to measure D on the held-out
    set, the measurement, and what it decides.

    Args:
        task: the CSGANTranslationTask (its options, schedule, D criterion and datasets).

    Attributes:
        heldout: HeldOutSet, built at the first measurement of a stage (None before).
        exit_status: None, or EXIT_D_BUDGET_EXHAUSTED once a staged D run
            (--csgan-stage discriminator) ran out of --d-max-updates; the task exits with it
            after the checkpoint is saved.

    Source: Yang et al., NAACL 2018, section 4 (D pretrained to accuracy xi).
    """

    def __init__(self, task):
        self.task = task
        self.heldout = None
        self.exit_status = None

    def heldout_split(self):
        """The split D is measured on: the first --valid-subset, loaded here where fairseq
        did not load it (--disable-validation).

        Returns:
            (name, dataset): str and fairseq's LanguagePairDataset.
        Raises:
            FileNotFoundError: the split does not exist (fairseq), or, in a training run, has
                no target side (MissingInputError, from the task's load_dataset).
        """
        split = self.task.cfg.valid_subset.split(",")[0]
        if split not in self.task.datasets:
            self.task.load_dataset(split, combine=False, epoch=1)
        return split, self.task.dataset(split)

    def check(self):
        """Refuse an empty held-out split now, before any D update (loading it if needed).

        Returns:
            None.
        Raises:
            InputError: the split has no pair.
            FileNotFoundError: as `heldout_split`.
        """
        HeldOutSet.check(*self.heldout_split())

    def forget(self):
        """Drop the held-out set (on entering a stage: G may have changed since).

        Returns:
            None.
        """
        self.heldout = None

    def accuracy(self, model):
        """D's accuracy on the held-out set, built at the first call of a stage, summed over
        the workers so that every worker takes the same decision.

        Args:
            model: CSGANModel (its generator translates the set once, its discriminator is
                measured).
        Returns:
            float in [0, 1]: correct / rows, over gold and translated rows alike.
        Raises:
            InputError: the held-out split is empty (at the set's first build).
        """
        if self.heldout is None:
            split, dataset = self.heldout_split()
            cfg = self.task.cfg
            self.heldout = HeldOutSet.build(self.task.discriminator_criterion, model, dataset,
                                            split, cfg.d_heldout_size, seed=int(cfg.seed))
        workers, rank = world()
        counts = self.heldout.counts(model.discriminator, rank, workers)
        correct, total = all_reduce_sum(counts, next(model.parameters()).device)
        return correct / total

    def after_update(self, model, update_num) -> bool:
        """After D pretraining update `update_num` (0-based, fairseq's counter): measure D if
        due (Schedule.d_eval_due), log the accuracy (metric d_heldout_acc), and record an
        ended pretraining in the model's stage state (target reached, or budget spent).
        Every worker must call it (the measurement is a collective).

        Args:
            model: CSGANModel (its stage state is read and written, its D measured).
            update_num: int, the update just stepped, as the task's optimizer_step got it.
        Returns:
            True when this run must stop after this update: pretraining ended and the run was
            a staged --csgan-stage discriminator (auto goes on to the adversarial stage).
        """
        state, schedule, cfg = model.stage, self.task.schedule, self.task.cfg
        done = state.updates_done(update_num) + 1
        if not schedule.d_eval_due(done):
            return False
        accuracy = self.accuracy(model)
        metrics.log_scalar("d_heldout_acc", accuracy, weight=0, round=4)
        logger.info(f"csgan: D held-out accuracy {accuracy:.4f} after {done} D updates "
                    f"(target {cfg.d_target_accuracy})")
        outcome = schedule.d_outcome(done, accuracy)
        if outcome == DOutcome.PENDING:
            return False
        state.set_d_outcome(outcome)  # auto enters the adversarial stage at the next update
        if outcome == DOutcome.TARGET_REACHED:
            logger.info(f"csgan: D reached the target accuracy after {done} D updates")
        else:
            logger.warning(f"csgan: D pretraining budget --d-max-updates {cfg.d_max_updates} "
                           f"ran out at held-out accuracy {accuracy:.4f} < target "
                           f"{cfg.d_target_accuracy}")
        if schedule.continues_after_pretraining():
            return False
        if outcome == DOutcome.BUDGET_EXHAUSTED:
            self.exit_status = EXIT_D_BUDGET_EXHAUSTED
        return True
