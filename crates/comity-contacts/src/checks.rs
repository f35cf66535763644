//! Communication checks: what a round's answers say — how many contacts acknowledged, and
//! how fast (median and 90th percentile), overall, by category and by State.

use serde::Serialize;

use crate::Category;

/// One contact's answer to a round: seconds from the round's start to its acknowledgement.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub state: String,
    pub category: Category,
    pub seconds: Option<f64>,
}

/// How a group of contacts answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub asked: usize,
    pub acknowledged: usize,
    /// Acknowledged / asked, 0 to 1.
    pub rate: f64,
    pub median_seconds: Option<f64>,
    pub p90_seconds: Option<f64>,
}

/// The nearest-rank percentile of sorted values (p in 0..=100).
fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank - 1).copied()
}

pub fn summarize<'a>(answers: impl IntoIterator<Item = &'a Answer>) -> Summary {
    let answers: Vec<&Answer> = answers.into_iter().collect();
    let mut times: Vec<f64> = answers.iter().filter_map(|a| a.seconds).collect();
    times.sort_by(f64::total_cmp);
    Summary {
        asked: answers.len(),
        acknowledged: times.len(),
        rate: if answers.is_empty() { 0.0 } else { times.len() as f64 / answers.len() as f64 },
        median_seconds: percentile(&times, 50.0),
        p90_seconds: percentile(&times, 90.0),
    }
}

/// A round's summary overall and by category.
#[derive(Debug, Clone, Serialize)]
pub struct RoundSummary {
    pub overall: Summary,
    pub diplomatic: Summary,
    pub technical: Summary,
}

pub fn round_summary(answers: &[Answer]) -> RoundSummary {
    RoundSummary {
        overall: summarize(answers),
        diplomatic: summarize(answers.iter().filter(|a| a.category == Category::Diplomatic)),
        technical: summarize(answers.iter().filter(|a| a.category == Category::Technical)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_and_percentiles() {
        let answer = |category, seconds| Answer { state: "KEN".into(), category, seconds };
        let answers: Vec<Answer> = (1..=10)
            .map(|i| answer(Category::Technical, Some(i as f64 * 60.0)))
            .chain([answer(Category::Diplomatic, None), answer(Category::Diplomatic, Some(30.0))])
            .collect();
        let s = round_summary(&answers);
        assert_eq!((s.overall.asked, s.overall.acknowledged), (12, 11));
        assert_eq!(s.technical.median_seconds, Some(300.0));
        assert_eq!(s.technical.p90_seconds, Some(540.0));
        assert_eq!(s.diplomatic.rate, 0.5);
        assert_eq!(summarize(&[]).median_seconds, None);
    }
}
