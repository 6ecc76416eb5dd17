"""The site: both halves loaded once, indexed once, and listed page by page for the adapter."""
