//! How long compiling the Secretary-General's report takes: 193 published replies of about
//! five pages each, in the six languages, as Markdown, HTML, Akoma Ntoso and Word (DOCX).
//!
//!     cargo run --release -p comity-reporting --example report-compile

use std::time::Instant;

use comity_i18n::{Lang, Messages};
use comity_reporting::report::{ReportHeader, ReportReply, akoma_ntoso, docx, html, markdown};
use comity_reporting::{Cycle, NewCycle, Question};

fn main() {
    let messages = Messages::load().unwrap();
    let cycle = Cycle {
        id: "77-76-19".into(),
        status: "closed".into(),
        details: NewCycle {
            resolution: "A/RES/76/19".into(),
            session: 77,
            questions: vec![
                Question { label: "(a)".into(), texts: [("en".into(), "National efforts".into())].into() },
                Question { label: "(b)".into(), texts: [("en".into(), "The content of the concepts".into())].into() },
            ],
            note_verbale: "ODA/2022-00047/ICT".into(),
            note_verbale_date: "2022-02-15".into(),
            deadline: "2022-05-20".into(),
        },
    };
    // About five pages: 60 numbered paragraphs of ~250 characters, a list and a table.
    let paragraph = "The Government continues to strengthen the security of information and communications technologies through national legislation, a computer emergency response team that works with its regional counterparts, and programmes that build the capacity of public institutions.";
    let mut text = String::new();
    for n in 1..=60 {
        text.push_str(&format!("{n}. {paragraph}\n\n"));
    }
    text.push_str("- Measure one\n- Measure two\n\n| Norm | Measures |\n|---|---|\n| (a) | Cooperation |\n| (g) | Protection of critical infrastructure |\n");
    let replies: Vec<ReportReply> = (0..193)
        .map(|i| ReportReply {
            state: format!("S{i:02}"),
            late: false,
            state_name: format!("State {i:03}"),
            original_lang: Lang::ALL[i % 6],
            shown_lang: Lang::ALL[i % 6],
            translation_pending: false,
            raw: Default::default(),
            date: "2022-05-10".into(),
            answers: vec![("(a)".into(), text.clone()), ("(b)".into(), text.clone())],
        })
        .collect();
    let header = ReportHeader {
        symbol: Some("A/77/92".into()),
        date: "2022-07-01".into(),
        agenda_item: Some("94".into()),
        item_title: Some("Developments in the field of information and telecommunications".into()),
        resolution_title: Some("Developments in the field of information and telecommunications".into()),
        resolution_date: Some("2021-12-06".into()),
        addendum: 0,
    };
    let started = Instant::now();
    let mut bytes = 0;
    for lang in Lang::ALL {
        bytes += markdown(&cycle, &header, &replies, &messages, lang).len();
        bytes += html(&cycle, &header, &replies, &messages, lang).len();
        bytes += akoma_ntoso(&cycle, &header, &replies, &messages, lang).len();
        bytes += docx(&cycle, &header, &replies, &messages, lang).len();
    }
    let elapsed = started.elapsed();
    println!(
        "193 replies x 2 answers (~{} KB each), 6 languages x (Markdown + HTML + Akoma Ntoso + DOCX): {:.0} MB written in {:.2} s",
        text.len() * 2 / 1000,
        bytes as f64 / 1e6,
        elapsed.as_secs_f64()
    );
}
