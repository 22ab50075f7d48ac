"""Live progress of long jobs (csgan_tools/progress.py): a fairseq-train run shows its
updates, loss, validation BLEU and time left while it runs; a decode shows its sentences."""

import io
import threading
import time

from helpers import REPO, TINY_GENERATOR


def test_a_training_run_shows_its_progress_before_it_ends(tiny_data, tmp_path):
    from csgan_tools import fairseq_runs
    from csgan_tools.progress import Progress

    stream = io.StringIO()
    progress = Progress("mle.1", total=12, every=1e-9, stream=stream, bar=False)
    status = fairseq_runs.train(
        [tiny_data / "bin", "--user-dir", REPO / "csgan_nmt", "--task", "csgan_nmt",
         "--csgan-stage", "mle", *TINY_GENERATOR, "--optimizer", "adam", "--lr", "0.01",
         "--max-tokens", "1000", "--max-update", "12", "--cpu", "--save-dir", tmp_path,
         "--log-format", "json", "--log-interval", "2", "--validate-interval-updates", "6",
         "--eval-bleu", "--eval-bleu-remove-bpe", "sentencepiece", "--no-epoch-checkpoints",
         "--num-workers", "0", "--batch-size-valid", "64"], tmp_path / "run.log", progress)
    assert status == 0
    lines = stream.getvalue().splitlines()
    # a line before the end: fewer updates than the budget, with a loss; the time left once
    # two records came; validation BLEU once validated
    early = [line for line in lines if "mle.1: " in line and "/12 updates" in line
             and not line.split("mle.1: ")[1].startswith("12/")]
    assert early and "loss " in early[0]
    assert any("left" in line for line in lines)
    assert any("validation BLEU" in line for line in lines)
    assert progress.updates == 12


def test_plain_lines_come_at_most_every_n_seconds_and_a_bar_on_a_terminal():
    from csgan_tools.progress import Progress

    stream = io.StringIO()
    progress = Progress("job", total=100, every=3600, stream=stream, bar=False)
    for u in range(10, 100, 10):
        progress.update({"num_updates": str(u), "loss": "2.5"})
    assert stream.getvalue() == "" and progress.lines == 0  # within the hour: silent
    progress.every = 1e-9
    progress.update({"num_updates": "50", "seq_reward": "0.3", "valid_bleu": "11.5"})
    assert "job: 50/100 updates (50%), loss 2.500, reward 0.300, validation BLEU 11.50" in \
        stream.getvalue()

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    tty = Terminal()
    bar = Progress("job", total=100, stream=tty)
    bar.update({"num_updates": "40", "loss": "1.0"})
    bar.close()
    assert "40/100" in tty.getvalue()


def test_a_decode_shows_its_sentences_while_it_runs(tmp_path):
    from csgan_tools.progress import DecodeProgress

    results = tmp_path / "generate-test.txt"
    stream = io.StringIO()

    def write():
        with open(results, "w") as fh:
            for i in range(5):
                fh.write(f"S-{i}\tsource\nH-{i}\t-1.0\thyp\n")
                fh.flush()
                time.sleep(0.05)

    with DecodeProgress("brcsgan.1.test", results, 10, every=0.02, stream=stream):
        writer = threading.Thread(target=write)
        writer.start()
        writer.join()
        time.sleep(0.05)
    lines = stream.getvalue().splitlines()
    assert any("brcsgan.1.test: " in line and "/10 sentences" in line for line in lines)
    assert "brcsgan.1.test: 5/10 sentences (50%)" in lines[-1]
