"""Word documents (.docx): the only place that imports python-docx. Pure functions over
domain data and paths, imported on first use so the window's start does not pay for them."""
