"""kg: knowledge graphs of the ML-systems literature."""
__version__ = "0.1.0"
