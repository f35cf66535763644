//! Running a page's content stream: the text and graphics state (matrices, spacing, scaling,
//! rise), text-showing operators and Form XObjects, into the runs of text the page draws.

use crate::bidi::is_rtl;
use crate::fonts::{Font, FontCache, deref, load_font, number};
use crate::{GLYPH, MAX_FORM_DEPTH, MAX_STREAM, PdfError};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

/// A piece of text drawn at one place: its baseline origin, size and advance, in page space.
#[derive(Debug, Clone)]
pub(super) struct Run {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) end_x: f32,
    pub(super) size: f32,
    pub(super) text: String,
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

pub(super) fn page_runs<'a>(
    doc: &'a Document,
    page: ObjectId,
    cache: &mut FontCache<'a>,
) -> Result<Vec<Run>, PdfError> {
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
