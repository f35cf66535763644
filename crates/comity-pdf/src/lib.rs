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
    let text = font.encoding.bytes_to_string(bytes).unwrap_or_default();
    if text.is_empty() {
        return;
    }
    let scale_y = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
    let end = multiply(tm, &state.ctm);
    runs.push(Run { x: start.0, y: start.1, end_x: end[4], size: scale_y.abs().max(0.1), text });
}

/// Digits raised above the line in smaller type: footnote markers.
fn superscript(text: &str) -> Option<String> {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let t = text.trim();
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.bytes().map(|b| SUP[(b - b'0') as usize]).collect())
}

/// Lines from runs: a run on the baseline of the one before continues its line; a space goes
/// where the gap between them is a space's width; a wide gap is a column gap (three spaces);
/// a paragraph's spacing between two lines becomes a blank line.
fn lay_out(runs: Vec<Run>) -> String {
    struct Line {
        y: f32,
        size: f32,
        end_x: f32,
        text: String,
    }
    let mut lines: Vec<Line> = Vec::new();
    for run in runs {
        let text: String = run.text.nfkc().filter(|c| *c != '\u{0}').collect();
        if text.trim().is_empty() && lines.last().is_none_or(|l| (l.y - run.y).abs() > run.size * 0.5) {
            continue;
        }
        match lines.last_mut() {
            Some(l)
                if (l.y - run.y).abs() < l.size.max(run.size) * 0.5 && run.x > l.end_x - l.size.max(run.size) * 0.5 =>
            {
                let raised = run.y - l.y > l.size * 0.2 && run.size < l.size * 0.8;
                let gap = run.x - l.end_x;
                let body = if raised { superscript(&text).unwrap_or(text) } else { text };
                if gap > l.size * 2.5 {
                    l.text.push_str("   ");
                } else if gap > l.size * 0.15 && !l.text.ends_with(' ') && !body.starts_with(' ') && !raised {
                    l.text.push(' ');
                }
                l.text.push_str(&body);
                l.end_x = l.end_x.max(run.end_x);
                if !raised && run.size > l.size {
                    l.size = run.size;
                }
            }
            _ => lines.push(Line { y: run.y, size: run.size, end_x: run.end_x, text }),
        }
    }
    let mut out = String::new();
    let mut prev: Option<&Line> = None;
    for l in &lines {
        let text = l.text.trim_end();
        if text.trim().is_empty() {
            continue;
        }
        if let Some(p) = prev {
            let gap = p.y - l.y;
            // Down more than a line and a half, or back up the page (a new block): a blank.
            if gap > p.size.max(l.size) * 1.6 || gap < -p.size {
                out.push_str(" \n");
            }
        }
        out.push_str(text);
        out.push('\n');
        prev = Some(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_not_a_pdf_is_refused() {
        assert_eq!(text(b"The General Assembly,"), Err(PdfError::NotPdf));
        assert_eq!(text(b"%PDF-1.7\n1 0 obj <<"), Err(PdfError::Truncated));
        assert!(matches!(text(b"%PDF-1.7\n1 0 obj <<\n%%EOF\n"), Err(PdfError::Damaged(_) | PdfError::NoPages)));
    }
}
