"""Mutations of the options reference and live progress: (id, what it breaks, file,
original, mutated), and the tests they run against."""

# the options reference and live progress
DOCS_TESTS = ["tests/test_options_reference.py", "tests/test_progress.py"]


DOCS = [
    ("reference-no-range", "options reference: ranges left out", "csgan_tools/options.py",
     "str(ranges[name]) if name in ranges else \"—\"", "\"—\""),
    ("reference-help-unchecked", "options reference: an option without help accepted",
     "csgan_tools/options.py", "            if not help_text:\n", "            if False:\n"),
    ("reference-group-unchecked", "options reference: an option in no group accepted",
     "csgan_tools/options.py", "    if missing or extra:\n", "    if False:\n"),
    ("optimizer-range-unchecked", "--optimizer csgan: ranges not checked",
     "csgan_nmt/optimizer.py",
     "        interval.check(\"--\" + name.replace(\"_\", \"-\"), float(getattr(cfg, name)))",
     "        pass"),
    ("progress-silent", "progress: nothing shown while a run trains", "csgan_tools/progress.py",
     "        if self.every and now - self.last_line >= self.every:",
     "        if False:"),
    ("progress-every-ignored", "progress: a line on every record, not every N seconds",
     "csgan_tools/progress.py", "        if self.every and now - self.last_line >= self.every:",
     "        if self.every:"),
    ("progress-no-bleu", "progress: validation BLEU not taken", "csgan_tools/progress.py",
     "        self.bleu = number(\"valid_bleu\") if number(\"valid_bleu\") is not None else self.bleu",
     "        pass"),
    ("decode-progress-silent", "progress: a decode shows nothing", "csgan_tools/progress.py",
     "        if self.every:\n            self._thread.start()", "        if False:\n            pass"),
]
