//! The Points of Contact directory's entries: a State's diplomatic or technical contact, what
//! a nomination must hold to be listed (checked field by field, with what would be right), and
//! the Secretariat's CSV of nominations received by note verbale, read row by row.
#![forbid(unsafe_code)]

pub mod checks;
pub mod messages;
pub mod stix;

use serde::{Deserialize, Serialize};

/// Diplomatic contacts speak for the State; technical contacts (often the national CERT)
/// handle incidents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Diplomatic,
    Technical,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Diplomatic => "diplomatic",
            Category::Technical => "technical",
        }
    }

    pub fn parse(text: &str) -> Option<Category> {
        match text.trim().to_lowercase().as_str() {
            "diplomatic" => Some(Category::Diplomatic),
            "technical" => Some(Category::Technical),
            _ => None,
        }
    }
}

/// What a nomination says of a contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub category: Category,
    pub name: String,
    pub position: String,
    pub institution: String,
    /// At least one.
    pub emails: Vec<String>,
    /// International format, `+` and digits (`+254 20 123 4567` is kept as `+254201234567`).
    pub phones: Vec<String>,
    /// The languages the contact works in, ISO 639-1 (`en`, `fr`, `sw`, ...).
    pub languages: Vec<String>,
    /// When the contact answers, as given (`09:00-17:00 Mon-Fri`, `24/7`).
    pub hours: String,
    /// IANA time zone (`Africa/Nairobi`).
    pub time_zone: String,
    /// ASCII-armoured OpenPGP public key, when the contact has one.
    pub openpgp_key: Option<String>,
}

/// A field of a nomination that is not right, and what would be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

fn error(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError { field, message: message.into() }
}

/// `+` and 7 to 15 digits (ITU-T E.164), from a number written with spaces, dots, hyphens or
/// brackets.
pub fn normalise_phone(phone: &str) -> Result<String, String> {
    let kept: String = phone.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')')).collect();
    let digits = kept.strip_prefix('+').unwrap_or("");
    if digits.len() >= 7 && digits.len() <= 15 && digits.chars().all(|c| c.is_ascii_digit()) && !digits.starts_with('0')
    {
        Ok(kept)
    } else {
        Err(format!("{phone:?} is not a phone number in international format (+254 20 123 4567)"))
    }
}

impl Contact {
    /// The nomination checked whole: every field that is wrong is named (not only the
    /// first); on success, the contact with emails, phones and languages normalised.
    pub fn checked(&self) -> Result<Contact, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut out = self.clone();
        for (field, value) in [("name", &self.name), ("position", &self.position), ("institution", &self.institution)] {
            let trimmed = value.trim();
            if trimmed.is_empty() || trimmed.chars().count() > 200 || trimmed.chars().any(char::is_control) {
                errors.push(error(field, "must be given, in at most 200 characters"));
            }
        }
        out.name = self.name.trim().to_string();
        out.position = self.position.trim().to_string();
        out.institution = self.institution.trim().to_string();
        if self.emails.is_empty() {
            errors.push(error("emails", "at least one email address is needed"));
        }
        out.emails = Vec::new();
        for email in &self.emails {
            match comity_access::normalise_email(email) {
                Ok(e) if !out.emails.contains(&e) => out.emails.push(e),
                Ok(_) => {}
                Err(e) => errors.push(error("emails", e)),
            }
        }
        out.phones = Vec::new();
        for phone in &self.phones {
            match normalise_phone(phone) {
                Ok(p) if !out.phones.contains(&p) => out.phones.push(p),
                Ok(_) => {}
                Err(e) => errors.push(error("phones", e)),
            }
        }
        if self.languages.is_empty() {
            errors.push(error("languages", "name at least one working language (ISO 639-1, such as en or fr)"));
        }
        out.languages = Vec::new();
        for language in &self.languages {
            let l = language.trim().to_lowercase();
            if l.len() == 2 && l.chars().all(|c| c.is_ascii_lowercase()) {
                if !out.languages.contains(&l) {
                    out.languages.push(l);
                }
            } else {
                errors.push(error(
                    "languages",
                    format!("{language:?} is not a two-letter ISO 639-1 code (en, fr, ar, ...)"),
                ));
            }
        }
        out.hours = self.hours.trim().to_string();
        if out.hours.is_empty() || out.hours.chars().count() > 100 {
            errors.push(error("hours", "say when the contact answers, such as 09:00-17:00 Mon-Fri or 24/7"));
        }
        out.time_zone = self.time_zone.trim().to_string();
        if jiff::tz::TimeZone::get(&out.time_zone).is_err() {
            errors.push(error(
                "time_zone",
                format!("{:?} is not an IANA time zone (such as Africa/Nairobi or Europe/Paris)", self.time_zone),
            ));
        }
        out.openpgp_key = self.openpgp_key.as_ref().map(|k| k.trim().to_string()).filter(|k| !k.is_empty());
        if let Some(key) = &out.openpgp_key
            && !(key.starts_with("-----BEGIN PGP PUBLIC KEY BLOCK-----")
                && key.ends_with("-----END PGP PUBLIC KEY BLOCK-----"))
        {
            errors.push(error(
                "openpgp_key",
                "give the ASCII-armoured public key, from BEGIN PGP PUBLIC KEY BLOCK to its END line",
            ));
        }
        if errors.is_empty() { Ok(out) } else { Err(errors) }
    }
}

/// One row of the Secretariat's CSV of nominations, read.
#[derive(Debug, Clone, Serialize)]
pub struct CsvNomination {
    /// The row's line in the file (the header is line 1).
    pub line: u64,
    /// ISO 3166-1 alpha-3 of the nominating State.
    pub state: String,
    pub contact: Contact,
}

/// A row that cannot be taken, with where and why.
#[derive(Debug, Clone, Serialize, thiserror::Error)]
#[error("line {line}, {field}: {message}")]
pub struct CsvProblem {
    pub line: u64,
    pub field: String,
    pub message: String,
}

/// The columns of the nominations CSV, in order; lists (emails, phones, languages) are
/// separated by `;`.
pub const CSV_COLUMNS: [&str; 11] = [
    "state",
    "category",
    "name",
    "position",
    "institution",
    "emails",
    "phones",
    "languages",
    "hours",
    "time_zone",
    "openpgp_key",
];

/// Contacts as CSV in [`CSV_COLUMNS`], which [`read_csv`] reads back: (State code, contact).
/// A cell a spreadsheet would run as a formula is written behind a quote (see
/// [`comity_access::untrusted::spreadsheet_cell`]).
pub fn write_csv<'a>(rows: impl IntoIterator<Item = (&'a str, &'a Contact)>) -> String {
    use comity_access::untrusted::spreadsheet_cell;
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(CSV_COLUMNS);
    for (state, c) in rows {
        let _ = writer.write_record(
            [
                state,
                c.category.as_str(),
                &c.name,
                &c.position,
                &c.institution,
                &c.emails.join(";"),
                &c.phones.join(";"),
                &c.languages.join(";"),
                &c.hours,
                &c.time_zone,
                c.openpgp_key.as_deref().unwrap_or(""),
            ]
            .map(|cell| spreadsheet_cell(cell).into_owned()),
        );
    }
    writer.into_inner().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
}

/// The most rows one nominations CSV holds: four contacts for each of 193 States many times
/// over; a larger file is not a list of nominations.
pub const MAX_CSV_ROWS: usize = 5_000;

fn list(text: &str) -> Vec<String> {
    text.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// Reads the nominations CSV (UTF-8, with the header of [`CSV_COLUMNS`]): every row is either
/// taken or reported with its line, field and what would be right. The State column takes a
/// code or a name in any official language.
pub fn read_csv(
    bytes: &[u8],
    states: &comity_states::StateRegistry,
) -> Result<(Vec<CsvNomination>, Vec<CsvProblem>), CsvProblem> {
    let text = std::str::from_utf8(bytes).map_err(|e| CsvProblem {
        line: 1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64,
        field: "file".into(),
        message: "the file is not UTF-8 text; save it as CSV UTF-8".into(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(at) = text.find('\0') {
        return Err(CsvProblem {
            line: 1 + text[..at].matches('\n').count() as u64,
            field: "file".into(),
            message: comity_access::untrusted::refuse_nul("the file", text).unwrap_err().to_string(),
        });
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| CsvProblem { line: 1, field: "header".into(), message: e.to_string() })?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    if header != CSV_COLUMNS {
        return Err(CsvProblem {
            line: 1,
            field: "header".into(),
            message: format!("the header must be: {}", CSV_COLUMNS.join(",")),
        });
    }
    let (mut taken, mut problems) = (Vec::new(), Vec::new());
    for (n, record) in reader.records().enumerate() {
        if n == MAX_CSV_ROWS {
            return Err(CsvProblem {
                line: record.ok().and_then(|r| r.position().map(|p| p.line())).unwrap_or(0),
                field: "file".into(),
                message: format!("more than {MAX_CSV_ROWS} rows: send the nominations in smaller files"),
            });
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                problems.push(CsvProblem { line, field: "row".into(), message: e.to_string() });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.len() != CSV_COLUMNS.len() {
            problems.push(CsvProblem {
                line,
                field: "row".into(),
                message: format!("{} fields, where the header has {}", record.len(), CSV_COLUMNS.len()),
            });
            continue;
        }
        // A cell this module wrote behind a quote (a phone's leading +) is read as it was.
        let field = |i: usize| comity_access::untrusted::from_spreadsheet_cell(record.get(i).unwrap_or("")).to_string();
        let state = match states.resolve(&field(0)) {
            comity_states::Resolution::Found { state, .. } => state.iso3.clone(),
            comity_states::Resolution::NotFound { .. } => {
                problems.push(CsvProblem {
                    line,
                    field: "state".into(),
                    message: format!("{:?} is no State's code or name", field(0)),
                });
                continue;
            }
        };
        let Some(category) = Category::parse(&field(1)) else {
            problems.push(CsvProblem {
                line,
                field: "category".into(),
                message: format!("{:?}: write diplomatic or technical", field(1)),
            });
            continue;
        };
        let contact = Contact {
            category,
            name: field(2),
            position: field(3),
            institution: field(4),
            emails: list(&field(5)),
            phones: list(&field(6)),
            languages: list(&field(7)),
            hours: field(8),
            time_zone: field(9),
            openpgp_key: Some(field(10)),
        };
        match contact.checked() {
            Ok(contact) => taken.push(CsvNomination { line, state, contact }),
            Err(errors) => problems.extend(errors.into_iter().map(|e| CsvProblem {
                line,
                field: e.field.to_string(),
                message: e.message,
            })),
        }
    }
    Ok((taken, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kenya() -> Contact {
        Contact {
            category: Category::Technical,
            name: " Wanjiru Kamau ".into(),
            position: "Head of incident response".into(),
            institution: "National KE-CIRT/CC".into(),
            emails: vec!["Incidents@KE-CIRT.example".into(), "incidents@ke-cirt.example".into()],
            phones: vec!["+254 (20) 123-4567".into()],
            languages: vec!["EN".into(), "sw".into()],
            hours: "24/7".into(),
            time_zone: "Africa/Nairobi".into(),
            openpgp_key: None,
        }
    }

    #[test]
    fn a_nomination_is_checked_whole_and_normalised() {
        let c = kenya().checked().unwrap();
        assert_eq!(c.name, "Wanjiru Kamau");
        assert_eq!(c.emails, ["incidents@ke-cirt.example"]);
        assert_eq!(c.phones, ["+254201234567"]);
        assert_eq!(c.languages, ["en", "sw"]);
        let bad = Contact {
            emails: vec!["not an email".into()],
            phones: vec!["020 123".into()],
            languages: vec!["english".into()],
            time_zone: "Nairobi".into(),
            openpgp_key: Some("my key".into()),
            ..kenya()
        };
        let errors = bad.checked().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["emails", "phones", "languages", "time_zone", "openpgp_key"], "{errors:?}");
        assert!(errors[3].message.contains("Africa/Nairobi"));
    }

    #[test]
    fn the_csv_is_read_row_by_row() {
        let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
        let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
            Kenya,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,+254 20 123 4567,en;sw,24/7,Africa/Nairobi,\n\
            FRA,diplomatic,Jeanne Martin,Conseillère,Ministère,cyber@diplomatie.example,,fr;en,09:00-18:00,Europe/Paris,\n\
            Atlantis,technical,X,Y,Z,x@y.example,,en,24/7,UTC,\n\
            DEU,liaison,X,Y,Z,x@y.example,,de,24/7,Europe/Berlin,\n\
            CHN,technical,Li Wei,Engineer,CNCERT,not-an-email,,zh,24/7,Asia/Shanghai,\n\
            BRA,technical,too,few\n";
        let (taken, problems) = read_csv(csv.as_bytes(), &states).unwrap();
        assert_eq!(taken.iter().map(|n| (n.line, n.state.as_str())).collect::<Vec<_>>(), [(2, "KEN"), (3, "FRA")]);
        let found: Vec<(u64, &str)> = problems.iter().map(|p| (p.line, p.field.as_str())).collect();
        assert_eq!(found, [(4, "state"), (5, "category"), (6, "emails"), (7, "row")], "{problems:?}");
        assert!(read_csv(b"name,state\nx,y\n", &states).unwrap_err().message.contains("header must be"));
        assert_eq!(read_csv(b"state\n\xff\n", &states).unwrap_err().line, 2);
    }

    /// Findings 9, 10 and 11 of the security review: formulas exported as entered, NUL taken on
    /// one engine, a 200,000-row file accepted.
    #[test]
    fn the_csv_neither_runs_in_a_spreadsheet_nor_takes_what_is_not_a_nomination() {
        let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
        let mut c = kenya();
        c.name = "=HYPERLINK(\"http://evil.example\",\"Wanjiru\")".into();
        c.position = "@SUM(A1:A9)".into();
        c.institution = "+cmd|' /C calc'!A0".into();
        let csv = write_csv([("KEN", &c)]);
        let row = csv.lines().nth(1).unwrap();
        for cell in ["\"'=HYPERLINK(", "'@SUM(A1:A9)", "'+cmd|", "'+254 (20) 123-4567"] {
            assert!(row.contains(cell), "{cell} in {row}");
        }
        let (back, problems) = read_csv(csv.as_bytes(), &states).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            (back[0].contact.name.as_str(), back[0].contact.phones[0].as_str()),
            (c.name.as_str(), "+254201234567")
        );

        let nul = format!("{}\nKEN,technical,Wan\0jiru,H,I,a@b.example,,en,24/7,UTC,\n", CSV_COLUMNS.join(","));
        let error = read_csv(nul.as_bytes(), &states).unwrap_err();
        assert_eq!((error.line, error.field.as_str()), (2, "file"));
        assert!(error.message.contains("NUL character"), "{}", error.message);

        let mut huge = CSV_COLUMNS.join(",");
        for _ in 0..=MAX_CSV_ROWS {
            huge.push_str("\nKEN,technical,W,H,I,a@b.example,,en,24/7,UTC,");
        }
        assert!(read_csv(huge.as_bytes(), &states).unwrap_err().message.contains("more than 5000 rows"));
    }
}
