//! Times the Chair's heavy steps on a text of the size negotiations reach: a compilation of
//! 1,000 proposals (with 3,000 positions) on a 120-paragraph text as HTML, as Word with
//! tracked changes and as Akoma Ntoso (the revision and every proposal as an amendment), and
//! the next revision built from 1,000 decisions and compared with the one before.
//!
//!     cargo run --release -p comity-negotiation --example negotiation-bench [RUNS]
//!
//! Prints the median and the slowest of RUNS runs (default 20) of each step.

use std::time::{Duration, Instant};

use comity_docx::tracked::Author;
use comity_i18n::Lang;
use comity_negotiation::akn::{RevisionWork, compilation_collection};
use comity_negotiation::comparison::{self, ComparisonWords};
use comity_negotiation::compilation::{Filter, Words, compile, to_docx, to_html};
use comity_negotiation::proposal::{Change, Position, Proposal, Proposer, Stance};
use comity_negotiation::revise::{Decision, Outcome, compare, next_revision};
use comity_negotiation::text::{Kind, Text};

const STATES: [&str; 12] = ["FRA", "CHN", "KEN", "MEX", "BRA", "IND", "RUS", "USA", "EGY", "JPN", "ZAF", "DEU"];

fn zero_draft() -> Text {
    let mut md = String::from("# Draft annual progress report\n\n");
    for n in 0..120 {
        if n % 20 == 0 {
            md.push_str(&format!("II. Section {n}\n\n"));
        }
        md.push_str(&format!(
            "{}. States recalled that the framework of responsible State behaviour in the use of ICTs, paragraph {n}, \
             rests on international law, the voluntary norms, confidence-building measures and capacity-building, and \
             that its implementation is a shared undertaking of all Member States.\n\n",
            n + 1
        ));
    }
    Text::parse_draft(&md).unwrap()
}

fn proposals(text: &Text) -> Vec<Proposal> {
    let numbered: Vec<&str> =
        text.paragraphs.iter().filter(|p| p.kind == Kind::Numbered).map(|p| p.place.as_str()).collect();
    (0..1000)
        .map(|n| {
            let place = numbered[n % numbered.len()];
            let current = &text.paragraph(place).unwrap().text;
            let change = match n % 10 {
                0..=5 => Change::Replace { text: current.replace("shared undertaking", &format!("common task {n}")) },
                6 | 7 => Change::AddAfter { kind: Kind::Numbered, text: format!("States welcomed proposal {n}.") },
                8 => Change::Delete,
                _ => Change::Move { after: Some(numbered[(n + 7) % numbered.len()].to_string()) },
            };
            Proposal {
                id: format!("prop-{n}"),
                revision: 0,
                place: place.to_string(),
                change,
                justification: format!("For clarity ({n})."),
                proposer: Proposer::State { state: STATES[n % STATES.len()].into() },
                co_sponsors: vec![STATES[(n + 1) % STATES.len()].into()],
                filed_at: "2026-03-14T12:00:00Z".into(),
                late: n % 50 == 0,
                withdrawn: false,
            }
        })
        .collect()
}

fn positions(proposals: &[Proposal]) -> Vec<Position> {
    proposals
        .iter()
        .enumerate()
        .flat_map(|(n, p)| {
            (2..5).map(move |k| Position {
                proposal: p.id.clone(),
                state: STATES[(n + k) % STATES.len()].into(),
                stance: Stance::ALL[(n + k) % 4],
                statement: None,
            })
        })
        .collect()
}

/// One decision a proposal: the first rewording of each paragraph accepted, the others set
/// aside; additions accepted; deletions and moves set aside.
fn decisions(proposals: &[Proposal]) -> Vec<Decision> {
    let mut reworded = std::collections::HashSet::new();
    proposals
        .iter()
        .filter(|p| p.change.changes_text())
        .map(|p| {
            let outcome = match &p.change {
                Change::Replace { .. } if reworded.insert(p.place.clone()) => Outcome::Accept,
                Change::AddAfter { .. } => Outcome::Accept,
                _ => Outcome::SetAside,
            };
            Decision { proposal: p.id.clone(), outcome, reason: "Chair's judgement.".into() }
        })
        .collect()
}

fn words() -> Words {
    Words {
        title: "Compilation of proposals on the zero draft".into(),
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

fn time(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, Duration, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut size = 0;
    for _ in 0..runs {
        let started = Instant::now();
        size = std::hint::black_box(f());
        times.push(started.elapsed());
    }
    times.sort();
    (times[runs / 2], times[runs - 1], size)
}

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20).max(1);
    let text = zero_draft();
    let proposals = proposals(&text);
    let positions = positions(&proposals);
    let decisions = decisions(&proposals);
    let name = |code: &str| code.to_string();
    let words = words();
    let work = RevisionWork {
        name: "gm-2026-apr",
        number: 0,
        title: "Draft annual progress report",
        date: "2026-03-01",
        lang: Lang::En,
        generated_on: "2026-03-02",
    };
    println!(
        "{} paragraphs, {} proposals, {} positions, {} decisions; {runs} runs each (median / slowest)",
        text.paragraphs.len(),
        proposals.len(),
        positions.len(),
        decisions.len()
    );
    let report = |what: &str, (median, slowest, size): (Duration, Duration, usize)| {
        println!(
            "{what:<58} {:>8.1} ms {:>8.1} ms  ({size} bytes)",
            median.as_secs_f64() * 1e3,
            slowest.as_secs_f64() * 1e3
        )
    };
    report(
        "compilation as HTML",
        time(runs, || {
            let c = compile(Lang::En, &text, &proposals, &positions, &Filter::default());
            to_html(&c, &text, Lang::En, &words, &name).len()
        }),
    );
    report(
        "compilation as Word with tracked changes",
        time(runs, || {
            let c = compile(Lang::En, &text, &proposals, &positions, &Filter::default());
            to_docx(&c, &text, Lang::En, &words, &name).len()
        }),
    );
    report(
        "compilation as Akoma Ntoso (one collection: revision + 1,000 amendments)",
        time(runs, || {
            let c = compile(Lang::En, &text, &proposals, &positions, &Filter::default());
            let shown = c.entries.iter().flat_map(|e| e.proposals.iter().map(|p| p.proposal));
            compilation_collection(&text, &work, shown, |code| code.to_string()).len()
        }),
    );
    report(
        "all three",
        time(runs, || {
            let c = compile(Lang::En, &text, &proposals, &positions, &Filter::default());
            let mut size = to_html(&c, &text, Lang::En, &words, &name).len();
            size += to_docx(&c, &text, Lang::En, &words, &name).len();
            let shown = c.entries.iter().flat_map(|e| e.proposals.iter().map(|p| p.proposal));
            size + compilation_collection(&text, &work, shown, |code| code.to_string()).len()
        }),
    );
    report(
        "Rev.1 from the decisions, compared with the zero draft",
        time(runs, || {
            let next = next_revision(&text, &proposals, &decisions).unwrap();
            compare(Lang::En, &text, &next).len()
        }),
    );
    let next = next_revision(&text, &proposals, &decisions).unwrap();
    let comparison_words = ComparisonWords {
        title: "Rev.1 compared with the zero draft".into(),
        moved_from: "Moved from paragraph {place}".into(),
    };
    let author = Author { name: "Rev.1".into(), date: "2026-03-20T12:00:00Z".into() };
    report(
        "Rev.1 against the zero draft as Word with tracked changes",
        time(runs, || {
            let changes = compare(Lang::En, &text, &next);
            comparison::to_docx(Lang::En, &text, &next, &changes, &comparison_words, &author).len()
        }),
    );
}
