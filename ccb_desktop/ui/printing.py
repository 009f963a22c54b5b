"""Printable pages made with Qt: an HTML table laid out on A4 landscape and saved as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ccb_desktop.files import written_in_place


def write_pdf(html: str, target: Path) -> None:
    """Lay `html` out on A4 landscape pages and write it to `target` as PDF, whole or not at all."""
    with written_in_place(target) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)  # paginates to the writer's page; the table header repeats
        del writer  # finishes the file before it is moved into place
