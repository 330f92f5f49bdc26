#!/usr/bin/env python3
"""Sanity checks for the blind gold: the dev set's checker, run on this folder."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "dev", "check_gold.py"), run_name="__main__")
