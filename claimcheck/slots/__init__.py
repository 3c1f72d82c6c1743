"""Pure parsers for the checkable details of a sentence.

Each module is a set of small, deterministic functions over text that never
raise on arbitrary input: ``numbers`` (quantities, money, percentages,
measures), ``dates`` (absolute and relative dates, times of day), ``names``
(people, places, organisations and their spelling-independent keys) and
``stance`` (attribution, hedging, direction/state words).
"""

# Entries kept by the per-sentence caches (entities, dates, figures, hedges,
# polarity cues, speaker). Sentences are read while claims are prepared and
# read again when their pairs are judged; 1,000 articles hold ~21,000
# sentences, and a smaller cache would read most of them twice.
SENTENCE_CACHE = 65536
