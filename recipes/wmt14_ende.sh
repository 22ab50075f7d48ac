#!/usr/bin/env bash
# WMT'14 en-de: Transformer-base, lambda 0.8, on your raw files:
#   bash recipes/wmt14_ende.sh TRAIN_PREFIX VALID_PREFIX TEST_PREFIX WORK_DIR [options] [-- fairseq-train options]
# = bash recipes/paper_recipe.sh wmt14-ende ... (see there, and the README's "Recipes for your own data").
exec bash "$(dirname "${BASH_SOURCE[0]}")/paper_recipe.sh" wmt14-ende "$@"
