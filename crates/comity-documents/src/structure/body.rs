//! The body of a document, line by line after the opening (or a report's first numbered
//! paragraph): preambular and operative paragraphs with their items, section headings, footnotes
//! under the pages' rules and their markers in the text, running titles and page furniture, the
//! closing plenary line and annexes; then, where nothing is numbered, the unnumbered operative part.

use comity_i18n::Lang;

use super::header::is_date_line;
use super::items::{
    Block, ends_paragraph, item_label, item_place, last_item_text, last_item_text_ref, operative_number, push_item,
    section_heading,
};
use super::join_into;
use super::markers::{star_markers, star_note, superscript_digit, take_markers};
use crate::clean::Line;
use crate::lexicon;
use crate::{AgendaItem, Annex, Footnote, ParseError, Section};

/// What the body holds besides its paragraphs (which go into `blocks`).
pub(super) struct Body {
    pub(super) sections: Vec<Section>,
    pub(super) footnotes: Vec<Footnote>,
    pub(super) marker_places: Vec<(String, String)>,
    pub(super) plenary_meeting: Option<u32>,
    pub(super) annexes: Vec<Annex>,
}

/// Where the body starts and what the header found that the body needs.
pub(super) struct Start<'a> {
    pub(super) opening: usize,
    pub(super) body_start: usize,
    pub(super) is_report: bool,
    pub(super) title: &'a str,
    pub(super) agenda_items: &'a [AgendaItem],
    pub(super) content: &'a [usize],
    pub(super) header_notes: Vec<(usize, String, String)>,
    pub(super) amends: Option<&'a str>,
}

pub(super) fn read_body(
    lines: &[Line],
    lang: Lang,
    start: Start<'_>,
    roles: &mut [Option<String>],
    blocks: &mut Vec<Block>,
    adopted_on: &mut Option<String>,
) -> Result<Body, ParseError> {
    let Start { opening, body_start, is_report, title, agenda_items, content, header_notes, amends } = start;
    let mut sections: Vec<Section> = Vec::new();
    let mut footnotes: Vec<Footnote> = Vec::new();
    let mut marker_places: Vec<(String, String)> = Vec::new();
    for (at, marker, text) in header_notes {
        footnotes.push(Footnote { marker: marker.clone(), text, symbols: Vec::new(), attached_to: None });
        roles[at] = Some(format!("footnote {}", footnotes.len()));
        for i in at + 1..lines.len() {
            if lines[i].blank_before || roles[i].is_some() || !content.contains(&i) {
                break;
            }
            roles[i] = Some(format!("footnote {}", footnotes.len()));
        }
        // A star note's marker stands in the header (the symbol, the sponsors, the title).
        marker_places.push((marker, "header".into()));
    }
    // The numbers of the footnotes under the pages' rules, to find their markers in the text.
    let notes: Vec<u32> = lines[body_start..]
        .iter()
        .filter(|l| l.footnote_zone)
        .filter_map(|l| {
            let digits = l.text.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0 && digits <= 3 && l.text[digits..].starts_with([' ', '/']))
                .then(|| l.text[..digits].parse().ok())?
        })
        .collect();
    // Star markers in the header stand on the symbol (reissued), the agenda item, the sponsors
    // (on behalf of a group) or the title.
    for (i, line) in lines[..opening].iter().enumerate() {
        let Some(role) = roles[i].clone() else { continue };
        if role.starts_with("footnote") {
            continue;
        }
        for marker in star_markers(&line.text) {
            marker_places.push((marker, role.clone()));
        }
    }
    let has_zones = lines.iter().any(|l| l.footnote_zone);
    let mut in_footnote = false;
    let mut next_marker = 1u32;
    let mut plenary_meeting = None;
    let mut finished = false;
    let mut last_operative = 0u32;
    let mut annexes: Vec<Annex> = Vec::new();
    // The running title of each page, as the document's title or its agenda item's.
    let squash = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    let known_titles: Vec<String> = std::iter::once(title)
        .chain(agenda_items.iter().filter_map(|a| a.title.as_deref()))
        .map(squash)
        .filter(|t| t.chars().count() >= 8)
        .collect();
    let is_running_title = |line: &Line| {
        line.by_furniture && {
            let s = squash(&line.text);
            s.chars().count() >= 4 && known_titles.iter().any(|t| t.contains(&s))
        }
    };
    for (index, line) in lines.iter().enumerate().skip(body_start) {
        let t = line.text.as_str();
        if line.furniture || (!line.footnote_zone && is_running_title(line)) {
            in_footnote = false;
            roles[index] = Some("furniture".into());
            continue;
        }
        if !line.footnote_zone
            && let Some(n) = lexicon::plenary_meeting(lang, t)
        {
            plenary_meeting = Some(n);
            finished = true;
            in_footnote = false;
            roles[index] = Some("plenary".into());
            continue;
        }
        if finished && annexes.is_empty() && is_date_line(lang, t) {
            if adopted_on.is_none() {
                *adopted_on = lexicon::date_at(lang, t).map(|d| d.0);
            }
            roles[index] = Some("plenary".into());
            continue;
        }
        // Footnote text: "¹ A/65/201"; in PDF text "1 A/65/201" under the page's rule, or for a
        // marker already seen; "1/ A/65/201" in older documents; "* Reissued ...".
        let sup: String =
            t.chars().take_while(|c| superscript_digit(*c).is_some()).filter_map(superscript_digit).collect();
        let plain_digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let after_digits = &t[plain_digits..];
        let old_style = after_digits.starts_with("/ ");
        let plain = (plain_digits > 0
            && plain_digits <= 3
            && (after_digits.starts_with(' ') || old_style)
            && !after_digits.starts_with(" -"))
        .then(|| t[..plain_digits].to_string())
        .filter(|m| {
            let seen = marker_places.iter().any(|(k, _)| k == m);
            // Where the pages have rules, footnotes are under them (a table cell "1 October"
            // elsewhere is not one).
            let placed = if has_zones { line.footnote_zone } else { seen };
            // Under a rule, a number that does not follow the footnote above ("7 December
            // 2015" wrapped) goes on with that footnote.
            let in_sequence = !(line.footnote_zone && in_footnote)
                || footnotes
                    .last()
                    .and_then(|f| f.marker.parse::<u32>().ok())
                    .is_none_or(|last| m.parse() == Ok(last + 1));
            (placed || old_style) && in_sequence && !footnotes.iter().any(|f| &f.marker == m)
        });
        // Star notes ("* Any changes to the list of sponsors ...") stand at a page's foot,
        // with or without a rule above them.
        let star = star_note(t).filter(|_| line.footnote_zone || line.blank_before || in_footnote).map(|(m, _)| m);
        let footnote_marker = if !sup.is_empty() { Some(sup) } else { plain.or(star) };
        if let Some(marker) = footnote_marker {
            let prefix_len = t
                .char_indices()
                .find(|(_, c)| !(c.is_ascii_digit() || superscript_digit(*c).is_some() || *c == '*'))
                .map(|(i, _)| i)
                .unwrap_or(t.len());
            let text = t[prefix_len..].trim_start_matches('/').trim().to_string();
            footnotes.push(Footnote { marker, text, symbols: Vec::new(), attached_to: None });
            in_footnote = true;
            roles[index] = Some(format!("footnote {}", footnotes.len()));
            continue;
        }
        // The next paragraph number; a number a little further on is taken too when the
        // paragraph above is complete (a paragraph lost in the text is then seen as a gap).
        let new_operative = operative_number(t).filter(|(n, used)| {
            *n == last_operative + 1
                || (last_operative > 0
                    && *n > last_operative + 1
                    && *n <= last_operative + 3
                    && t[*used..].starts_with(char::is_uppercase)
                    && matches!(blocks.last(), Some(Block::Operative { text, items, .. })
                        if ends_paragraph(last_item_text_ref(items).unwrap_or(text))))
        });
        if is_report
            && new_operative.is_none()
            && let Some((number, label, title)) = section_heading(lang, t)
        {
            // Lettered subsections belong to the section above them.
            let number = match sections.iter().rev().find(|s| !s.number.contains('.')) {
                Some(parent) if number.len() == 1 && number != "I" && number != "V" && number != "X" => {
                    format!("{}.{number}", parent.number)
                }
                _ => number,
            };
            roles[index] = Some(format!("section {number}"));
            sections.push(Section { number, label, title, first_paragraph: last_operative + 1 });
            in_footnote = false;
            continue;
        }
        // Under the page's rule, a footnote runs on over blank lines and labels, up to the page's
        // end (or, in text without pages, the next numbered paragraph).
        let zone_goes_on = line.footnote_zone && new_operative.is_none();
        if in_footnote
            && (zone_goes_on || (!line.blank_before && new_operative.is_none() && item_label(lang, t).is_none()))
        {
            if let Some(f) = footnotes.last_mut() {
                join_into(lang, &mut f.text, t);
            }
            roles[index] = Some(format!("footnote {}", footnotes.len()));
            continue;
        }
        in_footnote = false;
        // An annex heading after the operative part closes it (drafts and notes have no
        // plenary line before their annexes).
        if !finished && last_operative > 0 && !line.footnote_zone && lexicon::annex_heading(lang, t) {
            finished = true;
        }
        if finished {
            // After the closing lines: annexes, each a heading ("Annex", "Annex II") and its
            // paragraphs as the text gives them.
            if lexicon::annex_heading(lang, t) {
                annexes.push(Annex { label: t.to_string(), title: None, paragraphs: Vec::new() });
                roles[index] = Some(format!("annex {}", annexes.len()));
                continue;
            }
            let n = annexes.len();
            let (clean, markers) = take_markers(lang, t, next_marker, &notes);
            if n > 0 {
                for m in markers {
                    if let Ok(k) = m.parse::<u32>() {
                        next_marker = next_marker.max(k + 1);
                    }
                    marker_places.push((m, format!("annex {n}")));
                }
            }
            let t = clean.as_str();
            if let Some(annex) = annexes.last_mut() {
                if annex.title.is_none() && annex.paragraphs.is_empty() {
                    annex.title = Some(t.to_string());
                } else if annex.paragraphs.is_empty() || (line.blank_before && !line.page_break_before) {
                    if annex.title.is_some() && annex.paragraphs.is_empty() && !line.blank_before {
                        let title = annex.title.get_or_insert_with(String::new);
                        join_into(lang, title, t);
                    } else {
                        annex.paragraphs.push(t.to_string());
                    }
                } else if let Some(last) = annex.paragraphs.last_mut() {
                    join_into(lang, last, t);
                }
                roles[index] = Some(format!("annex {n}"));
            }
            continue;
        }
        let place_of = |blocks: &Vec<Block>| -> String {
            // Preambular blocks all come before the first operative one, so while the last block
            // is preambular, the number of blocks is its paragraph number.
            let preamble_count = blocks.len();
            match blocks.last() {
                Some(Block::Operative { number, items, .. }) if !items.is_empty() => {
                    format!("operative {number} {}", item_place(items))
                }
                Some(Block::Operative { number, .. }) => format!("operative {number}"),
                _ => format!("preamble {preamble_count}"),
            }
        };
        let mut add_markers = |text: &str, blocks: &Vec<Block>, next_marker: &mut u32| -> String {
            for marker in star_markers(text) {
                marker_places.push((marker, place_of(blocks)));
            }
            let (clean, markers) = take_markers(lang, text, *next_marker, &notes);
            for m in markers {
                if let Ok(n) = m.parse::<u32>() {
                    *next_marker = (*next_marker).max(n + 1);
                }
                marker_places.push((m, place_of(blocks)));
            }
            clean
        };
        if let Some((number, used)) = new_operative {
            last_operative = number;
            blocks.push(Block::Operative {
                number,
                numbered: true,
                text: String::new(),
                bold: line.bold_lead.clone(),
                items: Vec::new(),
            });
            let clean = add_markers(&t[used..], blocks, &mut next_marker);
            if let Some(Block::Operative { text, .. }) = blocks.last_mut() {
                *text = clean;
            }
            roles[index] = Some(place_of(blocks));
            continue;
        }
        if let Some((label, used)) = item_label(lang, t) {
            // Items before any numbered paragraph: the lettered operative part of a decision,
            // under its "Decides:" or under the last recital's colon.
            if last_operative == 0 && !matches!(blocks.last(), Some(Block::Operative { .. })) {
                let chapeau = match blocks.last() {
                    Some(Block::Preamble { text, .. })
                        if lexicon::opening_verb(lang, text, true).is_some()
                            && lexicon::opening_verb(lang, text, false).is_none() =>
                    {
                        blocks.pop()
                    }
                    _ => None,
                };
                let (text, bold) = match chapeau {
                    Some(Block::Preamble { text, bold }) => (text, bold),
                    _ => (String::new(), None),
                };
                last_operative = 1;
                blocks.push(Block::Operative { number: 1, numbered: false, text, bold, items: Vec::new() });
            }
            if let Some(Block::Operative { items, .. }) = blocks.last_mut() {
                push_item(items, label, String::new());
                let clean = add_markers(t[used..].trim(), blocks, &mut next_marker);
                if let Some(Block::Operative { items, .. }) = blocks.last_mut()
                    && let Some(text) = last_item_text(items)
                {
                    *text = clean;
                }
                roles[index] = Some(place_of(blocks));
                continue;
            }
        }
        // A page's end is not a paragraph's: across it, a paragraph goes on unless the one
        // above was complete and this line opens a new one.
        let opens_new = |prev: &str| {
            ends_paragraph(prev)
                && (lexicon::opening_verb(lang, t, false).is_some()
                    || lexicon::opening_verb(lang, t, true).is_some()
                    || t.starts_with(|c: char| c.is_uppercase()))
        };
        let continues = match blocks.last() {
            None => false,
            Some(Block::Preamble { text, .. }) if line.page_break_before => !opens_new(text),
            Some(Block::Preamble { text, .. }) => {
                let starts_new = ends_paragraph(text) && lexicon::opening_verb(lang, t, false).is_some();
                !(line.blank_before || starts_new)
            }
            Some(Block::Operative { .. }) => true,
        };
        if continues {
            let clean = add_markers(t, blocks, &mut next_marker);
            match blocks.last_mut() {
                Some(Block::Preamble { text, .. }) => join_into(lang, text, &clean),
                Some(Block::Operative { text, items, .. }) => match last_item_text(items) {
                    Some(item) => join_into(lang, item, &clean),
                    None => join_into(lang, text, &clean),
                },
                None => {}
            }
        } else {
            blocks.push(Block::Preamble { text: String::new(), bold: line.bold_lead.clone() });
            let clean = add_markers(t, blocks, &mut next_marker);
            if let Some(Block::Preamble { text, .. }) = blocks.last_mut() {
                *text = clean;
            }
        }
        roles[index] = Some(place_of(blocks));
    }
    if blocks.is_empty() {
        return Err(ParseError::NoStructure { lang });
    }
    // Without numbered paragraphs, the operative part is unnumbered: the closing paragraphs
    // that open with an operative verb ("Approves the report ..."), or, in a decision of one
    // sentence ("The General Assembly, recalling ..., decides ..."), that sentence.
    if !is_report && !blocks.iter().any(|b| matches!(b, Block::Operative { .. })) {
        // Where each block goes: its index after merging.
        let mut new_index: Vec<usize> = (0..blocks.len()).collect();
        if amends.is_some() {
            // An amendment's instructions quote the text they delete or insert: a paragraph
            // after "... reading:" is part of its instruction.
            let mut merged: Vec<Block> = Vec::new();
            for (old, block) in blocks.drain(..).enumerate() {
                match (merged.last_mut(), block) {
                    (Some(Block::Preamble { text: prev, .. }), Block::Preamble { text, .. }) if prev.ends_with(':') => {
                        join_into(lang, prev, &text)
                    }
                    (_, block) => merged.push(block),
                }
                new_index[old] = merged.len() - 1;
            }
            *blocks = merged;
        }
        let operative_verb = |text: &str| {
            lexicon::opening_verb(lang, text, true).is_some() && lexicon::opening_verb(lang, text, false).is_none()
        };
        let one_sentence = blocks.len() == 1
            && matches!(&blocks[0], Block::Preamble { text, .. } if !text.starts_with(|c: char| c.is_uppercase()));
        let mut from = blocks.len();
        if one_sentence || amends.is_some() {
            from = 0;
        } else {
            while from > 0 && matches!(&blocks[from - 1], Block::Preamble { text, .. } if operative_verb(text)) {
                from -= 1;
            }
            if from == 0 {
                from = blocks.len();
            }
        }
        for (k, block) in blocks[from..].iter_mut().enumerate() {
            if let Block::Preamble { text, bold } = block {
                *block = Block::Operative {
                    number: k as u32 + 1,
                    numbered: false,
                    text: std::mem::take(text),
                    bold: bold.take(),
                    items: Vec::new(),
                };
            }
        }
        let place = |new: usize| {
            if new < from { format!("preamble {}", new + 1) } else { format!("operative {}", new - from + 1) }
        };
        for role in roles.iter_mut().skip(body_start).flatten() {
            if let Some(n) = role.strip_prefix("preamble ").and_then(|n| n.parse::<usize>().ok())
                && let Some(&new) = n.checked_sub(1).and_then(|i| new_index.get(i))
            {
                *role = place(new);
            }
        }
        for (_, at) in &mut marker_places {
            if let Some(n) = at.strip_prefix("preamble ").and_then(|n| n.parse::<usize>().ok())
                && let Some(&new) = n.checked_sub(1).and_then(|i| new_index.get(i))
            {
                *at = place(new);
            }
        }
    }
    Ok(Body { sections, footnotes, marker_places, plenary_meeting, annexes })
}
