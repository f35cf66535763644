//! The text layer of a PDF, as a reader of the page sees it: each page's lines in the order the
//! page draws them, a blank line where a paragraph's spacing parts two lines, footnote markers
//! raised above the line as superscript digits, and a page break between pages. Files that hold
//! no text (scans), encrypted and damaged files are refused with the reason.
//!
//! The output is plain text in the shape of the text extracted from the official PDFs, so that
//! one parser (`comity-documents`) reads both; page furniture is left in, marked by what it says.
#![forbid(unsafe_code)]

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};
use unicode_normalization::UnicodeNormalization;

/// The largest page content stream or font program decompressed (a zip bomb stops here).
const MAX_STREAM: usize = 64 << 20;
/// Form XObjects inside Form XObjects: deeper than this is refused as damaged.
const MAX_FORM_DEPTH: usize = 8;

/// Why a PDF's text could not be read. Nothing is partly returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("the file is not a PDF (it does not begin with %PDF-)")]
    NotPdf,
    #[error("the PDF is damaged and cannot be read ({0}); download it again")]
    Damaged(String),
    #[error("the PDF is cut short (no %%EOF at its end); download it again")]
    Truncated,
    #[error("the PDF is encrypted; give a copy saved without a password")]
    Encrypted,
    #[error("the PDF has no pages")]
    NoPages,
    #[error("the PDF has no text layer (a scan?); give the official PDF or its text")]
    NoText,
}

/// The text of every page, pages parted by an empty line and a form feed.
pub fn text(bytes: &[u8]) -> Result<String, PdfError> {
    Ok(pages(bytes)?.join("\n\u{c}"))
}

/// The text of each page, in order.
pub fn pages(bytes: &[u8]) -> Result<Vec<String>, PdfError> {
    let start = bytes.windows(5).take(1024).position(|w| w == b"%PDF-").ok_or(PdfError::NotPdf)?;
    // A download cut short has no end-of-file marker; lopdf would rebuild what it can of it.
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(PdfError::Truncated);
    }
    let doc = Document::load_mem(&bytes[start..]).map_err(|e| {
        let message = e.to_string();
        if message.to_lowercase().contains("encrypt") || message.to_lowercase().contains("password") {
            PdfError::Encrypted
        } else {
            PdfError::Damaged(message)
        }
    })?;
    if doc.is_encrypted() || doc.trailer.get(b"Encrypt").is_ok() {
        return Err(PdfError::Encrypted);
    }
    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if page_ids.is_empty() {
        return Err(PdfError::NoPages);
    }
    let mut fonts = FontCache::default();
    let mut out = Vec::with_capacity(page_ids.len());
    for id in page_ids {
        let runs = page_runs(&doc, id, &mut fonts)?;
        out.push(lay_out(runs));
    }
    if out.iter().all(|p| p.trim().is_empty()) {
        return Err(PdfError::NoText);
    }
    Ok(out)
}

/// A piece of text drawn at one place: its baseline origin, size and advance, in page space.
#[derive(Debug, Clone)]
struct Run {
    x: f32,
    y: f32,
    end_x: f32,
    size: f32,
    text: String,
}

type Matrix = [f32; 6];

fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

/// Parts the glyphs of right-to-left runs until their order is settled.
const GLYPH: &str = "\u{1f}";

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// A font as the text needs it: how its codes become Unicode and how far each advances.
struct Font<'a> {
    encoding: Encoding<'a>,
    two_byte: bool,
    widths: HashMap<u32, f32>,
    default_width: f32,
}

impl Font<'_> {
    fn width(&self, code: u32) -> f32 {
        self.widths.get(&code).copied().unwrap_or(self.default_width)
    }
}

#[derive(Default)]
struct FontCache<'a> {
    by_dict: HashMap<usize, Option<std::rc::Rc<Font<'a>>>>,
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn load_font<'a>(doc: &'a Document, dict: &'a Dictionary) -> Option<Font<'a>> {
    let subtype = dict.get(b"Subtype").ok().and_then(|s| s.as_name().ok()).unwrap_or(b"");
    let two_byte = subtype == b"Type0";
    // The ToUnicode map, where the font has one, says what each code means; a composite
    // font's /Encoding (Identity-H) only names glyphs.
    let mapped = dict.has(b"ToUnicode").then(|| {
        let mut only_map = dict.clone();
        only_map.remove(b"Encoding");
        match only_map.get_font_encoding(doc) {
            Ok(Encoding::UnicodeMapEncoding(map)) => Some(Encoding::UnicodeMapEncoding(map)),
            _ => None,
        }
    });
    let encoding = match mapped.flatten() {
        Some(e) => e,
        None => dict.get_font_encoding(doc).ok()?,
    };
    let mut widths = HashMap::new();
    let mut default_width = 500.0;
    if two_byte {
        let descendant = dict
            .get(b"DescendantFonts")
            .ok()
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_array().ok())
            .and_then(|a| a.first())
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_dict().ok());
        if let Some(d) = descendant {
            default_width = d.get(b"DW").ok().and_then(number).unwrap_or(1000.0);
            if let Some(w) = d.get(b"W").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
                let mut i = 0;
                while i < w.len() {
                    let Some(first) = number(deref(doc, &w[i])) else { break };
                    match w.get(i + 1).map(|o| deref(doc, o)) {
                        Some(Object::Array(list)) => {
                            for (k, o) in list.iter().enumerate() {
                                if let Some(v) = number(deref(doc, o)) {
                                    widths.insert(first as u32 + k as u32, v);
                                }
                            }
                            i += 2;
                        }
                        Some(last) => {
                            let (Some(last), Some(v)) =
                                (number(last), w.get(i + 2).and_then(|o| number(deref(doc, o))))
                            else {
                                break;
                            };
                            for code in first as u32..=(last as u32).min(first as u32 + 65_535) {
                                widths.insert(code, v);
                            }
                            i += 3;
                        }
                        None => break,
                    }
                }
            }
        }
    } else {
        let first = dict.get(b"FirstChar").ok().and_then(number).unwrap_or(0.0) as u32;
        if let Some(w) = dict.get(b"Widths").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
            for (k, o) in w.iter().enumerate() {
                if let Some(v) = number(deref(doc, o)) {
                    widths.insert(first + k as u32, v);
                }
            }
        }
        if let Some(d) = dict.get(b"FontDescriptor").ok().map(|o| deref(doc, o)).and_then(|o| o.as_dict().ok()) {
            default_width = d.get(b"MissingWidth").ok().and_then(number).unwrap_or(default_width);
        }
    }
    Some(Font { encoding, two_byte, widths, default_width })
}

struct State<'a> {
    ctm: Matrix,
    font: Option<std::rc::Rc<Font<'a>>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    rise: f32,
}

impl Default for State<'_> {
    fn default() -> Self {
        State {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

impl Clone for State<'_> {
    fn clone(&self) -> Self {
        State { font: self.font.clone(), ..*self }
    }
}

fn page_runs<'a>(doc: &'a Document, page: ObjectId, cache: &mut FontCache<'a>) -> Result<Vec<Run>, PdfError> {
    let content = doc.get_page_content_with_limit(page, MAX_STREAM).map_err(|e| PdfError::Damaged(e.to_string()))?;
    let fonts = doc.get_page_fonts(page).unwrap_or_default();
    let resources = page_resources(doc, page);
    let mut runs = Vec::new();
    run_content(doc, &content, &fonts, resources, IDENTITY, cache, &mut runs, 0)?;
    Ok(runs)
}

/// The page's resource dictionary (for its Form XObjects).
fn page_resources(doc: &Document, page: ObjectId) -> Option<&Dictionary> {
    let (direct, ids) = doc.get_page_resources(page).ok()?;
    if let Some(d) = direct {
        return Some(d);
    }
    ids.first().and_then(|id| doc.get_object(*id).ok()).and_then(|o| o.as_dict().ok())
}

#[allow(clippy::too_many_arguments)]
fn run_content<'a>(
    doc: &'a Document,
    content: &[u8],
    fonts: &std::collections::BTreeMap<Vec<u8>, &'a Dictionary>,
    resources: Option<&'a Dictionary>,
    base: Matrix,
    cache: &mut FontCache<'a>,
    runs: &mut Vec<Run>,
    depth: usize,
) -> Result<(), PdfError> {
    if depth > MAX_FORM_DEPTH {
        return Err(PdfError::Damaged("forms nested too deep".into()));
    }
    let ops = Content::decode(content).map_err(|e| PdfError::Damaged(format!("a page's content: {e}")))?;
    let mut state = State { ctm: base, ..State::default() };
    let mut stack: Vec<State<'a>> = Vec::new();
    let mut tm = IDENTITY;
    let mut line = IDENTITY;
    let f = |o: &[Object], i: usize| o.get(i).and_then(number).unwrap_or(0.0);
    for op in &ops.operations {
        let o = op.operands.as_slice();
        match op.operator.as_str() {
            "q" => stack.push(state.clone()),
            "Q" => {
                if let Some(s) = stack.pop() {
                    state = s;
                }
            }
            "cm" if o.len() == 6 => {
                let m = [f(o, 0), f(o, 1), f(o, 2), f(o, 3), f(o, 4), f(o, 5)];
                state.ctm = multiply(&m, &state.ctm);
            }
            "BT" => {
                tm = IDENTITY;
                line = IDENTITY;
            }
            "Tf" if o.len() == 2 => {
                state.size = f(o, 1);
                let name = o[0].as_name().unwrap_or(b"");
                state.font = fonts.get(name).and_then(|dict| {
                    let key = *dict as *const Dictionary as usize;
                    cache.by_dict.entry(key).or_insert_with(|| load_font(doc, dict).map(std::rc::Rc::new)).clone()
                });
            }
            "Tc" => state.char_spacing = f(o, 0),
            "Tw" => state.word_spacing = f(o, 0),
            "Tz" => state.scale = f(o, 0) / 100.0,
            "TL" => state.leading = f(o, 0),
            "Ts" => state.rise = f(o, 0),
            "Td" | "TD" if o.len() == 2 => {
                if op.operator == "TD" {
                    state.leading = -f(o, 1);
                }
                line = multiply(&[1.0, 0.0, 0.0, 1.0, f(o, 0), f(o, 1)], &line);
                tm = line;
            }
            "Tm" if o.len() == 6 => {
                line = [f(o, 0), f(o, 1), f(o, 2), f(o, 3), f(o, 4), f(o, 5)];
                tm = line;
            }
            "T*" => {
                line = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -state.leading], &line);
                tm = line;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if op.operator == "'" || op.operator == "\"" {
                    if op.operator == "\"" && o.len() == 3 {
                        state.word_spacing = f(o, 0);
                        state.char_spacing = f(o, 1);
                    }
                    line = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -state.leading], &line);
                    tm = line;
                }
                let Some(font) = state.font.clone() else { continue };
                let items: Vec<&Object> = match op.operator.as_str() {
                    "TJ" => o.first().and_then(|a| a.as_array().ok()).map(|a| a.iter().collect()).unwrap_or_default(),
                    _ => o.last().into_iter().collect(),
                };
                for item in items {
                    match item {
                        Object::String(bytes, _) => show(&font, &state, &mut tm, bytes, runs),
                        other => {
                            if let Some(adjust) = number(other) {
                                let tx = -adjust / 1000.0 * state.size * state.scale;
                                tm = multiply(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                            }
                        }
                    }
                }
            }
            "Do" => {
                let Some(name) = o.first().and_then(|n| n.as_name().ok()) else { continue };
                let Some(stream) = resources
                    .and_then(|r| r.get(b"XObject").ok())
                    .map(|x| deref(doc, x))
                    .and_then(|x| x.as_dict().ok())
                    .and_then(|x| x.get(name).ok())
                    .map(|s| deref(doc, s))
                    .and_then(|s| s.as_stream().ok())
                else {
                    continue;
                };
                if stream.dict.get(b"Subtype").ok().and_then(|s| s.as_name().ok()) != Some(b"Form") {
                    continue;
                }
                let matrix = stream
                    .dict
                    .get(b"Matrix")
                    .ok()
                    .and_then(|m| m.as_array().ok())
                    .filter(|m| m.len() == 6)
                    .map(|m| [0, 1, 2, 3, 4, 5].map(|i| number(&m[i]).unwrap_or(0.0)))
                    .unwrap_or(IDENTITY);
                let inner =
                    stream.decompressed_content_with_limit(MAX_STREAM).unwrap_or_else(|_| stream.content.clone());
                let form_resources =
                    stream.dict.get(b"Resources").ok().map(|r| deref(doc, r)).and_then(|r| r.as_dict().ok());
                let mut form_fonts = fonts.clone();
                if let Some(fd) = form_resources
                    .and_then(|r| r.get(b"Font").ok())
                    .map(|x| deref(doc, x))
                    .and_then(|x| x.as_dict().ok())
                {
                    for (k, v) in fd.iter() {
                        if let Ok(d) = deref(doc, v).as_dict() {
                            form_fonts.insert(k.clone(), d);
                        }
                    }
                }
                let ctm = multiply(&matrix, &state.ctm);
                run_content(doc, &inner, &form_fonts, form_resources.or(resources), ctm, cache, runs, depth + 1)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Draws one string: decodes it and advances the text matrix by its glyphs' widths.
fn show(font: &Font, state: &State, tm: &mut Matrix, bytes: &[u8], runs: &mut Vec<Run>) {
    let step = if font.two_byte { 2 } else { 1 };
    let trm = multiply(&[state.size * state.scale, 0.0, 0.0, state.size, 0.0, state.rise], &multiply(tm, &state.ctm));
    let start = (trm[4], trm[5]);
    let mut advance = 0.0;
    for code in bytes.chunks(step) {
        let c = code.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
        let space = step == 1 && c == 32;
        advance +=
            (font.width(c) / 1000.0 * state.size + state.char_spacing + if space { state.word_spacing } else { 0.0 })
                * state.scale;
    }
    *tm = multiply(&[1.0, 0.0, 0.0, 1.0, advance, 0.0], tm);
    let mut text = font.encoding.bytes_to_string(bytes).unwrap_or_default();
    if text.is_empty() {
        return;
    }
    if text.chars().any(is_rtl) {
        // Right-to-left text may be drawn in visual order: keep each glyph's characters
        // together (a lam-alef ligature is two letters in one glyph) for turning it back.
        text = bytes
            .chunks(step)
            .filter_map(|code| font.encoding.bytes_to_string(code).ok())
            .collect::<Vec<_>>()
            .join(GLYPH);
        // Marked at both ends too, so that a glyph never runs into the next run's text.
        text = format!("{GLYPH}{text}{GLYPH}");
    }
    let scale_y = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
    let end = multiply(tm, &state.ctm);
    runs.push(Run { x: start.0, y: start.1, end_x: end[4], size: scale_y.abs().max(0.1), text });
}

/// Chinese next to Latin letters or digits is set a little apart without a space in the
/// text (`第70/237号`): only a wider gap is a space there.
fn is_han_boundary(before: &str, after: &str) -> bool {
    let han = |c: char| matches!(c as u32, 0x3000..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF);
    before.chars().last().is_some_and(han) || after.chars().next().is_some_and(han)
}

/// Arabic presentation forms (how some PDFs map their shaped glyphs) and Latin ligatures
/// (ﬁ, ﬂ) become the letters they stand for (NFKC); nothing else is touched: the full-width
/// punctuation of Chinese text (，：；) stays. No-break spaces are spaces; unmapped glyphs
/// (U+FFFD) and NULs are dropped.
fn compatibility_forms(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            0xFB00..=0xFB06 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => out.extend(std::iter::once(c).nfkc()),
            // No-break and fixed-width spaces are spaces to a reader.
            0xA0 | 0x2000..=0x200A | 0x202F => out.push(' '),
            0xFFFD | 0 => {}
            _ => out.push(c),
        }
    }
    out
}

/// Digits raised above the line in smaller type: footnote markers.
fn superscript(text: &str) -> Option<String> {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let t = text.trim();
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.bytes().map(|b| SUP[(b - b'0') as usize]).collect())
}

/// Lines from runs: the runs on one baseline, in the order the page draws them, make a line,
/// read left to right by position; a space goes where the gap between two runs is a space's
/// width, three where it is a column gap; digits raised in smaller type are superscript
/// markers; a paragraph's spacing between two lines becomes a blank line. Right-to-left lines
/// drawn in visual order are put back in the order they are read.
fn lay_out(runs: Vec<Run>) -> String {
    struct Line {
        y: f32,
        size: f32,
        runs: Vec<Run>,
    }
    let mut lines: Vec<Line> = Vec::new();
    for mut run in runs {
        run.text = compatibility_forms(&run.text);
        match lines.last_mut() {
            Some(l) if (l.y - run.y).abs() < l.size.max(run.size) * 0.5 => {
                if run.size > l.size && run.y <= l.y + 0.5 {
                    l.size = run.size;
                }
                l.runs.push(run);
            }
            _ if run.text.trim().is_empty() => {}
            _ => lines.push(Line { y: run.y, size: run.size, runs: vec![run] }),
        }
    }
    // A page draws its right-to-left text one way throughout: decide once for the page.
    let (visual, logical) = lines
        .iter()
        .map(|l| order_signals(&l.runs.iter().map(|r| r.text.as_str()).collect::<String>()))
        .fold((0, 0), |(v, l), (a, b)| (v + a, l + b));
    let visual = visual > logical;
    let left_margin = lines.iter().flat_map(|l| l.runs.iter().map(|r| r.x)).fold(f32::MAX, f32::min);
    let right_margin = lines.iter().flat_map(|l| l.runs.iter().map(|r| r.end_x)).fold(f32::MIN, f32::max);
    let mut out = String::new();
    let mut prev: Option<(f32, f32)> = None;
    for l in &mut lines {
        l.runs.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut text = String::new();
        let mut end_x = f32::MIN;
        for run in &l.runs {
            let raised = run.y - l.y > l.size * 0.2 && run.size < l.size * 0.8;
            let body =
                if raised { superscript(&run.text).unwrap_or_else(|| run.text.clone()) } else { run.text.clone() };
            if end_x > f32::MIN {
                let gap = run.x - end_x;
                if gap > l.size * 2.5 {
                    text.push_str("   ");
                } else if gap > l.size * if is_han_boundary(&text, &body) { 0.5 } else { 0.15 }
                    && !text.ends_with(' ')
                    && !body.starts_with(' ')
                    && !raised
                {
                    text.push(' ');
                }
            }
            text.push_str(&body);
            end_x = end_x.max(run.end_x);
        }
        let (first_x, last_x) = (l.runs.first().map(|r| r.x).unwrap_or(0.0), end_x);
        let base = if right_margin - last_x < l.size * 2.0 && first_x - left_margin > l.size * 2.0 {
            Base::RightToLeft
        } else if first_x - left_margin <= l.size * 2.0 && right_margin - last_x > l.size * 2.0 {
            Base::LeftToRight
        } else if text.chars().filter(|c| is_rtl(*c)).count() * 2 > text.chars().filter(|c| c.is_alphabetic()).count() {
            Base::RightToLeft
        } else {
            Base::LeftToRight
        };
        let text = logical_order(text.trim_end(), base, visual);
        if text.trim().is_empty() {
            continue;
        }
        if let Some((py, psize)) = prev {
            let gap = py - l.y;
            // Down more than a line and a half, or back up the page (a new block): a blank.
            if gap > psize.max(l.size) * 1.6 || gap < -psize {
                out.push_str(" \n");
            }
        }
        out.push_str(&text);
        out.push('\n');
        prev = Some((l.y, l.size));
    }
    out
}

/// A right-to-left letter (Hebrew, Arabic, their presentation forms); the Arabic comma and
/// digits are neutral or weak and take the direction around them.
fn is_rtl(c: char) -> bool {
    (c.is_alphabetic() && matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
        || matches!(c, '\u{61B}' | '\u{61F}')
}

/// Which way a line's paragraph runs, told by where the line stands between the margins.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Base {
    LeftToRight,
    RightToLeft,
}

/// Glyph clusters of a line: a right-to-left glyph's characters stay together (a lam-alef
/// ligature is two letters in one glyph); everything else is one character a cluster.
fn clusters(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in line.split(GLYPH) {
        if line.contains(GLYPH) && part.chars().any(is_rtl) {
            out.push(part.to_string());
        } else {
            out.extend(part.chars().map(String::from));
        }
    }
    out
}

/// How many words of the line read as drawn in visual order, and how many in logical order:
/// the letters that only end a word (ة, ى) or only open one (the article ال) at the wrong end.
fn order_signals(line: &str) -> (usize, usize) {
    let flat = line.replace(GLYPH, "");
    let (mut visual, mut logical) = (0, 0);
    for word in flat.split_whitespace() {
        let word: Vec<char> = word.chars().filter(|c| is_rtl(*c) && c.is_alphabetic()).collect();
        if word.len() < 2 {
            continue;
        }
        let (first, last) = (word[0], word[word.len() - 1]);
        if matches!(first, 'ة' | 'ى') || (word[word.len() - 2] == 'ل' && last == 'ا') {
            visual += 1;
        }
        if matches!(last, 'ة' | 'ى') || (first == 'ا' && word[1] == 'ل') {
            logical += 1;
        }
    }
    (visual, logical)
}

/// Turns a stretch of clusters drawn in visual order back: reversed, and the numbers and Latin words inside reading forwards again.
fn turn(stretch: &[String]) -> Vec<String> {
    let forwards = |c: &String| c.chars().all(|c| c.is_ascii_alphanumeric());
    let joins = |c: &String| matches!(c.as_str(), "/" | "." | "-" | ":" | ",");
    let turned: Vec<String> = stretch.iter().rev().cloned().collect();
    let mut fixed: Vec<String> = Vec::with_capacity(turned.len());
    let mut i = 0;
    while i < turned.len() {
        if forwards(&turned[i]) {
            let mut j = i;
            while j < turned.len()
                && (forwards(&turned[j]) || (joins(&turned[j]) && turned.get(j + 1).is_some_and(forwards)))
            {
                j += 1;
            }
            fixed.extend(turned[i..j].iter().rev().cloned());
            i = j;
        } else {
            fixed.push(turned[i].clone());
            i += 1;
        }
    }
    fixed
}

/// A line read off the page left to right, in the order it is read, when the page draws its
/// right-to-left text in visual order (`visual`). Columns (three spaces apart) stay columns, in
/// reading order; a column mostly of right-to-left letters turns whole; in a column mostly of
/// Latin text, each stretch of right-to-left letters turns.
fn logical_order(line: &str, base: Base, visual: bool) -> String {
    let read = read_order(line, base, visual);
    // Brackets come as the characters of the glyphs drawn, which a right-to-left paragraph
    // mirrors: ")أ(" for "(أ)".
    let mirrored = base == Base::RightToLeft
        && read.chars().any(is_rtl)
        && read.find(')').is_some_and(|close| read.find('(').is_none_or(|open| close < open));
    if !mirrored {
        return read;
    }
    read.chars()
        .map(|c| match c {
            '(' => ')',
            ')' => '(',
            other => other,
        })
        .collect()
}

fn read_order(line: &str, base: Base, visual: bool) -> String {
    if !visual || !line.chars().any(is_rtl) {
        return line.replace(GLYPH, "");
    }
    let columns: Vec<&str> = line.split("   ").filter(|c| !c.replace(GLYPH, "").trim().is_empty()).collect();
    let mut out: Vec<String> = Vec::new();
    for column in columns {
        let cl = clusters(column);
        let rtl = cl.iter().filter(|c| c.chars().any(is_rtl)).count();
        let letters = cl.iter().filter(|c| c.chars().any(char::is_alphabetic)).count();
        let turned = if rtl * 2 >= letters {
            turn(&cl)
        } else {
            let mut cl = cl;
            let mut spans = Vec::new();
            let mut start: Option<usize> = None;
            let mut last = 0;
            for (i, c) in cl.iter().enumerate() {
                if c.chars().any(is_rtl) {
                    start.get_or_insert(i);
                    last = i;
                } else if c.chars().all(|c| c.is_ascii_alphabetic())
                    && !c.is_empty()
                    && let Some(s) = start.take()
                {
                    spans.push((s, last + 1));
                }
            }
            if let Some(s) = start {
                spans.push((s, last + 1));
            }
            for (from, to) in spans {
                let t = turn(&cl[from..to]);
                cl.splice(from..to, t);
            }
            cl
        };
        out.push(turned.concat().trim().to_string());
    }
    if base == Base::RightToLeft {
        out.reverse();
    }
    out.join("   ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_lines_read_in_logical_order() {
        let rtl = Base::RightToLeft;
        let reversed = |s: &str| s.chars().rev().collect::<String>();
        assert_eq!(logical_order(&reversed("الأمم المتحدة"), rtl, true), "الأمم المتحدة");
        let drawn = reversed("البند 95 من جدول الأعمال").replace("59", "95");
        assert_eq!(logical_order(&drawn, rtl, true), "البند 95 من جدول الأعمال");
        assert_eq!(logical_order("الأمم المتحدة", rtl, false), "الأمم المتحدة", "logical order stays");
        assert_eq!(logical_order("A/C.1/81/L.9", rtl, true), "A/C.1/81/L.9");
        // Columns keep their places: the symbol stays in its column.
        let drawn = format!("{}   A/C.1/81/L.9", reversed("الأمم المتحدة"));
        assert_eq!(logical_order(&drawn, Base::LeftToRight, true), "الأمم المتحدة   A/C.1/81/L.9");
        assert_eq!(logical_order(&drawn, rtl, true), "A/C.1/81/L.9   الأمم المتحدة");
        // A ligature's two letters keep their order: "الاستجابة" drawn glyph by glyph.
        let drawn = ["ة", "ب", "ا", "ج", "ت", "س", "لا", "ا"].join(GLYPH);
        assert_eq!(logical_order(&format!("{GLYPH}{drawn}{GLYPH}"), rtl, true), "الاستجابة");
        assert_eq!(order_signals(&reversed("الجمعية العامة")), (2, 0));
    }

    #[test]
    fn what_is_not_a_pdf_is_refused() {
        assert_eq!(text(b"The General Assembly,"), Err(PdfError::NotPdf));
        assert_eq!(text(b"%PDF-1.7\n1 0 obj <<"), Err(PdfError::Truncated));
        assert!(matches!(text(b"%PDF-1.7\n1 0 obj <<\n%%EOF\n"), Err(PdfError::Damaged(_) | PdfError::NoPages)));
    }
}
