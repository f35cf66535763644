//! Fonts as the text layer needs them: how a string's bytes map to characters (ToUnicode first,
//! then the font's encoding) and how wide each glyph is (Widths, W, DW).

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Encoding, Object};

/// A font as the text needs it: how its codes become Unicode and how far each advances.
pub(super) struct Font<'a> {
    pub(super) encoding: Encoding<'a>,
    pub(super) two_byte: bool,
    pub(super) widths: HashMap<u32, f32>,
    pub(super) default_width: f32,
}

impl Font<'_> {
    pub(super) fn width(&self, code: u32) -> f32 {
        self.widths.get(&code).copied().unwrap_or(self.default_width)
    }
}

#[derive(Default)]
pub(super) struct FontCache<'a> {
    pub(super) by_dict: HashMap<usize, Option<std::rc::Rc<Font<'a>>>>,
}

pub(super) fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

pub(super) fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

pub(super) fn load_font<'a>(doc: &'a Document, dict: &'a Dictionary) -> Option<Font<'a>> {
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
