//! Sessions written in words, as each language numbers them (ordinals, French and Chinese
//! cardinals).

use comity_i18n::Lang;

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
