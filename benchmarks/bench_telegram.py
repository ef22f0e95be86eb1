"""Telegram export ingest speed: seed-sized messages per second, extracted in parallel processes.

Run: ``.venv/bin/python benchmarks/bench_telegram.py [--messages 100000] [--workers 2]``

Writes a Telegram Desktop export (``result.json``, tdesktop's layout) of
``--messages`` text messages into a temporary folder: each is as long as the
seed report (``seeds/``), opens with an invented strike line that varies the
place, weapon, figures and time, and goes on with the seed's text; one in
twenty is a service message or a photo without a caption (skipped). Then it
ingests the export the way ``strikemap ingest`` does (the first pass that
checks every message, then extraction in ``--workers`` processes and storage
in one transaction) into a fresh store, and prints messages per second
(wall clock, the whole ingest) and the peak memory of the parent and of one
worker. The issue asks for at least 1,000 messages/s on a 2-core machine.

Every message repeats the seed's sentences after its own strike line, and the
extractor analyses a sentence it has seen before only once
(:mod:`geo.extract.sentence_memo`), which is most of the speed here. Real posts
repeat less: ``--distinct`` turns the memo off, which is the figure for an
export in which no sentence ever comes back.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import tempfile
import time
from pathlib import Path

from common import PROJECT

SEED = PROJECT / "seeds" / "000_4825203abfaed6e4.txt"
PLACES = ["Kharkiv", "Kyiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Zaporizhzhia", "Mykolaiv",
          "Kramatorsk", "Sloviansk", "Pokrovsk", "Kostiantynivka", "Chernihiv", "Poltava",
          "Kryvyi Rih", "Nikopol", "Izium", "Kupiansk", "Lviv", "Vinnytsia", "Cherkasy",
          "Bilopillia", "Shostka", "Okhtyrka", "Pavlohrad", "Druzhkivka", "Lyman", "Orikhiv"]
WEAPONS = ["a Shahed drone", "a ballistic missile", "a guided aerial bomb", "artillery",
           "an FPV drone", "two cruise missiles", "multiple rocket launchers"]
TIMES = ["Overnight", "This morning", "Yesterday evening", "At around 03:40", "On Monday"]


def strike_line(rng: random.Random) -> str:
    return (f"{rng.choice(TIMES)}, Russian forces attacked {rng.choice(PLACES)} with "
            f"{rng.choice(WEAPONS)}; {rng.randint(0, 4)} people were killed and "
            f"{rng.randint(1, 30)} injured, the regional administration said. ")


def write_export(path: Path, n: int, seed_text: str) -> int:
    """Write the export; its number of text messages."""
    rng = random.Random(23)
    start = 1_795_600_000
    texts = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write('{\n "name": "Benchmark Oblast Administration",\n "type": "public_channel",\n'
                  ' "id": 1234567890,\n "messages": [')
        for mid in range(1, n + 1):
            when = start + 97 * mid
            message: dict = {"id": mid, "type": "message",
                             "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(when)),
                             "date_unixtime": str(when), "from": "Benchmark Oblast Administration",
                             "from_id": "channel1234567890"}
            if mid % 20 == 0:
                message.update({"photo": "photos/p.jpg", "width": 1280, "height": 960,
                                "text": "", "text_entities": []})
            else:
                line = strike_line(rng)
                text = (line + seed_text)[:len(seed_text)]
                message["text"] = text
                message["text_entities"] = [{"type": "plain", "text": text}]
                texts += 1
            out.write(("\n  " if mid == 1 else ",\n  ") + json.dumps(message, ensure_ascii=False))
        out.write("\n ]\n}\n")
    return texts


def _cpu_seconds() -> tuple[float, float]:
    """User + system CPU time of this process, and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--distinct", action="store_true",
                        help="analyse every sentence as new (the sentence memo off)")
    args = parser.parse_args()
    if args.distinct:
        import geo.extract.sentence_memo as memo
        memo.MEMO_CHARS = -1            # no sentence is short enough to be kept

    from geo.commands.ingest import ingest_reports
    from geo.extract import default_extractor
    from geo.sources import open_reports
    from geo.store import EventStore

    seed_text = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-tg-") as tmp:
        export = Path(tmp) / "result.json"
        begin = time.perf_counter()
        texts = write_export(export, args.messages, seed_text)
        print(f"export: {args.messages} messages ({texts} with text, {len(seed_text)} chars each), "
              f"{export.stat().st_size / 1e6:.0f} MB, written in {time.perf_counter() - begin:.1f} s")
        begin = time.perf_counter()
        default_extractor()
        print(f"gazetteer + geocoder load: {time.perf_counter() - begin:.2f} s (once, before forking)")
        store = EventStore(Path(tmp) / "store")
        cpu_before = _cpu_seconds()
        load_before = os.getloadavg()[0]
        begin = time.perf_counter()
        source = open_reports(export)
        total = source.check()
        checked = time.perf_counter() - begin
        result, skipped = ingest_reports(store, str(export), source, total, workers=args.workers)
        elapsed = time.perf_counter() - begin
        parent_cpu, workers_cpu = (a - b for a, b in zip(_cpu_seconds(), cpu_before))
        cpu = parent_cpu + workers_cpu
        load = (load_before + os.getloadavg()[0]) / 2
        print(f"first pass (every message checked, nothing extracted): {checked:.1f} s "
              f"({args.messages / checked:,.0f} messages/s)")
        print(f"ingest with {args.workers} worker process(es): {result.added} events added, "
              f"{skipped}; {elapsed:.1f} s in all")
        mode = "every sentence analysed as new" if args.distinct else "sentence memo on"
        print(f"SPEED ({mode}): {total / elapsed:,.0f} seed-sized messages/s "
              f"({args.messages / elapsed:,.0f} messages/s counting the skipped ones), "
              f"whole ingest, wall clock (load average about {load:.1f} on "
              f"{os.cpu_count()} CPUs: other programs share them)")
        print(f"CPU time: {cpu:.1f} s in all processes, {1000 * cpu / total:.2f} ms per message; "
              f"(reading and storing in the parent {1000 * parent_cpu / total:.2f} ms, "
              f"extraction in the workers {1000 * workers_cpu / total:.2f} ms); "
              f"on {args.workers} idle cores that is {args.workers * total / cpu:,.0f} messages/s")
        parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory: parent {parent:.0f} MB, largest worker {child:.0f} MB")


if __name__ == "__main__":
    main()
