"""Printing: HTML laid out on A4 pages, shown in Qt's print preview (in Vietnamese), sent to
the printer or saved as PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import CcbError
from ccb_desktop.files import written_in_place
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.widgets import fit_to_screen

# Qt ships no Vietnamese for its print preview: its toolbar texts, translated here.
_PREVIEW_TEXTS = {
    "Next page": QT_TRANSLATE_NOOP("PrintPreview", "Next page"),
    "Previous page": QT_TRANSLATE_NOOP("PrintPreview", "Previous page"),
    "First page": QT_TRANSLATE_NOOP("PrintPreview", "First page"),
    "Last page": QT_TRANSLATE_NOOP("PrintPreview", "Last page"),
    "Fit width": QT_TRANSLATE_NOOP("PrintPreview", "Fit width"),
    "Fit page": QT_TRANSLATE_NOOP("PrintPreview", "Fit page"),
    "Zoom in": QT_TRANSLATE_NOOP("PrintPreview", "Zoom in"),
    "Zoom out": QT_TRANSLATE_NOOP("PrintPreview", "Zoom out"),
    "Portrait": QT_TRANSLATE_NOOP("PrintPreview", "Portrait"),
    "Landscape": QT_TRANSLATE_NOOP("PrintPreview", "Landscape"),
    "Show single page": QT_TRANSLATE_NOOP("PrintPreview", "Show single page"),
    "Show facing pages": QT_TRANSLATE_NOOP("PrintPreview", "Show facing pages"),
    "Show overview of all pages": QT_TRANSLATE_NOOP("PrintPreview", "Show overview of all pages"),
    "Print": QT_TRANSLATE_NOOP("PrintPreview", "Print"),
    "Page setup": QT_TRANSLATE_NOOP("PrintPreview", "Page setup"),
}


@dataclass(frozen=True)
class Printout:
    """A page or pages to print: a title for the preview window, the HTML, the paper's way."""

    title: str
    html: str
    landscape: bool = False
    file_name: str = "ban-in.pdf"


def page_layout(landscape: bool) -> QPageLayout:
    """A4 with the margins of an administrative document (wider on the binding side)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(20, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


LAYOUT_DPI = 96  # the text is laid out as on screen, then scaled to the printer
PAGE_NUMBER_ROOM = 24  # at the foot of each page, in layout pixels


def paint(device: QPagedPaintDevice, html: str) -> None:
    """Lay `html` out on the device's pages, inside its margins (QTextDocument.print_ would
    add 2 cm more), the table header repeated on each page and the pages numbered."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    area = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
    width, height = area.width() * LAYOUT_DPI, area.height() * LAYOUT_DPI - PAGE_NUMBER_ROOM
    document.setPageSize(QSizeF(width, height))
    pages = document.pageCount()
    painter = QPainter(device)
    scale = device.logicalDpiX() / LAYOUT_DPI
    painter.scale(scale, scale)
    number_font = QFont(document.defaultFont())
    number_font.setPixelSize(14)  # layout pixels: about 10.5 pt on paper
    painter.setFont(number_font)
    for number in range(pages):
        if number:
            device.newPage()
        painter.save()
        painter.translate(0, -number * height)
        document.drawContents(painter, QRectF(0, number * height, width, height))
        painter.restore()
        if pages > 1:
            painter.drawText(
                QRectF(0, height, width, PAGE_NUMBER_ROOM),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{number + 1}/{pages}",
            )
    painter.end()


def write_pdf(html: str, target: Path, landscape: bool = True) -> None:
    """Lay `html` out on A4 pages and write it to `target` as PDF, whole or not at all."""
    with written_in_place(target) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setPageLayout(page_layout(landscape))
        paint(writer, html)
        del writer  # finishes the file before it is moved into place


def translate_preview(dialog: QPrintPreviewDialog) -> dict[str, QAction]:
    """Put Vietnamese on the print preview's window title and toolbar; returns its actions
    by their English names."""
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print preview"))
    found: dict[str, QAction] = {}
    for action in dialog.findChildren(QAction):
        source = _PREVIEW_TEXTS.get(action.text())
        if source is not None:
            found[source] = action
            text = QCoreApplication.translate("PrintPreview", source)
            action.setText(text)
            action.setToolTip(text)
    return found


def preview_dialog(parent: QWidget | None, printout: Printout) -> QPrintPreviewDialog:
    """Qt's print preview of `printout`, in Vietnamese, sized to the screen, with "Save as
    PDF" and "Close" beside "Print" (not every ward office has a printer at hand)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(printout.landscape))
    printer.setDocName(printout.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ = printer  # type: ignore[attr-defined]  # kept alive with the dialog
    dialog.paintRequested.connect(lambda device: paint(device, printout.html))
    actions = translate_preview(dialog)
    dialog.setWindowTitle(
        QCoreApplication.translate("PrintPreview", "Print preview: %1").replace(
            "%1", printout.title
        )
    )
    # Large buttons with words under the preview: the toolbar's small icons are not enough.
    row = QHBoxLayout()
    row.setContentsMargins(8, 4, 8, 8)
    row.addStretch(1)
    print_button = QPushButton(QCoreApplication.translate("PrintPreview", "Print…"))
    print_button.setMinimumHeight(36)
    print_button.setDefault(True)
    if "Print" in actions:
        print_button.clicked.connect(actions["Print"].trigger)
    save = QPushButton(QCoreApplication.translate("PrintPreview", "Save as PDF…"))
    save.setMinimumHeight(36)
    save.clicked.connect(lambda: save_pdf(dialog, printout))
    close = QPushButton(QCoreApplication.translate("PrintPreview", "Close"))
    close.setMinimumHeight(36)
    close.clicked.connect(dialog.reject)
    for button in (print_button, save, close):
        row.addWidget(button)
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.addLayout(row)
    fit_to_screen(dialog, 1000, 900)
    return dialog


def save_pdf(parent: QWidget, printout: Printout) -> Path | None:
    """Ask where, then write the printout as PDF; returns the file written."""
    path = dialogs.ask_save_file(
        parent,
        QCoreApplication.translate("PrintPreview", "Save as PDF"),
        str(Path.home() / printout.file_name),
        "PDF (*.pdf)",
        "pdf",
    )
    if path is None:
        return None
    try:
        write_pdf(printout.html, path, printout.landscape)
    except CcbError as exc:
        dialogs.show_error(parent, exc)
        return None
    return path
