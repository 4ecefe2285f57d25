"""Long-running fuzzing of extract(), outside CI.

    python fuzz/fuzz_extract.py --minutes 30

Runs the property tests' strategies with hypothesis for the given time and stops
at the first failure, printing the smallest input that fails. The count printed
is the number of inputs hypothesis actually ran (each call of the checked
function), not the rounds' nominal size: hypothesis stops a round early when
it runs out of new inputs. Findings become regression tests in
tests/test_regressions.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from strategies import any_text, chinese_text  # noqa: E402
from test_properties import check_facts  # noqa: E402

from jqextract import extract  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=30)
    args = ap.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    ran = [0]

    @settings(max_examples=2000, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(chinese_text | any_text)
    def run(text):
        ran[0] += 1
        check_facts(text, extract(text))

    while time.monotonic() < deadline:
        run()
        print(f"{time.strftime('%H:%M:%S')} {ran[0]} examples run, no failure", flush=True)
    print(f"done: {ran[0]} examples run in {args.minutes} minutes, no failure")


if __name__ == "__main__":
    main()
