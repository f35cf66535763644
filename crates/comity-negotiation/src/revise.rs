//! The Chair's decisions on a revision's proposals, and the next revision built from them:
//! every paragraph keeps its place and names the proposals it came from.

use std::collections::HashMap;

use comity_documents::ParagraphChange;
use comity_i18n::Lang;
use serde::{Deserialize, Serialize};

use crate::proposal::{Change, Proposal};
use crate::text::{Paragraph, Text};

/// What the Chair made of a proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Taken as proposed.
    Accept,
    /// Taken with the Chair's own wording (of the paragraph replaced, added or, for a deletion
    /// or a move, of the paragraph kept).
    Merge {
        text: String,
    },
    SetAside,
}

impl Outcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Accept => "accept",
            Outcome::Merge { .. } => "merge",
            Outcome::SetAside => "set_aside",
        }
    }
}

/// The Chair's decision on one proposal, with the reason given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub proposal: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    pub reason: String,
}

impl Decision {
    /// A decision from its parts as a file or a form gives them: the outcome's word
    /// (`accept`, `merge`, `set_aside`), the Chair's wording for a merge only, and a reason.
    pub fn from_parts(
        proposal: String,
        outcome: &str,
        text: Option<String>,
        reason: String,
    ) -> Result<Decision, String> {
        let outcome = match (outcome, text) {
            ("accept", None) => Outcome::Accept,
            ("set_aside", None) => Outcome::SetAside,
            ("merge", Some(text)) => Outcome::Merge { text },
            ("merge", None) => return Err("a merge gives the Chair's \"text\"".into()),
            ("accept" | "set_aside", Some(_)) => return Err("only a merge takes a \"text\"".into()),
            (other, _) => return Err(format!("outcome {other:?} is not accept, merge or set_aside")),
        };
        if reason.trim().is_empty() {
            return Err("the Chair gives a reason".into());
        }
        Ok(Decision { proposal, outcome, reason })
    }
}

/// Why the next revision cannot be built from the decisions given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviseError {
    #[error("no proposal {proposal} on this revision")]
    UnknownProposal { proposal: String },
    #[error("proposal {proposal} is decided twice")]
    DecidedTwice { proposal: String },
    #[error("{} proposals are not decided yet: {}", .proposals.len(), .proposals.join(", "))]
    Undecided { proposals: Vec<String> },
    #[error(
        "proposals {first} and {second} both change the words of the paragraph at {place}: merge one with the wording you want and set the other aside"
    )]
    Conflict { place: String, first: String, second: String },
    #[error("proposal {proposal} moves a paragraph after the one at {after}, which this revision deletes")]
    MoveAfterDeleted { proposal: String, after: String },
    #[error("the moves decided put paragraphs after one another in a circle ({proposals}): set one aside")]
    MoveCycle { proposals: String },
    #[error("the merged wording of proposal {proposal} is empty")]
    EmptyMerge { proposal: String },
    #[error("a comment ({proposal}) changes no text and takes no decision")]
    CommentDecided { proposal: String },
}

/// What one paragraph of the revision becomes.
struct Slot {
    paragraph: Paragraph,
    deleted: bool,
    /// Words changed (or the paragraph deleted) by this proposal, for conflicts.
    worded_by: Option<String>,
    /// Moved by this proposal.
    moved_by: Option<String>,
}

/// Builds the next revision from `current`, the proposals made on it (withdrawn ones are
/// passed over) and the Chair's decision on each proposal that changes text. The decisions
/// are taken in order: paragraphs added after the same paragraph follow in the order decided.
pub fn next_revision(current: &Text, proposals: &[Proposal], decisions: &[Decision]) -> Result<Text, ReviseError> {
    let by_id: HashMap<&str, &Proposal> =
        proposals.iter().filter(|p| !p.withdrawn).map(|p| (p.id.as_str(), p)).collect();
    let mut decided: HashMap<&str, &Decision> = HashMap::with_capacity(decisions.len());
    for d in decisions {
        let Some(p) = by_id.get(d.proposal.as_str()) else {
            return Err(ReviseError::UnknownProposal { proposal: d.proposal.clone() });
        };
        if !p.change.changes_text() {
            return Err(ReviseError::CommentDecided { proposal: d.proposal.clone() });
        }
        if decided.insert(d.proposal.as_str(), d).is_some() {
            return Err(ReviseError::DecidedTwice { proposal: d.proposal.clone() });
        }
    }
    let undecided: Vec<String> = proposals
        .iter()
        .filter(|p| !p.withdrawn && p.change.changes_text() && !decided.contains_key(p.id.as_str()))
        .map(|p| p.id.clone())
        .collect();
    if !undecided.is_empty() {
        return Err(ReviseError::Undecided { proposals: undecided });
    }

    let mut slots: Vec<Slot> = current
        .paragraphs
        .iter()
        .map(|p| Slot {
            paragraph: Paragraph { from: Vec::new(), ..p.clone() },
            deleted: false,
            worded_by: None,
            moved_by: None,
        })
        .collect();
    let index: HashMap<&str, usize> =
        current.paragraphs.iter().enumerate().map(|(i, p)| (p.place.as_str(), i)).collect();
    let mut next_place = current.next_place;
    // Paragraphs added, by the place they follow, in the order decided.
    let mut added: HashMap<&str, Vec<Paragraph>> = HashMap::new();
    // Moves: (place moved, place it follows or None for the beginning).
    let mut moves: Vec<(&str, Option<&str>, &str)> = Vec::new();
    for d in decisions {
        if d.outcome == Outcome::SetAside {
            continue;
        }
        let p = by_id[d.proposal.as_str()];
        let merged = match &d.outcome {
            Outcome::Merge { text } if text.trim().is_empty() => {
                return Err(ReviseError::EmptyMerge { proposal: p.id.clone() });
            }
            Outcome::Merge { text } => Some(text.trim().to_string()),
            _ => None,
        };
        let Some(&at) = index.get(p.place.as_str()) else {
            return Err(ReviseError::UnknownProposal { proposal: p.id.clone() });
        };
        let reword = |slots: &mut Vec<Slot>, words: String| -> Result<(), ReviseError> {
            let slot = &mut slots[at];
            if let Some(first) = &slot.worded_by {
                return Err(ReviseError::Conflict {
                    place: p.place.clone(),
                    first: first.clone(),
                    second: p.id.clone(),
                });
            }
            slot.paragraph.text = words;
            slot.worded_by = Some(p.id.clone());
            slot.paragraph.from.push(p.id.clone());
            Ok(())
        };
        match &p.change {
            Change::Replace { text } => reword(&mut slots, merged.unwrap_or_else(|| text.trim().to_string()))?,
            Change::Delete => match merged {
                // A deletion merged keeps the paragraph in the Chair's words.
                Some(words) => reword(&mut slots, words)?,
                None => {
                    let slot = &mut slots[at];
                    if let Some(first) = slot.worded_by.as_ref().or(slot.moved_by.as_ref()) {
                        return Err(ReviseError::Conflict {
                            place: p.place.clone(),
                            first: first.clone(),
                            second: p.id.clone(),
                        });
                    }
                    slot.deleted = true;
                    slot.worded_by = Some(p.id.clone());
                }
            },
            Change::AddAfter { kind, text } => {
                let place = format!("p{next_place}");
                next_place += 1;
                added.entry(p.place.as_str()).or_default().push(Paragraph {
                    place,
                    kind: *kind,
                    text: merged.unwrap_or_else(|| text.trim().to_string()),
                    from: vec![p.id.clone()],
                });
            }
            Change::Move { after } => {
                let slot = &mut slots[at];
                if let Some(first) = slot.moved_by.as_ref().or(slot.deleted.then_some(()).and(slot.worded_by.as_ref()))
                {
                    return Err(ReviseError::Conflict {
                        place: p.place.clone(),
                        first: first.clone(),
                        second: p.id.clone(),
                    });
                }
                slot.moved_by = Some(p.id.clone());
                if let Some(words) = merged {
                    reword(&mut slots, words)?;
                } else {
                    slots[at].paragraph.from.push(p.id.clone());
                }
                moves.push((p.place.as_str(), after.as_deref(), p.id.as_str()));
            }
            Change::Comment => {}
        }
    }
    for (_, after, id) in &moves {
        if let Some(after) = after
            && index.get(after).is_some_and(|&i| slots[i].deleted)
        {
            return Err(ReviseError::MoveAfterDeleted { proposal: id.to_string(), after: after.to_string() });
        }
    }
    // The order: each paragraph, then what was added after it; moved paragraphs taken out
    // and put after their new neighbour (or first).
    let moved: Vec<&str> = moves.iter().map(|(place, _, _)| *place).collect();
    let expected = slots.iter().filter(|s| !s.deleted).count() + added.values().map(Vec::len).sum::<usize>();
    let mut order: Vec<Paragraph> = Vec::with_capacity(slots.len() + added.values().map(Vec::len).sum::<usize>());
    let mut first: Vec<Paragraph> = Vec::new();
    // What follows a place: paragraphs added after it, and those moved after it.
    let mut follows: HashMap<&str, Vec<Paragraph>> = HashMap::new();
    let mut slots_by_place: HashMap<String, Slot> = HashMap::new();
    let mut sequence: Vec<String> = Vec::with_capacity(slots.len());
    for slot in slots {
        sequence.push(slot.paragraph.place.clone());
        slots_by_place.insert(slot.paragraph.place.clone(), slot);
    }
    for (place, after, _) in &moves {
        if let Some(slot) = slots_by_place.remove(*place) {
            let mut group = vec![slot.paragraph];
            // What was added after a moved paragraph moves with it.
            group.extend(added.remove(place).unwrap_or_default());
            match after {
                Some(after) => follows.entry(after).or_default().extend(group),
                None => first.extend(group),
            }
        }
    }
    fn place_with_followers<'a>(
        paragraph: Paragraph,
        deleted: bool,
        added: &mut HashMap<&'a str, Vec<Paragraph>>,
        follows: &mut HashMap<&'a str, Vec<Paragraph>>,
        order: &mut Vec<Paragraph>,
    ) {
        let place = paragraph.place.clone();
        if !deleted {
            order.push(paragraph);
        }
        let mut after: Vec<Paragraph> = Vec::new();
        if let Some(list) = added.remove(place.as_str()) {
            after.extend(list);
        }
        if let Some(list) = follows.remove(place.as_str()) {
            after.extend(list);
        }
        for p in after {
            place_with_followers(p, false, added, follows, order);
        }
    }
    for p in first {
        place_with_followers(p, false, &mut added, &mut follows, &mut order);
    }
    for place in &sequence {
        if moved.contains(&place.as_str()) {
            continue;
        }
        if let Some(slot) = slots_by_place.remove(place) {
            place_with_followers(slot.paragraph, slot.deleted, &mut added, &mut follows, &mut order);
        }
    }
    if order.len() != expected {
        let proposals = moves.iter().map(|(_, _, id)| *id).collect::<Vec<_>>().join(", ");
        return Err(ReviseError::MoveCycle { proposals });
    }
    Ok(Text { paragraphs: order, next_place })
}

/// One revision against another (Rev.2 against Rev.1, or against the zero draft), paragraph
/// by paragraph: paired by their lasting places, so a paragraph reworded beyond recognition
/// is still "changed", not removed and added. The changes name places (`p7`).
pub fn compare(lang: Lang, old: &Text, new: &Text) -> Vec<ParagraphChange> {
    let place_text = |t: &Text| -> Vec<(String, String)> {
        t.paragraphs.iter().map(|p| (p.place.clone(), p.text.clone())).collect()
    };
    let at_new: HashMap<&str, usize> = new.paragraphs.iter().enumerate().map(|(j, p)| (p.place.as_str(), j)).collect();
    let pairs: Vec<(usize, usize)> =
        old.paragraphs.iter().enumerate().filter_map(|(i, p)| at_new.get(p.place.as_str()).map(|&j| (i, j))).collect();
    comity_documents::diff_paired(lang, &place_text(old), &place_text(new), &pairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proposal::Proposer;
    use crate::text::Kind;

    fn text() -> Text {
        Text::parse_draft("1. One.\n\n2. Two.\n\n3. Three.\n\n4. Four.").unwrap()
    }

    fn proposal(id: &str, place: &str, change: Change) -> Proposal {
        Proposal {
            id: id.into(),
            revision: 0,
            place: place.into(),
            change,
            justification: String::new(),
            proposer: Proposer::State { state: "FRA".into() },
            co_sponsors: Vec::new(),
            filed_at: "2026-03-14T12:00:00Z".into(),
            late: false,
            withdrawn: false,
        }
    }

    fn decide(id: &str, outcome: Outcome) -> Decision {
        Decision { proposal: id.into(), outcome, reason: "Chair's judgement.".into() }
    }

    fn words(t: &Text) -> Vec<(&str, &str)> {
        t.paragraphs.iter().map(|p| (p.place.as_str(), p.text.as_str())).collect()
    }

    #[test]
    fn accepted_merged_and_set_aside_proposals_make_the_next_revision() {
        let proposals = vec![
            proposal("a", "p1", Change::Replace { text: "One, amended.".into() }),
            proposal("b", "p2", Change::Delete),
            proposal("c", "p3", Change::AddAfter { kind: Kind::Numbered, text: "Three and a half.".into() }),
            proposal("d", "p4", Change::Replace { text: "Four, struck.".into() }),
            proposal("e", "p4", Change::Comment),
            proposal("f", "p3", Change::AddAfter { kind: Kind::Numbered, text: "Three and three quarters.".into() }),
        ];
        let decisions = vec![
            decide("a", Outcome::Accept),
            decide("b", Outcome::Accept),
            decide("c", Outcome::Merge { text: "Three and a bit.".into() }),
            decide("d", Outcome::SetAside),
            decide("f", Outcome::Accept),
        ];
        let next = next_revision(&text(), &proposals, &decisions).unwrap();
        assert_eq!(
            words(&next),
            vec![
                ("p1", "One, amended."),
                ("p3", "Three."),
                ("p5", "Three and a bit."),
                ("p6", "Three and three quarters."),
                ("p4", "Four.")
            ]
        );
        assert_eq!(next.paragraphs[0].from, vec!["a"]);
        assert_eq!(next.paragraphs[2].from, vec!["c"]);
        assert!(next.paragraphs[1].from.is_empty());
        assert_eq!(next.next_place, 7);
        // Renumbered: p4 is now paragraph 5.
        assert_eq!(next.label_of("p4").unwrap().reference(), "5");
    }

    #[test]
    fn a_revision_is_compared_with_the_one_before_by_place() {
        use comity_documents::Change as Diff;
        let proposals = vec![
            proposal("a", "p1", Change::Replace { text: "Entirely other words.".into() }),
            proposal("b", "p2", Change::Delete),
            proposal("c", "p3", Change::AddAfter { kind: Kind::Numbered, text: "New.".into() }),
            proposal("d", "p4", Change::Move { after: None }),
        ];
        let decisions: Vec<Decision> = ["a", "b", "c", "d"].iter().map(|id| decide(id, Outcome::Accept)).collect();
        let zero = text();
        let next = next_revision(&zero, &proposals, &decisions).unwrap();
        let changes = compare(Lang::En, &zero, &next);
        let seen: Vec<(Diff, Option<&str>, Option<&str>)> =
            changes.iter().map(|c| (c.change, c.old.as_deref(), c.new.as_deref())).collect();
        assert!(seen.contains(&(Diff::Changed, Some("p1"), Some("p1"))), "{seen:?}");
        assert!(seen.contains(&(Diff::Removed, Some("p2"), None)), "{seen:?}");
        assert!(seen.contains(&(Diff::Added, None, Some("p5"))), "{seen:?}");
        assert!(seen.contains(&(Diff::Moved, Some("p4"), Some("p4"))), "{seen:?}");
        assert!(seen.contains(&(Diff::Same, Some("p3"), Some("p3"))), "{seen:?}");
    }

    #[test]
    fn moves_take_what_was_added_after_them_along() {
        let proposals = vec![
            proposal("m", "p1", Change::Move { after: Some("p3".into()) }),
            proposal("n", "p1", Change::AddAfter { kind: Kind::Item, text: "(a) of one.".into() }),
            proposal("o", "p4", Change::Move { after: None }),
        ];
        let decisions = vec![decide("m", Outcome::Accept), decide("n", Outcome::Accept), decide("o", Outcome::Accept)];
        let next = next_revision(&text(), &proposals, &decisions).unwrap();
        let places: Vec<&str> = next.paragraphs.iter().map(|p| p.place.as_str()).collect();
        assert_eq!(places, vec!["p4", "p2", "p3", "p1", "p5"]);
    }

    #[test]
    fn two_rewordings_of_one_paragraph_need_the_chair_to_merge() {
        let proposals = vec![
            proposal("a", "p2", Change::Replace { text: "Two, France.".into() }),
            proposal("b", "p2", Change::Replace { text: "Two, China.".into() }),
        ];
        let both = vec![decide("a", Outcome::Accept), decide("b", Outcome::Accept)];
        assert_eq!(
            next_revision(&text(), &proposals, &both),
            Err(ReviseError::Conflict { place: "p2".into(), first: "a".into(), second: "b".into() })
        );
        let merged =
            vec![decide("a", Outcome::Merge { text: "Two, together.".into() }), decide("b", Outcome::SetAside)];
        let next = next_revision(&text(), &proposals, &merged).unwrap();
        assert_eq!(next.paragraphs[1].text, "Two, together.");
    }

    #[test]
    fn every_proposal_is_decided_once_and_only_proposals_of_the_revision() {
        let proposals = vec![proposal("a", "p1", Change::Delete), proposal("b", "p2", Change::Delete)];
        assert_eq!(
            next_revision(&text(), &proposals, &[decide("a", Outcome::Accept)]),
            Err(ReviseError::Undecided { proposals: vec!["b".into()] })
        );
        assert_eq!(
            next_revision(&text(), &proposals, &[decide("z", Outcome::Accept)]),
            Err(ReviseError::UnknownProposal { proposal: "z".into() })
        );
        assert_eq!(
            next_revision(&text(), &proposals, &[decide("a", Outcome::Accept), decide("a", Outcome::SetAside)]),
            Err(ReviseError::DecidedTwice { proposal: "a".into() })
        );
        let mut withdrawn = proposals.clone();
        withdrawn[1].withdrawn = true;
        assert!(next_revision(&text(), &withdrawn, &[decide("a", Outcome::SetAside)]).is_ok());
    }

    #[test]
    fn moves_in_a_circle_or_twice_are_refused_not_lost() {
        let circle = vec![
            proposal("a", "p1", Change::Move { after: Some("p2".into()) }),
            proposal("b", "p2", Change::Move { after: Some("p1".into()) }),
        ];
        let decisions = vec![decide("a", Outcome::Accept), decide("b", Outcome::Accept)];
        assert_eq!(
            next_revision(&text(), &circle, &decisions),
            Err(ReviseError::MoveCycle { proposals: "a, b".into() })
        );
        let twice = vec![
            proposal("a", "p1", Change::Move { after: Some("p2".into()) }),
            proposal("b", "p1", Change::Move { after: Some("p3".into()) }),
        ];
        assert_eq!(
            next_revision(&text(), &twice, &decisions),
            Err(ReviseError::Conflict { place: "p1".into(), first: "a".into(), second: "b".into() })
        );
        let deleted_and_moved =
            vec![proposal("a", "p1", Change::Delete), proposal("b", "p1", Change::Move { after: None })];
        assert!(matches!(next_revision(&text(), &deleted_and_moved, &decisions), Err(ReviseError::Conflict { .. })));
    }

    #[test]
    fn a_move_after_a_deleted_paragraph_is_refused() {
        let proposals =
            vec![proposal("a", "p1", Change::Delete), proposal("b", "p2", Change::Move { after: Some("p1".into()) })];
        let decisions = vec![decide("a", Outcome::Accept), decide("b", Outcome::Accept)];
        assert_eq!(
            next_revision(&text(), &proposals, &decisions),
            Err(ReviseError::MoveAfterDeleted { proposal: "b".into(), after: "p1".into() })
        );
    }
}
