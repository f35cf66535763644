//! The compilation text: a revision with every proposal on it inline, attributed to its
//! proposer and co-sponsors, with the positions taken; as the model pages render, as a Word
//! file with real tracked changes (each change authored by its proposer, justifications and
//! positions as comments), and as HTML.

use std::collections::{HashMap, HashSet};

use comity_documents::{Segment, SegmentOp, word_diff};
use comity_docx::tracked::{self, Author, Comment, Mark, Run, Style, TrackedDocument};
use comity_i18n::Lang;
use serde::Serialize;

use crate::proposal::{Change, Position, Proposal, Stance};
use crate::text::{Kind, Label, Paragraph, Text};

/// Which proposals a compilation shows.
#[derive(Debug, Clone, Default)]
pub struct Filter<'a> {
    /// Only those on this paragraph (its place).
    pub place: Option<&'a str>,
    /// Only those this State proposed or joined.
    pub state: Option<&'a str>,
    /// Only those standing so.
    pub status: Status,
}

/// Where a proposal stands, as the Chair sorts them: filed late, opposed by a State or by none,
/// withdrawn by its proposer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Status {
    /// Every proposal not withdrawn.
    #[default]
    Standing,
    /// Filed after the deadline, while the Chair had reopened the revision.
    Late,
    /// Standing, with at least one State opposed.
    Opposed,
    /// Standing, with no State opposed.
    Unopposed,
    /// Withdrawn by its proposer.
    Withdrawn,
    /// Every proposal, withdrawn ones too.
    All,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Standing, Status::Late, Status::Opposed, Status::Unopposed, Status::Withdrawn, Status::All];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Standing => "standing",
            Status::Late => "late",
            Status::Opposed => "opposed",
            Status::Unopposed => "unopposed",
            Status::Withdrawn => "withdrawn",
            Status::All => "all",
        }
    }

    pub fn parse(given: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == given)
    }

    /// Whether `proposal` stands so, `opposed` saying whether a State opposes it.
    pub fn keeps(self, proposal: &Proposal, opposed: bool) -> bool {
        match self {
            Status::Standing => !proposal.withdrawn,
            Status::Late => !proposal.withdrawn && proposal.late,
            Status::Opposed => !proposal.withdrawn && opposed,
            Status::Unopposed => !proposal.withdrawn && !opposed,
            Status::Withdrawn => proposal.withdrawn,
            Status::All => true,
        }
    }
}

/// A proposal as the compilation shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Proposed<'a> {
    pub proposal: &'a Proposal,
    pub positions: Vec<&'a Position>,
    /// A rewording's words against the paragraph's, equal, inserted and deleted.
    pub segments: Vec<Segment>,
}

impl Proposed<'_> {
    /// How many States took each stance, in [`Stance::ALL`]'s order.
    pub fn tally(&self) -> [(Stance, usize); 4] {
        Stance::ALL.map(|s| (s, self.positions.iter().filter(|p| p.stance == s).count()))
    }
}

/// One paragraph of the compilation, with the proposals on it.
#[derive(Debug, Clone, Serialize)]
pub struct Entry<'a> {
    pub paragraph: &'a Paragraph,
    pub label: Label,
    pub proposals: Vec<Proposed<'a>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Compilation<'a> {
    pub entries: Vec<Entry<'a>>,
    /// Proposals shown.
    pub shown: usize,
}

/// The proposals at least one State opposes, by id.
pub fn opposed(positions: &[Position]) -> HashSet<&str> {
    positions.iter().filter(|x| x.stance == Stance::Oppose).map(|x| x.proposal.as_str()).collect()
}

/// Builds the compilation of `text` with the proposals on it and the positions on those.
pub fn compile<'a>(
    lang: Lang,
    text: &'a Text,
    proposals: &'a [Proposal],
    positions: &'a [Position],
    filter: &Filter<'_>,
) -> Compilation<'a> {
    let opposed = opposed(positions);
    let mut on: HashMap<&str, Vec<&'a Proposal>> = HashMap::new();
    for p in proposals {
        let keep = filter.status.keeps(p, opposed.contains(p.id.as_str()))
            && filter.place.is_none_or(|place| p.place == place)
            && filter.state.is_none_or(|s| p.is_of(s));
        if keep {
            on.entry(p.place.as_str()).or_default().push(p);
        }
    }
    let mut taken: HashMap<&str, Vec<&'a Position>> = HashMap::new();
    for position in positions {
        taken.entry(position.proposal.as_str()).or_default().push(position);
    }
    let mut shown = 0;
    let entries = text
        .paragraphs
        .iter()
        .zip(text.labels())
        .filter(|(p, _)| filter.place.is_none_or(|place| p.place == place))
        .map(|(paragraph, label)| {
            let proposals: Vec<Proposed<'a>> = on
                .remove(paragraph.place.as_str())
                .unwrap_or_default()
                .into_iter()
                .map(|proposal| {
                    let segments = match &proposal.change {
                        Change::Replace { text } => word_diff(lang, &paragraph.text, text),
                        _ => Vec::new(),
                    };
                    let mut positions = taken.remove(proposal.id.as_str()).unwrap_or_default();
                    positions.sort_by(|a, b| a.state.cmp(&b.state));
                    Proposed { proposal, positions, segments }
                })
                .collect();
            shown += proposals.len();
            Entry { paragraph, label, proposals }
        })
        .filter(|e| filter.state.is_none() || !e.proposals.is_empty())
        .collect();
    Compilation { entries, shown }
}

/// The words of a compilation file in the language of its reader (the negotiating text stays
/// in its own language).
#[derive(Debug, Clone)]
pub struct Words {
    pub title: String,
    /// "Proposed by {proposer}", with `{proposer}` replaced.
    pub proposed_by: String,
    /// "Co-sponsors: {states}".
    pub co_sponsors: String,
    pub late: String,
    pub withdrawn: String,
    pub delete: String,
    /// "Move after paragraph {label}".
    pub move_after: String,
    pub move_first: String,
    pub add_after: String,
    pub comment: String,
    /// The four stances, in [`Stance::ALL`]'s order.
    pub stances: [String; 4],
}

pub(crate) fn fill(pattern: &str, name: &str, value: &str) -> String {
    pattern.replace(&format!("{{{name}}}"), value)
}

/// A word diff's runs as tracked changes made by `author`.
pub(crate) fn tracked_runs(segments: &[Segment], author: &Author) -> Vec<Run> {
    segments
        .iter()
        .map(|s| match s.op {
            SegmentOp::Equal => Run::Same(s.text.clone()),
            SegmentOp::Insert => Run::Inserted(s.text.clone(), author.clone()),
            SegmentOp::Delete => Run::Deleted(s.text.clone(), author.clone()),
        })
        .collect()
}

pub(crate) fn style_of(kind: Kind) -> Style {
    match kind {
        Kind::Heading => Style::Heading(2),
        Kind::Item => Style::Item,
        Kind::Numbered | Kind::Unnumbered => Style::Normal,
    }
}

/// What a proposal's header line says: who, with whom, what kind of change.
fn proposal_line(p: &Proposal, text: &Text, words: &Words, name_of: &dyn Fn(&str) -> String) -> String {
    let mut line = fill(&words.proposed_by, "proposer", &name_of(p.proposer.name()));
    if !p.co_sponsors.is_empty() {
        let names: Vec<String> = p.co_sponsors.iter().map(|c| name_of(c)).collect();
        line.push_str("; ");
        line.push_str(&fill(&words.co_sponsors, "states", &names.join(", ")));
    }
    let action = match &p.change {
        Change::Replace { .. } => None,
        Change::AddAfter { .. } => Some(words.add_after.clone()),
        Change::Delete => Some(words.delete.clone()),
        Change::Move { after: Some(after) } => {
            let label = text.label_of(after).map(|l| l.reference()).unwrap_or_else(|| after.clone());
            Some(fill(&words.move_after, "label", &label))
        }
        Change::Move { after: None } => Some(words.move_first.clone()),
        Change::Comment => Some(words.comment.clone()),
    };
    if let Some(action) = action {
        line.push_str(" — ");
        line.push_str(&action);
    }
    if p.late {
        line.push_str(&format!(" [{}]", words.late));
    }
    if p.withdrawn {
        line.push_str(&format!(" [{}]", words.withdrawn));
    }
    line
}

fn positions_lines(proposed: &Proposed<'_>, words: &Words, name_of: &dyn Fn(&str) -> String) -> Vec<String> {
    Stance::ALL
        .iter()
        .zip(&words.stances)
        .filter_map(|(stance, word)| {
            let states: Vec<String> =
                proposed.positions.iter().filter(|p| p.stance == *stance).map(|p| name_of(&p.state)).collect();
            (!states.is_empty()).then(|| format!("{word}: {}", states.join(", ")))
        })
        .collect()
}

/// The compilation as a Word file: each paragraph as it stands, then each proposal on it as
/// a paragraph whose changes are tracked under the proposer's name (a rewording word by word,
/// an addition or deletion whole), its justification, co-sponsors and positions in a comment.
pub fn to_docx(
    compilation: &Compilation<'_>,
    text: &Text,
    lang: Lang,
    words: &Words,
    name_of: &dyn Fn(&str) -> String,
) -> Vec<u8> {
    let mut paragraphs = vec![tracked::Paragraph::plain(Style::Title, words.title.clone())];
    for entry in &compilation.entries {
        paragraphs.push(tracked::Paragraph {
            label: entry.label.to_string(),
            ..tracked::Paragraph::plain(style_of(entry.paragraph.kind), entry.paragraph.text.clone())
        });
        for proposed in &entry.proposals {
            let p = proposed.proposal;
            let author = Author { name: name_of(p.proposer.name()), date: p.filed_at.clone() };
            let mut comment_text = Vec::new();
            if !p.justification.trim().is_empty() {
                comment_text.push(p.justification.clone());
            }
            comment_text.extend(positions_lines(proposed, words, name_of));
            for position in &proposed.positions {
                if let Some(statement) = &position.statement {
                    comment_text.push(format!("{}: {statement}", name_of(&position.state)));
                }
            }
            let comments = if comment_text.is_empty() {
                Vec::new()
            } else {
                let initials: String = author.name.chars().filter(|c| c.is_uppercase()).take(3).collect();
                vec![Comment { author: author.clone(), initials, text: comment_text }]
            };
            paragraphs.push(tracked::Paragraph::plain(Style::Note, proposal_line(p, text, words, name_of)));
            let (runs, mark, kind) = match &p.change {
                Change::Replace { .. } => (tracked_runs(&proposed.segments, &author), None, entry.paragraph.kind),
                Change::AddAfter { kind, text } => {
                    (vec![Run::Inserted(text.clone(), author.clone())], Some(Mark::Inserted(author.clone())), *kind)
                }
                Change::Delete => (
                    vec![Run::Deleted(entry.paragraph.text.clone(), author.clone())],
                    Some(Mark::Deleted(author.clone())),
                    entry.paragraph.kind,
                ),
                Change::Move { .. } | Change::Comment => {
                    // No text changes: the comment goes on the line that says what is asked.
                    if let Some(last) = paragraphs.last_mut() {
                        last.comments = comments;
                    }
                    continue;
                }
            };
            paragraphs.push(tracked::Paragraph {
                style: style_of(kind),
                label: String::new(),
                runs,
                mark,
                comments,
                lang: None,
            });
        }
    }
    tracked::write_tracked(&TrackedDocument {
        title: words.title.clone(),
        language: lang.code().to_string(),
        paragraphs,
    })
}

fn esc(text: &str) -> String {
    comity_documents::xml_escape(text)
}

/// The compilation as an HTML document in the negotiating language (`lang`, `dir` set):
/// insertions as `<ins>`, deletions as `<del>`, each proposal's proposer, justification and
/// positions beside it.
pub fn to_html(
    compilation: &Compilation<'_>,
    text: &Text,
    lang: Lang,
    words: &Words,
    name_of: &dyn Fn(&str) -> String,
) -> String {
    let dir = lang.direction().as_str();
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head><meta charset=\"utf-8\"><title>{}</title>\n<style>ins{{color:#05641e}}del{{color:#a4161a}}.proposal{{margin-inline-start:2em;border-inline-start:3px solid #888;padding-inline-start:.5em}}.by,.positions{{font-size:.9em;font-style:italic}}</style></head>\n<body>\n<h1>{}</h1>\n",
        lang.code(),
        esc(&words.title),
        esc(&words.title)
    );
    for entry in &compilation.entries {
        let p = entry.paragraph;
        let label = entry.label.to_string();
        let label = if label.is_empty() { String::new() } else { format!("{} ", esc(&label)) };
        match p.kind {
            Kind::Heading => out.push_str(&format!("<h2 id=\"{}\">{}</h2>\n", p.place, esc(&p.text))),
            _ => out.push_str(&format!("<p id=\"{}\">{label}{}</p>\n", p.place, esc(&p.text))),
        }
        for proposed in &entry.proposals {
            let proposal = proposed.proposal;
            out.push_str(&format!("<div class=\"proposal\" id=\"proposal-{}\">\n", esc(&proposal.id)));
            out.push_str(&format!("<p class=\"by\">{}</p>\n", esc(&proposal_line(proposal, text, words, name_of))));
            match &proposal.change {
                Change::Replace { .. } => {
                    out.push_str("<p>");
                    for s in &proposed.segments {
                        match s.op {
                            SegmentOp::Equal => out.push_str(&esc(&s.text)),
                            SegmentOp::Insert => out.push_str(&format!("<ins>{}</ins>", esc(&s.text))),
                            SegmentOp::Delete => out.push_str(&format!("<del>{}</del>", esc(&s.text))),
                        }
                    }
                    out.push_str("</p>\n");
                }
                Change::AddAfter { text, .. } => out.push_str(&format!("<p><ins>{}</ins></p>\n", esc(text))),
                Change::Delete => out.push_str(&format!("<p><del>{}</del></p>\n", esc(&p.text))),
                Change::Move { .. } | Change::Comment => {}
            }
            if !proposal.justification.trim().is_empty() {
                out.push_str(&format!("<blockquote>{}</blockquote>\n", esc(&proposal.justification)));
            }
            let lines = positions_lines(proposed, words, name_of);
            if !lines.is_empty() {
                out.push_str(&format!("<p class=\"positions\">{}</p>\n", esc(&lines.join("; "))));
            }
            out.push_str("</div>\n");
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proposal::Proposer;

    pub(crate) fn words() -> Words {
        Words {
            title: "Compilation of proposals on Rev.1".into(),
            proposed_by: "Proposed by {proposer}".into(),
            co_sponsors: "co-sponsors: {states}".into(),
            late: "late".into(),
            withdrawn: "withdrawn".into(),
            delete: "delete the paragraph".into(),
            move_after: "move after paragraph {label}".into(),
            move_first: "move to the beginning".into(),
            add_after: "add a paragraph after it".into(),
            comment: "comment".into(),
            stances: ["Support".into(), "Oppose".into(), "Can live with".into(), "Reserve".into()],
        }
    }

    fn proposal(id: &str, place: &str, state: &str, change: Change) -> Proposal {
        Proposal {
            id: id.into(),
            revision: 1,
            place: place.into(),
            change,
            justification: format!("Because {state} says so."),
            proposer: Proposer::State { state: state.into() },
            co_sponsors: Vec::new(),
            filed_at: "2026-03-14T12:00:00Z".into(),
            late: false,
            withdrawn: false,
        }
    }

    #[test]
    fn a_compilation_shows_each_proposal_on_its_paragraph_with_the_positions_taken() {
        let text = Text::parse_draft("1. States reaffirmed the norms.\n\n2. States will meet again.").unwrap();
        let proposals = vec![
            proposal("a", "p1", "FRA", Change::Replace { text: "States reaffirmed the eleven norms.".into() }),
            proposal("b", "p2", "CHN", Change::Delete),
            Proposal { withdrawn: true, ..proposal("c", "p2", "BRA", Change::Delete) },
        ];
        let positions = vec![
            Position { proposal: "a".into(), state: "MEX".into(), stance: Stance::Support, statement: None },
            Position {
                proposal: "a".into(),
                state: "CHN".into(),
                stance: Stance::Oppose,
                statement: Some("No.".into()),
            },
        ];
        let c = compile(Lang::En, &text, &proposals, &positions, &Filter::default());
        assert_eq!(c.shown, 2, "the withdrawn proposal is left out");
        let a = &c.entries[0].proposals[0];
        assert_eq!(a.tally()[0], (Stance::Support, 1));
        assert_eq!(a.tally()[1], (Stance::Oppose, 1));
        assert!(a.segments.iter().any(|s| s.op == SegmentOp::Insert && s.text.contains("eleven")));
        let only_china =
            compile(Lang::En, &text, &proposals, &positions, &Filter { state: Some("CHN"), ..Default::default() });
        assert_eq!(only_china.entries.len(), 1);
        assert_eq!(only_china.entries[0].paragraph.place, "p2");
        let shown = |status: Status| {
            let c = compile(Lang::En, &text, &proposals, &positions, &Filter { status, ..Default::default() });
            c.entries.iter().flat_map(|e| e.proposals.iter().map(|p| p.proposal.id.as_str())).collect::<Vec<_>>()
        };
        assert_eq!(shown(Status::Opposed), ["a"], "China opposes France's");
        assert_eq!(shown(Status::Unopposed), ["b"]);
        assert_eq!(shown(Status::Withdrawn), ["c"]);
        assert_eq!(shown(Status::All), ["a", "b", "c"]);
        assert!(shown(Status::Late).is_empty());
        assert!(Status::ALL.into_iter().all(|s| Status::parse(s.as_str()) == Some(s)));
        let name = |code: &str| match code {
            "FRA" => "France".to_string(),
            other => other.to_string(),
        };
        let html = to_html(&c, &text, Lang::En, &words(), &name);
        assert!(html.contains("<ins>eleven </ins>") || html.contains("<ins>eleven"), "{html}");
        assert!(html.contains("Proposed by France") && html.contains("Oppose: CHN"));
        let docx = to_docx(&c, &text, Lang::En, &words(), &name);
        assert!(docx.starts_with(b"PK"));
    }
}
