"""From report text to event records: places, attack types, figures, dates, provenance.

What it uses: :mod:`geo.geocoding` (and through it :mod:`geo.gazetteer`) to place names,
pymorphy3's Ukrainian and Russian dictionaries (:mod:`~geo.extract.morphology`), and the core
modules; it reads no files and writes no store.

>>> from geo.extract import extract_events
>>> text = ("A glide bomb struck an apartment complex in Kramatorsk, killing a child; "
...         "drones and missiles hit Kyiv.")
>>> [e.place for e in extract_events(text, source="seed", published="2025-07-22")]
['Kramatorsk', 'Kyiv']

The steps (one module each): :mod:`~geo.extract.sentences` (split with
offsets), :mod:`~geo.extract.mentions` (gazetteer n-gram scan),
:mod:`~geo.extract.roles` (actor, venue, title, trap...), :mod:`~geo.extract.lexicon`
(attack cues and types), :mod:`~geo.extract.figures` (killed, injured, counts),
:mod:`~geo.extract.dates` (relative and absolute dates),
:mod:`~geo.extract.analysis` / :mod:`~geo.extract.pipeline` (which places are
attack locations) and :mod:`~geo.extract.assemble` (one record per place).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from geo.errors import InputError
from geo.extract.assemble import UnresolvedPlace
from geo.model import EventRecord

__all__ = ["Extractor", "ExtractResult", "UnresolvedPlace", "extract_events", "extract_report",
           "default_extractor"]


@dataclass
class ExtractResult:
    """The events of one report and the attack locations that could not be placed."""

    events: list[EventRecord] = field(default_factory=list)
    unresolved: list[UnresolvedPlace] = field(default_factory=list)


class Extractor:
    """Extraction bound to one geocoder, with caches kept across reports.

    Parameters
    ----------
    geocoder : OfflineGeocoder, optional
        The default is an :class:`~geo.geocoding.OfflineGeocoder` over the
        default gazetteer (``$STRIKEMAP_GAZETTEER``, else the bundled dump for Ukraine).
    """

    def __init__(self, geocoder=None) -> None:
        from geo.extract.mentions import MentionFinder
        from geo.extract.sentence_memo import SentenceMemo

        if geocoder is None:
            from geo.geocoding import OfflineGeocoder
            geocoder = OfflineGeocoder()
        self.geocoder = geocoder
        self.finder = MentionFinder(geocoder.gazetteer)
        self._resolved: dict = {}
        self._sentences = SentenceMemo()
        self._rules: object = None

    def extract(self, text: str, *, source: str, published: str | None = None) -> ExtractResult:
        """Events and unresolved attack locations of one report.

        Parameters
        ----------
        text : str
            The report.
        source : str
            Its id or URL (kept on every event; part of the event id).
        published : str, optional
            ``YYYY-MM-DD``; relative dates resolve against it. Without it every
            date that needs it is ``unknown``.

        Raises
        ------
        geo.errors.InputError
            When ``text`` is not a string or ``published`` not a ``YYYY-MM-DD`` date.
        """
        from geo.extract.analysis import analyse, resolve_mentions
        from geo.extract.assemble import assemble
        from geo.extract.dates import parse_published
        from geo.extract.pipeline import find_hits
        from geo.extract.sentences import with_plain_apostrophes

        if not isinstance(text, str):
            raise InputError(f"report text must be a string, not {type(text).__name__}",
                             field="text")
        day = parse_published(published)
        rules = getattr(self.geocoder, "rules", None)
        if rules is not self._rules:       # the analyst's rules changed: forget old answers
            self._resolved.clear()
            self._sentences.clear()
            self._rules = rules
        read = with_plain_apostrophes(text)
        infos = analyse(read, self.finder, self._sentences)
        resolve_mentions(infos, self.geocoder, self._resolved, self.finder,
                         day.isoformat() if day else None)
        events, unresolved = assemble(find_hits(infos, day), source, day)
        if read != text:                    # excerpts are the report's own words
            events, unresolved = _original_excerpts(text, events, unresolved)
        if unresolved:
            from geo.extract.pending import with_areas
            unresolved = with_areas(unresolved, self.geocoder.gazetteer)
        return ExtractResult(events, unresolved)


_DEFAULT: dict[int, Extractor] = {}


def default_extractor(geocoder=None) -> Extractor:
    """A cached :class:`Extractor` for ``geocoder`` (None: the default geocoder)."""
    key = id(geocoder)
    extractor = _DEFAULT.get(key)
    if extractor is None or extractor.geocoder is not geocoder and geocoder is not None:
        extractor = Extractor(geocoder)
        _DEFAULT[key] = extractor
    return extractor


def _original_excerpts(text: str, events: list, unresolved: list) -> tuple[list, list]:
    """Events and unresolved places with their excerpts cut from ``text`` itself."""
    events = [replace(e, excerpt=text[e.extra["excerpt_start"]:e.extra["excerpt_end"]])
              for e in events]
    unresolved = [replace(u, excerpt=text[u.excerpt_start:u.excerpt_end]) for u in unresolved]
    return events, unresolved


def extract_report(text: str, *, source: str, published: str | None = None,
                   geocoder=None) -> ExtractResult:
    """Events and unresolved attack locations of one report (see :class:`Extractor`)."""
    return default_extractor(geocoder).extract(text, source=source, published=published)


def extract_events(text: str, *, source: str, published: str | None = None,
                   geocoder=None) -> list[EventRecord]:
    """The events of one report: one :class:`~geo.model.EventRecord` per attacked place.

    Parameters
    ----------
    text : str
        The report (English, Ukrainian or Russian).
    source : str
        The report's id or URL.
    published : str, optional
        Publication date ``YYYY-MM-DD`` (relative dates resolve against it).
    geocoder : OfflineGeocoder, optional
        Default: the offline geocoder over the default gazetteer.

    Returns
    -------
    list of EventRecord
        In order of first mention. Places that could not be resolved are left
        out (see :func:`extract_report` for them).
    """
    return extract_report(text, source=source, published=published, geocoder=geocoder).events
