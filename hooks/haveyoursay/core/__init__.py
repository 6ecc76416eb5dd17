"""What consultations and decision notices share: reading records, problems, time, files, sanitising, settings."""
