"""Every length penalty from one beam search: fairseq-generate's n-best list, re-ranked.

fairseq's `SequenceGenerator` finalises a hypothesis when it ends in EOS among the beam's
candidates, whatever the length penalty, and a sentence is done once `beam` hypotheses are
final; the penalty only divides each final score by length ** lenpen
(`finalize_hypos`: `eos_scores /= (step + 1) ** self.len_penalty`) before they are sorted.
So decoding once with `--nbest BEAM` at any length penalty and re-ranking the finished
hypotheses by sum(positional scores) / len ** lenpen, where len counts EOS (the `P-` line's
entries), gives the translation a decode at that length penalty would give
(tests/test_learning.py checks it against fairseq-generate at other penalties). The comparison
recipe thereby tunes the penalty of every arm on validation for the price of one decode.
"""

from typing import Dict, List, Sequence, Tuple

Hypothesis = Tuple[float, int, str]  # (sum of positional log-probs, length with EOS, text)
# (fairseq-generate prints the positional scores in base 2, to 4 decimals; re-ranking by
# score / length ** lenpen does not depend on the base)


def read_nbest(generate_log, expected: int) -> Dict[int, List[Hypothesis]]:
    """{sentence id: its finished hypotheses} from fairseq-generate output written with
    `--nbest` (the `D-` detokenised line and the `P-` positional scores that follow it).
    Raises ValueError naming the file when a sentence of 0..expected-1 has no hypothesis.

    Args:
        generate_log: path (str or Path) of fairseq-generate's output
            (RESULTS/generate-SPLIT.txt), UTF-8.
        expected: int, the number of sentences of the split.
    Returns:
        {id: [Hypothesis]}: ids 0..expected-1, each with its hypotheses in file order
        (fairseq's: best first at the decode's length penalty); a Hypothesis is (sum of the
        positional log2-probabilities, float <= 0; length in tokens with EOS, int; the
        detokenised text, str).
    Raises:
        ValueError: naming the file, when a sentence of 0..expected-1 has no hypothesis,
            the file holds another number of sentences, or a `P-` line's id differs from
            the `D-` line before it.
    """
    out: Dict[int, List[Hypothesis]] = {}
    pending = None
    with open(generate_log, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("D-"):
                head, _score, *text = line.rstrip("\n").split("\t")
                pending = (int(head[2:]), text[0] if text else "")
            elif line.startswith("P-") and pending is not None:
                head, positional = line.rstrip("\n").split("\t", 1)
                sentence, text = pending
                if int(head[2:]) != sentence:
                    raise ValueError(f"{generate_log}: P-{head[2:]} follows D-{sentence}")
                scores = [float(x) for x in positional.split()]
                out.setdefault(sentence, []).append((sum(scores), len(scores), text))
                pending = None
    missing = sorted(set(range(expected)) - set(out))
    if missing or len(out) != expected:
        raise ValueError(f"{generate_log} has hypotheses for {len(out)} of {expected} "
                         f"sentences; missing ids (first 10): {missing[:10]}")
    return out


def choose(nbest: Dict[int, List[Hypothesis]], lenpen: float) -> List[str]:
    """The translation of every sentence (in id order) at length penalty `lenpen`: the
    hypothesis of highest score / length ** lenpen (ties: the earlier in the list).

    Args:
        nbest: `read_nbest`'s {id: [Hypothesis]}, ids 0..len(nbest)-1.
        lenpen: float, fairseq's length penalty (0: unnormalised log-probability; larger
            favours longer hypotheses).
    Returns:
        List[str] of len(nbest) translations, sentence 0 first.

    Source: fairseq's SequenceGenerator (`finalize_hypos`: score / (step + 1) ** lenpen,
    the length counting EOS).
    """
    def normalised(hypothesis):
        total, length, _ = hypothesis
        return total / length ** lenpen

    return [max(nbest[i], key=normalised)[2] for i in range(len(nbest))]


def tune(nbest: Dict[int, List[Hypothesis]], lenpens: Sequence[float], score) -> dict:
    """Score (`score(hyps) -> float`, e.g. validation BLEU) at each length penalty, and the
    best one; ties keep 1.0, then the smaller penalty. Returns {"lenpen", "scores"}.

    Args:
        nbest: `read_nbest`'s {id: [Hypothesis]} of the tuning split.
        lenpens: sequence of float, the penalties to try; 1.0 is always tried too.
        score: callable, List[str] translations -> float, higher is better.
    Returns:
        {"lenpen": float, the best penalty; "scores": {penalty: score}, in increasing
        penalty}.
    """
    scores = {lp: score(choose(nbest, lp)) for lp in sorted(set(lenpens) | {1.0})}
    best = max(scores, key=lambda lp: (scores[lp], lp == 1.0, -lp))
    return {"lenpen": best, "scores": scores}
