"""Plain data and pure rules of a chi hội's work: no Qt, no SQL, no openpyxl."""
