"""Whole-archive conversion: scan → pool of workers → atomic outputs + manifest → report; and export of the outputs.

Kept empty so a worker process importing ``khparse.batch.worker`` loads nothing else of the package.
"""
