//! The adopted text as a document of the record, and where each of its paragraphs came from:
//! the zero draft or a State's proposal, through every revision the Chair built.

use comity_documents::{Annex, Document, Item, OperativeParagraph, PreambularParagraph, Section};
use comity_i18n::Lang;
use serde::Serialize;

use crate::proposal::{Proposal, Proposer};
use crate::revise::{Decision, Outcome};
use crate::text::{Kind, Text};

/// The adopted text as the record keeps a report: its first heading as the title, the other
/// headings as sections (a heading no numbered paragraph follows opens an annex), the
/// unnumbered paragraphs before the first numbered one as the front part, numbered paragraphs
/// and their sub-items as the body. An unnumbered paragraph among numbered ones has no place of
/// its own in a report's structure; it is kept, word for word, at the end of the paragraph
/// before it. Returns the document and, for each place of the text (`p7`), where it stands in
/// the record (`operative 5 (b)`, `section II`, `title`).
pub fn to_document(
    text: &Text,
    symbol: &str,
    lang: Lang,
    adopted_on: Option<String>,
) -> (Document, Vec<(String, String)>) {
    let mut doc = Document {
        symbol: Some(symbol.to_string()),
        kind: comity_documents::Kind::Report,
        language: lang,
        session: None,
        committee: None,
        agenda_items: Vec::new(),
        title: None,
        adopted_on: adopted_on.clone(),
        issued_on: adopted_on,
        plenary_meeting: None,
        sponsors: Vec::new(),
        preamble: Vec::new(),
        operative: Vec::new(),
        footnotes: Vec::new(),
        sections: Vec::new(),
        annexes: Vec::new(),
        submitted_by: None,
        amends: None,
        citations: Vec::new(),
        unrecognized: Vec::new(),
        placements: Vec::new(),
    };
    let mut places = Vec::with_capacity(text.paragraphs.len());
    let mut in_annex = false;
    let mut roman: Option<String> = None;
    for (k, p) in text.paragraphs.iter().enumerate() {
        let numbered_follows = || text.paragraphs[k + 1..].iter().any(|q| q.kind == Kind::Numbered);
        let at = match p.kind {
            Kind::Heading if k == 0 => {
                doc.title = Some(p.text.clone());
                "title".to_string()
            }
            Kind::Heading if !numbered_follows() => {
                in_annex = true;
                doc.annexes.push(Annex { label: p.text.clone(), title: None, paragraphs: Vec::new() });
                format!("annex {}", doc.annexes.len())
            }
            Kind::Heading => {
                in_annex = false;
                let (label, title) = split_heading(&p.text);
                let number = match (&label, &roman) {
                    (Some(l), Some(r)) if is_letter(l) => format!("{r}.{l}"),
                    (Some(l), _) => {
                        roman = Some(l.clone());
                        l.clone()
                    }
                    (None, _) => format!("{}", doc.sections.len() + 1),
                };
                let first_paragraph = doc.operative.len() as u32 + 1;
                doc.sections.push(Section {
                    number: number.clone(),
                    label: label.unwrap_or_default(),
                    title: title.to_string(),
                    first_paragraph,
                });
                format!("section {number}")
            }
            _ if in_annex => {
                let count = doc.annexes.len();
                match doc.annexes.last_mut() {
                    Some(annex) => {
                        annex.paragraphs.push(p.text.clone());
                        format!("annex {count} paragraph {}", annex.paragraphs.len())
                    }
                    None => front(&mut doc, &p.text),
                }
            }
            Kind::Numbered => {
                let number = doc.operative.len() as u32 + 1;
                doc.operative.push(OperativeParagraph {
                    number,
                    numbered: true,
                    verb: None,
                    verb_key: None,
                    text: p.text.clone(),
                    items: Vec::new(),
                });
                format!("operative {number}")
            }
            Kind::Item => match doc.operative.last_mut() {
                Some(parent) => {
                    let label = crate::text::Label { number: None, item: Some(parent.items.len() as u32 + 1) };
                    let item = Item { label: label.to_string(), text: p.text.clone(), items: Vec::new() };
                    let place = format!("operative {} {}", parent.number, item.place_label());
                    parent.items.push(item);
                    place
                }
                None => front(&mut doc, &p.text),
            },
            Kind::Unnumbered => {
                let Some(parent) = doc.operative.last_mut() else {
                    places.push((p.place.clone(), front(&mut doc, &p.text)));
                    continue;
                };
                match parent.items.last_mut() {
                    Some(item) => {
                        item.text.push_str("\n\n");
                        item.text.push_str(&p.text);
                        format!("operative {} {}", parent.number, item.place_label())
                    }
                    None => {
                        parent.text.push_str("\n\n");
                        parent.text.push_str(&p.text);
                        format!("operative {}", parent.number)
                    }
                }
            }
        };
        places.push((p.place.clone(), at));
    }
    doc.citations = doc.find_citations();
    (doc, places)
}

fn front(doc: &mut Document, text: &str) -> String {
    let number = doc.preamble.len() as u32 + 1;
    doc.preamble.push(PreambularParagraph { number, verb: None, verb_key: None, text: text.to_string() });
    format!("preamble {number}")
}

/// `II. Norms` is labelled `II`, titled `Norms`; a heading without such a label has none.
fn split_heading(heading: &str) -> (Option<String>, &str) {
    if let Some((label, title)) = heading.split_once(". ")
        && !label.is_empty()
        && label.chars().count() <= 6
        && label.chars().all(|c| c.is_alphanumeric())
    {
        return (Some(label.to_string()), title.trim());
    }
    (None, heading.trim())
}

/// `A`, `B`: a subsection's label under a roman-numbered section (`I`, `V`, `X` read as
/// roman numerals).
fn is_letter(label: &str) -> bool {
    let mut c = label.chars();
    matches!((c.next(), c.next()), (Some(l), None) if l.is_ascii_uppercase() && !"IVXLCDM".contains(l))
}

/// How a proposal shaped a paragraph in one revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Shaping {
    /// The revision the change entered (1 for Rev.1).
    pub revision: u32,
    pub proposal: String,
    pub proposer: Proposer,
    pub co_sponsors: Vec<String>,
    /// `replace`, `add_after`, `move`.
    pub action: &'static str,
    /// `accept` or `merge`.
    pub outcome: &'static str,
    /// The Chair's reason.
    pub reason: String,
}

/// One paragraph of the adopted text and its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ParagraphLineage))]
pub struct ParagraphLineage {
    pub place: String,
    pub kind: Kind,
    /// `12`, `12 (c)`, empty for a heading or an unnumbered paragraph.
    pub label: String,
    pub text: String,
    /// Where it stands in the document of the record (`operative 5`), when the text is there.
    pub record_place: Option<String>,
    /// The revision it first appears in: 0 for the zero draft.
    pub since: u32,
    /// Every proposal taken into it, oldest first (the one that added it among them).
    pub shaped_by: Vec<Shaping>,
}

/// The history of every paragraph of the last of `revisions` (the zero draft first), from the
/// proposals of all revisions and the Chair's decisions on them; `record` is where each place
/// stands in the document of the record (from [`to_document`]), when it is there.
pub fn lineage(
    revisions: &[Text],
    proposals: &[Proposal],
    decisions: &[Decision],
    record: &[(String, String)],
) -> Vec<ParagraphLineage> {
    let Some(last) = revisions.last() else { return Vec::new() };
    let decision = |id: &str| decisions.iter().find(|d| d.proposal == id);
    last.paragraphs
        .iter()
        .zip(last.labels())
        .map(|(p, label)| {
            let since =
                revisions.iter().position(|r| r.paragraph(&p.place).is_some()).unwrap_or(revisions.len() - 1) as u32;
            let mut shaped_by = Vec::new();
            for (number, revision) in revisions.iter().enumerate().skip(1) {
                let Some(there) = revision.paragraph(&p.place) else { continue };
                for id in &there.from {
                    let Some(proposal) = proposals.iter().find(|q| q.id == *id) else { continue };
                    let (outcome, reason) = match decision(id) {
                        Some(d) => (
                            match d.outcome {
                                Outcome::Merge { .. } => "merge",
                                _ => "accept",
                            },
                            d.reason.clone(),
                        ),
                        None => ("accept", String::new()),
                    };
                    shaped_by.push(Shaping {
                        revision: number as u32,
                        proposal: id.clone(),
                        proposer: proposal.proposer.clone(),
                        co_sponsors: proposal.co_sponsors.clone(),
                        action: proposal.change.action(),
                        outcome,
                        reason,
                    });
                }
            }
            ParagraphLineage {
                place: p.place.clone(),
                kind: p.kind,
                label: label.reference(),
                text: p.text.clone(),
                record_place: record.iter().find(|(place, _)| *place == p.place).map(|(_, at)| at.clone()),
                since,
                shaped_by,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proposal::Change;
    use crate::revise::next_revision;

    const DRAFT: &str = "# Annual progress report of the Global Mechanism\n\n\
        Pursuant to resolution 76/19 the Mechanism met twice.\n\n\
        # I. Overview\n\n\
        1. States met in New York.\n\n\
        # II. Norms\n\n\
        # A. Existing norms\n\n\
        2. States recalled the norms.\n\n\
        (a) First item.\n\n\
        (b) Second item.\n\n\
        States further recalled the following.\n\n\
        3. States agreed to continue.\n\n\
        # Annex\n\n\
        List of participants.";

    fn proposal(id: &str, state: &str, place: &str, change: Change) -> Proposal {
        Proposal {
            id: id.into(),
            revision: 0,
            place: place.into(),
            change,
            justification: String::new(),
            proposer: Proposer::State { state: state.into() },
            co_sponsors: vec!["BRA".into()],
            filed_at: "2026-03-14T12:00:00Z".into(),
            late: false,
            withdrawn: false,
        }
    }

    #[test]
    fn the_adopted_text_keeps_every_paragraph_at_a_place_of_the_record() {
        let text = Text::parse_draft(DRAFT).unwrap();
        let (doc, places) = to_document(&text, "A/AC.292/2026/CRP.1", Lang::En, Some("2026-07-10".into()));
        assert_eq!(doc.title.as_deref(), Some("Annual progress report of the Global Mechanism"));
        assert_eq!(doc.preamble.len(), 1);
        assert_eq!(doc.operative.iter().map(|p| p.number).collect::<Vec<_>>(), vec![1, 2, 3]);
        let sections: Vec<(&str, &str, u32)> =
            doc.sections.iter().map(|s| (s.number.as_str(), s.title.as_str(), s.first_paragraph)).collect();
        assert_eq!(sections, vec![("I", "Overview", 1), ("II", "Norms", 2), ("II.A", "Existing norms", 2)]);
        assert_eq!(doc.operative[1].items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), vec!["(a)", "(b)"]);
        // The unnumbered line among numbered paragraphs stays, at the end of the one before it.
        assert!(doc.operative[1].items[1].text.ends_with("States further recalled the following."));
        assert_eq!(doc.annexes.len(), 1);
        assert_eq!(doc.annexes[0].paragraphs, vec!["List of participants."]);
        // Every place of the text has one place in the record, in order.
        assert_eq!(places.len(), text.paragraphs.len());
        let at = |place: &str| places.iter().find(|(p, _)| p == place).map(|(_, at)| at.as_str());
        assert_eq!(at("p1"), Some("title"));
        assert_eq!(at("p2"), Some("preamble 1"));
        assert_eq!(at("p3"), Some("section I"));
        assert_eq!(at("p7"), Some("operative 2"));
        assert_eq!(at("p9"), Some("operative 2 (b)"));
        assert_eq!(at("p10"), Some("operative 2 (b)"));
        assert_eq!(at("p13"), Some("annex 1 paragraph 1"));
        // The record finds what it cites, as it does in a parsed document.
        assert!(doc.citations.iter().any(|c| c.symbol == "76/19" && c.cited_in == "preamble 1"), "{:?}", doc.citations);
        // And every word of the paragraphs the record places is there.
        let record: Vec<String> = doc.paragraphs().into_iter().map(|(_, _, t)| t).collect();
        for p in text.paragraphs.iter().filter(|p| matches!(p.kind, Kind::Numbered | Kind::Item)) {
            assert!(record.iter().any(|t| t.starts_with(&p.text)), "{} is missing", p.text);
        }
    }

    #[test]
    fn each_paragraph_leads_back_to_the_zero_draft_and_the_proposals_taken_into_it() {
        let zero = Text::parse_draft("1. One.\n\n2. Two.\n\n3. Three.").unwrap();
        let first = vec![
            proposal("a", "KEN", "p1", Change::Replace { text: "One, as Kenya put it.".into() }),
            proposal("b", "FRA", "p2", Change::AddAfter { kind: Kind::Numbered, text: "Two and a half.".into() }),
            proposal("c", "CHN", "p3", Change::Replace { text: "Three, set aside.".into() }),
        ];
        let decided = vec![
            Decision { proposal: "a".into(), outcome: Outcome::Accept, reason: "Widely supported.".into() },
            Decision {
                proposal: "b".into(),
                outcome: Outcome::Merge { text: "Two and a bit.".into() },
                reason: "Merged with the Chair's words.".into(),
            },
            Decision { proposal: "c".into(), outcome: Outcome::SetAside, reason: "No consensus.".into() },
        ];
        let rev1 = next_revision(&zero, &first, &decided).unwrap();
        let mut second =
            proposal("d", "MEX", "p1", Change::Replace { text: "One, as Kenya and Mexico put it.".into() });
        second.revision = 1;
        let decided2 = vec![Decision { proposal: "d".into(), outcome: Outcome::Accept, reason: "Agreed.".into() }];
        let rev2 = next_revision(&rev1, std::slice::from_ref(&second), &decided2).unwrap();
        let mut proposals = first.clone();
        proposals.push(second);
        let mut decisions = decided.clone();
        decisions.extend(decided2);
        let (_, record) = to_document(&rev2, "A/AC.292/2026/CRP.1", Lang::En, None);
        let history = lineage(&[zero, rev1, rev2], &proposals, &decisions, &record);
        let of = |place: &str| history.iter().find(|h| h.place == place).unwrap();
        let p1 = of("p1");
        assert_eq!((p1.since, p1.label.as_str(), p1.record_place.as_deref()), (0, "1", Some("operative 1")));
        let steps: Vec<(u32, &str, &str)> =
            p1.shaped_by.iter().map(|s| (s.revision, s.proposal.as_str(), s.outcome)).collect();
        assert_eq!(steps, vec![(1, "a", "accept"), (2, "d", "accept")]);
        assert_eq!(p1.shaped_by[0].proposer, Proposer::State { state: "KEN".into() });
        assert_eq!(p1.shaped_by[0].co_sponsors, vec!["BRA"]);
        // The paragraph France's proposal added, as the Chair merged it.
        let added = history.iter().find(|h| h.text == "Two and a bit.").unwrap();
        assert_eq!((added.since, added.label.as_str()), (1, "3"));
        assert_eq!(added.shaped_by.len(), 1);
        assert_eq!((added.shaped_by[0].action, added.shaped_by[0].outcome), ("add_after", "merge"));
        assert_eq!(added.shaped_by[0].reason, "Merged with the Chair's words.");
        // Unchanged since the zero draft: China's proposal was set aside.
        let p3 = of("p3");
        assert_eq!((p3.since, p3.text.as_str(), p3.shaped_by.len()), (0, "Three.", 0));
    }
}
