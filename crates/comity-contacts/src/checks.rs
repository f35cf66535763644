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

/// A round's summary overall, by category and by region.
#[derive(Debug, Clone, Serialize)]
pub struct RoundSummary {
    pub overall: Summary,
    pub diplomatic: Summary,
    pub technical: Summary,
    /// By UNSD M49 region (code, summary), for the regions the round asked, in
    /// [`comity_states::M49_REGIONS`] order.
    pub regions: Vec<(&'static str, Summary)>,
}

pub fn round_summary(answers: &[Answer]) -> RoundSummary {
    let in_region =
        |region: &'static str| answers.iter().filter(move |a| comity_states::m49_region(&a.state) == Some(region));
    RoundSummary {
        overall: summarize(answers),
        diplomatic: summarize(answers.iter().filter(|a| a.category == Category::Diplomatic)),
        technical: summarize(answers.iter().filter(|a| a.category == Category::Technical)),
        regions: comity_states::M49_REGIONS
            .into_iter()
            .filter(|r| in_region(r).next().is_some())
            .map(|r| (r, summarize(in_region(r))))
            .collect(),
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
        let mut with_france = answers.clone();
        with_france.push(Answer { state: "FRA".into(), category: Category::Diplomatic, seconds: None });
        let by_region = round_summary(&with_france).regions;
        assert_eq!(
            by_region.iter().map(|(r, s)| (*r, s.asked)).collect::<Vec<_>>(),
            [("002", 12), ("150", 1)],
            "Africa, Europe"
        );
    }
}
