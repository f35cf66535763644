//! Akoma Ntoso 3.0 forms of a negotiation: each revision as a `doc` (headings, numbered
//! paragraphs with their sub-items as points, each at an eId made from its lasting place),
//! each proposal as an `amendment` whose heading refers to the paragraph it is on, and the
//! compilation as one `documentCollection` holding the revision and its proposals.

use std::fmt::Write;

use comity_documents::{Frbr, akn_identification, akn_language, xml_escape as esc};
use comity_i18n::Lang;

use crate::proposal::{Change, Proposal};
use crate::text::{Kind, Text};

const NS: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// Names a revision in the record: the negotiation's short name (letters, digits, hyphens)
/// and the revision's number.
#[derive(Debug, Clone)]
pub struct RevisionWork<'a> {
    /// `gm-2026-apr`: the negotiation's name in the FRBR URI.
    pub name: &'a str,
    pub number: u32,
    pub title: &'a str,
    /// ISO date of the revision.
    pub date: &'a str,
    pub lang: Lang,
    pub generated_on: &'a str,
}

impl RevisionWork<'_> {
    fn work(&self) -> String {
        format!("/akn/un/doc/draft/{}/{}-rev{}", self.date, self.name, self.number)
    }

    /// The eId of the paragraph at `place`, as the revision's `doc` names it (sub-items are
    /// points inside their paragraph, but keep an eId of their own place).
    pub fn e_id(place: &str) -> String {
        format!("para_{place}")
    }

    fn expression(&self) -> String {
        format!("{}/{}@", self.work(), akn_language(self.lang))
    }
}

/// The eIds of one document: its own names when it stands alone, or prefixed with its
/// component's eId inside a collection (`cmp_2__proposer`), as the naming convention asks,
/// since a collection's eIds must be unique across every document it holds.
#[derive(Clone, Copy)]
struct Ids<'a>(&'a str);

impl Ids<'_> {
    const OWN: Ids<'static> = Ids("");

    fn id(self, local: &str) -> String {
        if self.0.is_empty() { local.to_string() } else { format!("{}__{local}", self.0) }
    }
}

fn standalone(write: impl FnOnce(&mut String)) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(out, "<akomaNtoso xmlns=\"{NS}\">");
    write(&mut out);
    let _ = writeln!(out, "</akomaNtoso>");
    out
}

/// The compilation as one Akoma Ntoso `documentCollection`: the revision's `doc` first, then
/// each proposal's `amendment`, in the order given (the compilation's: by paragraph).
pub fn compilation_collection<'p>(
    text: &Text,
    work: &RevisionWork<'_>,
    proposals: impl IntoIterator<Item = &'p Proposal>,
    proposer_name: impl Fn(&str) -> String,
) -> String {
    standalone(|out| {
        let collection =
            format!("/akn/un/documentCollection/compilation/{}/{}-rev{}", work.date, work.name, work.number);
        let expression = format!("{collection}/{}@", akn_language(work.lang));
        let _ = writeln!(out, "<documentCollection name=\"compilation\">");
        write_chairs_meta(out, (&collection, &expression, "compilation"), work, Ids::OWN);
        let _ = writeln!(out, "<collectionBody>");
        let _ = writeln!(out, "<component eId=\"cmp_1\">");
        write_revision(out, text, work, Ids("cmp_1"));
        let _ = writeln!(out, "</component>");
        for (i, proposal) in proposals.into_iter().enumerate() {
            let component = format!("cmp_{}", i + 2);
            let _ = writeln!(out, "<component eId=\"{component}\">");
            write_amendment(out, proposal, text, work, &proposer_name(proposal.proposer.name()), Ids(&component));
            let _ = writeln!(out, "</component>");
        }
        let _ = writeln!(out, "</collectionBody>");
        let _ = writeln!(out, "</documentCollection>");
    })
}

/// The `meta` and `preface` of a document the Chair issues (a revision, the compilation):
/// `(work, expression, subtype)` name it in the record.
fn write_chairs_meta(out: &mut String, (w, e, subtype): (&str, &str, &str), work: &RevisionWork<'_>, ids: Ids<'_>) {
    let _ = writeln!(out, "<meta>");
    out.push_str(&akn_identification(&Frbr {
        work: w,
        expression: e,
        date: work.date,
        date_name: "revision",
        author: &format!("#{}", ids.id("chair")),
        subtype,
        number: None,
        name: Some(work.title),
        lang: akn_language(work.lang),
        generated_on: work.generated_on,
    }));
    let _ = writeln!(out, "  <references source=\"#comity\">");
    let _ = writeln!(
        out,
        "    <TLCOrganization eId=\"{}\" href=\"/ontology/organization/comity\" showAs=\"Comity\"/>",
        ids.id("comity")
    );
    let _ = writeln!(out, "    <TLCRole eId=\"{}\" href=\"/ontology/role/chair\" showAs=\"Chair\"/>", ids.id("chair"));
    let _ = writeln!(out, "  </references>");
    let _ = writeln!(out, "</meta>");
    let _ = writeln!(out, "<preface><p class=\"title\"><docTitle>{}</docTitle></p></preface>", esc(work.title));
}

/// A revision as an Akoma Ntoso `doc`.
pub fn revision_doc(text: &Text, work: &RevisionWork<'_>) -> String {
    standalone(|out| write_revision(out, text, work, Ids::OWN))
}

fn write_revision(out: &mut String, text: &Text, work: &RevisionWork<'_>, ids: Ids<'_>) {
    let _ = writeln!(out, "<doc name=\"draft\">");
    write_chairs_meta(out, (&work.work(), &work.expression(), "draft"), work, ids);
    let _ = writeln!(out, "<mainBody>");
    let labels = text.labels();
    let mut i = 0;
    while i < text.paragraphs.len() {
        let p = &text.paragraphs[i];
        let id = ids.id(&RevisionWork::e_id(&p.place));
        match p.kind {
            Kind::Heading => {
                let _ = writeln!(out, "  <p class=\"heading\" eId=\"{id}\">{}</p>", esc(&p.text));
                i += 1;
            }
            Kind::Numbered | Kind::Unnumbered | Kind::Item => {
                let _ = writeln!(out, "  <paragraph eId=\"{id}\">");
                if p.kind != Kind::Unnumbered {
                    let _ = writeln!(out, "    <num>{}</num>", esc(&labels[i].to_string()));
                }
                let items: Vec<usize> = (i + 1..text.paragraphs.len())
                    .take_while(|&j| text.paragraphs[j].kind == Kind::Item && p.kind == Kind::Numbered)
                    .collect();
                if items.is_empty() {
                    let _ = writeln!(out, "    <content><p>{}</p></content>", esc(&p.text));
                } else {
                    let _ = writeln!(out, "    <intro><p>{}</p></intro>", esc(&p.text));
                    for &j in &items {
                        let item = &text.paragraphs[j];
                        let _ = writeln!(
                            out,
                            "    <point eId=\"{}\"><num>{}</num><content><p>{}</p></content></point>",
                            ids.id(&RevisionWork::e_id(&item.place)),
                            esc(&labels[j].to_string()),
                            esc(&item.text)
                        );
                    }
                }
                let _ = writeln!(out, "  </paragraph>");
                i += 1 + items.len();
            }
        }
    }
    let _ = writeln!(out, "</mainBody>");
    let _ = writeln!(out, "</doc>");
}

/// A proposal as an Akoma Ntoso `amendment` on the revision `work` names: a heading that
/// refers to its paragraph, the change (words inserted and deleted), the justification.
pub fn proposal_amendment(proposal: &Proposal, text: &Text, work: &RevisionWork<'_>, proposer_name: &str) -> String {
    standalone(|out| write_amendment(out, proposal, text, work, proposer_name, Ids::OWN))
}

fn write_amendment(
    out: &mut String,
    proposal: &Proposal,
    text: &Text,
    work: &RevisionWork<'_>,
    proposer_name: &str,
    ids: Ids<'_>,
) {
    let amendment_work =
        format!("/akn/un/amendment/proposal/{}/{}-rev{}-{}", work.date, work.name, work.number, proposal.id);
    let expression = format!("{amendment_work}/{}@", akn_language(work.lang));
    let target = format!("{}/{}@/!main#{}", work.work(), akn_language(work.lang), RevisionWork::e_id(&proposal.place));
    let label = text.label_of(&proposal.place).map(|l| l.reference()).unwrap_or_default();
    let _ = writeln!(out, "<amendment name=\"{}\">", proposal.change.action());
    let _ = writeln!(out, "<meta>");
    out.push_str(&akn_identification(&Frbr {
        work: &amendment_work,
        expression: &expression,
        date: proposal.filed_at.get(..10).unwrap_or(work.date),
        date_name: "submission",
        author: &format!("#{}", ids.id("proposer")),
        subtype: "proposal",
        number: None,
        name: None,
        lang: akn_language(work.lang),
        generated_on: work.generated_on,
    }));
    let _ = writeln!(out, "  <references source=\"#comity\">");
    let _ = writeln!(
        out,
        "    <TLCOrganization eId=\"{}\" href=\"/ontology/organization/comity\" showAs=\"Comity\"/>",
        ids.id("comity")
    );
    let _ = writeln!(
        out,
        "    <TLCOrganization eId=\"{}\" href=\"/ontology/organization/un/state/{}\" showAs=\"{}\"/>",
        ids.id("proposer"),
        esc(proposal.proposer.name()),
        esc(proposer_name)
    );
    for c in &proposal.co_sponsors {
        let _ = writeln!(
            out,
            "    <TLCOrganization eId=\"{id}\" href=\"/ontology/organization/un/state/{c}\" showAs=\"{c}\"/>",
            id = ids.id(&format!("cosponsor-{c}")),
            c = esc(c)
        );
    }
    let _ = writeln!(out, "  </references>");
    let _ = writeln!(out, "</meta>");
    let _ = writeln!(out, "<amendmentBody>");
    let _ = writeln!(
        out,
        "  <amendmentHeading><p><docProponent refersTo=\"#{}\">{}</docProponent>: <ref href=\"{}\">{}</ref></p></amendmentHeading>",
        ids.id("proposer"),
        esc(proposer_name),
        esc(&target),
        esc(if label.is_empty() { &proposal.place } else { &label })
    );
    let current = text.paragraph(&proposal.place).map(|p| p.text.as_str()).unwrap_or("");
    let body = match &proposal.change {
        Change::Replace { text: new } => comity_documents::word_diff(work.lang, current, new)
            .iter()
            .map(|s| match s.op {
                comity_documents::SegmentOp::Equal => esc(&s.text),
                comity_documents::SegmentOp::Insert => format!("<ins>{}</ins>", esc(&s.text)),
                comity_documents::SegmentOp::Delete => format!("<del>{}</del>", esc(&s.text)),
            })
            .collect::<String>(),
        Change::AddAfter { text: new, .. } => format!("<ins>{}</ins>", esc(new)),
        Change::Delete => format!("<del>{}</del>", esc(current)),
        Change::Move { after } => {
            let to = after.as_deref().map(|a| format!("{}@/!main#{}", work.work(), RevisionWork::e_id(a)));
            match to {
                Some(to) => format!("<ref href=\"{}\">{}</ref>", esc(&to), esc(after.as_deref().unwrap_or(""))),
                None => String::from("<span>first</span>"),
            }
        }
        Change::Comment => String::from("<span/>"),
    };
    let _ = writeln!(out, "  <amendmentContent><p>{body}</p></amendmentContent>");
    if !proposal.justification.trim().is_empty() {
        let _ =
            writeln!(out, "  <amendmentJustification><p>{}</p></amendmentJustification>", esc(&proposal.justification));
    }
    let _ = writeln!(out, "</amendmentBody>");
    let _ = writeln!(out, "</amendment>");
}
