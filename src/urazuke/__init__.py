"""urazuke (裏付け): reads Japanese news, extracts its claims, checks them against sources.

The library is the product; the CLI is a thin shell over ``ingest``, ``analyze`` and (later)
``verify``::

    from urazuke.ingest import read_article
    from urazuke.analyze import analyze
    result = analyze(read_article("article.txt"))
"""

__version__ = "0.1.0"
