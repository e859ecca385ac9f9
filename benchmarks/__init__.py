"""Benchmarks for interview-watch: `python benchmarks/run.py [--quick]` runs them all.

Each module also runs alone (`python benchmarks/idle_poll.py --help`). They start their own
throwaway Dovecot, dunst and temp dirs and leave nothing behind.
"""
