//! The header of a document: the lines above "The General Assembly," (or above a report's first
//! numbered paragraph) told apart by what they say: symbol, session, committee, agenda items and
//! their titles, the adoption line, sponsors and the kind of text, the title, notes on the first
//! page. Each line's role is marked for the accounting of every line.

use comity_i18n::Lang;
use comity_states::StateRegistry;

use super::items::Block;
use super::markers::star_note;
use super::{join_into, split_on_conjunction};
use crate::clean::Line;
use crate::lexicon;
use crate::symbols::normalise_symbol;
use crate::{AgendaItem, Kind};

/// What the header says; `content` are the lines no single-line rule placed (the blocks read after).
pub(super) struct Header {
    pub(super) symbol: Option<String>,
    pub(super) session: Option<u32>,
    pub(super) committee: Option<&'static str>,
    pub(super) agenda_items: Vec<AgendaItem>,
    pub(super) adopted_on: Option<String>,
    pub(super) issued_on: Option<String>,
    pub(super) is_resolution: bool,
    pub(super) content: Vec<usize>,
    pub(super) kind: Option<Kind>,
    pub(super) sponsors_text: String,
    pub(super) submitted_by: Option<String>,
    pub(super) amends: Option<String>,
    pub(super) title: String,
    pub(super) header_notes: Vec<(usize, String, String)>,
    pub(super) blocks: Vec<Block>,
}

pub(super) fn read_header(
    lines: &[Line],
    lang: Lang,
    opening: usize,
    is_report: bool,
    states: &StateRegistry,
    roles: &mut [Option<String>],
) -> Header {
    let mut symbol: Option<String> = None;
    let mut session = None;
    let mut committee: Option<&'static str> = None;
    let mut agenda_numbers: Vec<(usize, String)> = Vec::new();
    let mut adopted_on = None;
    let mut issued_on: Option<String> = None;
    let mut is_resolution = false;
    let mut content: Vec<usize> = Vec::new();
    for (i, line) in lines[..opening].iter().enumerate() {
        let t = line.text.as_str();
        let lone_symbol = normalise_symbol(t).filter(|_| !t.contains(' '));
        let role = if let Some(s) = lone_symbol.filter(|s| symbol.as_ref().is_none_or(|own| own == s)) {
            symbol.get_or_insert(s);
            "symbol"
        } else if line.furniture {
            "furniture"
        } else if is_masthead(t) && (line.blank_before || content.last() != Some(&(i.wrapping_sub(1)))) {
            // "General Assembly" ends a wrapped title too ("... to the eighty-first session of
            // the\nGeneral Assembly"): there it is content.
            "masthead"
        } else if is_date_line(lang, t) {
            issued_on.get_or_insert_with(|| lexicon::date_at(lang, t).map(|d| d.0).unwrap_or_default());
            "masthead"
        } else if let Some(n) = lexicon::session(lang, t) {
            session = Some(n);
            "session"
        } else if let Some(n) = lexicon::agenda_item(lang, t.trim_end_matches('*')) {
            agenda_numbers.push((i, n));
            "agenda_item"
        } else if let Some(c) = lexicon::committee(lang, t).filter(|_| t.chars().count() <= 40) {
            committee = Some(c);
            "committee"
        } else {
            content.push(i);
            continue;
        };
        roles[i] = Some(role.into());
    }
    // The rest of the header, in blocks of lines (a blank line or a line placed above ends one):
    // each block is one thing, told by what it says.
    // Text without blank lines (typed, or Markdown written tight) is parted where a line is a
    // thing of its own: the adoption line, "[on the report ...]", "76/19. Title", a line the
    // sponsors end on.
    let opens_unit = |t: &str| {
        lexicon::adopted_on(lang, t).is_some()
            || lexicon::is_adoption_heading(lang, t)
            || t.starts_with(['[', '［'])
            || star_note(t).is_some()
            || crate::symbols::resolution_number(t).is_some_and(|(_, _, used)| t[used..].starts_with('.'))
    };
    let closes_unit = |t: &str| {
        t.ends_with([']', '］'])
            || lexicon::adopted_on(lang, t).is_some()
            || lexicon::sponsors_marker(lang, &t.replace('*', "")).is_some_and(|m| !m.amendment)
    };
    let mut header_blocks: Vec<Vec<usize>> = Vec::new();
    for &i in &content {
        match header_blocks.last_mut() {
            Some(block)
                if !lines[i].blank_before
                    && block.last() == Some(&(i - 1))
                    && !opens_unit(&lines[i].text)
                    && !closes_unit(&lines[i - 1].text) =>
            {
                block.push(i)
            }
            _ => header_blocks.push(vec![i]),
        }
    }
    let mut kind = None;
    let mut sponsors_text = String::new();
    let mut submitted_by = None;
    let mut amends = None;
    let mut title = String::new();
    let mut agenda_titles: Vec<String> = vec![String::new(); agenda_numbers.len()];
    let mut front: Vec<Block> = Vec::new();
    let mut header_notes: Vec<(usize, String, String)> = Vec::new();
    for block in &header_blocks {
        let joined = |range: &[usize]| {
            let mut s = String::new();
            for &i in range {
                join_into(lang, &mut s, &lines[i].text);
            }
            s
        };
        let text = joined(block);
        let mark = |roles: &mut [Option<String>], range: &[usize], role: &str| {
            for &i in range {
                roles[i] = Some(role.to_string());
            }
        };
        // Notes at the foot of the first page: "* Reissued for technical reasons".
        if let Some((marker, note)) = star_note(&text) {
            header_notes.push((block[0], marker, note));
            continue;
        }
        let next_line = lines.get(block[block.len() - 1] + 1).map(|l| l.text.as_str()).unwrap_or("");
        if let Some(d) = lexicon::adopted_on(lang, &text).or_else(|| {
            lexicon::adopted_on(lang, &format!("{text} {next_line}"))
                .filter(|_| lexicon::adopted_on(lang, next_line).is_none())
        }) {
            adopted_on = Some(d);
            is_resolution = true;
            mark(roles, block, "adopted");
            continue;
        }
        if lexicon::is_adoption_heading(lang, &text) {
            // "Resolution adopted by the General Assembly" without its date (the older layout
            // gives it in the closing lines).
            is_resolution = true;
            mark(roles, block, "adopted");
            continue;
        }
        if let Some(c) = lexicon::report_of(lang, &text) {
            committee = c;
            is_resolution = true;
            mark(roles, block, "adopted");
            continue;
        }
        // Sponsors end with the kind of text (": draft resolution"), or name what they amend.
        let starred: String = text.replace('*', "");
        if let Some(found) = lexicon::sponsors_marker(lang, &starred) {
            let (cut, k) = (found.cut, found.kind);
            // The block may open with the agenda item's title when no blank line parts them.
            let mut start = 0;
            if follows_agenda(lines, &agenda_numbers, block[0]) {
                let end_line = block.len() - 1;
                start = end_line;
                while start > 0 {
                    let above = &lines[block[start - 1]].text;
                    let here = &lines[block[start]].text;
                    let continues = above.ends_with([',', '、', '，', '،'])
                        || above.ends_with(" and")
                        || above.ends_with(" et")
                        || above.ends_with(" y")
                        || above.ends_with(" и")
                        || here.starts_with(|c: char| c.is_lowercase());
                    if !(continues || names_states(lang, above, states)) {
                        break;
                    }
                    start -= 1;
                }
                if start > 0 {
                    let k = agenda_numbers.iter().position(|(a, _)| *a + 1 == block[0]).unwrap_or(0);
                    agenda_titles[k] = joined(&block[..start]);
                    mark(roles, &block[..start], "agenda_title");
                }
            }
            let sponsor_lines = joined(&block[start..]).replace('*', "");
            let cut = cut.saturating_sub(starred.len() - sponsor_lines.len()).min(sponsor_lines.len());
            sponsors_text = sponsor_lines[..cut].trim().to_string();
            kind = Some(k);
            let after = starred[found.end..].trim();
            if found.amendment {
                // "amendment to draft resolution A/80/L.18": the draft amended.
                amends = crate::symbols::find_document_symbols(after)
                    .into_iter()
                    .next()
                    .map(|(_, _, s)| s)
                    .or_else(|| (!after.is_empty()).then(|| after.to_string()));
            } else if !after.is_empty() && title.is_empty() {
                title = after.to_string();
            }
            mark(roles, &block[start..], "sponsors");
            continue;
        }
        if let Some(k) = lexicon::submitted_by(lang, &starred) {
            kind = Some(k);
            submitted_by = Some(starred.trim().to_string());
            mark(roles, block, "sponsors");
            continue;
        }
        if let Some(k) = agenda_numbers.iter().position(|(a, _)| *a + 1 == block[0])
            && agenda_titles[k].is_empty()
        {
            agenda_titles[k] = text;
            mark(roles, block, "agenda_title");
            continue;
        }
        if title.is_empty() {
            title = text;
            mark(roles, block, "title");
            continue;
        }
        if is_report {
            // After a report's title, its unnumbered front paragraphs (a note of transmittal).
            front.push(Block::Preamble { text, bold: None });
            mark(roles, block, &format!("preamble {}", front.len()));
        }
        // Anything else stays unplaced and is reported.
    }
    let agenda_items: Vec<AgendaItem> = agenda_numbers
        .iter()
        .zip(agenda_titles)
        .map(|((_, number), title)| AgendaItem { number: number.clone(), title: (!title.is_empty()).then_some(title) })
        .collect();
    let blocks: Vec<Block> = front;
    // "76/19. Title" in resolutions: the resolution's own number, not a citation.
    if let Some((number, _, used)) = crate::symbols::resolution_number(&title)
        && (title[used..].starts_with(". ") || title[used..].starts_with('.'))
    {
        title = title[used..].trim_start_matches('.').trim().to_string();
        is_resolution = true;
        symbol.get_or_insert(format!("A/RES/{number}"));
    }
    let title = title.replace('*', "").trim().to_string();
    Header {
        symbol,
        session,
        committee,
        agenda_items,
        adopted_on,
        issued_on,
        is_resolution,
        content,
        kind,
        sponsors_text,
        submitted_by,
        amends,
        title,
        header_notes,
        blocks,
    }
}

pub(super) fn is_masthead(text: &str) -> bool {
    const FIXED: [&str; 18] = [
        "United Nations",
        "General Assembly",
        "Nations Unies",
        "Assemblée générale",
        "Naciones Unidas",
        "Asamblea General",
        "Организация Объединенных Наций",
        "Организация Объединённых Наций",
        "Генеральная Ассамблея",
        "الأمم المتحدة",
        "الجمعية العامة",
        "联合国",
        "大会",
        "Distr.: General",
        "Distr.: Limited",
        "Distr. générale",
        "Distr. limitée",
        "Distr. general",
    ];
    let t = text.trim();
    // The older layout sets the masthead in capitals: NATIONS UNIES, UNITED NATIONS.
    FIXED.iter().any(|f| f.eq_ignore_ascii_case(t) || f.to_uppercase() == t)
        || t.starts_with("Distr.")
        || t.starts_with("Distr ")
        || t.starts_with("Original:")
        || t.starts_with("Original :")
        || t.starts_with("Originale")
        || t.starts_with("Original ")
        || t.starts_with("Orig.")
        || t.starts_with("Язык оригинала")
        || t.starts_with("Оригинал")
        || t.starts_with("الأصل:")
        || t.starts_with("原文：")
        || t.starts_with("原件：")
        || t.starts_with("General Assembly Official Records")
        // The language of a translation, under the date in the masthead.
        || ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"].contains(&t)
}

/// A date standing alone on a line (the masthead's date, the date after the plenary meeting).
pub(super) fn is_date_line(lang: Lang, text: &str) -> bool {
    lexicon::date_at(lang, text).is_some_and(|(_, used)| text[used..].trim().is_empty())
}

/// Whether a header line comes right after an agenda item line.
fn follows_agenda(lines: &[Line], agenda: &[(usize, String)], at: usize) -> bool {
    !lines[at].blank_before && agenda.iter().any(|(a, _)| *a + 1 == at)
}

/// Whether a line is (part of) a list of States: most of its comma-separated parts name one.
fn names_states(lang: Lang, line: &str, states: &StateRegistry) -> bool {
    let parts = lexicon::split_sponsors(lang, line);
    let named = parts
        .iter()
        .filter(|p| split_on_conjunction(lang, p, states).iter().all(|n| states.lookup(n).is_some()))
        .count();
    parts.len() >= 2 && named * 2 >= parts.len()
}
