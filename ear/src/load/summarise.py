"""Prints one load-test run's figures from Gatling's report (js/stats.js) and the heap samples of run-load-test.sh.
Arguments: LABEL RESULTS_FOLDER HEAP_SAMPLES_FILE"""
import json, os, re, sys, glob
label, results, heap = sys.argv[1:4]
runs = sorted(glob.glob(os.path.join(results, "*", "js", "stats.js")), key=os.path.getmtime)
if not runs:
    print(f"{label}: no Gatling report")
    sys.exit(0)
text = open(runs[-1], encoding="utf-8").read()
text = text[text.index("{"):text.index("\nfunction")].strip().rstrip(";")
data = json.loads(re.sub(r'(?m)^(\s*)([A-Za-z_]\w*)\s*:', r'\1"\2":', text))
def n(value):
    return float(value) if value not in ("-", "") else 0.0
s = data["stats"]
samples = [line.split() for line in open(heap)] if os.path.exists(heap) else []
by_port = {}
for _, port, used in samples:
    by_port.setdefault(port, []).append(float(used) / 2**20)
heap_text = "; ".join(f"management port {p}: max {max(v):.0f} MiB, mean {sum(v)/len(v):.0f} MiB ({len(v)} samples)"
                      for p, v in sorted(by_port.items())) or "no heap samples"
print(f"{label}: {int(n(s['numberOfRequests']['total']))} requests, {int(n(s['numberOfRequests']['ko']))} errors, "
      f"{n(s['meanNumberOfRequestsPerSecond']['total']):.2f} req/s, p95 {int(n(s['percentiles3']['total']))} ms, "
      f"p99 {int(n(s['percentiles4']['total']))} ms, mean {int(n(s['meanResponseTime']['total']))} ms; heap: {heap_text}")
for item in data.get("contents", {}).values():
    st = item["stats"]
    print(f"    {st['name']:<30} {int(n(st['numberOfRequests']['total'])):>6} req  ko {int(n(st['numberOfRequests']['ko'])):>4}"
          f"  p95 {int(n(st['percentiles3']['total'])):>6} ms  mean {int(n(st['meanResponseTime']['total'])):>6} ms")
print(f"    report: {os.path.dirname(os.path.dirname(runs[-1]))}/index.html")
