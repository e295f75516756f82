"""Spans → quotes: attributing each quoted span to a speaker, cue, outlet and context."""
