"""Benchmarks (`make bench`): figures measured on this machine, written to bench/results.json."""
