#!/usr/bin/env python3
"""Parses a Twitchless calendar with the icalendar package and prints its events as JSON.

Usage: ics_check.py CALENDAR.ics
Prints {"lines": {"max_octets", "bare_line_feeds", "crlf"}, "timezones": [TZID..], "events": [...]}, each event with
uid, summary, description, sequence, all_day, start_local / end_local (ISO, wall clock), start_utc, tzid,
duration_minutes, rrule, has_alarm and, for a repeating event, its occurrences (local and UTC, from dateutil's rrule).
"""
import datetime
import json
import sys

from dateutil.rrule import rrulestr
from icalendar import Calendar


def main() -> int:
    raw = open(sys.argv[1], "rb").read()
    physical = raw.split(b"\r\n")
    lines = {
        "max_octets": max(len(line) for line in physical),
        "bare_line_feeds": sum(line.count(b"\n") for line in physical),
        "crlf": raw.endswith(b"\r\n"),
    }
    calendar = Calendar.from_ical(raw)
    timezones = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        all_day = not isinstance(start, datetime.datetime)
        item = {
            "uid": str(event["UID"]),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "all_day": all_day,
            "start_local": start.isoformat() if all_day else start.replace(tzinfo=None).isoformat(),
            "tzid": None if all_day else event["DTSTART"].params.get("TZID"),
            "start_utc": None if all_day else start.astimezone(datetime.timezone.utc).isoformat(),
            "has_alarm": bool(event.walk("VALARM")),
            "rrule": event["RRULE"].to_ical().decode() if "RRULE" in event else None,
        }
        if all_day:
            item["end_local"] = event.decoded("DTEND").isoformat()
        if "DURATION" in event:
            item["duration_minutes"] = int(event.decoded("DURATION").total_seconds() // 60)
        if item["rrule"]:
            rule = rrulestr(item["rrule"], dtstart=start)
            item["occurrences"] = [
                {"local": o.replace(tzinfo=None).isoformat(), "utc": o.astimezone(datetime.timezone.utc).isoformat()} for o in rule
            ]
        events.append(item)
    print(json.dumps({"lines": lines, "timezones": timezones, "events": events}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
