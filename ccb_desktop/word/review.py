"""The year-end (or six-month) review as a Word document in the administrative layout of
Nghị định 30/2020/NĐ-CP: A4 portrait, Times New Roman 13–14, issuing body and quốc hiệu side
by side, số, place and date, title, the sections, "Nơi nhận" and the signature."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ccb_desktop.domain.yearend import SECRETARY_PROMPT, WARD_TOTAL, Review, Section
from ccb_desktop.files import written_in_place

FONT = "Times New Roman"
BODY_PT = 14
SMALL_PT = 13  # the quốc hiệu, the parent body, tables
NATIONAL_PT = 12.5  # the quốc hiệu (12–13): on one line in the right half
RECIPIENTS_PT = 12  # "Nơi nhận" is set smaller, as the decree's sample does
TABLE_PT = 11  # the ward's tables per chi hội (many columns)


def _font(run_or_style: object, size: float | None = None) -> None:
    """Times New Roman for every script (Word picks the East Asian slot for some letters)."""
    font = run_or_style.font  # type: ignore[attr-defined]
    font.name = FONT
    if size is not None:
        font.size = Pt(size)
    element = run_or_style.element  # type: ignore[attr-defined]
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)


def _paragraph(
    container: object,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = BODY_PT,
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent: bool = False,
    after: float = 0,
) -> Paragraph:
    paragraph: Paragraph = container.add_paragraph()  # type: ignore[attr-defined]
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    if align is not None:
        paragraph.alignment = align
    if indent:
        fmt.first_line_indent = Cm(1)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        _font(run, size)
    return paragraph


def _no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _widths(table: Table, widths: Sequence[Length]) -> None:
    """Column widths Word and LibreOffice both keep: the grid's and every cell's."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _cell_paragraph(cell: _Cell, first: bool) -> Paragraph:
    """The cell's own first paragraph, then new ones."""
    paragraph: Paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    return paragraph


def _centred_lines(cell: _Cell, lines: list[tuple[str, bool, bool, float]]) -> None:
    for i, (text, bold, italic, size) in enumerate(lines):
        paragraph = _cell_paragraph(cell, i == 0)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        _font(run, size)


def _heading(document: object, review: Review) -> None:
    """Issuing body (left) and quốc hiệu, tiêu ngữ (right); số under the body; the place and
    date under the tiêu ngữ."""
    table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, [Cm(6), Cm(10.5)])
    left, right = table.rows[0].cells
    _centred_lines(
        left,
        [
            (review.parent, False, False, SMALL_PT),
            (review.issuer, True, False, SMALL_PT),
            ("———", False, False, SMALL_PT),
            (review.number, False, False, SMALL_PT),
        ],
    )
    _centred_lines(
        right,
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, NATIONAL_PT),
            ("Độc lập - Tự do - Hạnh phúc", True, False, BODY_PT),
            ("———————", False, False, SMALL_PT),
            (review.place_and_date, False, True, BODY_PT),
        ],
    )


def _figure_table(document: object, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rest = len(rows[0]) - 2
    # A ward's table per chi hội has up to six figures: smaller type, so 12.500.000 fits.
    size = SMALL_PT if rest <= 3 else TABLE_PT
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            # Names on the left; numbers and judgements centred.
            if c != 1 or r == 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(text)
            run.bold = r == 0 or row[1] == WARD_TOTAL
            _font(run, size)
    # The TT column narrow, the name wide, the figures share the rest of the 16 cm, each
    # by its longest figure (a money column needs room for 124.500.000 on one line).
    name = 6.8 if rest <= 3 else 4.4
    weights = [max([4] + [len(row[c]) for row in rows[1:]]) for c in range(2, len(rows[0]))]
    shares = [Cm((15.0 - name) * w / sum(weights)) for w in weights]
    _widths(table, [Cm(1.0), Cm(name), *shares])
    _paragraph(document, after=0)


def _prompt(document: object, what: str, who: str) -> None:
    """The place for the secretary's own text: marked, in grey italics, with room to write."""
    paragraph = _paragraph(document, indent=True, after=6)
    run = paragraph.add_run(SECRETARY_PROMPT.format(who=who, what=what))
    run.italic = True
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    _font(run, BODY_PT)


def _section(document: object, section: Section, author: str) -> None:
    _paragraph(
        document,
        section.heading,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
        indent=section.level == 2,
        after=3,
    )
    for sentence in section.sentences:
        _paragraph(document, sentence, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, after=3)
    if section.table:
        _figure_table(document, section.table)
    if section.prompt:
        _prompt(document, section.prompt, author)


def _signatures(document: object, review: Review) -> None:
    """ "Nơi nhận" on the left; the signer's capacity, title and name on the right."""
    table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _no_borders(table)
    _widths(table, [Cm(8), Cm(8)])
    left, right = table.rows[0].cells
    first = _cell_paragraph(left, True)
    run = first.add_run("Nơi nhận:")
    run.bold, run.italic = True, True
    _font(run, RECIPIENTS_PT)
    for recipient in review.recipients:
        paragraph = left.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        _font(paragraph.add_run(recipient), 11)
    _centred_lines(
        right,
        [
            (review.signer_role, True, False, BODY_PT),
            (review.signer_title, True, False, BODY_PT),
            ("", False, False, BODY_PT),
            ("", False, False, BODY_PT),
            ("", False, False, BODY_PT),
            (review.signer_name or "……………………", True, False, BODY_PT),
        ],
    )


def write_review(target: Path, review: Review) -> None:
    """Write the review to `target` (.docx), whole or not at all."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    # Nghị định 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    _font(normal, BODY_PT)
    normal.paragraph_format.line_spacing = 1.15
    _heading(document, review)
    _paragraph(document, after=6)
    _paragraph(document, review.title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(document, review.subtitle, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    for part in review.sections:
        _section(document, part, review.author)
    _paragraph(document, after=6)
    _signatures(document, review)
    with written_in_place(target, prefix=".ccb-review-") as temporary:
        document.save(str(temporary))
