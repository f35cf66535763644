//! Telling which official language a text is in: by script, then by common words for the
//! three that share the Latin alphabet.

use comity_i18n::Lang;

pub fn language(text: &str) -> Option<Lang> {
    // The first pages tell as well as the whole.
    let mut end = text.len().min(4_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let (mut arabic, mut han, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        match c as u32 {
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => arabic += 1,
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => han += 1,
            0x0400..=0x04FF => cyrillic += 1,
            _ if c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ') => latin += 1,
            _ => {}
        }
    }
    let most = arabic.max(han).max(cyrillic).max(latin);
    if most < 20 {
        return None;
    }
    if most == arabic {
        return Some(Lang::Ar);
    }
    if most == han {
        return Some(Lang::Zh);
    }
    if most == cyrillic {
        return Some(Lang::Ru);
    }
    let (mut en, mut fr, mut es) = (0, 0, 0);
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'') {
        if word.is_empty() || word.len() > 5 {
            continue;
        }
        let mut lower = [0u8; 8];
        let n = word.len();
        lower[..n].copy_from_slice(word.as_bytes());
        lower[..n].make_ascii_lowercase();
        match std::str::from_utf8(&lower[..n]).unwrap_or("") {
            "the" | "of" | "and" | "to" | "its" | "that" | "with" | "which" => en += 1,
            "les" | "des" | "du" | "et" | "à" | "aux" | "une" | "dans" | "sur" => fr += 1,
            "los" | "las" | "y" | "del" | "el" | "sus" | "con" | "una" | "por" => es += 1,
            _ => {}
        }
    }
    let best = en.max(fr).max(es);
    if best == 0 {
        None
    } else if best == en {
        Some(Lang::En)
    } else if best == fr {
        Some(Lang::Fr)
    } else {
        Some(Lang::Es)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_told_apart() {
        let samples = [
            (
                Lang::En,
                "The General Assembly, Recalling its resolutions and the reports of the Secretary-General on the subject,",
            ),
            (
                Lang::Fr,
                "L'Assemblée générale, Rappelant ses résolutions et les rapports du Secrétaire général sur la question des technologies,",
            ),
            (
                Lang::Es,
                "La Asamblea General, Recordando sus resoluciones y los informes del Secretario General sobre el tema de las tecnologías,",
            ),
            (
                Lang::Ru,
                "Генеральная Ассамблея, ссылаясь на свои резолюции и доклады Генерального секретаря по этому вопросу,",
            ),
            (Lang::Ar, "إن الجمعية العامة، إذ تشير إلى قراراتها وتقارير الأمين العام بشأن هذا الموضوع،"),
            (Lang::Zh, "大会，回顾其关于从国际安全角度看信息和电信领域的发展的各项决议，"),
        ];
        for (lang, text) in samples {
            assert_eq!(language(text), Some(lang), "{text}");
        }
        assert_eq!(language("12345 ... ---"), None);
    }
}
