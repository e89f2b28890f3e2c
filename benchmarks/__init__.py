"""Speed benchmarks; not part of the test run. See BENCHMARKS.md and benchmarks/run.py."""
