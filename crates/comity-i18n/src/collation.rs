//! Language-aware sorting (ICU4X collation with compiled data): how a list of names is ordered on a
//! page in that page's language.

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;

use crate::Lang;

/// One collator per official language, built once and shared.
pub struct Collation {
    collators: Vec<CollatorBorrowed<'static>>,
}

impl Collation {
    pub fn new() -> Self {
        let collators = Lang::ALL
            .into_iter()
            .map(|lang| {
                let locale: Locale = lang.code().parse().expect("official language codes are valid locales");
                Collator::try_new((&locale).into(), CollatorOptions::default())
                    .expect("compiled collation data covers the six official languages")
            })
            .collect();
        Collation { collators }
    }

    pub fn compare(&self, lang: Lang, a: &str, b: &str) -> Ordering {
        self.collators[lang.index()].compare(a, b)
    }
}

impl Default for Collation {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(c: &Collation, lang: Lang, words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        v.sort_by(|a, b| c.compare(lang, a, b));
        v
    }

    #[test]
    fn accents_do_not_push_names_to_the_end() {
        let c = Collation::new();
        assert_eq!(sorted(&c, Lang::Fr, &["Zambie", "Égypte", "Espagne"]), ["Égypte", "Espagne", "Zambie"]);
        assert_eq!(sorted(&c, Lang::En, &["Uganda", "Türkiye", "Tuvalu"]), ["Türkiye", "Tuvalu", "Uganda"]);
    }

    #[test]
    fn chinese_sorts_by_pinyin() {
        let c = Collation::new();
        // 阿 (a) < 中 (zhong)
        assert_eq!(sorted(&c, Lang::Zh, &["中国", "阿富汗"]), ["阿富汗", "中国"]);
    }
}
