"""A headline above a report's body: the first line, with no full stop ("Удар по Харкову:
кількість загиблих зросла до п'яти"). It sums up what the body tells; its places that the
body tells again on another day, or all of them when it sums up several places, are left to
the body (its toll and the report's own day would otherwise make a second event of the body's
strike, or give one place the total of two). Used by :func:`geo.extract.assemble.assemble`.
"""
from __future__ import annotations

from geo.extract.pipeline import Hit

__all__ = ["without_headline_repeats"]


def _is_headline(hit: Hit) -> bool:
    """Whether ``hit`` comes from a headline: the report's first line, with no full stop,
    above a body ("Удар по Харкову: кількість загиблих зросла до п'яти")."""
    sentence = hit.info.sentence
    return sentence.index == 0 and not sentence.text.rstrip().endswith((".", "!", "?", "…", ":"))


def without_headline_repeats(hits: list[Hit]) -> list[Hit]:
    """``hits`` without a headline's places that the body tells again (itself or a place of
    it) on another day, or when the headline sums up several places ("Удар по Харкову:
    кількість загиблих зросла до п'яти" over a strike of 20 September). A headline of one
    place and day adds its toll to the body's.

    Parameters
    ----------
    hits : list of Hit
        A report's hits, in text order.
    """
    headline = [h for h in hits if _is_headline(h)]
    body = [h for h in hits if h.info.sentence.index > 0]
    if not body or not headline:
        return hits
    many = len({h.mention.key for h in headline}) > 1
    return [h for h in hits if not _is_headline(h) or not any(
        _retold(h, b) and (many or b.date != h.date) for b in body)]


def _retold(headline: Hit, body: Hit) -> bool:
    """Whether ``body`` tells the headline's place again, or a place of the headline's
    region."""
    if body.mention.key == headline.mention.key:
        return True
    region, place = headline.mention.place, body.mention.place
    return headline.mention.feature == "region" and place is not None and place.resolved \
        and (place.candidate.country_code, place.candidate.admin1_code) == (
            region.candidate.country_code, region.candidate.admin1_code)
