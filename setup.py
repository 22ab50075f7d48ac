from setuptools import find_packages, setup

setup(
    name="csgan-nmt",
    version="0.1.0",
    description="Conditional sequence GANs (Yang et al., NAACL 2018) for NMT, as a fairseq plugin",
    packages=[*find_packages(include=["csgan_nmt", "csgan_nmt.*", "csgan_compare", "csgan_tools"]),
              "csgan_preprocess"],
    # preprocess/ (data preparation) is installed as csgan_preprocess: a top-level
    # `preprocess` would clash with PyPI's unrelated `preprocess` and with any project's own
    # preprocess module; every package of this distribution starts with csgan_
    package_dir={"csgan_preprocess": "preprocess"},
    python_requires=">=3.10",
    install_requires=[
        # upstream fairseq 0.12.2 does not import on Python 3.11; ve-fairseq is upstream main
        # with that fix, installed under the same `fairseq` package name.
        "ve-fairseq==0.12.3",
        "torch>=2.1,<3",
        "sacrebleu>=2.3,<3",
        "sentencepiece>=0.1.99",
        "subword-nmt>=0.3.8",
        "numpy",
        "scipy",  # the comparison's seed-level t-test and intervals
        "matplotlib>=3.5",  # the comparison recipe's figures
    ],
    # the commands a user runs, from any directory (each has --help); fairseq-train and
    # fairseq-generate themselves stay fairseq's, with --user-dir "$(csgan-user-dir)"
    entry_points={"console_scripts": [
        "csgan-prepare=csgan_preprocess.prepare:cli",
        "csgan-evaluate=csgan_tools.evaluate:main",
        "csgan-export=csgan_tools.export:main",
        "csgan-recipe=csgan_tools.paper_recipes:main",
        "csgan-compare=csgan_compare.__main__:main",
        "csgan-user-dir=csgan_tools.user_dir:main",
        "csgan-self-train=csgan_tools.self_train:main",
        "csgan-options=csgan_tools.options:main",
    ]},
    # pytest-xdist: tests/run.sh runs the suite on two processes (CI has 2 cores)
    extras_require={"test": ["pytest>=7", "pytest-xdist>=3"], "tensorboard": ["tensorboardX"]},
)
