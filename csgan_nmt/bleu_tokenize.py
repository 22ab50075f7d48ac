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
# sacreBLEU 2.x's BLEU._TOKENIZER_MAP: target language -> tokenizer, for the ISO 639-1 codes
# it knows and their ISO 639-3 codes (also the first part of FLORES-200 / NLLB codes such as
# zho_Hans, jpn_Jpan, kor_Hang): Chinese as a macrolanguage and its written varieties
# (Mandarin, Cantonese, Wu, Min Nan, Hakka, Gan, Xiang, Literary Chinese), Japanese, Korean
CHINESE = ("zh", "zho", "chi", "cmn", "yue", "wuu", "nan", "hak", "gan", "hsn", "lzh", "cdo",
           "cjy", "cpx", "czh", "czo", "mnp")
BY_LANGUAGE = {**{code: "zh" for code in CHINESE}, "ja": "ja-mecab", "jpn": "ja-mecab",
               "ko": "ko-mecab", "kor": "ko-mecab"}
# a script subtag that says the text is written without spaces (zh-Hans, und_Hant, *_Jpan)
BY_SCRIPT = {"hans": "zh", "hant": "zh", "hani": "zh", "jpan": "ja-mecab",
             "kore": "ko-mecab"}
# references whose lines average at most this many 13a tokens, with at least UNSEGMENTED_CHARS
# characters a line, are taken for text written without spaces (`check_references`)
UNSEGMENTED_TOKENS, UNSEGMENTED_CHARS = 1.5, 8
EXTRAS = {"ja-mecab": "ja", "ko-mecab": "ko"}


def by_language(target_lang: Optional[str]) -> str:
    """The tokenizer sacreBLEU's command line would use for a target language code: by its
    primary subtag (ISO 639-1 or 639-3: BY_LANGUAGE), else by a script subtag (BY_SCRIPT),
    else 13a.

    Args:
        target_lang: str language code ("zh", "zho_Hans", "yue", "jpn_Jpan", "en", ...) or
            None.
    Returns:
        str, a sacreBLEU tokenizer name.
    """
    if not target_lang:
        return DEFAULT
    subtags = target_lang.replace("_", "-").lower().split("-")
    if subtags[0] in BY_LANGUAGE:
        return BY_LANGUAGE[subtags[0]]
    return next((BY_SCRIPT[t] for t in subtags[1:] if t in BY_SCRIPT), DEFAULT)


def check_references(refs, target_lang: Optional[str], tokenize: Optional[str] = None,
                     option: str = "--tokenize"):
    """Refuse BLEU with the default 13a tokenizer on references that look written without
    spaces (on average at most UNSEGMENTED_TOKENS 13a tokens per line, of at least
    UNSEGMENTED_CHARS characters): a target language code `by_language` does not know,
    e.g. Thai or a private code for Chinese, would score every sentence as one word (BLEU
    near 0). Nothing is checked when the tokenizer is given.

    Args:
        refs: sequence of str, the reference lines (the first 500 are looked at).
        target_lang: str or None, the target language code.
        tokenize: str or None, the user's explicit tokenizer.
        option: str, the option that sets it, for the message.
    Returns:
        None.
    Raises:
        OptionError: naming the language code, the averages and `option`.
    """
    if tokenize or by_language(target_lang) != DEFAULT:
        return
    from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a

    sample = [line for line in list(refs)[:500] if line.strip()]
    if not sample:
        return
    tokenizer = Tokenizer13a()
    tokens = sum(len(tokenizer(line).split()) for line in sample) / len(sample)
    chars = sum(len(line) for line in sample) / len(sample)
    if tokens <= UNSEGMENTED_TOKENS and chars >= UNSEGMENTED_CHARS:
        raise OptionError(
            f"the references of target language '{target_lang}' look written without spaces "
            f"({tokens:.2f} 13a tokens a line for {chars:.0f} characters): BLEU with the "
            f"default 13a tokenizer would count each sentence as one word; give the "
            f"tokenizer with {option} (zh, ja-mecab, ko-mecab, char, flores200, ...)")


def choose(target_lang: Optional[str], tokenize: Optional[str] = None,
           option: str = "--tokenize") -> str:
    """The sacreBLEU tokenizer name for BLEU of text in `target_lang`, as sacreBLEU's
    command line chooses it; the tokenizer is built once to check its dependencies.

    Args:
        target_lang: str language code (`by_language`: zh and the ISO 639-3 / FLORES-200
            codes of Chinese -> zh, ja / jpn -> ja-mecab, ko / kor -> ko-mecab, a Hans /
            Hant / Jpan / Kore script subtag likewise, any other -> 13a), or None (13a).
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

    name = tokenize or by_language(target_lang)
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
