//! Dates as each language writes them (month names, day and year order), and the adoption
//! date of a resolution.

use comity_i18n::Lang;

use super::strip_prefix_ci;

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
