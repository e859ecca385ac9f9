"""interview-watch: reads the replies to your interview thank-you emails, locally."""

__version__ = "0.1.0"
