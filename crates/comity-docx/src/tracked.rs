//! Writes a text with tracked changes as a .docx package: words inserted (`w:ins`) and deleted
//! (`w:del`, `w:delText`) under the name of whoever proposed them, paragraphs added or struck
//! whole (their paragraph marks tracked too), and comments anchored on paragraphs, so that Word
//! and LibreOffice open it with every change there to review, accept or reject.

use crate::is_rtl;
use crate::write::{R, REL, W, escape, package, styles};

/// Who made a change, and when (ISO 8601 in UTC, `2026-03-14T18:00:00Z`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub date: String,
}

/// A run of a tracked paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    Same(String),
    Inserted(String, Author),
    Deleted(String, Author),
}

/// A comment anchored on a whole paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub author: Author,
    pub initials: String,
    /// Its paragraphs of text.
    pub text: Vec<String>,
}

/// How a paragraph looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    /// Heading 1 to 6.
    Heading(u8),
    Normal,
    /// A sub-item, indented.
    Item,
    /// A line set apart (who proposed what), in small italics.
    Note,
}

/// Whether a paragraph's mark (the paragraph as a whole) was inserted or deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    Inserted(Author),
    Deleted(Author),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub style: Style,
    /// Shown before the runs, untracked (a paragraph's number: `12.`, `(b)`).
    pub label: String,
    pub runs: Vec<Run>,
    pub mark: Option<Mark>,
    pub comments: Vec<Comment>,
    /// BCP 47 tag when the paragraph's language is not the document's.
    pub lang: Option<String>,
}

impl Paragraph {
    pub fn plain(style: Style, text: impl Into<String>) -> Paragraph {
        Paragraph {
            style,
            label: String::new(),
            runs: vec![Run::Same(text.into())],
            mark: None,
            comments: Vec::new(),
            lang: None,
        }
    }
}

/// A whole text with its changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackedDocument {
    pub title: String,
    /// BCP 47 tag of the document's language.
    pub language: String,
    pub paragraphs: Vec<Paragraph>,
}

fn change_attributes(id: usize, author: &Author) -> String {
    format!("w:id=\"{id}\" w:author=\"{}\" w:date=\"{}\"", escape(&author.name), escape(&author.date))
}

fn run_properties(rtl: bool, extra: &str) -> String {
    if rtl || !extra.is_empty() {
        format!("<w:rPr>{extra}{}</w:rPr>", if rtl { "<w:rtl/>" } else { "" })
    } else {
        String::new()
    }
}

/// The .docx file's bytes.
pub fn write_tracked(document: &TrackedDocument) -> Vec<u8> {
    // One counter for every annotation: ids of changes and comments never collide.
    let mut next_id = 1usize;
    let mut body = String::new();
    let mut comments_xml = String::new();
    for p in &document.paragraphs {
        let text: String = p
            .runs
            .iter()
            .map(|r| match r {
                Run::Same(t) | Run::Inserted(t, _) | Run::Deleted(t, _) => t.as_str(),
            })
            .collect();
        let rtl = is_rtl(&text);
        body.push_str("<w:p><w:pPr>");
        match p.style {
            Style::Title => body.push_str("<w:pStyle w:val=\"Title\"/>"),
            Style::Heading(level) => body.push_str(&format!("<w:pStyle w:val=\"Heading{}\"/>", level.clamp(1, 6))),
            Style::Item => body.push_str("<w:ind w:left=\"1134\" w:hanging=\"567\"/>"),
            Style::Normal | Style::Note => {}
        }
        if rtl {
            body.push_str("<w:bidi/>");
        }
        if let Some(mark) = &p.mark {
            let (tag, author) = match mark {
                Mark::Inserted(a) => ("ins", a),
                Mark::Deleted(a) => ("del", a),
            };
            body.push_str(&format!("<w:rPr><w:{tag} {}/></w:rPr>", change_attributes(next_id, author)));
            next_id += 1;
        }
        body.push_str("</w:pPr>");
        let lang = p
            .lang
            .as_ref()
            .map(|l| format!("<w:lang w:val=\"{}\" w:bidi=\"{}\"/>", escape(l), escape(l)))
            .unwrap_or_default();
        let note = if p.style == Style::Note { "<w:i/><w:iCs/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>" } else { "" };
        let comment_ids: Vec<usize> = p
            .comments
            .iter()
            .map(|_| {
                next_id += 1;
                next_id - 1
            })
            .collect();
        for id in &comment_ids {
            body.push_str(&format!("<w:commentRangeStart w:id=\"{id}\"/>"));
        }
        if !p.label.is_empty() {
            body.push_str(&format!(
                "<w:r>{}<w:t xml:space=\"preserve\">{}\t</w:t></w:r>",
                run_properties(rtl, &format!("{note}{lang}")),
                escape(&p.label)
            ));
        }
        for run in &p.runs {
            match run {
                Run::Same(t) => body.push_str(&format!(
                    "<w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
                    run_properties(rtl, &format!("{note}{lang}")),
                    escape(t)
                )),
                Run::Inserted(t, author) => {
                    body.push_str(&format!(
                        "<w:ins {}><w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:ins>",
                        change_attributes(next_id, author),
                        run_properties(rtl, &format!("{note}{lang}")),
                        escape(t)
                    ));
                    next_id += 1;
                }
                Run::Deleted(t, author) => {
                    body.push_str(&format!(
                        "<w:del {}><w:r>{}<w:delText xml:space=\"preserve\">{}</w:delText></w:r></w:del>",
                        change_attributes(next_id, author),
                        run_properties(rtl, &format!("{note}{lang}")),
                        escape(t)
                    ));
                    next_id += 1;
                }
            }
        }
        for (id, comment) in comment_ids.iter().zip(&p.comments) {
            body.push_str(&format!("<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:commentReference w:id=\"{id}\"/></w:r>"));
            comments_xml.push_str(&format!(
                "<w:comment {} w:initials=\"{}\">",
                change_attributes(*id, &comment.author),
                escape(&comment.initials)
            ));
            for line in &comment.text {
                let rtl = is_rtl(line);
                comments_xml.push_str(&format!(
                    "<w:p>{}<w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                    if rtl { "<w:pPr><w:bidi/></w:pPr>" } else { "" },
                    run_properties(rtl, ""),
                    escape(line)
                ));
            }
            comments_xml.push_str("</w:comment>");
        }
        body.push_str("</w:p>");
    }
    body.push_str("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>");
    if is_rtl(&document.title) {
        body.push_str("<w:bidi/>");
    }
    body.push_str("</w:sectPr>");
    let files: [(&str, String); 7] = [
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
                escape(&document.title),
                escape(&document.language)
            ),
        ),
        (
            "word/_rels/document.xml.rels",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{REL}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"{REL}/comments\" Target=\"comments.xml\"/><Relationship Id=\"rId3\" Type=\"{REL}/settings\" Target=\"settings.xml\"/></Relationships>"
            ),
        ),
        (
            "word/document.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{body}</w:body></w:document>"
            ),
        ),
        ("word/styles.xml", styles(&document.language)),
        (
            "word/comments.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"{W}\">{comments_xml}</w:comments>"
            ),
        ),
    ];
    let mut files = files.to_vec();
    // Word shows the changes as marked up when it opens the file.
    files.push((
        "word/settings.xml",
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"{W}\"><w:trackRevisions/><w:defaultTabStop w:val=\"567\"/></w:settings>"
        ),
    ));
    package(&files)
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn part(bytes: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
        xml
    }

    #[test]
    fn changes_carry_their_authors_and_comments_their_anchors() {
        let france = Author { name: "France".into(), date: "2026-03-14T18:00:00Z".into() };
        let doc = TrackedDocument {
            title: "Compilation <Rev.1>".into(),
            language: "en".into(),
            paragraphs: vec![
                Paragraph::plain(Style::Title, "Compilation"),
                Paragraph {
                    style: Style::Normal,
                    label: "1.".into(),
                    runs: vec![
                        Run::Same("States reaffirmed the ".into()),
                        Run::Deleted("norms".into(), france.clone()),
                        Run::Inserted("eleven norms & rules".into(), france.clone()),
                    ],
                    mark: None,
                    comments: vec![Comment {
                        author: france.clone(),
                        initials: "FR".into(),
                        text: vec!["Precision.".into()],
                    }],
                    lang: None,
                },
                Paragraph {
                    mark: Some(Mark::Inserted(france.clone())),
                    ..Paragraph::plain(Style::Normal, "A new paragraph.")
                },
            ],
        };
        let bytes = write_tracked(&doc);
        let xml = part(&bytes, "word/document.xml");
        let parsed = roxmltree::Document::parse(&xml).unwrap();
        let del = parsed.descendants().find(|n| n.has_tag_name((W, "del"))).unwrap();
        assert_eq!(del.attribute((W, "author")), Some("France"));
        assert!(del.descendants().any(|n| n.has_tag_name((W, "delText")) && n.text() == Some("norms")));
        let ins: Vec<_> = parsed.descendants().filter(|n| n.has_tag_name((W, "ins"))).collect();
        assert_eq!(ins.len(), 2, "the words inserted and the paragraph mark");
        let mut ids: Vec<&str> = parsed
            .descendants()
            .filter(|n| {
                n.has_tag_name((W, "ins")) || n.has_tag_name((W, "del")) || n.has_tag_name((W, "commentRangeStart"))
            })
            .map(|n| n.attribute((W, "id")).unwrap())
            .collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count, "annotation ids are unique");
        assert!(xml.contains("eleven norms &amp; rules"));
        let comments = part(&bytes, "word/comments.xml");
        assert!(roxmltree::Document::parse(&comments).is_ok());
        assert!(comments.contains("w:author=\"France\"") && comments.contains("Precision."));
        assert!(part(&bytes, "[Content_Types].xml").contains("/word/comments.xml"));
        assert!(part(&bytes, "docProps/core.xml").contains("Compilation &lt;Rev.1&gt;"));
    }
}
