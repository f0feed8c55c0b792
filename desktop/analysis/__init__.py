"""The Analyse view: matrix, network, category sheet, fragments and study overview in one full window."""
