"""One function per user action: validate, write in one transaction, report what changed."""
