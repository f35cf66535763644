//! What the parser knows of each official language: how a resolution opens, how the sponsors line
//! ends, the names of the Main Committees, how sessions, agenda items and dates are written, and
//! the verbs that open paragraphs, each with one language-neutral key.

use comity_i18n::Lang;

use crate::Kind;

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

/// A session line ("Seventy-sixth session", "第七十六届会议") and its number.
pub(crate) fn session(lang: Lang, line: &str) -> Option<u32> {
    let t = line.trim().to_lowercase();
    let words = match lang {
        Lang::En => t.strip_suffix(" session")?.to_string(),
        Lang::Fr => t.strip_suffix(" session")?.to_string(),
        Lang::Es => {
            t.strip_suffix(" período de sesiones").or_else(|| t.strip_suffix(" periodo de sesiones"))?.to_string()
        }
        Lang::Ru => t.strip_suffix(" сессия")?.to_string(),
        Lang::Ar => t.strip_prefix("الدورة ")?.to_string(),
        Lang::Zh => t.strip_prefix('第')?.strip_suffix("届会议")?.to_string(),
    };
    ordinal(lang, &words)
}

fn ordinal(lang: Lang, words: &str) -> Option<u32> {
    let words = words.trim();
    if let Ok(n) = words.trim_end_matches(|c: char| !c.is_ascii_digit()).parse::<u32>() {
        return Some(n);
    }
    match lang {
        Lang::Zh => chinese_number(words),
        Lang::En => {
            let units = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
            let teens = [
                "tenth",
                "eleventh",
                "twelfth",
                "thirteenth",
                "fourteenth",
                "fifteenth",
                "sixteenth",
                "seventeenth",
                "eighteenth",
                "nineteenth",
            ];
            let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
            let tens_ord = [
                "",
                "",
                "twentieth",
                "thirtieth",
                "fortieth",
                "fiftieth",
                "sixtieth",
                "seventieth",
                "eightieth",
                "ninetieth",
            ];
            compose(words, '-', &units, &teens, &tens, &tens_ord)
        }
        Lang::Fr => {
            let w = words.replace(" et ", "-").replace("premier", "unième").replace("première", "unième");
            let base = w.strip_suffix("ième")?;
            let base = match base {
                b if b.ends_with("cinqu") => format!("{}cinq", &b[..b.len() - 5]),
                b if b.ends_with("neuv") => format!("{}neuf", &b[..b.len() - 4]),
                b if b.ends_with("quatr") => format!("{}quatre", &b[..b.len() - 5]),
                b if b.ends_with("onz")
                    || b.ends_with("douz")
                    || b.ends_with("treiz")
                    || b.ends_with("quatorz")
                    || b.ends_with("quinz")
                    || b.ends_with("seiz")
                    || b.ends_with("trent")
                    || b.ends_with("quarant")
                    || b.ends_with("cinquant")
                    || b.ends_with("soixant") =>
                {
                    format!("{b}e")
                }
                b => b.to_string(),
            };
            french_cardinal(&base)
        }
        Lang::Es => {
            let units =
                ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"];
            let tens_ord = [
                "",
                "décimo",
                "vigésimo",
                "trigésimo",
                "cuadragésimo",
                "quincuagésimo",
                "sexagésimo",
                "septuagésimo",
                "octogésimo",
                "nonagésimo",
            ];
            let mut total = 0;
            for w in words.split_whitespace() {
                let w = if w == "primer" {
                    "primero"
                } else if w == "tercer" {
                    "tercero"
                } else {
                    w
                };
                if let Some(i) = tens_ord.iter().position(|t| *t == w) {
                    total += 10 * i as u32;
                } else if let Some(i) = units.iter().position(|u| *u == w) {
                    total += i as u32;
                } else if w == "undécimo" {
                    total += 11;
                } else if w == "duodécimo" {
                    total += 12;
                } else {
                    return None;
                }
            }
            (total > 0).then_some(total)
        }
        Lang::Ru => {
            let units =
                ["", "первая", "вторая", "третья", "четвертая", "пятая", "шестая", "седьмая", "восьмая", "девятая"];
            let teens = [
                "десятая",
                "одиннадцатая",
                "двенадцатая",
                "тринадцатая",
                "четырнадцатая",
                "пятнадцатая",
                "шестнадцатая",
                "семнадцатая",
                "восемнадцатая",
                "девятнадцатая",
            ];
            let tens = [
                "",
                "",
                "двадцать",
                "тридцать",
                "сорок",
                "пятьдесят",
                "шестьдесят",
                "семьдесят",
                "восемьдесят",
                "девяносто",
            ];
            let tens_ord = [
                "",
                "",
                "двадцатая",
                "тридцатая",
                "сороковая",
                "пятидесятая",
                "шестидесятая",
                "семидесятая",
                "восьмидесятая",
                "девяностая",
            ];
            compose(&words.replace('ё', "е"), ' ', &units, &teens, &tens, &tens_ord)
        }
        Lang::Ar => {
            let units =
                ["", "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"];
            let tens =
                ["", "العاشرة", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"];
            let mut total = 0;
            for w in words.split_whitespace() {
                let w = w.strip_prefix('و').filter(|r| tens.contains(r)).unwrap_or(w);
                if let Some(i) = tens.iter().position(|t| *t == w) {
                    total += 10 * i as u32;
                } else if let Some(i) = units.iter().position(|u| *u == w) {
                    total += i as u32;
                } else if w == "الأولى" {
                    total += 1;
                } else if w == "عشرة" {
                    total += 10;
                } else {
                    return None;
                }
            }
            (total > 0).then_some(total)
        }
    }
}

fn compose(words: &str, sep: char, units: &[&str], teens: &[&str], tens: &[&str], tens_ord: &[&str]) -> Option<u32> {
    let parts: Vec<&str> = words.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [one] => {
            if let Some(i) = units.iter().position(|u| u == one).filter(|i| *i > 0) {
                return Some(i as u32);
            }
            if let Some(i) = teens.iter().position(|t| t == one) {
                return Some(10 + i as u32);
            }
            tens_ord.iter().position(|t| t == one).filter(|i| *i > 0).map(|i| 10 * i as u32)
        }
        [ten, unit] => {
            let t = tens.iter().position(|x| x == ten).filter(|i| *i > 0)?;
            let u = units.iter().position(|x| x == unit).filter(|i| *i > 0)?;
            Some(10 * t as u32 + u as u32)
        }
        _ => None,
    }
}

fn french_cardinal(words: &str) -> Option<u32> {
    let value = |w: &str| -> Option<u32> {
        Some(match w {
            "un" | "une" | "unième" => 1,
            "deux" => 2,
            "trois" => 3,
            "quatre" => 4,
            "cinq" => 5,
            "six" => 6,
            "sept" => 7,
            "huit" => 8,
            "neuf" => 9,
            "dix" => 10,
            "onze" => 11,
            "douze" => 12,
            "treize" => 13,
            "quatorze" => 14,
            "quinze" => 15,
            "seize" => 16,
            "vingt" | "vingts" => 20,
            "trente" => 30,
            "quarante" => 40,
            "cinquante" => 50,
            "soixante" => 60,
            _ => return None,
        })
    };
    let mut total = 0;
    let parts: Vec<&str> = words.split('-').filter(|p| !p.is_empty()).collect();
    let mut i = 0;
    while i < parts.len() {
        if parts[i] == "quatre" && parts.get(i + 1).is_some_and(|p| p.starts_with("vingt")) {
            total += 80;
            i += 2;
            continue;
        }
        total += value(parts[i])?;
        i += 1;
    }
    (total > 0).then_some(total)
}

fn chinese_number(words: &str) -> Option<u32> {
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c).map(|p| p as u32);
    let mut total = 0;
    let mut current = 0;
    for c in words.chars() {
        if let Some(d) = digit(c) {
            current = d;
        } else if c == '十' {
            total += if current == 0 { 10 } else { current * 10 };
            current = 0;
        } else if c == '百' {
            total += current * 100;
            current = 0;
        } else {
            return None;
        }
    }
    let n = total + current;
    (n > 0).then_some(n)
}

/// Month names (and the forms they take in dates) for each language, January first.
fn months(lang: Lang) -> [&'static [&'static str]; 12] {
    match lang {
        Lang::En => [
            &["January"],
            &["February"],
            &["March"],
            &["April"],
            &["May"],
            &["June"],
            &["July"],
            &["August"],
            &["September"],
            &["October"],
            &["November"],
            &["December"],
        ],
        Lang::Fr => [
            &["janvier"],
            &["février"],
            &["mars"],
            &["avril"],
            &["mai"],
            &["juin"],
            &["juillet"],
            &["août"],
            &["septembre"],
            &["octobre"],
            &["novembre"],
            &["décembre"],
        ],
        Lang::Es => [
            &["enero"],
            &["febrero"],
            &["marzo"],
            &["abril"],
            &["mayo"],
            &["junio"],
            &["julio"],
            &["agosto"],
            &["septiembre", "setiembre"],
            &["octubre"],
            &["noviembre"],
            &["diciembre"],
        ],
        Lang::Ru => [
            &["января"],
            &["февраля"],
            &["марта"],
            &["апреля"],
            &["мая"],
            &["июня"],
            &["июля"],
            &["августа"],
            &["сентября"],
            &["октября"],
            &["ноября"],
            &["декабря"],
        ],
        Lang::Ar => [
            &["كانون الثاني/يناير", "يناير"],
            &["شباط/فبراير", "فبراير"],
            &["آذار/مارس", "مارس"],
            &["نيسان/أبريل", "أبريل"],
            &["أيار/مايو", "مايو"],
            &["حزيران/يونيه", "حزيران/يونيو", "يونيه", "يونيو"],
            &["تموز/يوليه", "تموز/يوليو", "يوليه", "يوليو"],
            &["آب/أغسطس", "أغسطس"],
            &["أيلول/سبتمبر", "سبتمبر"],
            &["تشرين الأول/أكتوبر", "أكتوبر"],
            &["تشرين الثاني/نوفمبر", "نوفمبر"],
            &["كانون الأول/ديسمبر", "ديسمبر"],
        ],
        Lang::Zh => [&[]; 12],
    }
}

/// A date at the start of `text` (after optional spaces), as ISO 8601, with the bytes used.
pub(crate) fn date_at(lang: Lang, text: &str) -> Option<(String, usize)> {
    let start = text.len() - text.trim_start().len();
    let t = &text[start..];
    let number = |s: &str| -> Option<(u32, usize)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 4 {
            return None;
        }
        s[..n].parse().ok().map(|v| (v, n))
    };
    let iso =
        |y: u32, m: usize, d: u32| (y >= 1945 && (1..=31).contains(&d)).then(|| format!("{y:04}-{:02}-{d:02}", m + 1));
    if lang == Lang::Zh {
        // 1988 年 12 月 7 日
        let (y, a) = number(t)?;
        let r = t[a..].trim_start().strip_prefix('年')?;
        let r_start = t.len() - r.len();
        let (m, b) = number(r.trim_start())?;
        let r2 = r.trim_start()[b..].trim_start().strip_prefix('月')?;
        let (d, c) = number(r2.trim_start())?;
        let r3 = r2.trim_start()[c..].trim_start().strip_prefix('日')?;
        let _ = r_start;
        let used = t.len() - r3.len();
        return iso(y, m.checked_sub(1)? as usize, d).map(|s| (s, start + used));
    }
    let (d, a) = number(t)?;
    if d > 31 && lang != Lang::Ar {
        return None;
    }
    let mut rest = &t[a..];
    if lang == Lang::Fr {
        rest = rest.strip_prefix("er").unwrap_or(rest);
    }
    rest = rest.trim_start();
    if lang == Lang::Es {
        rest = rest.strip_prefix("de ").unwrap_or(rest);
    }
    for (m, forms) in months(lang).iter().enumerate() {
        for form in *forms {
            let matched = if lang == Lang::En { strip_prefix_ci(rest, form) } else { rest.strip_prefix(form) };
            if let Some(after) = matched {
                let mut after = after.trim_start();
                if lang == Lang::Es {
                    after = after.strip_prefix("de ").unwrap_or(after);
                }
                let (y, b) = number(after)?;
                let mut end = &after[b..];
                if lang == Lang::Ru {
                    let trimmed = end.trim_start();
                    end = trimmed.strip_prefix("года").or_else(|| trimmed.strip_prefix("г.")).unwrap_or(end);
                }
                return iso(y, m, d).map(|s| (s, start + t.len() - end.len()));
            }
        }
    }
    None
}

/// Every date in `text`: (byte offset, ISO date).
pub(crate) fn dates_in(lang: Lang, text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let prev_digit = i > 0 && text.as_bytes()[i - 1].is_ascii_digit();
        if !prev_digit
            && text.as_bytes()[i].is_ascii_digit()
            && let Some((date, used)) = date_at(lang, &text[i..])
        {
            out.push((i, date));
            i += used.max(1);
            continue;
        }
        i += text[i..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    out
}

/// "Resolution adopted by the General Assembly on 6 December 2021": the date.
pub(crate) fn adopted_on(lang: Lang, line: &str) -> Option<String> {
    let marker: &[&str] = match lang {
        Lang::En => &["Resolution adopted by the General Assembly on", "Decision adopted by the General Assembly on"],
        Lang::Fr => &[
            "Résolution adoptée par l'Assemblée générale le",
            "Résolution adoptée par l’Assemblée générale le",
            "Décision adoptée par l'Assemblée générale le",
        ],
        Lang::Es => &["Resolución aprobada por la Asamblea General el", "Decisión adoptada por la Asamblea General el"],
        Lang::Ru => &["Резолюция, принятая Генеральной Ассамблеей", "Решение, принятое Генеральной Ассамблеей"],
        Lang::Ar => &["قرار اتخذته الجمعية العامة في", "مقرر اتخذته الجمعية العامة في"],
        Lang::Zh => &["大会"],
    };
    if lang == Lang::Zh {
        // 2021 年 12 月 6 日大会决议
        if !(line.ends_with("大会决议") || line.ends_with("大会通过的决议") || line.ends_with("大会决定"))
        {
            return None;
        }
        return dates_in(lang, line).into_iter().next().map(|(_, d)| d);
    }
    let rest = marker.iter().find_map(|m| line.trim().strip_prefix(m))?;
    dates_in(lang, rest).into_iter().next().map(|(_, d)| d)
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

/// The verb tables, per language: (key, lower-cased form), longest forms first.
struct VerbTable {
    preambular: Vec<Vec<(&'static str, String)>>,
    operative: Vec<Vec<(&'static str, String)>>,
}

fn verb_table() -> &'static VerbTable {
    static TABLE: std::sync::OnceLock<VerbTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let build = |source: &'static str| {
            let mut per_lang: Vec<Vec<(&'static str, String)>> = vec![Vec::new(); 6];
            for row in source.lines().filter(|l| !l.trim().is_empty()) {
                let cols: Vec<&'static str> = row.split('|').map(str::trim).collect();
                for lang in Lang::ALL {
                    let column = match lang {
                        Lang::En => 1,
                        Lang::Fr => 2,
                        Lang::Es => 3,
                        Lang::Ru => 4,
                        Lang::Ar => 5,
                        Lang::Zh => 6,
                    };
                    if let Some(cell) = cols.get(column) {
                        for form in cell.split(';').map(str::trim).filter(|f| !f.is_empty()) {
                            per_lang[lang.index()].push((cols[0], form.to_lowercase()));
                        }
                    }
                }
            }
            for forms in &mut per_lang {
                forms.sort_by_key(|(_, f)| std::cmp::Reverse(f.len()));
            }
            per_lang
        };
        VerbTable { preambular: build(PREAMBULAR), operative: build(OPERATIVE) }
    })
}

/// Whether a paragraph opens with a verb, and which: (verb as written, key, bytes used).
pub(crate) fn opening_verb(lang: Lang, text: &str, operative: bool) -> Option<(String, String, usize)> {
    let table = verb_table();
    let forms = if operative { &table.operative[lang.index()] } else { &table.preambular[lang.index()] };
    // Verbs stand at the start: only the first few words need comparing. Lower-casing keeps
    // byte lengths for the scripts concerned here, so offsets map back onto `text`.
    let head_end = text.char_indices().nth(60).map(|(i, _)| i).unwrap_or(text.len());
    let lower = text[..head_end].to_lowercase();
    if lower.len() != head_end {
        return None;
    }
    let (prefix_mod, body, body_offset) = leading_modifier(lang, &lower);
    let (key, form) =
        forms.iter().find(|(_, form)| body.starts_with(form.as_str()) && boundary(lang, &body[form.len()..]))?;
    let mut used = body_offset + form.len();
    let mut key = key.to_string();
    if let Some(m) = prefix_mod {
        key = format!("{key}_{m}");
    } else if let Some((m, extra)) = trailing_modifier(lang, &lower[used..]) {
        key = format!("{key}_{m}");
        used += extra;
    }
    Some((text[..used].to_string(), key, used))
}

fn boundary(lang: Lang, rest: &str) -> bool {
    lang == Lang::Zh || rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric())
}

fn leading_modifier(lang: Lang, lower: &str) -> (Option<&'static str>, &str, usize) {
    let mods: &[(&str, &str)] = match lang {
        Lang::En => &[("also ", "also"), ("further ", "further"), ("again ", "again")],
        Lang::Zh => &[("又", "also"), ("还", "also"), ("并", "further"), ("再次", "again"), ("另外", "further")],
        Lang::Ar => &[("وإذ ", ""), ("و", "")],
        _ => &[],
    };
    for (m, key) in mods {
        if let Some(rest) = lower.strip_prefix(m) {
            let key: Option<&'static str> = if key.is_empty() { None } else { Some(key) };
            return (key, rest, m.len());
        }
    }
    (None, lower, 0)
}

fn trailing_modifier(lang: Lang, rest: &str) -> Option<(&'static str, usize)> {
    let mods: &[(&str, &str)] = match lang {
        Lang::En => &[(" also", "also"), (" further", "further"), (" again", "again")],
        Lang::Fr => &[(" également", "also"), (" aussi", "also"), (" en outre", "further"), (" de nouveau", "again")],
        Lang::Es => &[(" también", "also"), (" además", "further"), (" asimismo", "also"), (" nuevamente", "again")],
        Lang::Ru => &[(" также", "also"), (" далее", "further"), (" вновь", "again")],
        Lang::Ar => &[(" أيضا", "also"), (" كذلك", "also")],
        Lang::Zh => &[],
    };
    mods.iter().find(|(m, _)| rest.starts_with(m) && boundary(lang, &rest[m.len()..])).map(|(m, key)| (*key, m.len()))
}

// key | en | fr | es | ru | ar | zh  (forms separated by ';', longest match wins)
const PREAMBULAR: &str = "
recalling | Recalling | Rappelant | Recordando | Ссылаясь на; Напоминая | إذ تشير إلى; تشير إلى; إذ تستذكر | 回顾
reaffirming | Reaffirming | Réaffirmant | Reafirmando | Вновь подтверждая; Подтверждая вновь | إذ تعيد تأكيد; تعيد تأكيد | 重申
noting | Noting | Notant | Observando; Señalando | Отмечая | إذ تلاحظ; تلاحظ | 注意到
taking_note | Taking note | Prenant note | Tomando nota | Принимая к сведению | إذ تحيط علما | 表示注意到
noting_with_appreciation | Noting with appreciation | Notant avec satisfaction | Observando con reconocimiento | С удовлетворением отмечая; Отмечая с удовлетворением | إذ تلاحظ مع التقدير | 赞赏地注意到
welcoming | Welcoming | Se félicitant; Accueillant avec satisfaction | Acogiendo con beneplácito; Acogiendo con satisfacción | Приветствуя | إذ ترحب; ترحب | 欢迎
expressing_concern | Expressing concern; Expressing its concern; Expressing deep concern; Concerned | Constatant avec préoccupation; Se déclarant préoccupée; Préoccupée | Expresando preocupación; Expresando su preocupación; Preocupada | Выражая озабоченность; Выражая обеспокоенность; Будучи обеспокоена | إذ تعرب عن القلق; إذ تعرب عن قلقها; وإذ يساورها القلق | 表示关切; 关切
emphasizing | Emphasizing; Emphasising | Soulignant | Destacando; Poniendo de relieve | Подчеркивая | إذ تشدد على; إذ تشدد | 强调指出; 强调
stressing | Stressing | Insistant sur; Insistant | Subrayando | Особо отмечая | إذ تؤكد | 着重指出
underlining | Underlining | Mettant l'accent sur; Soulignant en outre | Recalcando | Особо подчеркивая | إذ تبرز | 突出强调
considering | Considering | Considérant | Considerando | Считая; Учитывая, что | إذ ترى; إذ تعتبر | 认为
recognizing | Recognizing; Recognising | Reconnaissant; Consciente | Reconociendo | Признавая | إذ تسلم; إذ تعترف; إذ تدرك | 确认; 认识到
convinced | Convinced | Convaincue | Convencida | Будучи убеждена; Выражая убежденность | واقتناعا منها; اقتناعا منها | 深信
guided_by | Guided by | Guidée par | Guiada por | Руководствуясь | إذ تسترشد | 遵循
bearing_in_mind | Bearing in mind | Ayant à l'esprit; Consciente | Teniendo presente; Teniendo en cuenta | Учитывая; Памятуя | إذ تضع في اعتبارها | 铭记
mindful | Mindful | Sachant | Consciente | Сознавая | إذ تدرك | 意识到
acknowledging | Acknowledging | Prenant acte | Reconociendo | Признавая | إذ تقر | 承认
affirming | Affirming | Affirmant | Afirmando | Подтверждая | إذ تؤكد مجددا | 申明
deeply_concerned | Deeply concerned | Profondément préoccupée | Profundamente preocupada | Будучи глубоко обеспокоена | إذ يساورها بالغ القلق | 深为关切
having_considered | Having considered | Ayant examiné | Habiendo examinado | Рассмотрев | وقد نظرت في; وقد نظرت | 审议了
noting_with_concern | Noting with concern | Notant avec préoccupation | Observando con preocupación | С обеспокоенностью отмечая | إذ تلاحظ مع القلق | 关切地注意到
concerned | Concerned | Préoccupée | Preocupada | Будучи обеспокоена | وإذ يساورها القلق | 关切
determined | Determined | Déterminée; Résolue | Decidida; Resuelta | Преисполненная решимости | وتصميما منها | 决心
conscious | Conscious; Aware | Consciente | Consciente | Сознавая | وإذ تدرك; إذ تدرك | 意识到
reiterating | Reiterating | Réitérant | Reiterando | Вновь заявляя | وإذ تكرر; إذ تكرر | 重申
taking_into_account | Taking into account | Tenant compte | Teniendo en cuenta | Принимая во внимание | وإذ تأخذ في الاعتبار | 考虑到
highlighting | Highlighting | Mettant en évidence | Poniendo de relieve | Особо отмечая | وإذ تسلط الضوء | 着重指出
";

const OPERATIVE: &str = "
calls_upon | Calls upon; Calls on | Demande; Engage | Exhorta; Pide | Призывает | تهيب | 促请; 吁请
urges | Urges | Prie instamment; Exhorte | Insta | Настоятельно призывает | تحث | 敦促
decides | Decides | Décide | Decide | Постановляет; Принимает решение | تقرر | 决定
requests | Requests | Prie | Solicita | Просит | تطلب | 请
invites | Invites | Invite | Invita | Предлагает | تدعو | 邀请
welcomes | Welcomes | Se félicite; Accueille avec satisfaction | Acoge con beneplácito; Acoge con satisfacción | Приветствует | ترحب | 欢迎
encourages | Encourages | Encourage | Alienta | Рекомендует; Призывает также | تشجع | 鼓励
supports | Supports | Soutient; Appuie | Apoya | Поддерживает | تؤيد; تدعم | 支持
notes_with_appreciation | Notes with appreciation; Appreciates | Note avec satisfaction; Salue | Observa con aprecio; Aprecia | С удовлетворением отмечает; Высоко оценивает | تلاحظ مع التقدير; تقدر | 赞赏地注意到; 赞赏
emphasizes | Emphasizes; Emphasises | Souligne | Destaca; Pone de relieve | Подчеркивает | تشدد على; تشدد | 强调
stresses | Stresses; Underlines | Insiste; Met l'accent | Subraya; Recalca | Особо отмечает; Особо подчеркивает | تؤكد | 着重指出; 强调指出
reaffirms | Reaffirms | Réaffirme | Reafirma | Вновь подтверждает | تعيد تأكيد | 重申
recognizes | Recognizes; Recognises | Reconnaît | Reconoce | Признает | تسلم; تعترف | 确认; 认识到
takes_note | Takes note | Prend note | Toma nota | Принимает к сведению | تحيط علما | 表示注意到
notes | Notes | Note; Constate | Observa; Señala | Отмечает | تلاحظ | 注意到
expresses_concern | Expresses concern; Expresses its concern; Expresses deep concern | Se déclare préoccupée; Exprime sa préoccupation | Expresa preocupación; Expresa su preocupación | Выражает озабоченность; Выражает обеспокоенность | تعرب عن القلق; تعرب عن قلقها | 表示关切
affirms | Affirms | Affirme | Afirma | Подтверждает | تؤكد مجددا | 申明
endorses | Endorses | Fait sien; Approuve | Hace suyo; Hace suyas | Одобряет | تؤيد | 赞同; 核可
condemns | Condemns | Condamne | Condena | Осуждает | تدين | 谴责
expresses_appreciation | Expresses its appreciation; Expresses appreciation | Remercie; Exprime sa gratitude | Expresa su reconocimiento | Выражает признательность | تعرب عن تقديرها | 表示赞赏
approves | Approves | Approuve | Aprueba | Утверждает | توافق على | 核准
authorizes | Authorizes; Authorises | Autorise | Autoriza | Уполномочивает | تأذن | 授权
reiterates | Reiterates | Réitère | Reitera | Вновь заявляет | تكرر | 重申
adopts | Adopts | Adopte | Aprueba | Принимает | تعتمد | 通过
expresses_gratitude | Expresses its profound gratitude; Expresses its gratitude | Exprime sa profonde gratitude; Exprime sa gratitude | Expresa su profundo agradecimiento; Expresa su agradecimiento | Выражает глубокую признательность; Выражает признательность | تعرب عن امتنانها العميق; تعرب عن امتنانها | 深为感谢; 感谢
commends | Commends | Félicite; Salue | Encomia | Высоко оценивает | تثني على | 赞扬
underscores | Underscores | Souligne | Subraya | Подчеркивает | تؤكد | 强调
demands | Demands | Exige | Exige | Требует | تطالب | 要求
appeals | Appeals | Lance un appel | Hace un llamamiento | Обращается с призывом | تناشد | 呼吁
deplores | Deplores | Déplore | Deplora | Выражает сожаление | تشجب | 痛惜
recommends | Recommends | Recommande | Recomienda | Рекомендует | توصي | 建议
";

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
