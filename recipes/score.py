"""Score fairseq-generate output against the plain-text references with sacrebleu.

Reads the `D-<id>` lines (detokenised hypotheses) of a fairseq-generate log, puts them back
in corpus order, checks that every reference line got exactly one hypothesis, writes them
to --hyp-out and prints BLEU and chrF with their sacrebleu signatures (and a JSON file).
"""

import argparse
import json
import sys

from csgan_compare.scoring import read_hypotheses, score


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
    try:
        hyps = read_hypotheses(args.generate_log, len(refs))
    except ValueError as error:
        sys.exit(f"error: {error} (references: {args.reference})")
    with open(args.hyp_out, "w", encoding="utf-8") as fh:
        fh.writelines(h + "\n" for h in hyps)
    scores = score(hyps, refs)
    print(f"{args.name}: {len(refs)} sentences")
    print(f"{args.name}: {scores['bleu_text']}  signature {scores['bleu_signature']}")
    print(f"{args.name}: {scores['chrf_text']}  signature {scores['chrf_signature']}")
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump({"name": args.name, "sentences": len(refs), **scores}, fh)


if __name__ == "__main__":
    main()
