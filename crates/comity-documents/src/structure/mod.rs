//! Turning clean lines into a document: the header before "The General Assembly," (masthead,
//! symbol, session, committee, agenda item, sponsors, title), then the body (preambular and
//! operative paragraphs, nested items, footnotes), with every line accounted for.

use comity_i18n::Lang;
use comity_states::StateRegistry;

mod body;
mod header;
mod items;
mod markers;

use items::{Block, operative_number, section_heading};

use crate::clean::Line;
use crate::lexicon;
use crate::{Document, Kind, OperativeParagraph, ParseError, PreambularParagraph, Sponsor, Unrecognized};

/// Joins wrapped lines: without a space in Chinese, re-joining words hyphenated across lines.
fn join_into(lang: Lang, acc: &mut String, next: &str) {
    if acc.is_empty() {
        acc.push_str(next);
        return;
    }
    // Chinese joins without a space unless Latin letters or digits meet across the break.
    let latin_meets =
        acc.ends_with(|c: char| c.is_ascii_alphanumeric()) && next.starts_with(|c: char| c.is_ascii_alphanumeric());
    let cjk_boundary = lang == Lang::Zh && !latin_meets;
    if cjk_boundary {
        acc.push_str(next);
    } else if acc.ends_with('\u{ad}') {
        // A soft hyphen is a word broken at the line's end.
        acc.pop();
        acc.push_str(next);
    } else if acc.ends_with(['-', '‑']) && next.starts_with(|c: char| c.is_alphanumeric()) {
        // UN texts are not hyphenated: a hyphen ending a line belongs to its compound
        // (nuclear-weapon-free, Secretary-General, thirty-fifth).
        acc.push_str(next);
    } else {
        acc.push(' ');
        acc.push_str(next);
    }
}

/// An amendment has no "The General Assembly,": its instructions begin after the block that
/// follows its sponsors (the title of the draft amended).
fn amendment_body_start(lang: Lang, lines: &[Line]) -> Option<usize> {
    let limit = lines.len().min(80);
    let mut joined = String::new();
    let mut at = None;
    for (i, l) in lines[..limit].iter().enumerate() {
        if l.blank_before || l.furniture {
            joined.clear();
        }
        if l.furniture {
            continue;
        }
        join_into(lang, &mut joined, &l.text.replace('*', ""));
        if lexicon::sponsors_marker(lang, &joined).is_some_and(|m| m.amendment) {
            at = Some(i);
        }
    }
    let sponsors_end = at?;
    // Skip any lines that continue the sponsors block, then the title block.
    let mut i = sponsors_end + 1;
    while i < lines.len() && !lines[i].blank_before {
        i += 1;
    }
    let title_start = i;
    i += 1;
    while i < lines.len() && !lines[i].blank_before {
        i += 1;
    }
    (title_start < lines.len() && i < lines.len()).then_some(i)
}

/// Where the numbered body of a report begins: the first paragraph numbered 1, or the section
/// heading right above it.
fn report_body_start(lang: Lang, lines: &[Line]) -> Option<usize> {
    let first = lines.iter().position(|l| operative_number(&l.text).is_some_and(|(n, _)| n == 1))?;
    let mut start = first;
    while start > 0 && section_heading(lang, &lines[start - 1].text).is_some() {
        start -= 1;
    }
    Some(start)
}

pub(crate) fn build(
    mut lines: Vec<Line>,
    lang: Lang,
    given_symbol: Option<String>,
    states: &StateRegistry,
) -> Result<Document, ParseError> {
    // A resolution or draft opens with "The General Assembly,"; a decision in one sentence
    // runs on after it ("The General Assembly, recalling ..., decides ..."), which becomes a
    // line of its own here.
    let opening = lines.iter().position(|l| !l.furniture && lexicon::assembly_opening(lang, &l.text).is_some());
    if let Some(at) = opening
        && let Some(used) = lexicon::assembly_opening(lang, &lines[at].text)
        && used < lines[at].text.len()
    {
        let rest = lines[at].text[used..].trim().to_string();
        lines[at].text.truncate(used);
        let mut tail = lines[at].clone();
        tail.text = rest;
        tail.also = Vec::new();
        tail.blank_before = false;
        lines.insert(at + 1, tail);
    }
    let lines = lines.as_slice();
    // A report (or a note) has numbered paragraphs under section headings; an amendment, its
    // instructions after the title of the draft it amends. Both have a header like the others'.
    let has_opening = opening.is_some();
    let (opening, body_start, is_report) = match opening {
        Some(opening) => (opening, opening + 1, false),
        None => match amendment_body_start(lang, lines) {
            Some(start) => (start, start, false),
            None => match report_body_start(lang, lines) {
                Some(start) => (start, start, true),
                None => return Err(ParseError::NoStructure { lang }),
            },
        },
    };
    let mut unrecognized = Vec::new();
    let mut roles: Vec<Option<String>> = vec![None; lines.len()];
    if has_opening {
        roles[opening] = Some("opening".into());
    }

    let header::Header {
        symbol,
        session,
        committee,
        agenda_items,
        mut adopted_on,
        issued_on,
        is_resolution,
        content,
        kind,
        sponsors_text,
        submitted_by,
        amends,
        title,
        header_notes,
        mut blocks,
    } = header::read_header(lines, lang, opening, is_report, states, &mut roles);

    // ---- Symbol, kind, session, committee ----
    if let (Some(given), Some(found)) = (&given_symbol, &symbol)
        && given != found
    {
        return Err(ParseError::SymbolMismatch { given: given.clone(), found: found.clone() });
    }
    let symbol = given_symbol.or(symbol);
    if is_report && symbol.is_none() && session.is_none() {
        // Numbered lines without a UN header are not a report of the agenda item.
        return Err(ParseError::NoStructure { lang });
    }
    let kind = if is_report {
        Kind::Report
    } else if is_resolution || symbol.as_deref().is_some_and(|s| s.contains("/RES/")) {
        Kind::Resolution
    } else if let Some(k) = kind {
        k
    } else if symbol.as_deref().is_some_and(|s| s.contains("/L.")) {
        Kind::DraftResolution
    } else {
        Kind::Other
    };
    let session = session.or_else(|| {
        symbol
            .as_deref()
            .and_then(|s| s.split('/').find_map(|p| p.parse::<u32>().ok().filter(|n| (1..=200).contains(n))))
    });
    let committee = match kind {
        Kind::Resolution | Kind::Decision => committee,
        _ => committee.or_else(|| symbol.as_deref().and_then(lexicon::committee_from_symbol)),
    };

    // ---- Sponsors ----
    let sponsors = lexicon::split_sponsors(lang, &sponsors_text)
        .into_iter()
        .flat_map(|part| split_on_conjunction(lang, &part, states))
        .map(|name| {
            let iso3 = states.lookup(&name).map(|s| s.iso3.clone());
            Sponsor { name, iso3 }
        })
        .collect();

    let body::Body { sections, mut footnotes, marker_places, plenary_meeting, annexes } = body::read_body(
        lines,
        lang,
        body::Start {
            opening,
            body_start,
            is_report,
            title: &title,
            agenda_items: &agenda_items,
            content: &content,
            header_notes,
            amends: amends.as_deref(),
        },
        &mut roles,
        &mut blocks,
        &mut adopted_on,
    )?;

    // ---- Paragraphs, verbs, footnote places, citations ----
    let verb_of = |text: &str, bold: &Option<String>, operative: bool| -> (Option<String>, Option<String>) {
        match lexicon::opening_verb(lang, text, operative) {
            Some((verb, key, _)) => {
                // A bold lead in Markdown marks the verb exactly; prefer it when longer.
                let verb = bold
                    .as_ref()
                    .filter(|b| text.starts_with(b.as_str()) && b.len() > verb.len())
                    .cloned()
                    .unwrap_or(verb);
                (Some(verb), Some(key))
            }
            None => (bold.as_ref().filter(|b| text.starts_with(b.as_str())).cloned(), None),
        }
    };
    let mut preamble = Vec::new();
    let mut operative = Vec::new();
    for block in blocks {
        match block {
            Block::Preamble { text, bold } => {
                let text = text.trim().to_string();
                let (verb, verb_key) = verb_of(&text, &bold, false);
                preamble.push(PreambularParagraph { number: preamble.len() as u32 + 1, verb, verb_key, text });
            }
            Block::Operative { number, numbered, text, bold, items } => {
                let text = text.trim().to_string();
                let (verb, verb_key) = verb_of(&text, &bold, true);
                operative.push(OperativeParagraph { number, numbered, verb, verb_key, text, items });
            }
        }
    }
    for f in &mut footnotes {
        f.symbols = crate::symbols::find_document_symbols(&f.text).into_iter().map(|(_, _, s)| s).collect();
        f.attached_to = marker_places.iter().find(|(m, _)| *m == f.marker).map(|(_, p)| p.clone());
    }
    // Any line no rule placed is reported, never dropped.
    let mut placements = Vec::with_capacity(lines.len());
    for (line, role) in lines.iter().zip(roles) {
        let role = role.unwrap_or_else(|| {
            unrecognized.push(Unrecognized { line: line.number, text: line.text.clone() });
            "unrecognized".into()
        });
        for &also in &line.also {
            placements.push(crate::Placement { line: also, role: role.clone() });
        }
        placements.push(crate::Placement { line: line.number, role });
    }

    let mut doc = Document {
        placements,
        symbol,
        kind,
        language: lang,
        session,
        committee: committee.map(str::to_string),
        agenda_items,
        title: (!title.is_empty()).then_some(title),
        adopted_on,
        issued_on,
        plenary_meeting,
        sponsors,
        preamble,
        operative,
        footnotes,
        sections,
        annexes,
        submitted_by,
        amends,
        citations: Vec::new(),
        unrecognized,
    };
    doc.citations = doc.find_citations();
    Ok(doc)
}

/// "Trinidad and Tobago" stays one name; "Chile and Chad" is two: a part is split on a
/// conjunction only where both sides name States.
fn split_on_conjunction(lang: Lang, part: &str, states: &StateRegistry) -> Vec<String> {
    let found = |name: &str| states.lookup(name).is_some();
    if found(part) {
        return vec![part.to_string()];
    }
    for conj in lexicon::conjunctions(lang) {
        for (at, _) in part.match_indices(conj) {
            let (left, right) = (part[..at].trim(), part[at + conj.len()..].trim());
            if !left.is_empty() && !right.is_empty() && found(right) {
                let mut v = split_on_conjunction(lang, left, states);
                if v.iter().all(|n| found(n)) {
                    v.push(right.to_string());
                    return v;
                }
            }
        }
    }
    vec![part.to_string()]
}

#[cfg(test)]
mod tests {
    use super::header::is_masthead;
    use super::items::push_item;
    use super::markers::take_markers;
    use super::*;

    #[test]
    fn markers_are_taken_from_text() {
        assert_eq!(
            take_markers(Lang::En, "2010 年、2013 年和 2015 年的报告，¹", 1, &[]),
            ("2010 年、2013 年和 2015 年的报告，".into(), vec!["1".into()])
        );
        assert_eq!(
            take_markers(Lang::En, "the reports of 2010, 2013 and 2015,1", 1, &[]),
            ("the reports of 2010, 2013 and 2015,".into(), vec!["1".into()])
        );
        assert_eq!(
            take_markers(Lang::En, "adopted by consensus;2", 2, &[]),
            ("adopted by consensus;".into(), vec!["2".into()])
        );
        assert_eq!(take_markers(Lang::En, "document A/C.1/76/L.13 and item 1", 1, &[1]).1, Vec::<String>::new());
        assert_eq!(
            take_markers(Lang::En, "Organized Crime, 2 and the Weapons,3", 2, &[2, 3]).0,
            "Organized Crime, and the Weapons,"
        );
        assert_eq!(
            take_markers(Lang::En, "Human Rights 1  and paragraph 2 of", 1, &[1, 2]).0,
            "Human Rights  and paragraph 2 of"
        );
        assert_eq!(take_markers(Lang::En, "budget for 2024/25;4 and", 4, &[4]).0, "budget for 2024/25; and");
        assert_eq!(take_markers(Lang::En, "54/51 of 1 December 1999", 1, &[1]).1, Vec::<String>::new());
    }

    #[test]
    fn the_older_masthead_is_in_capitals() {
        for m in ["NATIONS UNIES", "UNITED NATIONS", "ASSEMBLÉE GÉNÉRALE", "General Assembly"] {
            assert!(is_masthead(m), "{m}");
        }
        assert!(!is_masthead("UNITED NATIONS CONFERENCE ON TRADE"));
    }

    #[test]
    fn items_nest_by_label() {
        let mut items = Vec::new();
        for l in ["(a)", "(i)", "(ii)", "(b)", "(h)"] {
            push_item(&mut items, l.into(), String::new());
        }
        push_item(&mut items, "(i)".into(), String::new());
        let labels: Vec<String> = items.iter().map(|i| format!("{}{}", i.label, i.items.len())).collect();
        assert_eq!(labels, ["(a)2", "(b)0", "(h)0", "(i)0"]);
    }
}
