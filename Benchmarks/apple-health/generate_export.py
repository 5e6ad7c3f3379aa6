#!/usr/bin/env python3
"""Writes a realistic, seeded Apple Health export (export.xml, Export Version 14 style) of a chosen size.

Usage: python3 Benchmarks/apple-health/generate_export.py SIZE_MB OUT.xml [--seed N] [--zip OUT.zip]

SIZE_MB is in MiB; the file lands within a few per cent of it. The data are one person in
Europe/London (a week a year in New York) over as many days as the size needs, ending on the
export date. As in real exports, Records are grouped by type, then by source, then by date; the
BloodPressure Correlations, Workouts and ActivitySummaries follow. Heart rate and steps dominate,
with the other common watch/phone types, every type the importer maps, several sources, metadata,
HRV beat lists and an internal DTD. --zip also writes the iPhone's export.zip
(apple_health_export/export.xml and a small export_cda.xml). Counts per element type go to stderr
as JSON. Standard library only; the same arguments always give byte-identical files.
"""
import argparse
import datetime as dt
import json
import os
import random
import sys
import time
import zipfile
from zoneinfo import ZoneInfo

HOME_ZONE = "Europe/London"      # where the person lives, and the zone every date is written in
TRAVEL_ZONE = "America/New_York"  # one week a year
EXPORT_AT = dt.datetime(2026, 11, 20, 9, 12, 40, tzinfo=ZoneInfo(HOME_ZONE))
CALIBRATION_DAYS = 90
FLUSH_PARTS = 20000

WATCH = "Alex\u2019s Apple Watch"   # Apple writes the curly apostrophe in device names
PHONE = "Alex\u2019s iPhone"

# (first day, watchOS, watch hardware, iOS, iPhone hardware): the software the devices ran, by date.
ERAS = [
    (dt.date(2000, 1, 1), "7.6", "Watch5,4", "14.8", "iPhone12,1"),
    (dt.date(2021, 9, 20), "8.0", "Watch6,2", "15.0", "iPhone12,1"),
    (dt.date(2022, 3, 14), "8.5", "Watch6,2", "15.4", "iPhone14,2"),
    (dt.date(2022, 9, 12), "9.0", "Watch6,2", "16.0", "iPhone14,2"),
    (dt.date(2023, 3, 27), "9.4", "Watch6,2", "16.4.1", "iPhone14,2"),
    (dt.date(2023, 9, 18), "10.0", "Watch7,4", "17.0", "iPhone14,2"),
    (dt.date(2024, 3, 7), "10.4", "Watch7,4", "17.4", "iPhone16,1"),
    (dt.date(2024, 9, 16), "11.0", "Watch7,4", "18.0", "iPhone16,1"),
    (dt.date(2025, 3, 31), "11.4", "Watch7,4", "18.4", "iPhone16,1"),
    (dt.date(2025, 9, 15), "26.0", "Watch7,11", "26.0", "iPhone16,1"),
    (dt.date(2026, 3, 30), "26.4", "Watch7,11", "26.4", "iPhone16,1"),
]

DTD = """<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth                 CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex               CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBloodType                   CDATA #REQUIRED
  HKCharacteristicTypeIdentifierFitzpatrickSkinType         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!-- Note: Any Records that appear as children of a correlation also appear as top-level records in this document. -->
<!ELEMENT Correlation ((MetadataEntry|Record)*)>
<!ATTLIST Correlation
  type          CDATA #REQUIRED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ATTLIST Workout
  workoutActivityType CDATA #REQUIRED
  duration            CDATA #IMPLIED
  durationUnit        CDATA #IMPLIED
  sourceName          CDATA #REQUIRED
  sourceVersion       CDATA #IMPLIED
  device              CDATA #IMPLIED
  creationDate        CDATA #IMPLIED
  startDate           CDATA #REQUIRED
  endDate             CDATA #REQUIRED
>
<!ELEMENT WorkoutEvent ((MetadataEntry)*)>
<!ATTLIST WorkoutEvent
  type         CDATA #REQUIRED
  date         CDATA #REQUIRED
  duration     CDATA #IMPLIED
  durationUnit CDATA #IMPLIED
>
<!ELEMENT WorkoutStatistics EMPTY>
<!ATTLIST WorkoutStatistics
  type      CDATA #REQUIRED
  startDate CDATA #REQUIRED
  endDate   CDATA #REQUIRED
  average   CDATA #IMPLIED
  minimum   CDATA #IMPLIED
  maximum   CDATA #IMPLIED
  sum       CDATA #IMPLIED
  unit      CDATA #IMPLIED
>
<!ELEMENT WorkoutRoute ((MetadataEntry|FileReference)*)>
<!ATTLIST WorkoutRoute
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT FileReference EMPTY>
<!ATTLIST FileReference
  path CDATA #REQUIRED
>
<!ELEMENT ActivitySummary EMPTY>
<!ATTLIST ActivitySummary
  dateComponents           CDATA #IMPLIED
  activeEnergyBurned       CDATA #IMPLIED
  activeEnergyBurnedGoal   CDATA #IMPLIED
  activeEnergyBurnedUnit   CDATA #IMPLIED
  appleMoveTime            CDATA #IMPLIED
  appleMoveTimeGoal        CDATA #IMPLIED
  appleExerciseTime        CDATA #IMPLIED
  appleExerciseTimeGoal    CDATA #IMPLIED
  appleStandHours          CDATA #IMPLIED
  appleStandHoursGoal      CDATA #IMPLIED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
<!-- HeartRateVariabilityMetadataList is the HKMetadataKeyHeartRateVariabilityMetadata of an HRV sample. -->
<!ELEMENT HeartRateVariabilityMetadataList (InstantaneousBeatsPerMinute*)>
<!ELEMENT InstantaneousBeatsPerMinute EMPTY>
<!ATTLIST InstantaneousBeatsPerMinute
  bpm  CDATA #REQUIRED
  time CDATA #REQUIRED
>
]>
"""

CDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <realmCode code="US"/>
 <typeId root="2.16.840.1.113883.1.3" extension="POCD_HT000040"/>
 <title>Health Data Export</title>
 <effectiveTime value="20261120091240+0000"/>
 <recordTarget><patientRole><patient><administrativeGenderCode codeSystem="2.16.840.1.113883.5.1" code="F"/>
 <birthTime value="19880412"/></patient></patientRole></recordTarget>
 <component><structuredBody/></component>
</ClinicalDocument>
"""


def uuid(rng):
    """A deterministic UUID-looking string."""
    h = "%032X" % rng.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Clock:
    """Formats epoch seconds as Apple does ('2024-03-31 01:30:00 +0100') in the home zone.

    Offsets are whole hours, so minutes and seconds are those of UTC: one table entry per hour
    for the date and offset, and one per second-of-hour for 'MM:SS'."""

    def __init__(self, first_epoch, last_epoch):
        zone = ZoneInfo(HOME_ZONE)
        self.base = first_epoch - first_epoch % 3600
        hours = (last_epoch - self.base) // 3600 + 2
        self.head, self.tail = [], []
        for h in range(hours):
            local = dt.datetime.fromtimestamp(self.base + h * 3600, zone)
            off = local.utcoffset().total_seconds() // 60
            self.head.append(local.strftime("%Y-%m-%d %H:"))
            self.tail.append(" %s%02d%02d" % ("-" if off < 0 else "+", abs(off) // 60, abs(off) % 60))
        self.ms = ["%02d:%02d" % divmod(s, 60) for s in range(3600)]

    def __call__(self, t):
        t = int(t)
        h = (t - self.base) // 3600
        return self.head[h] + self.ms[t % 3600] + self.tail[h]


class Device:
    """The sourceVersion and device="..." attribute text of a source on a day, a few object addresses each."""

    def __init__(self, rng, name, model, manufacturer="Apple Inc.", era_index=None, fixed=None):
        self.rng, self.name, self.model, self.manufacturer = rng, name, model, manufacturer
        self.era_index, self.fixed = era_index, fixed   # (version, hardware) columns of ERAS, or a fixed pair
        self.cache = {}

    def on(self, d):
        """The attribute texts for day d."""
        if self.fixed:
            return self.attrs(*self.fixed)
        return self.attrs(d.era[self.era_index[0]], d.era[self.era_index[1]])

    def attrs(self, version, hardware):
        key = (version, hardware)
        if key not in self.cache:
            self.cache[key] = [
                f'sourceVersion="{version}" device="&lt;&lt;HKDevice: 0x{0x280000000 | self.rng.getrandbits(28):x}&gt;, '
                f'name:{self.name}, manufacturer:{self.manufacturer}, model:{self.model}, hardware:{hardware}, '
                f'software:{version}&gt;"' for _ in range(8)]
        return self.cache[key]


class Day:
    """What happened on one day: the shared plan every type's stream reads."""
    __slots__ = ("date", "zone", "midnight", "wake", "bed", "next_wake", "watch", "workouts",
                 "activity", "era", "bp", "travel")


def era_of(date):
    cur = ERAS[0]
    for e in ERAS:
        if e[0] <= date:
            cur = e
    return cur


def make_plan(first_date, n_days, seed):
    """Per-day schedule: wake/bed times, watch worn, workouts, activity level, BP readings."""
    rng = random.Random(f"{seed}-plan")
    days = []
    travel_start = {}
    for year in range(first_date.year, first_date.year + n_days // 365 + 2):
        travel_start[year] = dt.date(year, 4, 1) + dt.timedelta(days=rng.randrange(150))
    for i in range(n_days):
        d = Day()
        d.date = first_date + dt.timedelta(days=i)
        ts = travel_start[d.date.year]
        d.travel = ts <= d.date < ts + dt.timedelta(days=7)
        d.zone = TRAVEL_ZONE if d.travel else HOME_ZONE
        d.midnight = int(dt.datetime(d.date.year, d.date.month, d.date.day, tzinfo=ZoneInfo(d.zone)).timestamp())
        weekend = d.date.weekday() >= 5
        d.wake = int((7.9 if weekend else 6.8) * 3600 + rng.gauss(0, 1500))
        d.bed = int((23.4 if weekend else 22.9) * 3600 + rng.gauss(0, 1800))
        d.watch = rng.random() > 0.03
        d.era = era_of(d.date)
        d.activity = max(0.3, rng.gauss(1.0, 0.3)) * (0.8 if weekend else 1.0)
        d.workouts = []
        for _ in range(3):
            if rng.random() < 0.22:
                kind = rng.choices(WORKOUT_KINDS, weights=[w[1] for w in WORKOUT_KINDS])[0]
                minutes = max(8.0, rng.gauss(kind[2], kind[2] * 0.25))
                start = rng.choice([d.wake + 1800, 12 * 3600 + 900, 17.75 * 3600, 19 * 3600]) + rng.randrange(1800)
                if all(abs(start - w[1]) > 7200 for w in d.workouts):
                    d.workouts.append((kind, int(start), round(minutes, 6)))
        d.workouts.sort(key=lambda w: w[1])
        d.bp = []
        if rng.random() < 0.3:
            d.bp.append(d.wake + 900 + rng.randrange(1800))
        days.append(d)
    for a, b in zip(days, days[1:]):
        a.next_wake = b.midnight + b.wake
    days[-1].next_wake = days[-1].midnight + 86400 + days[-1].wake
    return days


# (activity type, weight, mean minutes, indoor, route, distance type)
WORKOUT_KINDS = [
    ("HKWorkoutActivityTypeRunning", 30, 34, False, True, "HKQuantityTypeIdentifierDistanceWalkingRunning"),
    ("HKWorkoutActivityTypeWalking", 25, 45, False, True, "HKQuantityTypeIdentifierDistanceWalkingRunning"),
    ("HKWorkoutActivityTypeCycling", 12, 55, False, True, "HKQuantityTypeIdentifierDistanceCycling"),
    ("HKWorkoutActivityTypeTraditionalStrengthTraining", 15, 40, True, False, None),
    ("HKWorkoutActivityTypeYoga", 8, 30, True, False, None),
    ("HKWorkoutActivityTypeHighIntensityIntervalTraining", 5, 22, True, False, None),
    ("HKWorkoutActivityTypeSwimming", 5, 35, True, False, "HKQuantityTypeIdentifierDistanceSwimming"),
]


class Writer:
    """Buffers string parts and writes them UTF-8 encoded in big batches; counts bytes and elements."""

    def __init__(self, f):
        self.f, self.parts, self.bytes = f, [], 0
        self.counts = {}

    def flush(self):
        if self.parts:
            data = "".join(self.parts).encode()
            self.bytes += len(data)
            if self.f is not None:
                self.f.write(data)
            self.parts = []

    def add(self, key, n=1):
        self.counts[key] = self.counts.get(key, 0) + n


# --- Record streams: each yields lists of strings for one (type, source), day by day. ---------

VALS = [str(i) for i in range(400)]
MD_HR = ['  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="%d"/>\n' % i for i in range(3)]
MD_USER = '  <MetadataEntry key="HKWasUserEntered" value="1"/>\n'


def rec_open(type_, source):
    return f' <Record type="{type_}" sourceName="{source}" '


def hr_watch(ctx, w):
    """Watch heart rate: every few minutes awake, every ~10 min asleep, every ~5 s in workouts."""
    rng, clock, days = ctx.rng("hr"), ctx.clock, ctx.days
    r = rng.random
    head = rec_open("HKQuantityTypeIdentifierHeartRate", WATCH)
    mid = ' unit="count/min" creationDate="'
    for d in days:
        if not d.watch:
            continue
        attrs = ctx.watch.on(d)
        out = w.parts
        n = 0
        m = d.midnight
        # Asleep since last night: 00:00 to wake, then awake to bed, then asleep to midnight.
        segments = [(m, m + d.wake, 600, 52, 0), (m + d.wake, m + d.bed, 300, 70, 1), (m + d.bed, m + 86400, 600, 54, 0)]
        for (a, b, step, base, awake) in segments:
            t = a + int(r() * step)
            while t < b:
                v = base + int(r() * 14) + (int(r() * 30) if awake and r() < 0.15 else 0)
                ts = clock(t)
                ctxv = 0 if not awake else (1 if r() < 0.7 else 0)
                out.append(f'{head}{attrs[int(r() * 8)]}{mid}{clock(t + 60 + int(r() * 600))}" startDate="{ts}" '
                           f'endDate="{ts}" value="{VALS[v]}">\n{MD_HR[ctxv]} </Record>\n')
                n += 1
                t += step - 60 + int(r() * 120)
        for (kind, start, minutes) in d.workouts:
            a = m + start
            b = a + int(minutes * 60)
            created = clock(b + 5)
            t = a + 3
            v = 95.0
            top = 150 if kind[0] not in ("HKWorkoutActivityTypeYoga", "HKWorkoutActivityTypeWalking") else 112
            while t < b:
                v += (top - v) * 0.02 + (r() - 0.5) * 4
                ts = clock(t)
                out.append(f'{head}{attrs[0]}{mid}{created}" startDate="{ts}" endDate="{ts}" '
                           f'value="{VALS[int(v)]}">\n{MD_HR[2]} </Record>\n')
                n += 1
                t += 4 + int(r() * 3)
        w.add("HKQuantityTypeIdentifierHeartRate", n)
        if len(out) > FLUSH_PARTS:
            w.flush()


def hr_third_party(ctx, w):
    """A chest strap app: heart rate every 5 minutes during cycling workouts only."""
    rng, clock = ctx.rng("hr3"), ctx.clock
    head = rec_open("HKQuantityTypeIdentifierHeartRate", "Wahoo") + 'sourceVersion="4.1.2" unit="count/min" creationDate="'
    for d in ctx.days:
        for (kind, start, minutes) in d.workouts:
            if kind[0] != "HKWorkoutActivityTypeCycling":
                continue
            a = d.midnight + start
            created = clock(a + int(minutes * 60) + 120)
            for k in range(int(minutes // 5)):
                ts, te = clock(a + k * 300), clock(a + k * 300 + 300)
                w.parts.append(f'{head}{created}" startDate="{ts}" endDate="{te}" value="{VALS[120 + rng.randrange(40)]}"/>\n')
                w.add("HKQuantityTypeIdentifierHeartRate")
    w.flush()


def interval_stream(ctx, w, type_, source, device, per_hour, unit, value, name, awake_only=True,
                    meta="", gap=(60, 600), dur=(60, 600), workout_boost=0):
    """Short interval samples (steps, distance, energy ...) spread over the waking day, and denser in workouts."""
    rng, clock = ctx.rng(name), ctx.clock
    r = rng.random
    head = rec_open(type_, source)
    tail_unit = f' unit="{unit}" creationDate="'
    close = f'>\n{meta} </Record>\n' if meta else '/>\n'
    g0, g1 = gap[0], gap[1] - gap[0]
    d0, d1 = dur[0], dur[1] - dur[0]
    for d in ctx.days:
        if device is ctx.watch and not d.watch:
            continue
        attrs = device.on(d)
        out = w.parts
        n = 0
        a, b = (d.midnight + d.wake, d.midnight + d.bed) if awake_only else (d.midnight, d.midnight + 86400)
        t = a + int(r() * g1)
        act = d.activity
        while t < b:
            if r() < per_hour * (g0 + g1 / 2) / 3600:
                e = t + d0 + int(r() * d1)
                ts = clock(t)
                out.append(f'{head}{attrs[int(r() * 8)]}{tail_unit}{clock(e + 30 + int(r() * 900))}" startDate="{ts}" '
                           f'endDate="{clock(e)}" value="{value(r, (e - t) * act)}"{close}')
                n += 1
                t = e
            t += g0 + int(r() * g1)
        if workout_boost:
            for (kind, start, minutes) in d.workouts:
                if kind[3]:
                    continue
                t = d.midnight + start
                end = t + int(minutes * 60)
                while t < end:
                    e = min(end, t + workout_boost)
                    ts = clock(t)
                    out.append(f'{head}{attrs[0]}{tail_unit}{clock(end + 5)}" startDate="{ts}" '
                               f'endDate="{clock(e)}" value="{value(r, (e - t) * 2.5)}"{close}')
                    n += 1
                    t = e
        w.add(type_, n)
        if len(out) > FLUSH_PARTS:
            w.flush()
    w.flush()


def v_steps(r, secs):
    return VALS[min(399, int(secs * (0.6 + r() * 0.9) * 0.25) + 1)]


def v_km(r, secs):
    return "%.5f" % (secs * (0.6 + r() * 0.9) * 0.00018)


def v_kcal(r, secs):
    return "%.3f" % (secs * (0.5 + r() * 1.0) * 0.004)


def v_basal(r, secs):
    return "%.3f" % (secs * (0.95 + r() * 0.1) * 0.0185)


def v_flights(r, secs):
    return VALS[1 + int(r() * 3)]


def v_minutes(r, secs):
    return VALS[1 + int(r() * 2)]


def daily_stream(ctx, w, type_, source, device, unit, per_day, when, value, name, meta="", dur=0):
    """A few samples a day at times drawn by when(r, day) (seconds from that local midnight).

    meta is MetadataEntry text, or a function of the sample's seconds from midnight giving it."""
    rng, clock = ctx.rng(name), ctx.clock
    r = rng.random
    head = rec_open(type_, source)
    close = f'>\n{meta} </Record>\n' if isinstance(meta, str) and meta else '/>\n'
    unit_attr = f' unit="{unit}"' if unit else ""
    for d in ctx.days:
        if device is ctx.watch and not d.watch:
            continue
        if device is None:
            attrs = f'sourceVersion="{ctx.app_versions.get(source, "1")}"' if source != "Health" else f'sourceVersion="{d.era[3]}"'
        else:
            attrs = device.on(d)[int(r() * 8)]
        if per_day < 1:
            k = 1 if r() < per_day else 0     # an occasional sample
        else:
            k = int(per_day * (0.5 + r()))    # about per_day a day
        for t in sorted(d.midnight + when(r, d) for _ in range(k)):
            e = t + (dur(r) if callable(dur) else dur)
            ts = clock(t)
            w.parts.append(f'{head}{attrs}{unit_attr} creationDate="{clock(e + 40 + int(r() * 600))}" '
                           f'startDate="{ts}" endDate="{clock(e)}" value="{value(r)}"'
                           f'{close if not callable(meta) else f">{chr(10)}{meta(t - d.midnight)} </Record>{chr(10)}"}')
        w.add(type_, k)
        if len(w.parts) > FLUSH_PARTS:
            w.flush()
    w.flush()


def awake_time(r, d):
    return d.wake + int(r() * (d.bed - d.wake))


def night_time(r, d):
    return d.bed + int(r() * (d.next_wake - d.midnight - d.bed))


def hrv(ctx, w):
    """HRV SDNN, a few a day, each with its beat-to-beat list (time written in the phone's 12-hour form)."""
    rng, clock = ctx.rng("hrv"), ctx.clock
    r = rng.random
    head = rec_open("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", WATCH)
    for d in ctx.days:
        if not d.watch:
            continue
        attrs = ctx.watch.on(d)[int(r() * 8)]
        sep = "\u202f" if float(d.era[3].split(".")[0]) >= 17 else " "  # newer iOS: narrow no-break space
        for k in range(3 + int(r() * 2)):
            t = d.midnight + (d.bed + 3600 if k == 0 else d.wake + int(r() * (d.bed - d.wake)))
            beats = []
            hour0 = ((t - d.midnight) // 3600) % 24
            bpm = 55 + int(r() * 20)
            for i in range(55 + int(r() * 10)):
                secs = (t - d.midnight) % 3600 + i
                h12 = hour0 % 12 or 12
                beats.append(f'    <InstantaneousBeatsPerMinute bpm="{VALS[bpm + int(r() * 8)]}" '
                             f'time="{h12}:{secs // 60:02d}:{secs % 60:02d}.{int(r() * 100):02d}{sep}{"AM" if hour0 < 12 else "PM"}"/>\n')
            ts = clock(t)
            w.parts.append(f'{head}{attrs} unit="ms" creationDate="{clock(t + 64)}" startDate="{ts}" endDate="{clock(t + 60)}" '
                           f'value="{20 + r() * 60:.4f}">\n  <HeartRateVariabilityMetadataList>\n{"".join(beats)}'
                           f'  </HeartRateVariabilityMetadataList>\n </Record>\n')
            w.add("HKQuantityTypeIdentifierHeartRateVariabilitySDNN")
            w.add("InstantaneousBeatsPerMinute", len(beats))
        if len(w.parts) > 2000:
            w.flush()
    w.flush()


def sleep(ctx, w):
    """Sleep: watch stages (older watchOS: AsleepUnspecified), phone InBed, AutoSleep AsleepUnspecified; all overlapping."""
    clock = ctx.clock
    type_ = "HKCategoryTypeIdentifierSleepAnalysis"
    # Watch
    rng = ctx.rng("sleep-watch")
    r = rng.random
    head = rec_open(type_, WATCH)
    for d in ctx.days:
        if not d.watch:
            continue
        attrs = ctx.watch.on(d)[int(r() * 8)]
        tz = f'  <MetadataEntry key="HKTimeZone" value="{d.zone}"/>\n'
        a, b = d.midnight + d.bed + 600 + int(r() * 1200), d.next_wake - int(r() * 300)
        created = clock(b + 600)
        staged = float(d.era[1]) >= 9
        segs = []
        if staged:
            t, cycle = a, 0
            while t < b:
                for stage, mean in (("AsleepCore", 25), ("AsleepDeep", 28 - cycle * 6), ("AsleepCore", 15),
                                    ("AsleepREM", 12 + cycle * 5), ("Awake", 2)):
                    if stage == "Awake" and r() < 0.5:
                        continue
                    e = min(b, t + max(60, int((mean + (r() - 0.5) * mean) * 60)))
                    if e > t:
                        segs.append((stage, t, e))
                    t = e
                cycle = min(cycle + 1, 4)
        else:
            t = a
            while t < b:
                e = min(b, t + 3600 + int(r() * 10800))
                segs.append(("AsleepUnspecified", t, e))
                t = e + 120 + int(r() * 600)
        for stage, s, e in segs:
            w.parts.append(f'{head}{attrs} creationDate="{created}" startDate="{clock(s)}" endDate="{clock(e)}" '
                           f'value="HKCategoryValueSleepAnalysis{stage}">\n{tz} </Record>\n')
            w.add(type_ + ":" + stage)
        if len(w.parts) > FLUSH_PARTS:
            w.flush()
    # Phone: bedtime schedule, InBed
    rng = ctx.rng("sleep-phone")
    r = rng.random
    head = rec_open(type_, PHONE)
    for d in ctx.days:
        a, b = d.midnight + d.bed - int(r() * 900), d.next_wake + int(r() * 900)
        w.parts.append(f'{head}sourceVersion="{d.era[3]}" creationDate="{clock(b + 30)}" startDate="{clock(a)}" '
                       f'endDate="{clock(b)}" value="HKCategoryValueSleepAnalysisInBed"/>\n')
        w.add(type_ + ":InBed")
    # A third-party app: one to three AsleepUnspecified blocks a night
    rng = ctx.rng("sleep-app")
    r = rng.random
    head = rec_open(type_, "AutoSleep")
    for d in ctx.days:
        if r() < 0.1:
            continue
        t, b = d.midnight + d.bed + int(r() * 1800), d.next_wake - int(r() * 600)
        created = clock(b + 3600)
        while t < b:
            e = min(b, t + 7200 + int(r() * 14400))
            w.parts.append(f'{head}sourceVersion="7.4.2" creationDate="{created}" startDate="{clock(t)}" '
                           f'endDate="{clock(e)}" value="HKCategoryValueSleepAnalysisAsleepUnspecified"/>\n')
            w.add(type_ + ":AsleepUnspecified(app)")
            t = e + 300 + int(r() * 1200)
        if len(w.parts) > FLUSH_PARTS:
            w.flush()
    w.flush()


def stand_hours(ctx, w):
    rng, clock = ctx.rng("stand"), ctx.clock
    r = rng.random
    head = rec_open("HKCategoryTypeIdentifierAppleStandHour", WATCH)
    for d in ctx.days:
        if not d.watch:
            continue
        attrs = ctx.watch.on(d)[0]
        for h in range(d.wake // 3600, min(24, d.bed // 3600 + 1)):
            t = d.midnight + h * 3600
            val = "Stood" if r() < 0.75 else "Idle"
            w.parts.append(f'{head}{attrs} creationDate="{clock(t + 3000)}" startDate="{clock(t)}" endDate="{clock(t + 3600)}" '
                           f'value="HKCategoryValueAppleStandHour{val}"/>\n')
            w.add("HKCategoryTypeIdentifierAppleStandHour")
        if len(w.parts) > FLUSH_PARTS:
            w.flush()
    w.flush()


def mindful(ctx, w):
    """Mindful sessions: Headspace a few times a week, short watch Mindfulness sessions."""
    clock = ctx.clock
    type_ = "HKCategoryTypeIdentifierMindfulSession"
    for source, chance, mins, name in (("Headspace", 0.4, (5, 20), "mind-app"), (WATCH, 0.25, (1, 3), "mind-watch")):
        rng = ctx.rng(name)
        r = rng.random
        head = rec_open(type_, source)
        for d in ctx.days:
            if r() > chance or (source == WATCH and not d.watch):
                continue
            attrs = ctx.watch.on(d)[0] if source == WATCH else 'sourceVersion="4.12.0"'
            t = d.midnight + (d.bed - 1800 if r() < 0.5 else d.wake + 1200) + int(r() * 900)
            e = t + 60 * (mins[0] + int(r() * (mins[1] - mins[0] + 1)))
            w.parts.append(f'{head}{attrs} creationDate="{clock(e + 2)}" startDate="{clock(t)}" endDate="{clock(e)}" '
                           f'value="HKCategoryValueNotApplicable"/>\n')
            w.add(type_)
    w.flush()


def blood_pressure(ctx, w, which):
    """The top-level copies of the readings that the Correlations also carry."""
    for d in ctx.days:
        for t in d.bp:
            w.parts.append(" " + ctx.bp_record(d, t, which))
            w.add("HKQuantityTypeIdentifierBloodPressure" + which)
    w.flush()


def correlations(ctx, w):
    clock = ctx.clock
    for d in ctx.days:
        for t in d.bp:
            attrs = ctx.omron_attrs[d.date.toordinal() % 8]
            w.parts.append(
                f' <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="OMRON connect" {attrs} '
                f'creationDate="{clock(d.midnight + t + 300)}" startDate="{clock(d.midnight + t)}" endDate="{clock(d.midnight + t)}">\n'
                f'  <MetadataEntry key="HKWasUserEntered" value="0"/>\n'
                f'  {ctx.bp_record(d, t, "Diastolic")}  {ctx.bp_record(d, t, "Systolic")} </Correlation>\n')
            w.add("Correlation:HKCorrelationTypeIdentifierBloodPressure")
            w.add("Record(nested in Correlation)", 2)
    w.flush()


def workouts(ctx, w):
    """Workouts with metadata, events, statistics and a route file reference for outdoor ones."""
    rng, clock = ctx.rng("workouts"), ctx.clock
    r = rng.random
    for d in ctx.days:
        for (kind, start, minutes) in d.workouts:
            name, _, _, indoor, route, dist = kind
            a = d.midnight + start
            b = a + int(minutes * 60)
            strava = name == "HKWorkoutActivityTypeCycling" and r() < 0.3
            if strava:
                src, attrs = "Strava", 'sourceVersion="38190"'
            else:
                if not d.watch:
                    continue
                src, attrs = WATCH, ctx.watch.on(d)[int(r() * 8)]
            sa, sb = clock(a), clock(b)
            md = [f'  <MetadataEntry key="HKIndoorWorkout" value="{1 if indoor else 0}"/>\n',
                  f'  <MetadataEntry key="HKTimeZone" value="{d.zone}"/>\n']
            if not indoor:
                md.append(f'  <MetadataEntry key="HKWeatherHumidity" value="{5000 + int(r() * 4500)} %"/>\n')
                md.append(f'  <MetadataEntry key="HKWeatherTemperature" value="{35 + r() * 45:.1f} degF"/>\n')
                md.append(f'  <MetadataEntry key="HKElevationAscended" value="{int(r() * 9000)} cm"/>\n')
            if name == "HKWorkoutActivityTypeSwimming":
                md.append('  <MetadataEntry key="HKSwimmingLocationType" value="1"/>\n')
                md.append('  <MetadataEntry key="HKLapLength" value="2500 cm"/>\n')
            md.append(f'  <MetadataEntry key="HKAverageMETs" value="{3 + r() * 8:.5f} kcal/hr\u00b7kg"/>\n')
            ev = []
            if r() < 0.3:
                p = a + int((b - a) * r())
                ev.append(f'  <WorkoutEvent type="HKWorkoutEventTypePause" date="{clock(p)}"/>\n')
                ev.append(f'  <WorkoutEvent type="HKWorkoutEventTypeResume" date="{clock(p + 30 + int(r() * 120))}"/>\n')
            if dist and name != "HKWorkoutActivityTypeSwimming":
                seg = 300 if name == "HKWorkoutActivityTypeRunning" else 600
                for s in range(a, b - seg, seg):
                    ev.append(f'  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="{clock(s)}" '
                              f'duration="{seg / 60 + (r() - 0.5) * 0.4:.6f}" durationUnit="min"/>\n')
            kcal = minutes * (6 + r() * 6)
            st = [f'  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="{sa}" endDate="{sb}" '
                  f'sum="{kcal:.4f}" unit="kcal"/>\n',
                  f'  <WorkoutStatistics type="HKQuantityTypeIdentifierBasalEnergyBurned" startDate="{sa}" endDate="{sb}" '
                  f'sum="{minutes * 1.1:.4f}" unit="kcal"/>\n']
            if src == WATCH:
                st.append(f'  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="{sa}" endDate="{sb}" '
                          f'average="{120 + r() * 40:.4f}" minimum="{85 + int(r() * 15)}" maximum="{160 + int(r() * 25)}" '
                          f'unit="count/min"/>\n')
            if dist:
                km = minutes * {"HKWorkoutActivityTypeRunning": 0.19, "HKWorkoutActivityTypeWalking": 0.09,
                                "HKWorkoutActivityTypeCycling": 0.4, "HKWorkoutActivityTypeSwimming": 0.03}[name]
                unit = "m" if name == "HKWorkoutActivityTypeSwimming" else "km"
                val = km * (1000 if unit == "m" else 1) * (0.85 + r() * 0.3)
                st.append(f'  <WorkoutStatistics type="{dist}" startDate="{sa}" endDate="{sb}" sum="{val:.5f}" unit="{unit}"/>\n')
                if name in ("HKWorkoutActivityTypeRunning", "HKWorkoutActivityTypeWalking"):
                    st.append(f'  <WorkoutStatistics type="HKQuantityTypeIdentifierStepCount" startDate="{sa}" endDate="{sb}" '
                              f'sum="{int(minutes * (165 if name.endswith("Running") else 110))}" unit="count"/>\n')
            rt = ""
            if route and src == WATCH:
                lt = dt.datetime.fromtimestamp(a, ZoneInfo(d.zone))
                fname = f'route_{lt:%Y-%m-%d}_{lt.hour % 12 or 12}.{lt.minute:02d}{"am" if lt.hour < 12 else "pm"}.gpx'
                rt = (f'  <WorkoutRoute sourceName="{WATCH}" sourceVersion="{d.era[1]}" creationDate="{clock(b + 40)}" '
                      f'startDate="{sa}" endDate="{sb}">\n'
                      f'   <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>\n'
                      f'   <MetadataEntry key="HKMetadataKeySyncIdentifier" value="{uuid(rng)}"/>\n'
                      f'   <FileReference path="/workout-routes/{fname}"/>\n  </WorkoutRoute>\n')
                w.add("WorkoutRoute")
            w.parts.append(f' <Workout workoutActivityType="{name}" duration="{minutes!r}" durationUnit="min" '
                           f'sourceName="{src}" {attrs} creationDate="{clock(b + 10)}" startDate="{sa}" endDate="{sb}">\n'
                           f'{"".join(md)}{"".join(ev)}{"".join(st)}{rt} </Workout>\n')
            w.add("Workout:" + name)
            w.add("WorkoutEvent", len(ev))
            w.add("WorkoutStatistics", len(st))
        if len(w.parts) > 2000:
            w.flush()
    w.flush()


def activity_summaries(ctx, w):
    rng = ctx.rng("rings")
    r = rng.random
    for d in ctx.days:
        ex = int(sum(m for (_, _, m) in d.workouts) + r() * 15) if d.watch else 0
        kcal = (250 + 300 * d.activity + ex * 8) if d.watch else 0
        w.parts.append(f' <ActivitySummary dateComponents="{d.date.isoformat()}" activeEnergyBurned="{kcal:.4f}" '
                       f'activeEnergyBurnedGoal="600" activeEnergyBurnedUnit="Cal" appleMoveTime="0" appleMoveTimeGoal="0" '
                       f'appleExerciseTime="{ex}" appleExerciseTimeGoal="30" '
                       f'appleStandHours="{int(8 + r() * 6) if d.watch else 0}" appleStandHoursGoal="12"/>\n')
        w.add("ActivitySummary")
    w.flush()


class Context:
    def __init__(self, days, seed):
        self.days, self.seed = days, seed
        first = days[0].midnight - 86400
        last = days[-1].midnight + 3 * 86400
        self.clock = Clock(first, last)
        drng = random.Random(f"{seed}-devices")
        self.watch = Device(drng, "Apple Watch", "Watch", era_index=(1, 2))
        self.phone = Device(drng, "iPhone", "iPhone", era_index=(3, 4))
        self.scale = Device(drng, "Body+", "Body+", "Withings", fixed=("6.18.1", "WBS05"))
        self.omron_attrs = Device(drng, "BP7450", "BP7450", "OMRON HEALTHCARE Co., Ltd.").attrs("2.14.0", "1.0")
        self.app_versions = {"WaterMinder": "5.7.1", "HiCoffee": "3.2", "MyFitnessPal": "24.11.0",
                             "Drinkaware": "6.0.3", "Withings": "6.18.1"}
        # Blood pressure readings, drawn once so the Correlations and top-level Records agree.
        brng = random.Random(f"{seed}-bp")
        self.bp_values = {(d.date, t): (118 + int(brng.gauss(0, 8)), 77 + int(brng.gauss(0, 6)))
                          for d in days for t in d.bp}

    def rng(self, name):
        return random.Random(f"{self.seed}-{name}")

    def bp_record(self, d, t, which):
        sys_, dia = self.bp_values[(d.date, t)]
        ts, attrs = self.clock(d.midnight + t), self.omron_attrs[d.date.toordinal() % 8]
        return (f'<Record type="HKQuantityTypeIdentifierBloodPressure{which}" sourceName="OMRON connect" {attrs} '
                f'unit="mmHg" creationDate="{self.clock(d.midnight + t + 300)}" startDate="{ts}" endDate="{ts}" '
                f'value="{sys_ if which == "Systolic" else dia}"/>\n')


def body(ctx, w):
    """Every section after the header, in export order: Records by type then source, then the rest."""
    watch, phone = ctx.watch, ctx.phone
    T = "HKQuantityTypeIdentifier"
    daily_stream(ctx, w, T + "Height", "Health", None, "cm", 0.004, awake_time, lambda r: "168", "height", MD_USER)
    daily_stream(ctx, w, T + "BodyMass", "Withings", ctx.scale, "kg", 0.35, lambda r, d: d.wake + 600,
                 lambda r: "%.2f" % (63.5 + r() * 2), "mass")
    hr_watch(ctx, w)
    hr_third_party(ctx, w)
    daily_stream(ctx, w, T + "OxygenSaturation", WATCH, watch, "%", 8, night_time,
                 lambda r: "0.%02d" % (94 + int(r() * 6)), "spo2")
    blood_pressure(ctx, w, "Systolic")
    blood_pressure(ctx, w, "Diastolic")
    daily_stream(ctx, w, T + "RespiratoryRate", WATCH, watch, "count/min", 14, night_time,
                 lambda r: "%.1f" % (13 + r() * 4), "resp", dur=lambda r: 180 + int(r() * 400))
    interval_stream(ctx, w, T + "StepCount", PHONE, phone, 9, "count", v_steps, "steps-phone",
                    gap=(60, 420), dur=(40, 600))
    interval_stream(ctx, w, T + "StepCount", WATCH, watch, 11, "count", v_steps, "steps-watch",
                    gap=(30, 300), dur=(40, 500), workout_boost=120)
    interval_stream(ctx, w, T + "DistanceWalkingRunning", PHONE, phone, 5, "km", v_km, "dist-phone",
                    gap=(60, 420), dur=(40, 600))
    interval_stream(ctx, w, T + "DistanceWalkingRunning", WATCH, watch, 6, "km", v_km, "dist-watch",
                    gap=(30, 300), dur=(40, 500), workout_boost=120)
    interval_stream(ctx, w, T + "BasalEnergyBurned", WATCH, watch, 3.5, "kcal", v_basal, "basal",
                    awake_only=False, gap=(600, 1800), dur=(600, 1800))
    interval_stream(ctx, w, T + "ActiveEnergyBurned", WATCH, watch, 9, "kcal", v_kcal, "active",
                    gap=(30, 300), dur=(30, 300), workout_boost=60)
    interval_stream(ctx, w, T + "FlightsClimbed", PHONE, phone, 0.5, "count", v_flights, "flights",
                    gap=(300, 3600), dur=(20, 120))
    daily_stream(ctx, w, T + "DietaryWater", "WaterMinder", None, "mL", 4, awake_time,
                 lambda r: ("250", "330", "500", "750")[int(r() * 4)], "water")
    daily_stream(ctx, w, T + "DietaryWater", "Health", None, "fl_oz_us", 0.3, awake_time,
                 lambda r: ("8", "12", "16.9")[int(r() * 3)], "water-manual", MD_USER)
    daily_stream(ctx, w, T + "DietaryCaffeine", "HiCoffee", None, "mg", 2.2,
                 lambda r, d: d.wake + 1200 + int(r() * 9 * 3600), lambda r: ("63", "95", "126", "150", "80")[int(r() * 5)],
                 "caffeine")
    daily_stream(ctx, w, T + "DietaryCaffeine", "Health", None, "mg", 0.15, awake_time, lambda r: "95", "caffeine-manual", MD_USER)
    daily_stream(ctx, w, T + "DietaryMagnesium", "MyFitnessPal", None, "mg", 3,
                 lambda r, d: (d.wake + 1800, 12 * 3600 + 1800, 19 * 3600)[int(r() * 3)],
                 lambda r: "%.1f" % (20 + r() * 140), "mg-food",
                 lambda secs: '  <MetadataEntry key="meal" value="%s"/>\n' % (
                     "Breakfast" if secs < 11 * 3600 else "Lunch" if secs < 16 * 3600 else "Dinner"))
    daily_stream(ctx, w, T + "DietaryMagnesium", "Health", None, "mg", 0.6, lambda r, d: d.bed - 1800,
                 lambda r: ("200", "300", "375")[int(r() * 3)], "mg-supplement", MD_USER)
    daily_stream(ctx, w, T + "AppleExerciseTime", WATCH, watch, "min", 20, awake_time, lambda r: "1", "exercise", dur=60)
    daily_stream(ctx, w, T + "RestingHeartRate", WATCH, watch, "count/min", 1, lambda r, d: 0,
                 lambda r: VALS[52 + int(r() * 8)], "resting", dur=86399)
    daily_stream(ctx, w, T + "WalkingHeartRateAverage", WATCH, watch, "count/min", 1, lambda r, d: 0,
                 lambda r: VALS[88 + int(r() * 15)], "walkhr", dur=86399)
    daily_stream(ctx, w, T + "EnvironmentalAudioExposure", WATCH, watch, "dBASPL", 24, awake_time,
                 lambda r: "%.4f" % (45 + r() * 30), "noise", dur=1800)
    daily_stream(ctx, w, T + "HeadphoneAudioExposure", PHONE, phone, "dBASPL", 5, awake_time,
                 lambda r: "%.4f" % (55 + r() * 25), "headphones", dur=lambda r: 60 + int(r() * 1200))
    daily_stream(ctx, w, T + "WalkingSpeed", PHONE, phone, "km/hr", 10, awake_time,
                 lambda r: "%.3f" % (4.2 + r() * 1.5), "speed", dur=20)
    daily_stream(ctx, w, T + "WalkingStepLength", PHONE, phone, "cm", 10, awake_time,
                 lambda r: VALS[65 + int(r() * 12)], "steplen", dur=20)
    daily_stream(ctx, w, T + "NumberOfAlcoholicBeverages", "Health", None, "count", 0.25,
                 lambda r, d: 19 * 3600 + int(r() * 3 * 3600), lambda r: ("1", "1", "2", "3")[int(r() * 4)],
                 "alcohol", MD_USER)
    daily_stream(ctx, w, T + "NumberOfAlcoholicBeverages", "Drinkaware", None, "count", 0.1,
                 lambda r, d: 20 * 3600 + int(r() * 2 * 3600), lambda r: ("1", "2")[int(r() * 2)], "alcohol-app")
    daily_stream(ctx, w, T + "AppleStandTime", WATCH, watch, "min", 12, awake_time,
                 lambda r: VALS[1 + int(r() * 4)], "standtime", dur=300)
    sleep(ctx, w)
    stand_hours(ctx, w)
    mindful(ctx, w)
    hrv(ctx, w)
    correlations(ctx, w)
    workouts(ctx, w)
    activity_summaries(ctx, w)


def header(export_at):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{DTD}<HealthData locale="en_US">\n'
            f' <ExportDate value="{export_at:%Y-%m-%d %H:%M:%S %z}"/>\n'
            ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1988-04-12" '
            'HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" '
            'HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" '
            'HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" '
            'HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>\n')


def generate(n_days, seed, f, every=1):
    """Writes the export of n_days ending the day before the export date to f (None: count bytes only).

    every > 1 generates only every that-many-th day of the same plan: a quick sample for sizing."""
    last = EXPORT_AT.date() - dt.timedelta(days=1)   # the export date's own night ends before the export
    days = make_plan(last - dt.timedelta(days=n_days - 1), n_days, seed)[::every]
    w = Writer(f)
    w.parts.append(header(EXPORT_AT))
    body(Context(days, seed), w)
    w.parts.append("</HealthData>\n")
    w.flush()
    return w, days


def write_zip(xml_path, zip_path):
    """The iPhone's export.zip: apple_health_export/export.xml plus a small export_cda.xml."""
    stamp = EXPORT_AT.timetuple()[:6]
    tmp = zip_path + ".part"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("apple_health_export/", stamp), b"")
        info = zipfile.ZipInfo("apple_health_export/export.xml", stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(xml_path, "rb") as src, zf.open(info, "w", force_zip64=True) as dst:
            while chunk := src.read(4 << 20):
                dst.write(chunk)
        info = zipfile.ZipInfo("apple_health_export/export_cda.xml", stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, CDA)
    os.replace(tmp, zip_path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size_mb", type=float, help="target size in MiB")
    ap.add_argument("out", help="export.xml to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--zip", help="also write an iPhone-style export.zip here")
    args = ap.parse_args()
    t0 = time.time()
    target = int(args.size_mb * 1024 * 1024)

    # Size the span: bytes per day from a sample of days spread over the span (older devices write
    # less), twice, since the span decides the mix of eras.
    fixed = len(header(EXPORT_AT).encode()) + len("</HealthData>\n")
    n_days = CALIBRATION_DAYS
    for _ in range(2):
        every = max(1, n_days // CALIBRATION_DAYS)
        cal, sample = generate(n_days, args.seed, None, every)
        n_days = max(1, round((target - fixed) / ((cal.bytes - fixed) / len(sample))))

    tmp = args.out + ".part"
    with open(tmp, "wb") as f:
        w, days = generate(n_days, args.seed, f)
    os.replace(tmp, args.out)
    t1 = time.time()
    if args.zip:
        write_zip(args.out, args.zip)
    t2 = time.time()

    counts = dict(sorted(w.counts.items(), key=lambda kv: -kv[1]))
    summary = {
        "bytes": w.bytes, "mib": round(w.bytes / 1048576, 1), "days": n_days,
        "first_day": days[0].date.isoformat(), "last_day": days[-1].date.isoformat(), "seed": args.seed,
        "top_level_records": sum(v for k, v in counts.items() if k.startswith("HK")),
        "counts": counts, "xml_seconds": round(t1 - t0, 1),
    }
    if args.zip:
        summary["zip_bytes"] = os.path.getsize(args.zip)
        summary["zip_seconds"] = round(t2 - t1, 1)
    json.dump(summary, sys.stderr, indent=1)
    sys.stderr.write("\n")


if __name__ == "__main__":
    main()
