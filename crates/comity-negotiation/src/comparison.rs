//! One revision of a negotiated text against another (Rev.2 against Rev.1, or against the zero
//! draft) as a Word file with tracked changes: the later revision's paragraphs in its order,
//! words changed marked as insertions and deletions, paragraphs added or removed tracked whole,
//! and a moved paragraph with a note saying where it stood, so that a delegation reviews the
//! Chair's revision in Word or LibreOffice as it would a redline from the Secretariat.

use std::collections::HashMap;

use comity_documents::{Change, ParagraphChange};
use comity_docx::tracked::{self, Author, Mark, Run, Style, TrackedDocument};
use comity_i18n::Lang;

use crate::compilation::{fill, style_of, tracked_runs};
use crate::text::{Paragraph, Text};

/// The file's own words, in the reader's language (the negotiated text keeps its own).
#[derive(Debug, Clone)]
pub struct ComparisonWords {
    /// The file's title: "Rev.2 compared with Rev.1".
    pub title: String,
    /// A moved paragraph's note, with `{place}` for where it stood ("Moved from paragraph 4").
    pub moved_from: String,
}

/// The Word file of `changes` (from [`crate::revise::compare`] of `old` and `new`), its changes
/// tracked under `author`: the later revision's name and when it was made.
pub fn to_docx(
    lang: Lang,
    old: &Text,
    new: &Text,
    changes: &[ParagraphChange],
    words: &ComparisonWords,
    author: &Author,
) -> Vec<u8> {
    let old_at = by_place(old);
    let new_at = by_place(new);
    let mut paragraphs = vec![tracked::Paragraph::plain(Style::Title, words.title.clone())];
    for change in changes {
        let before = change.old.as_deref().and_then(|p| old_at.get(p));
        let after = change.new.as_deref().and_then(|p| new_at.get(p));
        let Some((paragraph, label)) = after.or(before) else { continue };
        let style = style_of(paragraph.kind);
        let words_of = || tracked_runs(&change.segments, author);
        let (runs, mark) = match change.change {
            Change::Same => (vec![Run::Same(paragraph.text.clone())], None),
            Change::Changed => (words_of(), None),
            Change::Added => {
                (vec![Run::Inserted(paragraph.text.clone(), author.clone())], Some(Mark::Inserted(author.clone())))
            }
            Change::Removed => {
                (vec![Run::Deleted(paragraph.text.clone(), author.clone())], Some(Mark::Deleted(author.clone())))
            }
            Change::Moved => {
                let runs =
                    if change.segments.is_empty() { vec![Run::Same(paragraph.text.clone())] } else { words_of() };
                (runs, None)
            }
        };
        // A removed paragraph keeps the number it had; the others take the later revision's.
        paragraphs.push(tracked::Paragraph {
            label: label.clone(),
            runs,
            mark,
            ..tracked::Paragraph::plain(style, "")
        });
        if change.change == Change::Moved
            && let Some((_, was)) = before
        {
            let place = was.trim_end_matches('.');
            paragraphs.push(tracked::Paragraph::plain(Style::Note, fill(&words.moved_from, "place", place)));
        }
    }
    tracked::write_tracked(&TrackedDocument {
        title: words.title.clone(),
        language: lang.code().to_string(),
        paragraphs,
    })
}

/// Each paragraph of `text` by its lasting place, with the label it shows (`12.`, `(b)`).
fn by_place(text: &Text) -> HashMap<&str, (&Paragraph, String)> {
    text.paragraphs.iter().zip(text.labels()).map(|(p, l)| (p.place.as_str(), (p, l.to_string()))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::revise::compare;

    fn document_xml(bytes: &[u8]) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
        xml
    }

    #[test]
    fn a_revision_against_the_last_tracks_words_changed_paragraphs_added_removed_and_moved() {
        let old =
            Text::parse_draft("1. One stays.\n\n2. Two goes.\n\n3. Three is reworded.\n\n4. Four moves.").unwrap();
        let mut new = old.clone();
        // Rev.1: p2 removed, p3 reworded, p4 moved to the top, a paragraph added at the end.
        new.paragraphs.remove(1);
        new.paragraphs[1].text = "Three is now said otherwise.".into();
        let four = new.paragraphs.remove(2);
        new.paragraphs.insert(0, four);
        let mut added = new.paragraphs[0].clone();
        added.place = "p5".into();
        added.text = "Five is new.".into();
        new.paragraphs.push(added);
        let changes = compare(Lang::En, &old, &new);
        let words = ComparisonWords {
            title: "Rev.1 compared with the zero draft".into(),
            moved_from: "Moved from {place}".into(),
        };
        let author = Author { name: "Rev.1".into(), date: "2026-03-20T12:00:00Z".into() };
        let xml = document_xml(&to_docx(Lang::En, &old, &new, &changes, &words, &author));
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        let text_in = |tag: &str| -> Vec<String> {
            doc.descendants()
                .filter(|n| n.has_tag_name((w, tag)))
                .map(|n| n.descendants().filter(|t| t.is_text()).map(|t| t.text().unwrap()).collect())
                .collect()
        };
        let inserted = text_in("ins").join("|");
        let deleted = text_in("del").join("|");
        assert!(inserted.contains("now said otherwise") && inserted.contains("Five is new."), "{inserted}");
        assert!(deleted.contains("Two goes.") && deleted.contains("reworded"), "{deleted}");
        assert!(!inserted.contains("Four moves") && !deleted.contains("Four moves"), "a move is not a rewording");
        assert!(xml.contains("Moved from 4"), "the moved paragraph says where it stood");
        let authors: std::collections::BTreeSet<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name((w, "ins")) || n.has_tag_name((w, "del")))
            .filter_map(|n| n.attribute((w, "author")))
            .collect();
        assert_eq!(authors.into_iter().collect::<Vec<_>>(), ["Rev.1"]);
        // The later revision's order: four, one, three, five; two where it stood.
        let body: String = doc.descendants().filter(|t| t.is_text()).map(|t| t.text().unwrap()).collect();
        let at = |s: &str| body.find(s).unwrap_or_else(|| panic!("{s} in {body}"));
        assert!(
            at("Four moves") < at("One stays")
                && at("One stays") < at("Two goes")
                && at("Two goes") < at("Five is new")
        );
    }
}
