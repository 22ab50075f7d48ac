"""Turn raw parallel text into subword-segmented fairseq binaries (see ``preprocess.prepare``)."""
