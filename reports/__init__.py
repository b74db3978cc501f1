"""Output: PDFs (reportlab) and Excel workbooks (openpyxl). Never imports Qt."""
