"""Score fairseq-generate output against the plain-text references with sacrebleu.

Reads the `D-<id>` lines (detokenised hypotheses) of a fairseq-generate log, puts them back
in corpus order, checks that every reference line got exactly one hypothesis, writes them
to --hyp-out and prints BLEU and chrF with their sacrebleu signatures (and a JSON line).
"""

import argparse
import json
import sys

from sacrebleu.metrics import BLEU, CHRF


def read_hypotheses(path):
    hyps = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.startswith("D-"):
                head, _score, *text = line.rstrip("\n").split("\t")
                hyps[int(head[2:])] = text[0] if text else ""
    return hyps


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--generate-log", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--hyp-out", required=True)
    parser.add_argument("--name", default="system")
    parser.add_argument("--json-out", help="also write the scores as JSON here")
    args = parser.parse_args(argv)

    with open(args.reference, encoding="utf-8") as fh:
        refs = [line.rstrip("\n") for line in fh]
    hyps = read_hypotheses(args.generate_log)
    missing = sorted(set(range(len(refs))) - set(hyps))
    if missing or len(hyps) != len(refs):
        sys.exit(f"error: {args.generate_log} has {len(hyps)} hypotheses for {len(refs)} "
                 f"reference lines in {args.reference}; missing ids (first 10): {missing[:10]}")
    ordered = [hyps[i] for i in range(len(refs))]
    with open(args.hyp_out, "w", encoding="utf-8") as fh:
        fh.writelines(h + "\n" for h in ordered)

    bleu, chrf = BLEU(), CHRF()
    bleu_score = bleu.corpus_score(ordered, [refs])
    chrf_score = chrf.corpus_score(ordered, [refs])
    print(f"{args.name}: {len(refs)} sentences")
    print(f"{args.name}: {bleu_score}  signature {bleu.get_signature()}")
    print(f"{args.name}: {chrf_score}  signature {chrf.get_signature()}")
    report = {"name": args.name, "sentences": len(refs), "bleu": round(bleu_score.score, 2),
              "chrf": round(chrf_score.score, 2), "bleu_signature": str(bleu.get_signature()),
              "chrf_signature": str(chrf.get_signature())}
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(report, fh)


if __name__ == "__main__":
    main()
