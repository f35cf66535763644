//! Rules for text that came from outside, applied the same way wherever it enters or leaves:
//! NUL is never text (refused with one message on every channel and both engines), and a CSV
//! cell a spreadsheet would run as a formula is neutralised on the way out (OWASP's rule).

use std::borrow::Cow;

/// Text held a NUL character (U+0000): PostgreSQL cannot store it and no document needs it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field} contains a NUL character (U+0000), which is not text: remove it and send again")]
pub struct NulInText {
    /// Where: a file, a form field, a JSON member.
    pub field: String,
}

/// Refuses text with a NUL character, naming where it was.
pub fn refuse_nul(field: &str, text: &str) -> Result<(), NulInText> {
    if text.contains('\0') { Err(NulInText { field: field.to_string() }) } else { Ok(()) }
}

/// How a request's bytes write text: what a NUL looks like in them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// A form body or a query string: `%00` (a typed `%00` arrives as `%2500`).
    Percent,
    /// JSON: the escape `\u0000` (a typed backslash arrives doubled).
    Json,
}

/// Whether bytes sent to the server carry a NUL: the raw byte, or its escape in `encoding`.
pub fn carries_nul(bytes: &[u8], encoding: Encoding) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    match encoding {
        Encoding::Percent => bytes.windows(3).any(|w| w.eq_ignore_ascii_case(b"%00")),
        Encoding::Json => bytes.windows(6).enumerate().any(|(i, w)| {
            // An escape when an odd number of backslashes stands before `u0000`.
            w[0] == b'\\'
                && w[1..].eq_ignore_ascii_case(b"u0000")
                && bytes[..i].iter().rev().take_while(|b| **b == b'\\').count() % 2 == 0
        }),
    }
}

/// The first characters that make a spreadsheet read a cell as a formula (or a DDE command).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell for a CSV file people open in a spreadsheet: one that begins like a formula is
/// written behind a single quote, which spreadsheets show as text and do not run.
pub fn spreadsheet_cell(value: &str) -> Cow<'_, str> {
    if value.starts_with(FORMULA_START) { Cow::Owned(format!("'{value}")) } else { Cow::Borrowed(value) }
}

/// The value of a cell written by [`spreadsheet_cell`], read back: the quote it added goes.
pub fn from_spreadsheet_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_read_back() {
        for value in
            ["=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\tx", "\rx", "+254 20 1234"]
        {
            let cell = spreadsheet_cell(value);
            assert!(cell.starts_with('\''), "{value}");
            assert_eq!(from_spreadsheet_cell(&cell), value);
        }
        assert_eq!(spreadsheet_cell("Kenya"), "Kenya");
        assert_eq!(from_spreadsheet_cell("'quoted by its author"), "'quoted by its author");
    }

    #[test]
    fn nul_is_found_however_it_is_written() {
        use Encoding::*;
        assert!(carries_nul(b"a\0b", Json) && carries_nul(b"name=a%00b", Percent));
        assert!(carries_nul(br#"{"a":"x\u0000"}"#, Json) && carries_nul(br#"{"a":"\\\u0000"}"#, Json));
        assert!(!carries_nul(br#"{"a":"typed \\u0000"}"#, Json), "a backslash typed before u0000");
        assert!(!carries_nul(b"name=a%2500b&n=100", Percent) && !carries_nul(br#"{"a":"%00 \u00e9"}"#, Json));
        assert_eq!(refuse_nul("subject", "a\0").unwrap_err().to_string().split(' ').next(), Some("subject"));
    }
}
