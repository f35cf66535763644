//! What the parser knows of each official language: how a resolution opens, how the sponsors line
//! ends, the names of the Main Committees, how sessions, agenda items and dates are written, and
//! the verbs that open paragraphs, each with one language-neutral key.

use comity_i18n::Lang;

use crate::Kind;

mod dates;
mod numbers;
mod verbs;

pub(crate) use dates::{adopted_on, date_at, dates_in};
pub(crate) use numbers::session;
pub(crate) use verbs::opening_verb;

/// The opening "The General Assembly," at the start of a line, and the bytes it takes: the
/// whole line, or only its start when a decision in one sentence runs on after it ("The General
/// Assembly, recalling ..., decides ...").
pub(crate) fn assembly_opening(lang: Lang, line: &str) -> Option<usize> {
    let forms: &[&str] = match lang {
        Lang::En => &["The General Assembly"],
        Lang::Fr => &["L'Assemblée générale", "L’Assemblée générale"],
        Lang::Es => &["La Asamblea General"],
        Lang::Ru => &["Генеральная Ассамблея"],
        Lang::Ar => &["إن الجمعية العامة", "الجمعية العامة"],
        Lang::Zh => &["大会"],
    };
    let lead = line.len() - line.trim_start().len();
    let t = line.trim();
    let form = forms.iter().find(|f| t.starts_with(**f))?;
    let rest = &t[form.len()..];
    let after_mark = rest.strip_prefix([',', '，', '،', ':']);
    match after_mark {
        // "The General Assembly," alone, or followed by the lower-case rest of the sentence.
        Some(r) if r.trim().is_empty() => Some(line.len()),
        Some(r) if r.trim_start().starts_with(|c: char| c.is_lowercase() || !c.is_alphabetic()) && lang != Lang::Zh => {
            Some(lead + form.len() + (rest.len() - r.len()))
        }
        Some(_) => None,
        // Without its comma only where the masthead cannot read the same (the article tells).
        None if rest.trim().is_empty() && matches!(lang, Lang::En | Lang::Fr | Lang::Es) => Some(line.len()),
        None => None,
    }
}

/// Where the sponsors of a draft end: before the kind of text (": draft resolution") or what
/// it amends (": amendment to draft resolution A/80/L.18").
pub(crate) struct SponsorsMarker {
    /// The sponsors are `text[..cut]`.
    pub cut: usize,
    /// The marker ends here; after it, the title (drafts) or what is amended (amendments).
    pub end: usize,
    pub kind: Kind,
    pub amendment: bool,
}

pub(crate) fn sponsors_marker(lang: Lang, text: &str) -> Option<SponsorsMarker> {
    let t = text.trim_end();
    if let Some((cut, kind)) = sponsors_suffix(lang, t) {
        return Some(SponsorsMarker { cut, end: t.len(), kind, amendment: false });
    }
    let amendments: &[&str] = match lang {
        Lang::En => &[": amendments to ", ": amendment to "],
        Lang::Fr => &[" : amendements ", " : amendement ", ": amendement "],
        Lang::Es => &[": enmiendas ", ": enmienda "],
        Lang::Ru => &[": поправки ", ": поправка "],
        Lang::Ar => &[": تعديلات ", ": تعديل "],
        Lang::Zh => &["：对", "：修正"],
    };
    for form in amendments {
        if let Some(at) = t.find(form)
            && (lang != Lang::Zh || t[at..].contains("修正"))
        {
            return Some(SponsorsMarker { cut: at, end: at + form.len(), kind: Kind::Other, amendment: true });
        }
    }
    None
}

/// "Draft resolution submitted by the Vice-Chair of the Committee, ...": the kind of draft.
pub(crate) fn submitted_by(lang: Lang, text: &str) -> Option<Kind> {
    let forms: &[(&str, Kind)] = match lang {
        Lang::En => &[
            ("Draft resolution submitted by ", Kind::DraftResolution),
            ("Draft decision submitted by ", Kind::DraftDecision),
        ],
        Lang::Fr => &[
            ("Projet de résolution présenté par ", Kind::DraftResolution),
            ("Projet de décision présenté par ", Kind::DraftDecision),
        ],
        Lang::Es => &[
            ("Proyecto de resolución presentado por ", Kind::DraftResolution),
            ("Proyecto de decisión presentado por ", Kind::DraftDecision),
        ],
        Lang::Ru => &[
            ("Проект резолюции, представленный ", Kind::DraftResolution),
            ("Проект решения, представленный ", Kind::DraftDecision),
        ],
        Lang::Ar => &[("مشروع قرار مقدم من ", Kind::DraftResolution), ("مشروع مقرر مقدم من ", Kind::DraftDecision)],
        Lang::Zh => &[("提交的决议草案", Kind::DraftResolution), ("提交的决定草案", Kind::DraftDecision)],
    };
    let t = text.trim();
    forms.iter().find(|(f, _)| if lang == Lang::Zh { t.contains(f) } else { t.starts_with(f) }).map(|(_, k)| *k)
}

/// "Annex", "Annex II", "Annexe", "Anexo", "Приложение", "المرفق", "附件": an annex's heading.
pub(crate) fn annex_heading(lang: Lang, text: &str) -> bool {
    let t = text.trim();
    let words: &[&str] = match lang {
        Lang::En => &["Annex"],
        Lang::Fr => &["Annexe"],
        Lang::Es => &["Anexo"],
        Lang::Ru => &["Приложение"],
        Lang::Ar => &["المرفق", "مرفق"],
        Lang::Zh => &["附件"],
    };
    words.iter().any(|w| {
        t.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim();
            rest.is_empty() || (rest.chars().count() <= 5 && rest.chars().all(|c| c.is_alphanumeric()))
        })
    })
}

/// "Resolution adopted by the General Assembly" standing without its date.
pub(crate) fn is_adoption_heading(lang: Lang, text: &str) -> bool {
    let forms: &[&str] = match lang {
        Lang::En => &["Resolution adopted by the General Assembly", "Decision adopted by the General Assembly"],
        Lang::Fr => &["Résolution adoptée par l'Assemblée générale", "Résolution adoptée par l’Assemblée générale"],
        Lang::Es => &["Resolución aprobada por la Asamblea General"],
        Lang::Ru => &["Резолюция, принятая Генеральной Ассамблеей"],
        Lang::Ar => &["قرار اتخذته الجمعية العامة"],
        Lang::Zh => &["大会通过的决议"],
    };
    forms.contains(&text.trim())
}

/// The sponsors line ends with the kind of text: "...: draft resolution".
pub(crate) fn sponsors_suffix(lang: Lang, line: &str) -> Option<(usize, Kind)> {
    let forms: &[(&str, Kind)] = match lang {
        Lang::En => &[
            (": draft resolution", Kind::DraftResolution),
            (": draft decision", Kind::DraftDecision),
            (": revised draft resolution", Kind::DraftResolution),
        ],
        Lang::Fr => &[
            (" : projet de résolution", Kind::DraftResolution),
            (": projet de résolution", Kind::DraftResolution),
            (" : projet de décision", Kind::DraftDecision),
            (": projet de décision", Kind::DraftDecision),
            (" : projet de résolution révisé", Kind::DraftResolution),
        ],
        Lang::Es => &[
            (": proyecto de resolución", Kind::DraftResolution),
            (": proyecto de decisión", Kind::DraftDecision),
            (": proyecto de resolución revisado", Kind::DraftResolution),
        ],
        Lang::Ru => &[
            (": проект резолюции", Kind::DraftResolution),
            (": проект решения", Kind::DraftDecision),
            (": пересмотренный проект резолюции", Kind::DraftResolution),
        ],
        Lang::Ar => &[
            (": مشروع قرار", Kind::DraftResolution),
            (": مشروع مقرر", Kind::DraftDecision),
            (": مشروع قرار منقح", Kind::DraftResolution),
        ],
        Lang::Zh => &[
            ("：决议草案", Kind::DraftResolution),
            ("：决定草案", Kind::DraftDecision),
            ("：订正决议草案", Kind::DraftResolution),
            (":决议草案", Kind::DraftResolution),
        ],
    };
    let t = line.trim_end();
    forms.iter().find(|(f, _)| t.ends_with(f)).map(|(f, k)| (t.len() - f.len(), *k))
}

/// A sponsors list split on its separators (commas outside parentheses, 、, ،). Names joined by
/// a conjunction ("... and United States of America") stay together here; see [`conjunctions`].
pub(crate) fn split_sponsors(lang: Lang, names: &str) -> Vec<String> {
    let separators: &[char] = match lang {
        Lang::Zh => &['、', '，'],
        Lang::Ar => &['،', ','],
        _ => &[','],
    };
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in names.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            c if depth == 0 && separators.contains(&c) => {
                out.push(names[start..i].trim().to_string());
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(names[start..].trim().to_string());
    out.retain(|p| !p.is_empty());
    out
}

/// Words that join the last two names of a list.
pub(crate) fn conjunctions(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[" and "],
        Lang::Fr => &[" et "],
        Lang::Es => &[" y ", " e "],
        Lang::Ru => &[" и "],
        Lang::Ar => &[" و", " وال"],
        Lang::Zh => &["和", "及"],
    }
}

/// The Main Committee a line names, as its English name ("First Committee").
pub(crate) fn committee(lang: Lang, text: &str) -> Option<&'static str> {
    const EN: [&str; 6] = [
        "First Committee",
        "Second Committee",
        "Third Committee",
        "Fourth Committee",
        "Fifth Committee",
        "Sixth Committee",
    ];
    let names: [&str; 6] = match lang {
        Lang::En => EN,
        Lang::Fr => [
            "Première Commission",
            "Deuxième Commission",
            "Troisième Commission",
            "Quatrième Commission",
            "Cinquième Commission",
            "Sixième Commission",
        ],
        Lang::Es => [
            "Primera Comisión",
            "Segunda Comisión",
            "Tercera Comisión",
            "Cuarta Comisión",
            "Quinta Comisión",
            "Sexta Comisión",
        ],
        Lang::Ru => [
            "Первый комитет",
            "Второй комитет",
            "Третий комитет",
            "Четвертый комитет",
            "Пятый комитет",
            "Шестой комитет",
        ],
        Lang::Ar => {
            ["اللجنة الأولى", "اللجنة الثانية", "اللجنة الثالثة", "اللجنة الرابعة", "اللجنة الخامسة", "اللجنة السادسة"]
        }
        Lang::Zh => ["第一委员会", "第二委员会", "第三委员会", "第四委员会", "第五委员会", "第六委员会"],
    };
    let text = text.replace('ё', "е").replace("Четвёртый", "Четвертый");
    names.iter().position(|n| text.contains(n)).map(|i| EN[i])
}

/// The committee whose report a resolution was adopted on, from its symbol (`A/C.1/...`).
pub(crate) fn committee_from_symbol(symbol: &str) -> Option<&'static str> {
    const EN: [&str; 6] = [
        "First Committee",
        "Second Committee",
        "Third Committee",
        "Fourth Committee",
        "Fifth Committee",
        "Sixth Committee",
    ];
    let n: usize = symbol.strip_prefix("A/C.")?.split('/').next()?.parse().ok()?;
    EN.get(n.checked_sub(1)?).copied()
}

/// An agenda item line: its number as written (`95`, `99 (k)`).
pub(crate) fn agenda_item(lang: Lang, line: &str) -> Option<String> {
    let t = line.trim();
    let after = match lang {
        Lang::En => strip_prefix_ci(t, "agenda item ")
            .or_else(|| strip_prefix_ci(t, "agenda items "))
            // Reports: "Item 95 of the provisional agenda".
            .or_else(|| strip_prefix_ci(t, "item ").filter(|r| r.contains(" agenda"))),
        Lang::Fr => strip_prefix_ci(t, "point ").filter(|r| r.contains("ordre du jour")),
        Lang::Es => strip_prefix_ci(t, "tema ").filter(|r| r.contains("programa")),
        Lang::Ru => strip_prefix_ci(t, "пункт ").filter(|r| r.contains("повестки")),
        Lang::Ar => t.strip_prefix("البند ").filter(|r| r.contains("جدول الأعمال")),
        Lang::Zh => t.strip_prefix("议程项目").or_else(|| t.strip_prefix("临时议程项目")),
    }?;
    let after = after.trim_start();
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let mut number = after[..digits].to_string();
    let rest = after[digits..].trim_start();
    if let Some(inner) = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map(|(i, _)| i)
        && inner.len() <= 4
        && inner.chars().all(|c| c.is_alphanumeric())
    {
        number = format!("{number} ({inner})");
    }
    Some(number)
}

fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        return Some(&text[prefix.len()..]);
    }
    // Only text outside ASCII needs the full lower-casing (and its allocation).
    (!head.is_ascii() && head.to_lowercase() == prefix).then(|| &text[prefix.len()..])
}

/// "46th plenary meeting": the meeting number.
pub(crate) fn plenary_meeting(lang: Lang, line: &str) -> Option<u32> {
    if line.len() > 120 || line.trim().chars().count() > 40 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = line.trim().to_lowercase();
    let digits: String = t.chars().filter(|c| c.is_ascii_digit()).collect();
    let marker = match lang {
        Lang::En => "plenary meeting",
        Lang::Fr => "séance plénière",
        Lang::Es => "sesión plenaria",
        Lang::Ru => "пленарное заседание",
        Lang::Ar => "الجلسة العامة",
        Lang::Zh => "全体会议",
    };
    if !t.contains(marker) || digits.is_empty() || t.chars().count() > 40 {
        return None;
    }
    digits.parse().ok()
}

/// "[on the report of the First Committee (A/76/441, para. 8)]" and "without reference to a
/// Main Committee": the committee, if any.
pub(crate) fn report_of(lang: Lang, line: &str) -> Option<Option<&'static str>> {
    let t = line.trim();
    if !(t.starts_with('[') || t.starts_with('［')) {
        return None;
    }
    let without: &[&str] = &[
        "without reference to a Main Committee",
        "sans renvoi à une grande commission",
        "sin remisión previa a una Comisión Principal",
        "без передачи в главный комитет",
        "دون الإحالة إلى لجنة رئيسية",
        "未交主要委员会",
    ];
    if without.iter().any(|w| t.contains(w)) {
        return Some(None);
    }
    committee(lang, t).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_in_six_languages() {
        assert_eq!(session(Lang::En, "Seventy-sixth session"), Some(76));
        assert_eq!(session(Lang::En, "Eightieth session"), Some(80));
        assert_eq!(session(Lang::Fr, "Soixante-seizième session"), Some(76));
        assert_eq!(session(Lang::Fr, "Soixante et onzième session"), Some(71));
        assert_eq!(session(Lang::Fr, "Quatre-vingtième session"), Some(80));
        assert_eq!(session(Lang::Es, "Septuagésimo sexto período de sesiones"), Some(76));
        assert_eq!(session(Lang::Ru, "Семьдесят шестая сессия"), Some(76));
        assert_eq!(session(Lang::Ru, "Восьмидесятая сессия"), Some(80));
        assert_eq!(session(Lang::Ar, "الدورة السادسة والسبعون"), Some(76));
        assert_eq!(session(Lang::Zh, "第七十六届会议"), Some(76));
        assert_eq!(session(Lang::Zh, "第八十届会议"), Some(80));
        assert_eq!(session(Lang::En, "Agenda item 95"), None);
    }

    #[test]
    fn dates_in_six_languages() {
        assert_eq!(date_at(Lang::En, "7 December 1988 and"), Some(("1988-12-07".into(), 15)));
        assert_eq!(date_at(Lang::Fr, "1er décembre 1999,").map(|d| d.0), Some("1999-12-01".into()));
        assert_eq!(date_at(Lang::Es, "7 de diciembre de 1988,").map(|d| d.0), Some("1988-12-07".into()));
        assert_eq!(date_at(Lang::Ru, "7 декабря 1988 года,").map(|d| d.0), Some("1988-12-07".into()));
        assert_eq!(date_at(Lang::Ar, "7 كانون الأول/ديسمبر 1988").map(|d| d.0), Some("1988-12-07".into()));
        assert_eq!(date_at(Lang::Zh, "1988 年 12 月 7 日第").map(|d| d.0), Some("1988-12-07".into()));
        assert_eq!(date_at(Lang::Zh, "2021年4月28日").map(|d| d.0), Some("2021-04-28".into()));
    }

    #[test]
    fn verbs_with_keys_and_modifiers() {
        let v = |lang, text, op| opening_verb(lang, text, op).map(|(v, k, _)| (v, k));
        assert_eq!(v(Lang::En, "Recalling its resolutions", false), Some(("Recalling".into(), "recalling".into())));
        assert_eq!(
            v(Lang::En, "Expressing concern also at malicious", false),
            Some(("Expressing concern also".into(), "expressing_concern_also".into()))
        );
        assert_eq!(v(Lang::Zh, "又表示关切针对", false), Some(("又表示关切".into(), "expressing_concern_also".into())));
        assert_eq!(v(Lang::En, "Calls upon Member States", true), Some(("Calls upon".into(), "calls_upon".into())));
        assert_eq!(v(Lang::Zh, "促请会员国", true), Some(("促请".into(), "calls_upon".into())));
        assert_eq!(v(Lang::Fr, "Demande aux États Membres", true).map(|x| x.1), Some("calls_upon".into()));
        assert_eq!(v(Lang::Ru, "Призывает государства-члены", true).map(|x| x.1), Some("calls_upon".into()));
        assert_eq!(
            v(Lang::En, "Noting with appreciation the", false).map(|x| x.1),
            Some("noting_with_appreciation".into())
        );
        assert_eq!(v(Lang::En, "Notwithstanding", false), None);
    }

    #[test]
    fn agenda_items_and_committees() {
        assert_eq!(agenda_item(Lang::En, "Agenda item 95"), Some("95".into()));
        assert_eq!(agenda_item(Lang::En, "Agenda item 99 (k)"), Some("99 (k)".into()));
        assert_eq!(agenda_item(Lang::Zh, "议程项目 95"), Some("95".into()));
        assert_eq!(agenda_item(Lang::Fr, "Point 95 de l'ordre du jour"), Some("95".into()));
        assert_eq!(agenda_item(Lang::Ru, "Пункт 95 повестки дня"), Some("95".into()));
        assert_eq!(agenda_item(Lang::Ar, "البند 95 من جدول الأعمال"), Some("95".into()));
        assert_eq!(committee(Lang::Zh, "第一委员会"), Some("First Committee"));
        assert_eq!(committee_from_symbol("A/C.1/76/L.13"), Some("First Committee"));
    }

    #[test]
    fn sponsors_split_on_the_language_separators() {
        assert_eq!(
            split_sponsors(Lang::Zh, "澳大利亚、奥地利、大不列颠及北爱尔兰联合王国"),
            ["澳大利亚", "奥地利", "大不列颠及北爱尔兰联合王国"]
        );
        assert_eq!(
            split_sponsors(Lang::En, "Bolivia (Plurinational State of), Chile, Trinidad and Tobago and Chad"),
            ["Bolivia (Plurinational State of)", "Chile", "Trinidad and Tobago and Chad"]
        );
    }
}
