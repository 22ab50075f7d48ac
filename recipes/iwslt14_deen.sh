#!/usr/bin/env bash
# IWSLT'14 de-en style: a small RNNSearch, lambda 0.7, on your raw files:
#   bash recipes/iwslt14_deen.sh TRAIN_PREFIX VALID_PREFIX TEST_PREFIX WORK_DIR [options] [-- fairseq-train options]
# = bash recipes/paper_recipe.sh iwslt14-deen ... (see there, and the README's "Recipes for your own data").
exec bash "$(dirname "${BASH_SOURCE[0]}")/paper_recipe.sh" iwslt14-deen "$@"
