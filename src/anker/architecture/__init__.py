"""The capability map (reference architecture) and the blocks that realise it."""
