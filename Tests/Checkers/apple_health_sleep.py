"""Reference sleep totals for an Apple Health export, computed independently of Twitchless.

Reads the asleep records (by name or iOS 8's numeric "1"/"3"/"4"/"5") with regular expressions, splits them at
18:00 in the given zone (the night ending on a morning), merges overlaps per night and prints
{"nights": {date: hours rounded to 0.001}} as JSON.
Usage: python3 apple_health_sleep.py EXPORT.xml ZONE
"""
import datetime
import json
import re
import sys
import zoneinfo
from collections import defaultdict

ASLEEP = {"1", "3", "4", "5", "HKCategoryValueSleepAnalysisAsleep", "HKCategoryValueSleepAnalysisAsleepUnspecified",
          "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAsleepDeep",
          "HKCategoryValueSleepAnalysisAsleepREM"}


def parse(text):
    if "-" in text[:5]:
        return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")
    return datetime.datetime.strptime(text, "%Y%m%d%H%M%S%z")


def main():
    path, zone = sys.argv[1], zoneinfo.ZoneInfo(sys.argv[2])
    text = open(path, encoding="utf-8", errors="replace").read()
    nights = defaultdict(list)
    for match in re.finditer(r'<Record\s+type="HKCategoryTypeIdentifierSleepAnalysis"[^>]*>', text):
        tag = match.group(0)
        value = re.search(r'\svalue="([^"]*)"', tag)
        if not value or value.group(1) not in ASLEEP:
            continue
        start = parse(re.search(r'startDate="([^"]*)"', tag).group(1))
        end = parse(re.search(r'endDate="([^"]*)"', tag).group(1))
        while start < end:
            local = start.astimezone(zone)
            night = local.date() + datetime.timedelta(days=1 if local.hour >= 18 else 0)
            boundary = datetime.datetime(night.year, night.month, night.day, 18, tzinfo=zone)
            piece_end = min(boundary, end)
            nights[night].append((start.timestamp(), piece_end.timestamp()))
            start = piece_end
    hours = {}
    for night, pieces in nights.items():
        pieces.sort()
        total, open_start, open_end = 0.0, None, None
        for a, b in pieces:
            if open_start is None or a > open_end:
                if open_start is not None:
                    total += open_end - open_start
                open_start, open_end = a, b
            else:
                open_end = max(open_end, b)
        total += open_end - open_start
        hours[night.isoformat()] = round(total / 3600, 3)
    print(json.dumps({"nights": hours}, sort_keys=True))


main()
