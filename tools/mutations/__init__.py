"""The mutations of tools/mutation_check.py, set by set, one module each: (id, what it breaks,
file, original snippet, mutated snippet), the file in csgan_nmt/ unless a path is given; and
the tests each set runs. Every snippet must occur exactly once in its file
(`python tools/mutation_check.py --snippets`).
"""

from .core import MUTATIONS, TESTS  # noqa: F401 (the default set)
from .docs import DOCS, DOCS_TESTS
from .drop_in import DROP_IN, DROP_IN_TESTS
from .inputs import INPUTS, INPUTS_TESTS
from .learning import LEARNING, LEARNING_TESTS
from .long import LONG, LONG_TESTS
from .preprocess import PREPROCESS, PREPROCESS_TESTS
from .statistics import STATISTICS, STATISTICS_TESTS
from .twins import TWINS, TWINS_TESTS

# the sets besides the default one: --NAME runs (mutations, against these tests)
SETS = {
    "drop_in": (DROP_IN, DROP_IN_TESTS,
                "the export/recipe/tensorboard mutations, against DROP_IN_TESTS"),
    "learning": (LEARNING, LEARNING_TESTS,
                 "the sequence-level objectives' mutations, against LEARNING_TESTS"),
    "statistics": (STATISTICS, STATISTICS_TESTS,
                   "the comparison's statistics, against STATISTICS_TESTS"),
    "inputs": (INPUTS, INPUTS_TESTS, "inputs users bring, against INPUTS_TESTS"),
    "preprocess": (PREPROCESS, PREPROCESS_TESTS,
                   "data preparation (preprocess/), against PREPROCESS_TESTS"),
    "long": (LONG, LONG_TESTS, "the long comparison's design, against LONG_TESTS"),
    "twins": (TWINS, TWINS_TESTS,
              "checks on every path of an input, TWINS_TESTS"),
    "docs": (DOCS, DOCS_TESTS, "the options reference and live progress, DOCS_TESTS"),
}
