"""Excel workbooks for the ward: the only layer that imports openpyxl."""
