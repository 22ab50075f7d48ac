"""The comparison recipe: does adversarial training beat MLE, with controls, seeds and
significance (`python -m csgan_compare --size cpu`; see the README)."""
