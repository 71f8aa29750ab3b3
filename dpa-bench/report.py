#!/usr/bin/env python3
"""Regenerates BENCHMARKS.md from the JSON results of dpa-bench/run.sh.

    python3 dpa-bench/report.py dpa-bench/results/short > BENCHMARKS.md

Reads every jmh-*.json (JMH -rf json), coldstart.json and machine.json in the directory, and
dpa-bench/analysis.md (the hand-written explanation of each target, keyed by target id). Every
figure in the report comes from the JSON; ratios use the medians of the measurement iterations
of one run, as the targets ask.

The monitor's part reports only the benchmarks that exist (MONITOR_BENCHMARKS; rows of retired ones
left in a results directory are left out and counted), and compares them with the figures of the
engine before issue 13's rewrite, kept in dpa-bench/results/before-issue-13/ (the same JSON files,
from the run of that engine): "what the simpler engine costs" is computed from both, never written
by hand.
"""
import glob
import json
import os
import re
import sys
from statistics import median

FAMILIES = [
    # id, clause, rule kind (boolean: 50 ns target, date: 100 ns target), what is decided
    ("securityIncident", "2.9", "boolean", "is a security event a Security Incident"),
    ("objectionAllowed", "6.3", "date", "is an objection written, on grounds and within 5 days after notice"),
    ("noticeTimely", "6.3", "date", "was notice given at least 10 days before first processing"),
    ("deletionDue", "9.1", "date", "the day deletion is due (60 days after a request following termination)"),
    ("auditAllowed", "A.2.2.2", "date", "is an audit allowed (once per calendar year)"),
    ("reportSuffices", "A.2.2.2", "date", "does a Third Party Report of the 12 months prior suffice"),
    ("ccpaUse", "B.3", "boolean", "is an act on Customer Personal Data allowed under the CCPA terms"),
]
EXPLAINED_LIMIT = {"boolean": 50.0, "date": 100.0}
BARE_FACTOR = 2.0
DROOLS_FACTOR = 20.0
MONITOR_RATE = 250_000  # issue 13: one thread, 10^6 events across 10^4 contracts
GROWTH_LIMIT = 12.0
AS_OF_MS = 1.0  # issue 13: the as-of state of one contract of 500 events
EVENT_VALIDATION_NS = 5_000
COLD_START_S = 0.5
# the monitor's benchmarks that exist: (class, method); rows of any other monitor benchmark in the
# results (the retired parallel fleet: fleetReplayParallel, fleetReplayParallelLargeYoung) are left out
MONITOR_BENCHMARKS = {
    ("FoldBenchmarks", "foldReplay"),
    ("MonitorBenchmarks", "fleetReplay"),
    ("MonitorBenchmarks", "fleetReplayStream"),
    ("MonitorBenchmarks", "fleetReplayAndQuery"),
    ("MonitorBenchmarks", "singleContractReplay"),
}
# the figures of the engine before issue 13's rewrite (mutable engine, custom collections, parallel fleet)
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results", "before-issue-13")


def load(results):
    rows = []
    for path in sorted(glob.glob(os.path.join(results, "jmh-*.json"))):
        with open(path) as f:
            rows.extend(json.load(f))
    cold = []
    if os.path.exists(os.path.join(results, "coldstart.json")):
        with open(os.path.join(results, "coldstart.json")) as f:
            cold = json.load(f)
    retained = []
    if os.path.exists(os.path.join(results, "retained.json")):
        with open(os.path.join(results, "retained.json")) as f:
            retained = json.load(f)
    growth = []
    for path in sorted(glob.glob(os.path.join(results, "growth*.json"))):
        with open(path) as f:
            growth.extend(json.load(f))
    machine = {}
    if os.path.exists(os.path.join(results, "machine.json")):
        with open(os.path.join(results, "machine.json")) as f:
            machine = json.load(f)
    return rows, cold, machine, retained, growth


def analysis():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")
    notes = {}
    if not os.path.exists(path):
        return notes
    key = None
    for line in open(path):
        m = re.match(r"^## (\S+)", line)
        if m:
            key = m.group(1)
            notes[key] = []
        elif key:
            notes[key].append(line.rstrip("\n"))
    return {k: "\n".join(v).strip() for k, v in notes.items()}


class Result:
    def __init__(self, row):
        full = row["benchmark"]
        self.cls, self.method = full.split(".")[-2:]
        self.params = row.get("params", {}) or {}
        pm = row["primaryMetric"]
        self.score = pm["score"]
        self.error = pm["scoreError"] if isinstance(pm["scoreError"], (int, float)) else float("nan")
        self.unit = pm["scoreUnit"]
        self.median = pm.get("scorePercentiles", {}).get("50.0", self.score)
        sec = row.get("secondaryMetrics", {}) or {}
        norm = sec.get("gc.alloc.rate.norm")
        self.bop = norm["score"] if norm else None
        cpu, ops = sec.get("cpuNanos"), sec.get("replays")
        self.cpu_ns = cpu["score"] / ops["score"] if cpu and ops and ops["score"] else None
        gct = sec.get("gc.time")
        self.gc_ms = gct["score"] if gct else None
        self.row = row

    def key(self):
        return (self.cls, self.method, tuple(sorted(self.params.items())))


def fmt(x, digits=None):
    if x is None:
        return "–"
    if x != x:  # NaN
        return "n/a"
    if digits is not None:
        return f"{x:,.{digits}f}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:,.1f}"
    return f"{x:,.2f}"


def status(ok):
    return "**met**" if ok else "**missed**"


def main(results):
    rows, cold, machine, retained, growth = load(results)
    notes = analysis()
    res = {}
    for row in rows:
        r = Result(row)
        res[r.key()] = r

    def get(cls, method, **params):
        return res.get((cls, method, tuple(sorted((k, str(v)) for k, v in params.items()))))

    out = []
    w = out.append
    w("# Benchmarks")
    w("")
    w("<!-- Generated by dpa-bench/report.py from the JSON in " + os.path.relpath(results, os.getcwd())
      + "; do not edit by hand: run `dpa-bench/run.sh` (or `python3 dpa-bench/report.py DIR > BENCHMARKS.md`). -->")
    w("")
    w("How fast dpa-semantics answers, measured with JMH on this project's machine, side by side in one run "
      "with a hand-written floor and with the same rules in Drools. The targets come from issues 4, 5 and 7, "
      "and for the monitor from issue 13.")
    w("")
    any_row = rows[0] if rows else {}
    w("## Machine and run")
    w("")
    w(f"- command: `{machine.get('command', 'dpa-bench/run.sh')}` (mode `{machine.get('mode', '?')}`), run {machine.get('date', '?')}"
      + (f" on commit `{machine['commit']}`" if machine.get('commit') else ""))
    w(f"- machine: {machine.get('nproc', '?')} cores, {machine.get('cpu', '?')}, "
      f"{fmt(machine.get('mem_kib', 0) / 1024 / 1024, 1)} GiB RAM; load average before {machine.get('load_before', '?')}, "
      f"after {machine.get('load_after', '?')} (a shared build machine: other builds ran at the same time)")
    if machine.get('note'):
        w(f"- note: {machine['note']}")
    if any_row:
        w(f"- JDK: {any_row.get('vmName', '?')} {any_row.get('vmVersion', '?')} (java {any_row.get('jdkVersion', '?')}); "
          f"JMH {any_row.get('jmhVersion', '?')}")
        for r in rows:
            if "PolicyBenchmarks" in r["benchmark"]:
                w(f"- decisions: {r['forks']} fork(s), {r['warmupIterations']} × {r['warmupTime']} warm-up, "
                  f"{r['measurementIterations']} × {r['measurementTime']} measurement, `-prof gc`")
                break
        for r in rows:
            if "MonitorBenchmarks" in r["benchmark"] or "FoldBenchmarks" in r["benchmark"]:
                w(f"- monitor: {r['forks']} fork(s), {r['warmupIterations']} × {r['warmupTime']} warm-up, "
                  f"{r['measurementIterations']} × {r['measurementTime']} measurement, `-prof gc`")
                break
    w("- score ± error is JMH's mean with its 99.9 % confidence half-width; *median* is the median of the "
      "measurement iterations, which the ratios and targets use; B/op is `gc.alloc.rate.norm`.")
    w("")

    # ------------------------------------------------------------------ targets
    targets = []  # (id, text, ok, figure)

    # ------------------------------------------------------------------ decisions
    w("## Decisions: floor, bare outcome, explained Decision, Drools")
    w("")
    w("One decision per operation, cycling through 1,024 generated inputs (boundaries included). "
      "*floor*: the rule as the shortest hand-written Java; *bare*: the policy's plain answer (boolean, date, enum); "
      "*explained*: the policy's `Decision` with clause ids, reason codes, readings and window; *Drools*: the same rule "
      "as DRL in a warm, reused stateful session (insert, fire, read, delete) and a stateless session. Before timing, "
      "each benchmark's setup checks that floor, bare, explained and Drools give the same answers on 5,120 inputs.")
    w("")
    w("| rule | clause | floor ns | bare ns | explained ns | Drools stateful ns | Drools stateless ns | bare / floor | Drools stateful / explained | Drools stateful / bare | explained B/op |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for fam, clause, kind, what in FAMILIES:
        fl = get("PolicyBenchmarks", fam + "_floor")
        ba = get("PolicyBenchmarks", fam + "_bare")
        ex = get("PolicyBenchmarks", fam + "_explained")
        ds = get("DroolsBenchmarks", fam + "_droolsStateful")
        dl = get("DroolsBenchmarks", fam + "_droolsStateless")
        if not (fl and ba and ex):
            continue
        ratio = ba.median / fl.median if fl.median else float("nan")
        drools_ex = ds.median / ex.median if ds else None
        drools_ba = ds.median / ba.median if ds else None
        w(f"| `{fam}` ({kind}) | {clause} | {fmt(fl.median)} | {fmt(ba.median)} | {fmt(ex.median)} | "
          f"{fmt(ds.median) if ds else '–'} | {fmt(dl.median) if dl else '–'} | {fmt(ratio)}× | "
          f"{fmt(drools_ex) + '×' if ds else '–'} | {fmt(drools_ba) + '×' if ds else '–'} | {fmt(ex.bop, 0)} |")
        targets.append(("bare-within-2x-floor", f"`{fam}` ({clause}) bare outcome within {BARE_FACTOR:g}× of the floor",
                        ratio <= BARE_FACTOR, f"{fmt(ratio)}× ({fmt(ba.median)} vs {fmt(fl.median)} ns)",
                        None if ratio <= BARE_FACTOR else f"{fmt(ratio / BARE_FACTOR)}× over"))
        limit = EXPLAINED_LIMIT[kind]
        targets.append(("explained-" + kind, f"`{fam}` ({clause}) explained Decision ≤ {limit:g} ns ({kind} rule)",
                        ex.median <= limit, f"{fmt(ex.median)} ns",
                        None if ex.median <= limit else f"+{fmt(ex.median - limit)} ns ({fmt(ex.median / limit)}× the limit)"))
        if ds:
            for form, r in (("explained Decision", ex), ("bare outcome", ba)):
                f = ds.median / r.median
                targets.append(("drools-20x", f"`{fam}` ({clause}) {form} ≥ {DROOLS_FACTOR:g}× faster than warm Drools stateful",
                                f >= DROOLS_FACTOR, f"{fmt(f)}× ({fmt(ds.median)} vs {fmt(r.median)} ns)",
                                None if f >= DROOLS_FACTOR else f"{fmt(DROOLS_FACTOR / f)}× short"))
    w("")
    w("Every measurement with its error and allocation:")
    w("")
    w("| benchmark | score ± error | median | units | B/op |")
    w("|---|---:|---:|---|---:|")
    for r in sorted(res.values(), key=lambda r: (r.cls, r.method)):
        if r.cls not in ("PolicyBenchmarks", "DroolsBenchmarks"):
            continue
        w(f"| `{r.cls}.{r.method}` | {fmt(r.score)} ± {fmt(r.error)} | {fmt(r.median)} | {r.unit} | {fmt(r.bop, 0)} |")
    w("")

    # ------------------------------------------------------------------ validation
    vc = get("ValidationBenchmarks", "contract")
    ve = get("ValidationBenchmarks", "event")
    if vc or ve:
        w("## Validation (Hibernate Validator, one Validator reused)")
        w("")
        w("| what | score ± error | median | units | B/op |")
        w("|---|---:|---:|---|---:|")
        for name, r in (("a full ContractInstance (5 Subprocessors, 3 Sources/Destinations, affiliate graph)", vc),
                        ("one event (an objection or a subprocessor notice)", ve)):
            if r:
                w(f"| {name} | {fmt(r.score)} ± {fmt(r.error)} | {fmt(r.median)} | {r.unit} | {fmt(r.bop, 0)} |")
        w("")
        if ve:
            ns = ve.median * unit_ns(ve.unit)
            targets.append(("validation-event", f"validation of one event ≤ {EVENT_VALIDATION_NS / 1000:g} µs",
                            ns <= EVENT_VALIDATION_NS, f"{fmt(ns / 1000)} µs",
                            None if ns <= EVENT_VALIDATION_NS else f"{fmt(ns / EVENT_VALIDATION_NS)}× the limit"))

    # ------------------------------------------------------------------ monitor
    def series(r):
        # one growth series per benchmark method and monitor mode (full / streaming)
        mode = r.params.get("mode")
        return f"{r.method} ({mode})" if mode else r.method

    fleet = sorted([r for r in res.values() if (r.cls, r.method) in MONITOR_BENCHMARKS],
                   key=lambda r: (r.method, r.params.get("mode", ""), int(r.params.get("events", 0))))
    retired = sorted({r.method for r in res.values()
                      if r.cls == "MonitorBenchmarks" and (r.cls, r.method) not in MONITOR_BENCHMARKS})
    if fleet:
        w("## Monitor: replaying events")
        w("")
        w("One operation is one whole replay of a pre-generated stream (events made in the setup), on one thread "
          "(the library starts no threads). "
          "`foldReplay` (`FoldBenchmarks`): the stream folded with `Monitor.step` into one `MonitorState` per contract "
          "(events/100 contracts, 10,000 at 10⁶ events, merged by date across contracts), as a Kafka Streams "
          "topology keyed by contract does; "
          "`fleetReplay`: a `MonitorFleet` of the same contracts fed the same stream event by event; "
          "`fleetReplayStream`: the same stream given whole to `MonitorFleet.appendAll(contractIds, events)`; "
          "`fleetReplayAndQuery`: `fleetReplay`, then every contract's state as of the last "
          "date; `singleContractReplay`: one contract with the whole history, then its state. "
          "*full*: monitors that keep the timeline and every account (what-if, any as-of date); *streaming*: "
          "`MonitorFleet.streaming`, in-order input, only the live state kept, accounts and closed obligations "
          "handed to a sink that discards them. "
          "*growth* is the time of this size over the time of the size 10× smaller (linear = 10×); each size ran "
          "in its own JVM, one after the other, so the side-by-side table below is the one to read for growth. "
          "*CPU ms* is the process CPU time per replay (this JVM's threads, GC included), measured in the benchmark: "
          "on a shared machine the wall clock also counts the time other processes held the cores, CPU time does not.")
        w("")
        w("| benchmark | events | contracts | score ± error (ms) | median ms | events/s (median) | growth (10× events) | CPU ms | events per CPU-s | CPU growth | B/op | B/event |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        prev = {}
        prev_cpu = {}
        growths = []
        cpu_growths = []
        rates = {}
        cpu_rates = {}
        for r in fleet:
            sname = series(r)
            n = int(r.params.get("events", 0))
            ms = r.median * unit_ns(r.unit) / 1e6
            rate = n / (ms / 1000) if ms else float("nan")
            contracts = 1 if r.method.startswith("single") else max(1, n // 100)
            g = None
            if sname in prev and prev[sname][0] * 10 == n:
                g = ms / prev[sname][1]
                growths.append((sname, prev[sname][0], n, g))
            prev[sname] = (n, ms)
            rates[(sname, n)] = rate
            cpu_ms = r.cpu_ns / 1e6 if r.cpu_ns else None
            cg = None
            if cpu_ms:
                cpu_rates[(sname, n)] = n / (cpu_ms / 1000)
                if sname in prev_cpu and prev_cpu[sname][0] * 10 == n:
                    cg = cpu_ms / prev_cpu[sname][1]
                    cpu_growths.append((sname, prev_cpu[sname][0], n, cg))
                prev_cpu[sname] = (n, cpu_ms)
            score_ms = r.score * unit_ns(r.unit) / 1e6
            err_ms = r.error * unit_ns(r.unit) / 1e6
            w(f"| `{sname}` | {n:,} | {contracts:,} | {fmt(score_ms)} ± {fmt(err_ms)} | {fmt(ms)} | {fmt(rate, 0)} | "
              f"{fmt(g) + '×' if g else '–'} | {fmt(cpu_ms)} | {fmt(cpu_rates.get((sname, n)), 0)} | "
              f"{fmt(cg) + '×' if cg else '–'} | {fmt(r.bop, 0)} | {fmt(r.bop / n if r.bop is not None else None, 0)} |")
        w("")
        if retired:
            w("Left out: rows of benchmarks that no longer exist, found in these results ("
              + ", ".join(f"`{m}`" for m in retired) + ").")
            w("")
        for method in sorted({series(r) for r in fleet if r.method.startswith("fleet") or r.method == "foldReplay"}):
            rate = rates.get((method, 1_000_000))
            if rate is not None:
                targets.append(("monitor-rate", f"`{method}`: 10⁶ events across 10,000 contracts on one thread at ≥ {MONITOR_RATE:,} events/s",
                                rate >= MONITOR_RATE, f"{fmt(rate, 0)} events/s",
                                None if rate >= MONITOR_RATE else f"{fmt(MONITOR_RATE / rate)}× too slow"))
            crate = cpu_rates.get((method, 1_000_000))
            if crate is not None:
                targets.append(("monitor-rate", f"`{method}`: the same, per second of process CPU time (load-independent view)",
                                crate >= MONITOR_RATE, f"{fmt(crate, 0)} events per CPU-s",
                                None if crate >= MONITOR_RATE else f"{fmt(MONITOR_RATE / crate)}× too slow"))
        for method, a, b, g in growths:
            targets.append(("monitor-growth", f"`{method}`: {a:,} → {b:,} events costs ≤ {GROWTH_LIMIT:g}× the time",
                            g <= GROWTH_LIMIT, f"{fmt(g)}×", None if g <= GROWTH_LIMIT else f"{fmt(g / 10)}× superlinear"))
        for method, a, b, g in cpu_growths:
            targets.append(("monitor-growth", f"`{method}`: {a:,} → {b:,} events costs ≤ {GROWTH_LIMIT:g}× the CPU time",
                            g <= GROWTH_LIMIT, f"{fmt(g)}×", None if g <= GROWTH_LIMIT else f"{fmt(g / 10)}× superlinear"))

    # ------------------------------------------------------------------ as-of queries of the fold
    asof = [r for r in (get("FoldBenchmarks", "asOfLast500"), get("FoldBenchmarks", "asOfPast500")) if r]
    if asof:
        w("## Monitor: the state of one contract as of a date")
        w("")
        w("`FoldBenchmarks`: one contract of 500 events folded with `Monitor.step`; `asOfLast500` is "
          "`MonitorState.asOf` its last event's date, `asOfPast500` as of its 250th event's date (the events up to it "
          "replayed).")
        w("")
        w("| benchmark | score ± error | median | units | B/op |")
        w("|---|---:|---:|---|---:|")
        for r in asof:
            w(f"| `{r.method}` | {fmt(r.score)} ± {fmt(r.error)} | {fmt(r.median)} | {r.unit} | {fmt(r.bop, 0)} |")
            ms = r.median * unit_ns(r.unit) / 1e6
            targets.append(("fold-as-of", f"`{r.method}`: the state of a 500-event contract as of a date in ≤ {AS_OF_MS:g} ms",
                            ms <= AS_OF_MS, f"{fmt(ms, 3)} ms", None if ms <= AS_OF_MS else f"{fmt(ms / AS_OF_MS)}× the limit"))
        w("")

    # ------------------------------------------------------------------ growth side by side
    growth = [g for g in growth if g["mode"] in ("fold", "full", "streaming", "forgetting") and g.get("heap", "default") == "default"]
    if growth:
        rounds = len(growth[0]["ms"])
        w("## Monitor: growth measured side by side")
        w("")
        w("`MonitorGrowth` (dpa-bench): every size of one replay in one JVM, in rounds: in each round, in a shuffled "
          "order, a block of each size holding 10⁶ events (1,000 replays of 10³ events, ..., one replay of 10⁶), so "
          "that the two sizes a ratio compares ran within seconds of each other with the same compiled code, on one "
          "thread, with a full collection outside the timing when one ran since the previous replay. "
          f"{rounds} rounds after warm-up rounds. *growth* "
          "is, per round, the mean time of a replay of this size over that of the size 10× smaller; the table gives "
          "its median over the rounds and its range (lowest to highest round). *CPU growth*: the same with the "
          "process CPU time (GC included). *heap*: this suite's `-Xms2g -Xmx6g`. "
          "*mode*: *fold* is `foldReplay` (`Monitor.step`, one state per contract); *full* and *streaming* are "
          "`fleetReplayStream` in those modes; *forgetting* is the streaming fleet that forgets closed "
          "matters 90 days after they closed (`MonitorFleet.streaming(sinks, Period.ofDays(90))`), the mode whose "
          "memory follows the open obligations (see the memory table).")
        w("")
        w("| heap | mode | events | median ms per replay | events/s (median) | growth (10× events), median | range over rounds | CPU growth, median |")
        w("|---|---|---:|---:|---:|---:|---:|---:|")
        by = {(g.get("heap", "default"), g["mode"], g["events"]): g for g in growth}
        for g in sorted(growth, key=lambda g: (g.get("heap", "default"), g["mode"], g["events"])):
            heap, mode, n = g.get("heap", "default"), g["mode"], g["events"]
            med = median(g["ms"])
            smaller = by.get((heap, mode, n // 10))
            ratio = rng = cratio = None
            if smaller:
                ratios = sorted(a / b for a, b in zip(g["ms"], smaller["ms"]))
                ratio = median(ratios)
                rng = (ratios[0], ratios[-1])
                cratios = [a / b for a, b in zip(g["cpuMs"], smaller["cpuMs"]) if b > 0]
                cratio = median(cratios) if cratios else None
                name = "foldReplay" if mode == "fold" else f"fleetReplayStream ({mode})"
                targets.append(("monitor-growth", f"`{name}`, {heap} heap, side by side: {n // 10:,} → {n:,} "
                                f"events costs ≤ {GROWTH_LIMIT:g}× the time (median of {rounds} rounds)",
                                ratio <= GROWTH_LIMIT, f"{fmt(ratio)}× (rounds {fmt(rng[0])}–{fmt(rng[1])}×)",
                                None if ratio <= GROWTH_LIMIT else f"{fmt(ratio / 10)}× superlinear"))
            w(f"| {heap} | {mode} | {n:,} | {fmt(med)} | {fmt(n / (med / 1000), 0)} | {fmt(ratio) + '×' if ratio else '–'} | "
              f"{fmt(rng[0]) + '–' + fmt(rng[1]) + '×' if rng else '–'} | {fmt(cratio) + '×' if cratio else '–'} |")
        w("")

    # ------------------------------------------------------------------ retained heap
    if retained:
        w("## Monitor: memory a replayed fleet keeps")
        w("")
        w("`MonitorBenchmarks$RetainedHeap`: the fleet stream above replayed event by event, then the heap it retains "
          "(used heap after full collections, with and without the fleet). *fold*: the `MonitorState` of each contract "
          "after `foldReplay` (what a Kafka Streams store holds per key, there as JSON); *full*: `new MonitorFleet()`; *streaming*: "
          "`MonitorFleet.streaming(sinks)`, closed matters remembered for ever; *forgetting*: "
          "`MonitorFleet.streaming(sinks, forgetClosedAfter)`, closed matters forgotten that long after they closed. "
          "*open* counts, as of the last date, the obligations still open and the rights still open: what the issue "
          "asks memory to follow. *remembered*: matters the monitors hold state about (`ContractMonitor.rememberedMatters()`).")
        w("")
        w("| mode | events | contracts | retained MB | B/event | open obligations | open rights | B per open obligation or right | matters remembered | closed to sink |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in sorted(retained, key=lambda r: (["fold", "full", "streaming", "forgetting"].index(r["mode"]), r["events"])):
            open_ = r["openObligations"] + r["openRights"]
            mode = r["mode"] + (f" ({r['forgetAfter']})" if r.get("forgetAfter") else "")
            w(f"| {mode} | {r['events']:,} | {r['contracts']:,} | {fmt(r['retainedBytes'] / 1e6)} | "
              f"{fmt(r['retainedBytes'] / r['events'])} | {r['openObligations']:,} | {r['openRights']:,} | "
              f"{fmt(r['retainedBytes'] / max(1, open_))} | "
              f"{'all' if r['remembered'] < 0 else format(r['remembered'], ',')} | {r['closedToSink']:,} |")
        w("")
        if "monitor-memory" in notes:
            w(notes["monitor-memory"])
            w("")

    # ------------------------------------------------------------------ against the engine before issue 13
    paragraph = against_previous(res, growth, retained, BASELINE)
    if paragraph:
        w("## Monitor: what the simpler engine costs against the previous figures")
        w("")
        w(paragraph)
        w("")

    # ------------------------------------------------------------------ cold start
    if cold:
        w("## Cold start to first decision (whole processes)")
        w("")
        w("Each command is run as a new process from the repository root, output discarded; 2 unmeasured runs, then "
          "the measured ones. `dpa` is the launcher (`./dpa decide Subprocessing.objectionAllowed ...`: client compiler "
          "only, serial GC, a class-data-sharing archive made on first use); `java-jar` is the same jar on a plain JVM; "
          "`drools` is a process that compiles the three DRL rules into a KieContainer and decides one objection; `jvm` "
          "is `java -version`, the JVM's own start.")
        w("")
        w("| process | runs | median s | min s | max s | command |")
        w("|---|---:|---:|---:|---:|---|")
        for c in cold:
            w(f"| {c['name']} | {c['runs']} | {c['median_s']:.3f} | {c['min_s']:.3f} | {c['max_s']:.3f} | `{c['command']}` |")
        w("")
        for c in cold:
            if c["name"] == "dpa":
                ok = c["median_s"] <= COLD_START_S
                targets.append(("cold-start", f"`dpa` cold start to first decision ≤ {COLD_START_S:g} s",
                                ok, f"{c['median_s']:.3f} s (median of {c['runs']})",
                                None if ok else f"+{c['median_s'] - COLD_START_S:.3f} s"))

    # ------------------------------------------------------------------ Kafka Streams (dpa-kafka)
    kafka_path = os.path.join(results, "kafka.json")
    if os.path.exists(kafka_path):
        with open(kafka_path) as f:
            kafka = json.load(f)
        w("## Fleet monitor on Kafka Streams (dpa-kafka), end to end")
        w("")
        w("`KafkaThroughput` (a main, not JMH): a KRaft broker in the same JVM (Kafka's test kit), input and output "
          "topics of 2 partitions, `exactly_once_v2`; events (JSON) produced after the application is running, timed "
          "from the first event produced to the last change committed (read with `read_committed`), after a warm-up run "
          "of the same size; beside it the in-process fold (`Monitor.step`, one state per contract, best of 3) of the same "
          "events. The restore is the time from start to RUNNING of an application whose state directory is empty, so "
          "that its store is rebuilt from the changelog topic.")
        w("")
        w("| what | stream threads | partitions | events | seconds | events/s | changes or contracts |")
        w("|---|---:|---:|---:|---:|---:|---:|")
        for k in kafka:
            w(f"| {k['what']} | {k['threads'] or '—'} | {k['partitions']} | {k['events']:,} | {k['seconds']:.2f} | "
              f"{k['eventsPerSecond']:,.0f} | {k['count']:,} |")
        w("")
        if "kafka" in notes:
            w(notes["kafka"])
            w("")

    # ------------------------------------------------------------------ targets
    w("## Targets")
    w("")
    w("| target | result | figure | missed by |")
    w("|---|---|---|---|")
    for tid, text, ok, figure, miss in targets:
        w(f"| {text} | {status(ok)} | {figure} | {miss or '–'} |")
    w("")
    met = sum(1 for t in targets if t[2])
    w(f"{met} of {len(targets)} targets met in this run.")
    w("")
    ids = []
    for t in targets:
        if t[0] not in ids:
            ids.append(t[0])
    if notes:
        w("## What the figures mean")
        w("")
        if "overview" in notes:
            w(notes["overview"])
            w("")
        for tid in ids:
            if tid in notes:
                group = [t for t in targets if t[0] == tid]
                missed = [t for t in group if not t[2]]
                w(f"### {tid}: {len(group) - len(missed)} of {len(group)} met")
                w("")
                w(notes[tid])
                w("")
        for extra in ("method", "reproduce"):
            if extra in notes:
                w(notes[extra])
                w("")
    sys.stdout.write("\n".join(out).rstrip() + "\n")


def rate_at(res, cls, method, n, mode=None):
    """Events per second (median) of a monitor benchmark at n events, or None."""
    for r in res.values():
        if r.cls == cls and r.method == method and int(r.params.get("events", 0)) == n \
                and (mode is None or r.params.get("mode") == mode):
            ms = r.median * unit_ns(r.unit) / 1e6
            return n / (ms / 1000) if ms else None
    return None


def growth_at(growth, mode, n):
    """Median side-by-side growth n/10 -> n of a MonitorGrowth mode (default heap), or None."""
    by = {(g["mode"], g["events"]): g for g in growth if g.get("heap", "default") == "default"}
    big, small = by.get((mode, n)), by.get((mode, n // 10))
    if not (big and small):
        return None
    return median(a / b for a, b in zip(big["ms"], small["ms"]))


def per_open(retained, mode, n):
    """Retained bytes per open obligation or right of a RetainedHeap mode at n events, or None."""
    for r in retained:
        if r["mode"] == mode and r["events"] == n:
            return r["retainedBytes"] / max(1, r["openObligations"] + r["openRights"])
    return None


def times(now, before):
    """'2.1× the previous' or '0.35× the previous', the ratio of two figures."""
    return f"{fmt(now / before)}×"


def against_previous(res, growth, retained, baseline):
    """The paragraph comparing this run's monitor figures with the engine before issue 13, or None."""
    if not os.path.isdir(baseline):
        return None
    b_rows, _, b_machine, b_retained, b_growth = load(baseline)
    b_res = {}
    for row in b_rows:
        r = Result(row)
        b_res[r.key()] = r
    n = 1_000_000
    said = []
    fold = rate_at(res, "FoldBenchmarks", "foldReplay", n)
    one = rate_at(b_res, "MonitorBenchmarks", "fleetReplay", n, "full")
    two = rate_at(b_res, "MonitorBenchmarks", "fleetReplayParallel", n, "full")
    if fold and one:
        s = (f"Replaying 10⁶ events over 10⁴ contracts on one thread, the fold (`foldReplay`) does "
             f"{fmt(fold, 0)} events/s: {times(fold, one)} the previous engine's one-thread replay "
             f"(`fleetReplay (full)`, {fmt(one, 0)} events/s)")
        if two:
            s += (f" and {times(fold, two)} its retired two-thread replay of the whole stream "
                  f"(`fleetReplayParallel (full)`, {fmt(two, 0)} events/s)")
        said.append(s + ".")
    for mode in ("full", "streaming"):
        now = rate_at(res, "MonitorBenchmarks", "fleetReplay", n, mode)
        before = rate_at(b_res, "MonitorBenchmarks", "fleetReplay", n, mode)
        if now and before:
            said.append(f"A `MonitorFleet` fed the same stream event by event ({mode}) does {fmt(now, 0)} events/s, "
                        f"{times(now, before)} the previous {fmt(before, 0)}.")
    g_now = growth_at(growth, "fold", n)
    g_before = growth_at(b_growth, "full", n)
    if g_now and g_before:
        said.append(f"Side by side in one JVM, 10⁵ → 10⁶ events costs the fold {fmt(g_now)}× the time "
                    f"(the previous full fleet, replayed on two threads: {fmt(g_before)}×).")
    for now_mode, before_mode in (("fold", "full"), ("full", "full"), ("streaming", "streaming"),
                                  ("forgetting", "forgetting")):
        now = per_open(retained, now_mode, n)
        before = per_open(b_retained, before_mode, n)
        if now and before:
            said.append(f"Memory, {now_mode}: {fmt(now, 0)} B retained per open obligation or right at 10⁶ events, "
                        f"{times(now, before)} the previous {before_mode} fleet's {fmt(before, 0)} B.")
    if not said:
        return None
    return (f"Computed from this run and the figures of the engine before issue 13's rewrite (mutable engine, "
            f"custom collections, parallel fleet; `dpa-bench/results/before-issue-13/`, run "
            f"{b_machine.get('date', '?')} on {b_machine.get('nproc', '?')} cores). A ratio above 1× is faster "
            f"(events/s) or heavier (bytes) now. " + " ".join(said))


def unit_ns(unit):
    return {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}.get(unit, 1)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
