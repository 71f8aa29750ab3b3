#!/usr/bin/env python3
"""Times whole processes from start to exit (cold start to first answer), repeated; writes JSON.

    coldstart.py OUT.json RUNS WARMUP -- NAME=CMD [NAME=CMD ...]

Each CMD is run through bash from the repository root, output discarded, WARMUP times unmeasured
and then RUNS times measured with a monotonic clock. A non-zero exit fails the whole measurement
(a command that does not answer must not look fast). Used by dpa-bench/run.sh.
"""
import json
import statistics
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 5 or argv[3] != "--":
        sys.exit(__doc__)
    out, runs, warmup = argv[0], int(argv[1]), int(argv[2])
    results = []
    for spec in argv[4:]:
        name, _, cmd = spec.partition("=")
        for _ in range(warmup):
            run(cmd)
        times = [run(cmd) for _ in range(runs)]
        results.append({
            "name": name,
            "command": cmd,
            "runs": runs,
            "warmup": warmup,
            "median_s": statistics.median(times),
            "min_s": min(times),
            "max_s": max(times),
            "times_s": times,
        })
        print(f"# cold start {name}: median {statistics.median(times):.3f} s over {runs} runs "
              f"(min {min(times):.3f}, max {max(times):.3f})", flush=True)
    with open(out, "w") as f:
        json.dump(results, f, indent=2)


def run(cmd):
    t0 = time.perf_counter_ns()
    p = subprocess.run(["bash", "-c", cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    t1 = time.perf_counter_ns()
    if p.returncode != 0:
        sys.exit(f"coldstart: '{cmd}' exited {p.returncode}: {p.stderr.decode(errors='replace')[-2000:]}")
    return (t1 - t0) / 1e9


if __name__ == "__main__":
    main(sys.argv[1:])
