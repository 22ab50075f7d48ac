"""Mutations of data preparation (preprocess/): (id, what it breaks, file, original,
mutated), and the tests they run against."""

# data preparation (preprocess/, installed as csgan_preprocess: the scratch copy's symlink
# must shadow the editable install, or every one of these survives)
PREPROCESS_TESTS = ["tests/test_preprocess.py"]


PREPROCESS = [
    ("no-nfc", "normalise: Unicode NFC dropped", "preprocess/normalise.py",
     'unicodedata.normalize("NFC", line).translate(_CONTROL_TO_SPACE)',
     "line.translate(_CONTROL_TO_SPACE)"),
    ("controls-kept", "normalise: control characters kept", "preprocess/normalise.py",
     'unicodedata.normalize("NFC", line).translate(_CONTROL_TO_SPACE)',
     'unicodedata.normalize("NFC", line)'),
    ("utf8-lenient", "reading: invalid UTF-8 replaced, not refused", "preprocess/normalise.py",
     'return raw.decode("utf-8")', 'return raw.decode("utf-8", errors="replace")'),
    ("counts-unchecked", "reading: sides with different line counts accepted",
     "preprocess/normalise.py", "if len(set(counts.values())) > 1:", "if False:"),
    ("empty-kept", "cleaning: a pair with one empty side kept", "preprocess/clean.py",
     "kept = [pair for pair in pairs if all(pair)]",
     "kept = [pair for pair in pairs if any(pair)]"),
    ("ratio-unchecked", "cleaning: the length ratio not checked", "preprocess/clean.py",
     "if max(n_src, n_tgt) / min(n_src, n_tgt) > args.max_len_ratio:", "if False:"),
    ("too-long-kept", "cleaning: --max-len not applied", "preprocess/clean.py",
     "if max(n_src, n_tgt) > args.max_len:", "if False:"),
    ("test-filtered", "cleaning: the test split filtered like train", "preprocess/prepare.py",
     'drops.update(filter_by_length(train.lines, seg["train"], args))',
     'drops.update(filter_by_length(train.lines, seg["train"], args))\n'
     '    filter_by_length(splits[-1].lines, seg[splits[-1].name], args)'),
    ("sample-unseeded", "subwords: sentencepiece's sample differs per process",
     "preprocess/subwords.py", "random.Random(SAMPLE_SEED).sample", "random.Random().sample"),
    ("separate-joint", "subwords: --separate-subwords trains one joint model",
     "preprocess/subwords.py",
     "groups = [langs] if args.joint_subwords else [[lang] for lang in langs]",
     "groups = [langs]"),
    ("tmp-left", "atomic output: a failed run's temporary directory left behind",
     "preprocess/prepare.py", "        shutil.rmtree(tmp, ignore_errors=True)\n", ""),
    ("force-anything", "--force replaces a directory this command did not write",
     "preprocess/prepare.py",
     'if any(destdir.iterdir()) and not (destdir / "prepare.json").is_file():', "if False:"),
    ("cli-traceback", "csgan-prepare: its refusal with a traceback", "preprocess/prepare.py",
     "    except PrepareError as e:", "    except ZeroDivisionError as e:"),
]
