"""`--arch rnnsearch`: the RNNSearch generator of the paper (Bahdanau et al., 2015).

fairseq's `lstm` model with a bidirectional encoder and attention; sizes default to the
paper's (512-d embeddings, 1024-d hidden) and can be overridden as for any lstm arch.
"""

from fairseq.models import register_model_architecture
from fairseq.models.lstm import base_architecture


@register_model_architecture("lstm", "rnnsearch")
def rnnsearch(args):
    """Fill the `rnnsearch` defaults into `args` (in place), then fairseq's lstm defaults
    for the rest: a 1-layer bidirectional LSTM encoder of 1024 hidden units per direction,
    a 1-layer LSTM decoder of 1024 units with attention, 512-d embeddings and a 512-d
    output projection. Values already in `args` are kept.

    fairseq's lstm attention is multiplicative (a projected dot product, as in Luong et al.,
    2015), not Bahdanau's additive attention, and its units are LSTMs, not GRU-like: an
    RNNSearch-style model rather than an exact replica.

    Args:
        args: argparse.Namespace of the model's options, changed in place.
    Returns:
        None.

    Source: Bahdanau et al., ICLR 2015 (RNNSearch); fairseq's lstm base_architecture.
    """
    args.encoder_bidirectional = getattr(args, "encoder_bidirectional", True)
    args.encoder_embed_dim = getattr(args, "encoder_embed_dim", 512)
    args.encoder_hidden_size = getattr(args, "encoder_hidden_size", 1024)
    args.decoder_embed_dim = getattr(args, "decoder_embed_dim", 512)
    args.decoder_hidden_size = getattr(args, "decoder_hidden_size", 1024)
    args.decoder_out_embed_dim = getattr(args, "decoder_out_embed_dim", 512)
    args.decoder_attention = getattr(args, "decoder_attention", "1")
    base_architecture(args)
