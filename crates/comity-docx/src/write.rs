//! Writes a [`Document`] as a .docx package: styles with real heading levels (outline levels
//! Word and LibreOffice navigate by), list numbering from numbering.xml, footnotes in
//! footnotes.xml, and each paragraph's direction from its text, so Arabic reads right to left
//! inside an English report and the other way round.

use std::io::Write;

use crate::{Block, Document, Inline, is_rtl};

/// What the package says about itself (docProps/core.xml) and its default language.
#[derive(Debug, Clone)]
pub struct Properties {
    pub title: String,
    /// BCP 47 tag of the document's language (`ar`, `zh-CN`, `en-GB`, ...).
    pub language: String,
}

pub(crate) const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub(crate) const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub(crate) const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 cannot carry are dropped rather than making the file unreadable.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The .docx file's bytes.
pub fn write(document: &Document, properties: &Properties) -> Vec<u8> {
    let mut numbering = Numbering::default();
    let mut body = String::new();
    for block in &document.blocks {
        block_xml(block, &mut numbering, &mut body);
    }
    let rtl_document = is_rtl(&properties.title);
    body.push_str("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>");
    if rtl_document {
        body.push_str("<w:bidi/>");
    }
    body.push_str("</w:sectPr>");
    let document_xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{body}</w:body></w:document>"
    );

    let mut footnotes = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    );
    for (index, note) in document.footnotes.iter().enumerate() {
        let rtl = is_rtl(&crate::plain_text(note));
        footnotes
            .push_str(&format!("<w:footnote w:id=\"{}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/>", index + 1));
        if rtl {
            footnotes.push_str("<w:bidi/>");
        }
        footnotes.push_str("</w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>");
        inlines_xml(note, rtl, &mut footnotes);
        footnotes.push_str("</w:p></w:footnote>");
    }
    footnotes.push_str("</w:footnotes>");

    let files: [(&str, String); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        (
            "_rels/.rels",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>"
            ),
        ),
        (
            "docProps/core.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>{}</dc:language><dc:creator>Comity</dc:creator></cp:coreProperties>",
                escape(&properties.title),
                escape(&properties.language)
            ),
        ),
        (
            "word/_rels/document.xml.rels",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{REL}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"{REL}/numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rId3\" Type=\"{REL}/footnotes\" Target=\"footnotes.xml\"/><Relationship Id=\"rId4\" Type=\"{REL}/settings\" Target=\"settings.xml\"/></Relationships>"
            ),
        ),
        ("word/document.xml", document_xml),
        ("word/styles.xml", styles(&properties.language)),
        ("word/numbering.xml", numbering.xml()),
        ("word/footnotes.xml", footnotes),
        (
            "word/settings.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"{W}\"><w:defaultTabStop w:val=\"567\"/><w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr></w:settings>"
            ),
        ),
    ];
    package(&files)
}

/// The files of a package zipped, deflated.
pub(crate) fn package(files: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in files {
        // Writing to memory cannot fail but for running out of it.
        zip.start_file(*name, options).expect("zip entry in memory");
        zip.write_all(content.as_bytes()).expect("zip entry in memory");
    }
    zip.finish().expect("zip in memory").into_inner()
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/><Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";

/// One `w:num` per list, so each numbered list starts where its Markdown said.
#[derive(Default)]
struct Numbering {
    /// (list id, ordered, start) in order of first use; the num id is the index + 1.
    lists: Vec<(u32, bool, u32)>,
}

impl Numbering {
    fn num_id(&mut self, list: u32, ordered: bool, start: u32) -> usize {
        if let Some(i) = self.lists.iter().position(|(l, _, _)| *l == list) {
            return i + 1;
        }
        self.lists.push((list, ordered, start));
        self.lists.len()
    }

    fn xml(&self) -> String {
        let mut out =
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"{W}\">");
        for (abstract_id, ordered) in [(0, true), (1, false)] {
            out.push_str(&format!(
                "<w:abstractNum w:abstractNumId=\"{abstract_id}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            ));
            for level in 0..9u32 {
                let (format, text) = if ordered {
                    (["decimal", "lowerLetter", "lowerRoman"][level as usize % 3], format!("%{}.", level + 1))
                } else {
                    ("bullet", ["\u{2022}", "\u{2013}", "\u{25E6}"][level as usize % 3].to_string())
                };
                let indent = 567 * (level + 1);
                out.push_str(&format!("<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{indent}\" w:hanging=\"567\"/></w:pPr></w:lvl>"));
            }
            out.push_str("</w:abstractNum>");
        }
        for (i, (_, ordered, start)) in self.lists.iter().enumerate() {
            out.push_str(&format!(
                "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{}\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride></w:num>",
                i + 1,
                if *ordered { 0 } else { 1 }
            ));
        }
        out.push_str("</w:numbering>");
        out
    }
}

fn paragraph_start(style: Option<&str>, numbering: Option<(usize, u8)>, rtl: bool, out: &mut String) {
    out.push_str("<w:p><w:pPr>");
    if let Some(style) = style {
        out.push_str(&format!("<w:pStyle w:val=\"{style}\"/>"));
    }
    if let Some((num, level)) = numbering {
        out.push_str(&format!("<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr>"));
    }
    if rtl {
        out.push_str("<w:bidi/>");
    }
    out.push_str("</w:pPr>");
}

fn block_xml(block: &Block, numbering: &mut Numbering, out: &mut String) {
    match block {
        Block::Heading { level, inlines } => {
            let rtl = is_rtl(&crate::plain_text(inlines));
            let style = match level {
                0 => "Title".to_string(),
                l => format!("Heading{}", l.min(&6)),
            };
            paragraph_start(Some(&style), None, rtl, out);
            inlines_xml(inlines, rtl, out);
            out.push_str("</w:p>");
        }
        Block::Paragraph { inlines } => {
            let rtl = is_rtl(&crate::plain_text(inlines));
            paragraph_start(None, None, rtl, out);
            inlines_xml(inlines, rtl, out);
            out.push_str("</w:p>");
        }
        Block::ListItem { list, ordered, level, number, inlines } => {
            let rtl = is_rtl(&crate::plain_text(inlines));
            let num = numbering.num_id(*list, *ordered, *number);
            paragraph_start(Some("ListParagraph"), Some((num, (*level).min(8))), rtl, out);
            inlines_xml(inlines, rtl, out);
            out.push_str("</w:p>");
        }
        Block::Table { header, rows } => {
            let columns = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
            let rtl = rows.iter().flatten().next().is_some_and(|cell| is_rtl(&crate::plain_text(cell)));
            out.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>");
            if rtl {
                out.push_str("<w:bidiVisual/>");
            }
            out.push_str("<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
            let width = 9412 / columns;
            for _ in 0..columns {
                out.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
            }
            out.push_str("</w:tblGrid>");
            for (r, row) in rows.iter().enumerate() {
                out.push_str("<w:tr>");
                if r == 0 && *header {
                    out.push_str("<w:trPr><w:tblHeader/></w:trPr>");
                }
                for c in 0..columns {
                    let empty = Vec::new();
                    let cell = row.get(c).unwrap_or(&empty);
                    let cell_rtl = is_rtl(&crate::plain_text(cell));
                    out.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>"));
                    paragraph_start(None, None, cell_rtl, out);
                    inlines_xml(cell, cell_rtl, out);
                    out.push_str("</w:p></w:tc>");
                }
                out.push_str("</w:tr>");
            }
            out.push_str("</w:tbl>");
        }
    }
}

fn inlines_xml(inlines: &[Inline], rtl: bool, out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text, bold, italic, strike } => {
                out.push_str("<w:r>");
                if *bold || *italic || *strike || rtl {
                    out.push_str("<w:rPr>");
                    if *bold {
                        out.push_str("<w:b/><w:bCs/>");
                    }
                    if *italic {
                        out.push_str("<w:i/><w:iCs/>");
                    }
                    if *strike {
                        out.push_str("<w:strike/>");
                    }
                    if rtl {
                        out.push_str("<w:rtl/>");
                    }
                    out.push_str("</w:rPr>");
                }
                out.push_str(&format!("<w:t xml:space=\"preserve\">{}</w:t></w:r>", escape(text)));
            }
            Inline::Break => out.push_str("<w:r><w:br/></w:r>"),
            Inline::Footnote(index) => out.push_str(&format!(
                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{}\"/></w:r>",
                index + 1
            )),
        }
    }
}

pub(crate) fn styles(language: &str) -> String {
    let lang = escape(language);
    let heading = |id: &str, name: &str, outline: Option<u8>, size: u32| {
        let outline = outline.map(|l| format!("<w:outlineLvl w:val=\"{l}\"/>")).unwrap_or_default();
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>{outline}</w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>"
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"SimSun\" w:cs=\"Times New Roman\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"{lang}\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
{}{}\
<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>\
<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr><w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr></w:style>\
</w:styles>",
        heading("Title", "Title", None, 34),
        (1..=6u8)
            .map(|l| heading(
                &format!("Heading{l}"),
                &format!("heading {l}"),
                Some(l - 1),
                [28, 24, 22, 20, 20, 20][l as usize - 1]
            ))
            .collect::<String>(),
    )
}
