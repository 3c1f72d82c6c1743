"""Pure parsers for the checkable details of a sentence.

Each module is a set of small, deterministic functions over text that never
raise on arbitrary input: ``numbers`` (quantities, money, percentages,
measures), ``dates`` (absolute and relative dates, times of day), ``names``
(people, places, organisations and their spelling-independent keys) and
``stance`` (attribution, hedging, direction/state words).
"""
