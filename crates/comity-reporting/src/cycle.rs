//! A reporting cycle: which resolution asks for views, for which session's report, with which
//! questions (in each official language held), the note verbale that invited them, and the
//! deadline.

use serde::{Deserialize, Serialize};

/// One question of a cycle, e.g. (a) national efforts to strengthen information security.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// `(a)`, `(b)`, ... in the order the resolution asks them.
    pub label: String,
    /// The question's text by language code; at least one language.
    pub texts: std::collections::BTreeMap<String, String>,
}

/// What the Secretariat gives to open a cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCycle {
    /// `A/RES/76/19`.
    pub resolution: String,
    /// The session the report goes to.
    pub session: u32,
    pub questions: Vec<Question>,
    /// The note verbale's reference, e.g. `ODA/2022-00047/ICT`.
    pub note_verbale: String,
    /// ISO dates.
    pub note_verbale_date: String,
    pub deadline: String,
}

/// A cycle as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cycle {
    /// `77-76-19`: the session, then the resolution's session and number.
    pub id: String,
    #[serde(flatten)]
    pub details: NewCycle,
    /// `open` or `closed`.
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CycleError {
    #[error("resolution {0:?}: write a General Assembly resolution symbol such as A/RES/76/19")]
    Resolution(String),
    #[error("session {0}: a General Assembly session is a number from 1 to 200")]
    Session(u32),
    #[error("{field} {value:?}: write a date as YYYY-MM-DD")]
    Date { field: &'static str, value: String },
    #[error("the deadline {deadline} comes before the note verbale's date {sent}")]
    DeadlineBeforeNote { deadline: String, sent: String },
    #[error("a cycle needs at least one question, and at most 20")]
    QuestionCount,
    #[error("question {label:?}: {problem}")]
    Question { label: String, problem: String },
    #[error("the note verbale's reference is empty")]
    NoteVerbale,
}

fn date(field: &'static str, value: &str) -> Result<jiff::civil::Date, CycleError> {
    value.trim().parse::<jiff::civil::Date>().map_err(|_| CycleError::Date { field, value: value.to_string() })
}

impl NewCycle {
    /// Checks everything before anything is stored; the first problem, named.
    pub fn validate(&self) -> Result<(), CycleError> {
        let parts: Vec<&str> = self.resolution.split('/').collect();
        let numbered = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !(parts.len() == 4 && parts[0] == "A" && parts[1] == "RES" && numbered(parts[2]) && numbered(parts[3])) {
            return Err(CycleError::Resolution(self.resolution.clone()));
        }
        if !(1..=200).contains(&self.session) {
            return Err(CycleError::Session(self.session));
        }
        let sent = date("note verbale date", &self.note_verbale_date)?;
        let deadline = date("deadline", &self.deadline)?;
        if deadline < sent {
            return Err(CycleError::DeadlineBeforeNote {
                deadline: self.deadline.clone(),
                sent: self.note_verbale_date.clone(),
            });
        }
        if self.note_verbale.trim().is_empty() {
            return Err(CycleError::NoteVerbale);
        }
        if self.questions.is_empty() || self.questions.len() > 20 {
            return Err(CycleError::QuestionCount);
        }
        let mut seen = std::collections::HashSet::new();
        for q in &self.questions {
            let problem = |p: &str| Err(CycleError::Question { label: q.label.clone(), problem: p.to_string() });
            if q.label.trim().is_empty() || !seen.insert(q.label.trim().to_string()) {
                return problem("each question needs a label of its own, such as (a)");
            }
            if q.texts.is_empty() {
                return problem("the question has no text in any language");
            }
            for (lang, text) in &q.texts {
                if lang.parse::<comity_i18n::Lang>().is_err() {
                    return problem(&format!("{lang:?} is not one of ar, zh, en, fr, ru, es"));
                }
                if text.trim().is_empty() {
                    return problem(&format!("the {lang} text is empty"));
                }
            }
        }
        Ok(())
    }

    /// The cycle's identifier: `77-76-19` for A/RES/76/19 reported to the 77th session.
    pub fn id(&self) -> String {
        let parts: Vec<&str> = self.resolution.split('/').collect();
        format!("{}-{}-{}", self.session, parts.get(2).unwrap_or(&"0"), parts.get(3).unwrap_or(&"0"))
    }

    /// Whether a reply made on `day` (ISO date) is late: it then goes to an addendum.
    pub fn is_late(&self, day: &str) -> bool {
        match (
            day.get(..10).and_then(|d| d.parse::<jiff::civil::Date>().ok()),
            self.deadline.parse::<jiff::civil::Date>().ok(),
        ) {
            (Some(d), Some(deadline)) => d > deadline,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cycle() -> NewCycle {
        NewCycle {
            resolution: "A/RES/76/19".into(),
            session: 77,
            questions: vec![Question {
                label: "(a)".into(),
                texts: [("en".to_string(), "National efforts".to_string())].into(),
            }],
            note_verbale: "ODA/2022-00047/ICT".into(),
            note_verbale_date: "2022-02-15".into(),
            deadline: "2022-05-20".into(),
        }
    }

    #[test]
    fn cycles_are_checked_field_by_field() {
        assert_eq!(cycle().validate(), Ok(()));
        assert_eq!(cycle().id(), "77-76-19");
        assert!(matches!(
            NewCycle { resolution: "76/19".into(), ..cycle() }.validate(),
            Err(CycleError::Resolution(_))
        ));
        assert!(matches!(NewCycle { session: 0, ..cycle() }.validate(), Err(CycleError::Session(0))));
        assert!(matches!(
            NewCycle { deadline: "20 May".into(), ..cycle() }.validate(),
            Err(CycleError::Date { field: "deadline", .. })
        ));
        assert!(matches!(
            NewCycle { deadline: "2022-01-01".into(), ..cycle() }.validate(),
            Err(CycleError::DeadlineBeforeNote { .. })
        ));
        assert!(matches!(NewCycle { questions: vec![], ..cycle() }.validate(), Err(CycleError::QuestionCount)));
        let mut twice = cycle();
        twice.questions.push(twice.questions[0].clone());
        assert!(matches!(twice.validate(), Err(CycleError::Question { .. })));
        let mut klingon = cycle();
        klingon.questions[0].texts.insert("tlh".into(), "x".into());
        assert!(klingon.validate().unwrap_err().to_string().contains("\"tlh\""));
        assert!(!cycle().is_late("2022-05-20T23:59:00Z"));
        assert!(cycle().is_late("2022-05-21T00:00:01Z"));
    }
}
