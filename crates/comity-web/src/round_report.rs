//! A communication check's report for the directory manager to present: the round, its
//! response rate and times overall and by category, each State's answers, in one language,
//! as Markdown (the source), a web page of its own, or a Word file.

use comity_contacts::checks::{Answer, Summary, round_summary};
use comity_i18n::Lang;
use comity_store::{CheckRound, CheckTarget};

use crate::Catalog;

/// Markdown table cells hold no pipes or line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "/").replace(['\n', '\r'], " ")
}

/// The report's Markdown, in `lang`.
pub fn round_report_markdown(catalog: &Catalog, lang: Lang, round: &CheckRound, targets: &[CheckTarget]) -> String {
    let m = &catalog.messages;
    let t = |id: &str| m.get(lang, id);
    let duration = |seconds: Option<f64>| seconds.map(|s| m.duration(lang, s)).unwrap_or_else(|| "—".into());
    let when = |iso: &str| comity_i18n::format::date_time(lang, iso);
    let answers: Vec<Answer> =
        targets.iter().map(|t| Answer { state: t.state.clone(), category: t.category, seconds: t.seconds }).collect();
    let summary = round_summary(&answers);
    let mut out = format!("# {}\n\n", cell(&round.title));
    out.push_str(&format!(
        "{}: {}. {}: {}.\n\n",
        t("checks-started-at"),
        when(&round.started_at),
        t("checks-deadline"),
        when(&round.deadline)
    ));
    out.push_str(&format!("## {}\n\n", t("checks-summary")));
    out.push_str(&format!(
        "| | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|\n",
        t("checks-asked"),
        t("checks-acknowledged"),
        t("checks-rate"),
        t("checks-median-minutes"),
        t("checks-p90-minutes")
    ));
    let row = |label: String, s: &Summary| {
        format!(
            "| {label} | {} | {} | {:.0} % | {} | {} |\n",
            s.asked,
            s.acknowledged,
            s.rate * 100.0,
            duration(s.median_seconds),
            duration(s.p90_seconds)
        )
    };
    out.push_str(&row(t("checks-overall"), &summary.overall));
    out.push_str(&row(t("contacts-category-diplomatic"), &summary.diplomatic));
    out.push_str(&row(t("contacts-category-technical"), &summary.technical));
    for (region, s) in &summary.regions {
        out.push_str(&row(t(&format!("region-{region}")), s));
    }
    out.push_str(&format!("\n## {}\n\n", t("checks-by-contact")));
    out.push_str(&format!(
        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
        t("contacts-state"),
        t("contacts-name"),
        t("contacts-category"),
        t("checks-answer")
    ));
    // In the UN's order of the report's language.
    for state in catalog.states.un_order() {
        for target in targets.iter().filter(|x| x.state == state.iso3) {
            let answer = match (target.seconds, target.bounced) {
                (Some(s), _) => duration(Some(s)),
                (None, true) => t("checks-bounced"),
                (None, false) => t("checks-no-answer"),
            };
            out.push_str(&format!(
                "| {} | {} | {} | {answer} |\n",
                cell(state.short_name(lang)),
                cell(&target.name),
                t(&format!("contacts-category-{}", target.category.as_str()))
            ));
        }
    }
    out
}

/// The report as a web page of its own.
pub fn round_report_html(lang: Lang, title: &str, markdown: &str) -> String {
    comity_reporting::report::standalone_html(lang, title, markdown)
}

/// The report as a Word file.
pub fn round_report_docx(lang: Lang, title: &str, markdown: &str) -> Vec<u8> {
    comity_docx::write(
        &comity_docx::from_markdown(markdown),
        &comity_docx::Properties {
            title: title.to_string(),
            language: comity_reporting::report::word_language(lang).to_string(),
        },
    )
}
