//! States' replies to a reporting cycle: the list of cycles, and one State's reply — written
//! by its drafters question by question (each save a version; a save made from an older
//! version is refused, not merged, and the visitor's text kept), submitted or withdrawn by its
//! approver, published by the Secretariat.

pub(crate) mod attachments;
pub(crate) mod cycles;
pub(crate) mod reply;
pub(crate) mod translations;
pub(crate) mod versions;
pub(crate) mod workflow;

use crate::access::Visitor;
use comity_access::{Decision, OrgRef, Permission, Target, decide};
use comity_i18n::Lang;
use comity_reporting::Cycle;

/// The question a form field `answer-N` answers (the Nth of the cycle).
fn question_field<'a>(cycle: &'a Cycle, field: &str) -> Option<&'a comity_reporting::Question> {
    field.strip_prefix("answer-").and_then(|i| i.parse::<usize>().ok()).and_then(|i| cycle.details.questions.get(i))
}

fn allowed(visitor: &Visitor, permission: Permission, org: &OrgRef) -> bool {
    visitor.principal().is_some_and(|p| decide(Some(&p), permission, &Target::Org(org.clone())) == Decision::Allow)
}

/// Two texts compared word by word, as runs of (mark, text): mark is `ins` (only in `new`),
/// `del` (only in `old`) or empty (both), for `<ins>`/`<del>` in a page.
fn word_runs(lang: Lang, old: &str, new: &str) -> Vec<(&'static str, String)> {
    comity_documents::word_diff(lang, old, new)
        .into_iter()
        .map(|s| {
            let mark = match s.op {
                comity_documents::SegmentOp::Equal => "",
                comity_documents::SegmentOp::Insert => "ins",
                comity_documents::SegmentOp::Delete => "del",
            };
            (mark, s.text)
        })
        .collect()
}
