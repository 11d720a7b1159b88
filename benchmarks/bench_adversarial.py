"""Growth of extraction time on adversarial repeats: each former quadratic hot spot at n and 2n.

Run: ``.venv/bin/python benchmarks/bench_adversarial.py [--baseline /tmp/old] [--rounds 3]
[--longest 20]``, where ``/tmp/old`` is another source tree (``git archive`` of a commit
unpacked there; ``--tree`` times one other than this checkout). Issue #16's probe found
three places whose cost grew with the square of one sentence's length, each reached by one
word repeated: a verb of saying («قال»: every cue rescanned its sentence for a nominal
report's lead, ``statements._nominal_source``), a weekday («الأحد»: each time candidate was
checked against every kept one, ``times._select``) and an event trigger («قتل»: each trigger
walked its clause and sentence for clause breaks and digits, ``events.status.locate`` and
the classifier's features). Linear code takes about twice the time at 2n, quadratic code
four times: the ratio column is the figure to watch, not the seconds. ``--longest`` also
times the longest shared articles, where real text meets the same code.

Each figure is the best of ``--rounds`` runs of ``marsad.extract`` in a fresh child process per
tree, case and size, in CPU seconds of that child (a busy second core does not count against
either side), with the child's own peak RSS.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fresh_child import run_on_tree

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "data" / "articles"

#: (case, repeated word, n): each text is the word repeated n and 2n times, one sentence.
#: A «page:» word names one of the child's page shapes (issue #19's slow pages) instead: a
#: page of n such units, read by the HTML stage (its running heads read each unit's parent,
#: its header blocks each ancestor's text, once per unit before the review mends of
#: 2026-12-07).
CASES = (("statements", "قال", 1500), ("times", "الأحد", 4000), ("events", "قتل", 4000),
         ("headings", "page:headings", 500), ("noterefs", "page:noterefs", 300),
         ("labels", "page:labels", 150))

#: The child: warms the models, then times ``marsad.extract`` on one text (or the longest
#: shared articles) ``rounds`` times and prints the best CPU time and its peak RSS.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import marsad
from marsad.model import RawDocument
word, n, rounds, longest, articles = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), \
    int(sys.argv[4]), Path(sys.argv[5])
if longest:
    rows = []
    for path in sorted(articles.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    rows.sort(key=lambda r: -len(r["text"]))
    docs = [RawDocument(r["text"], id=r.get("id"),
                        published=r.get("published") or r.get("date_extracted"))
            for r in rows[:longest]]
elif word.startswith("page:"):
    para = ("قال مسؤول محلي إن القصف استهدف ريف إدلب الجنوبي صباح اليوم وأدى إلى مقتل مدنيين "
            "وإصابة آخرين بجروح متفاوتة.")
    units = {
        "headings": lambda i: f"<h2>عنوان فرعي رقم {i}<br><span>تفصيل</span></h2><p>{para}</p>",
        "noterefs": lambda i: f"<p>{para}<a role='doc-noteref' href='#n{i}'>{i}</a></p>",
        "labels": lambda i: f"<p>للاستفسار:</p><p>هاتف: 07912{i:05d}</p><p>{para}</p>",
    }
    shape = word.removeprefix("page:")
    notes = ("<section role='doc-endnotes'><ol>" + "".join(
        f"<li role='doc-endnote' id='n{i}'>مصدر {i}</li>" for i in range(n)) + "</ol></section>"
        if shape == "noterefs" else "")
    body = f"<p>{para}</p>" + "".join(units[shape](i) for i in range(n)) + notes
    docs = [RawDocument(f"<html><head><title>قصف على ريف إدلب</title></head><body><article>"
                        f"<h1>قصف على ريف إدلب</h1>{body}</article></body></html>",
                        format="html")]
else:
    docs = [RawDocument(" ".join([word] * n))]
marsad.extract("تهيئة.")
best = None
for _ in range(rounds):
    began = time.process_time()
    for doc in docs:
        marsad.extract(doc)
    spent = time.process_time() - began
    best = spent if best is None else min(best, spent)
print(json.dumps({"source": marsad.__file__, "cpu_s": best,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_child(source: Path, word: str, n: int, rounds: int, longest: int = 0) -> dict[str, float]:
    """The best of ``rounds`` timings of one text in a fresh interpreter on the tree ``source``."""
    return run_on_tree(source, CHILD, word, str(n), str(rounds), str(longest), str(ARTICLES))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another source tree to time beside this one")
    parser.add_argument("--tree", type=Path, default=ROOT,
                        help="the source tree to time (default: this checkout)")
    parser.add_argument("--rounds", type=int, default=3, help="timings per figure (best kept)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies every n")
    parser.add_argument("--longest", type=int, default=0,
                        help="also time the N longest shared articles (0: not)")
    args = parser.parse_args()
    trees = {"this tree": args.tree.resolve() / "src"}
    if args.baseline is not None:
        trees = {"baseline": args.baseline.resolve() / "src", **trees}
    print(f"{'case':<12} {'tree':<10} {'n':>6} {'CPU s':>7} {'2n':>6} {'CPU s':>7} "
          f"{'ratio':>6} {'peak RSS MB':>12}")
    for case, word, size in CASES:
        n = max(1, round(size * args.scale))
        for label, source in trees.items():
            one = run_child(source, word, n, args.rounds)
            two = run_child(source, word, 2 * n, args.rounds)
            print(f"{case:<12} {label:<10} {n:>6} {one['cpu_s']:7.2f} {2 * n:>6} "
                  f"{two['cpu_s']:7.2f} {two['cpu_s'] / one['cpu_s']:5.2f}x "
                  f"{max(one['peak_rss_mb'], two['peak_rss_mb']):12.0f}", flush=True)
    if args.longest:
        for label, source in trees.items():
            result = run_child(source, "", 0, args.rounds, args.longest)
            print(f"{'longest ' + str(args.longest):<12} {label:<10} {'':>6} "
                  f"{result['cpu_s']:7.2f} {'':>6} {'':>7} {'':>6} "
                  f"{result['peak_rss_mb']:12.0f}", flush=True)


if __name__ == "__main__":
    main()
