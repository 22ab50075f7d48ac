"""The comparison recipe: does adversarial training beat MLE, with controls, seeds and
significance (`csgan-compare --size cpu`; see the README)."""
