"""The check counter of the Python test scripts: check() stops at the first failure with its
message; summary() prints how many checks passed."""
import sys

_passed = 0


def check(condition, message):
    global _passed
    if not condition:
        print("FAILED: " + message)
        print(f"{_passed} passed, 1 failed")
        sys.exit(1)
    _passed += 1


def summary():
    print(f"{_passed} passed, 0 failed")
