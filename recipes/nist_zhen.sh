#!/usr/bin/env bash
# NIST zh-en: RNNSearch, lambda 0.7, case-insensitive BLEU, on your raw files:
#   bash recipes/nist_zhen.sh TRAIN_PREFIX VALID_PREFIX TEST_PREFIX WORK_DIR [options] [-- fairseq-train options]
# = bash recipes/paper_recipe.sh nist-zhen ... (see there, and the README's "Recipes for your own data").
exec bash "$(dirname "${BASH_SOURCE[0]}")/paper_recipe.sh" nist-zhen "$@"
