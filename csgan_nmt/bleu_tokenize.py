"""Which sacreBLEU tokenizer BLEU uses, chosen from the target language as sacreBLEU's command
line chooses it (`sacrebleu -l SRC-TGT`; Post, WMT 2018, "A Call for Clarity in Reporting
BLEU Scores").

sacreBLEU's default tokenizer, 13a, splits on spaces and punctuation; a language written
without spaces between words would count each sentence as one word (Chinese: BLEU 0.00 with
hyp_len equal to the number of sentences). sacreBLEU's command line therefore uses `zh` for
a Chinese target, `ja-mecab` for Japanese and `ko-mecab` for Korean (the last two need its
extras: ``pip install 'sacrebleu[ja]'`` / ``'sacrebleu[ko]'``). Every BLEU csgan-nmt reports
(csgan-evaluate, csgan-compare and its significance tests, csgan-recipe, validation BLEU
of `--eval-bleu`) goes through `choose`, and sacreBLEU's signature shows the tokenizer
(`tok:zh`). chrF needs no tokenizer (character n-grams, whitespace ignored).

The sentence-BLEU reward of training (sentence_bleu.py) is not affected: it counts n-grams
of the generator's own subword ids, which segment any script.
"""

from typing import Optional

from .refusal import OptionError

DEFAULT = "13a"
# sacreBLEU 2.x's BLEU._TOKENIZER_MAP: target language -> tokenizer
BY_LANGUAGE = {"zh": "zh", "ja": "ja-mecab", "ko": "ko-mecab"}
EXTRAS = {"ja-mecab": "ja", "ko-mecab": "ko"}


def primary_language(code: str) -> str:
    """The lower-cased primary subtag of a language code (fairseq's --target-lang is a file
    suffix, often with a region): 'zh' for 'zh', 'ZH', 'zh_CN', 'zh-Hans'.

    Args:
        code: str, a language code; "_" and "-" both separate subtags.
    Returns:
        str, the part before the first separator, lower-cased.
    """
    return code.replace("_", "-").split("-")[0].lower()


def choose(target_lang: Optional[str], tokenize: Optional[str] = None,
           option: str = "--tokenize") -> str:
    """The sacreBLEU tokenizer name for BLEU of text in `target_lang`, as sacreBLEU's
    command line chooses it; the tokenizer is built once to check its dependencies.

    Args:
        target_lang: str language code (`primary_language` is looked up: zh -> zh,
            ja -> ja-mecab, ko -> ko-mecab, any other -> 13a), or None (unknown: 13a).
        tokenize: str, an explicit choice (any of sacreBLEU's tokenizers: 13a, intl, zh,
            ja-mecab, ko-mecab, char, flores101, flores200, spm, none), or None to choose
            by language.
        option: str, the option the user sets it with, for the messages.
    Returns:
        str, the tokenizer name (sacreBLEU's `tok:` in its signature).
    Raises:
        OptionError: naming `option` for an unknown tokenizer; naming the pip extra (or
        sacreBLEU's README) when the chosen one's dependencies are not installed or its
        model cannot be fetched.

    Source: sacreBLEU (Post, WMT 2018), its BLEU._TOKENIZER_MAP.
    """
    from sacrebleu.metrics.bleu import _TOKENIZERS, _get_tokenizer

    lang = primary_language(target_lang) if target_lang else None
    name = tokenize or BY_LANGUAGE.get(lang, DEFAULT)
    if name not in _TOKENIZERS:
        raise OptionError(f"{option} {name}: not a sacreBLEU tokenizer; choose from "
                          f"{', '.join(sorted(_TOKENIZERS))}")
    try:
        _get_tokenizer(name)()  # the extras are imported when the tokenizer is built
    except (ImportError, RuntimeError, OSError):  # (spm/flores download their model)
        why = f"for target language '{target_lang}' " if tokenize is None else ""
        extra = EXTRAS.get(name)
        install = (f"pip install 'sacrebleu[{extra}]'" if extra
                   else "see sacreBLEU's README for its dependencies")
        raise OptionError(f"BLEU {why}needs sacreBLEU's {name} tokenizer, whose dependencies "
                          f"are not installed: {install}, or choose another tokenizer with "
                          f"{option}") from None
    return name


def bleu(target_lang: Optional[str], tokenize: Optional[str] = None, lowercase=False,
         option: str = "--tokenize"):
    """A sacreBLEU metric for corpus BLEU of `target_lang` text, with the tokenizer
    `choose` picks and sacreBLEU's other defaults (4-gram, exp smoothing).

    Args:
        target_lang, tokenize, option: as for `choose`.
        lowercase: bool, case-insensitive BLEU.
    Returns:
        sacrebleu.metrics.BLEU; its corpus_score gives BLEU in [0, 100].
    Raises:
        OptionError: as `choose`.

    Source: sacreBLEU (Post, WMT 2018).
    """
    from sacrebleu.metrics import BLEU

    return BLEU(tokenize=choose(target_lang, tokenize, option), lowercase=lowercase)
