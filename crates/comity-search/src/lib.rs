//! Text analysis for full-text search, written once and used for indexing and for queries on
//! both database engines, so the same query finds the same paragraphs on SQLite and PostgreSQL:
//! Chinese is segmented into words (jieba), Arabic is normalised (vowel marks, tatweel, alef
//! and yaa forms) and stemmed, Russian folds ё to е, and Arabic, English, French, Russian and
//! Spanish words are reduced to their Snowball stems.
#![forbid(unsafe_code)]

use std::sync::OnceLock;

use comity_i18n::Lang;
use frostem::{Algorithm, Stemmer};
use jieba_rs::Jieba;
use unicode_normalization::UnicodeNormalization;

/// A word of the original text: where it stands (bytes) and the term it is indexed under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub term: String,
}

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

fn stemmer(lang: Lang) -> Option<&'static Stemmer> {
    static STEMMERS: OnceLock<Vec<Option<Stemmer>>> = OnceLock::new();
    STEMMERS.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|l| match l {
                // Arabic has its own light stemmer (below): Snowball's strips letters that are
                // part of the word (فريق → ريق) and leaves stems that differ with the article.
                Lang::Ar => None,
                Lang::En => Some(Stemmer::new(Algorithm::English)),
                Lang::Fr => Some(Stemmer::new(Algorithm::French)),
                Lang::Ru => Some(Stemmer::new(Algorithm::Russian)),
                Lang::Es => Some(Stemmer::new(Algorithm::Spanish)),
                Lang::Zh => None,
            })
            .collect()
    })[lang.index()]
    .as_ref()
}

/// Arabic spelling variants that carry no difference of meaning for search.
fn normalise_arabic(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(*c as u32, 0x064B..=0x0652 | 0x0670 | 0x0640))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

/// Larkey, Ballesteros and Connell's light stemmer for Arabic retrieval ("light10", 2002):
/// the conjunction و, the article and the prepositions joined to it (ال, وال, بال, كال, فال,
/// لل), and common suffixes (dual, plural, feminine, pronouns), each only when two letters
/// remain. On normalised words (ة is ه here).
fn arabic_light_stem(word: &str) -> String {
    let mut w: Vec<char> = word.chars().collect();
    if w.len() >= 4 && w[0] == 'و' {
        w.remove(0);
    }
    for prefix in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        let p: Vec<char> = prefix.chars().collect();
        if w.len() >= p.len() + 2 && w.starts_with(&p) {
            w.drain(..p.len());
            break;
        }
    }
    for suffix in ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"] {
        let sfx: Vec<char> = suffix.chars().collect();
        if w.len() >= sfx.len() + 2 && w.ends_with(&sfx) {
            w.truncate(w.len() - sfx.len());
        }
    }
    w.into_iter().collect()
}

/// A word's stem without a one-letter preposition or conjunction joined to it (ب, ل, ك, ف:
/// بطلبات, لفريق), indexed beside the word's own stem so that a search for the bare word finds
/// it; only for words long enough that the letter is unlikely to be the word's own.
fn arabic_without_proclitic(word: &str) -> Option<String> {
    let rest = word.strip_prefix(['ب', 'ل', 'ك', 'ف'])?;
    (rest.chars().count() >= 4 && !rest.starts_with("ال")).then(|| arabic_light_stem(rest))
}

fn term(lang: Lang, word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let lower = match lang {
        Lang::Ar => normalise_arabic(&lower),
        Lang::Ru => lower.replace('ё', "е"),
        // Readers often type French and Spanish without accents ("securite" for "sécurité"):
        // folding before stemming sends both spellings down the same path.
        Lang::En | Lang::Fr | Lang::Es => {
            lower.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect()
        }
        Lang::Zh => lower,
    };
    let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
    // Elided articles and single letters (l', d', y) find everything and mean nothing.
    if letters == 1 && lower.chars().count() == 1 {
        return None;
    }
    let stemmed = match stemmer(lang) {
        Some(s) if letters > 0 => s.stem(&lower).into_owned(),
        _ if lang == Lang::Ar && letters > 0 => arabic_light_stem(&lower),
        _ => lower,
    };
    (!stemmed.is_empty()).then_some(stemmed)
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// The words of `text` with their terms. `for_query` asks for the words a reader typed
/// (Chinese as whole words); indexing also keeps the shorter words inside compounds, so a
/// search for 基础设施 finds 关键基础设施.
pub fn tokens(lang: Lang, text: &str, for_query: bool) -> Vec<Token> {
    let mut out = Vec::new();
    if lang == Lang::Zh {
        let jieba = jieba();
        let words = if for_query { jieba.cut(text, true) } else { jieba.cut_for_search(text, true) };
        for w in words {
            if w.word.chars().any(char::is_alphanumeric) {
                out.push(Token { start: w.byte_start, end: w.byte_start + w.word.len(), term: w.word.to_lowercase() });
            }
        }
        return out;
    }
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let word_char = c.is_alphanumeric()
            || (lang == Lang::Ar && matches!(c as u32, 0x064B..=0x0652 | 0x0670 | 0x0640))
            || is_han(c);
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if let Some(t) = term(lang, &text[s..i]) {
                    let alternative = (lang == Lang::Ar && !for_query)
                        .then(|| arabic_without_proclitic(&normalise_arabic(&text[s..i])))
                        .flatten()
                        .filter(|a| *a != t);
                    out.push(Token { start: s, end: i, term: t });
                    if let Some(a) = alternative {
                        out.push(Token { start: s, end: i, term: a });
                    }
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The analysis the index was built with: when it changes, `comity db migrate` rebuilds the
/// search index from the stored paragraphs.
pub const ANALYSIS: &str = "2026-12 arabic light10 and proclitics";

/// A term as the index stores it: prefixed with its language's digit, so each language has
/// its own lists in the index and a search in one language never walks another's (the single
/// digit keeps prefixed terms distinct even when the term itself begins with digits).
pub fn indexed(lang: Lang, term: &str) -> String {
    format!("{}{term}", lang.index())
}

/// The terms a paragraph is indexed under, separated by spaces (the form both engines store).
pub fn index_terms(lang: Lang, text: &str) -> String {
    let mut terms: Vec<String> = tokens(lang, text, false).into_iter().map(|t| indexed(lang, &t.term)).collect();
    terms.dedup();
    terms.join(" ")
}

/// The distinct terms of a query, in the order typed.
pub fn query_terms(lang: Lang, query: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for t in tokens(lang, query, true) {
        if !terms.contains(&t.term) {
            terms.push(t.term);
        }
    }
    terms
}

/// Okapi BM25 relevance of a stored paragraph (its terms as [`index_terms`] writes them) to a
/// query's terms: each query term weighs by how rare it is in the collection (inverse document
/// frequency) and counts with diminishing returns the more often it occurs, relative to the
/// paragraph's length against the collection's mean (k1 = 1.2, b = 0.75, the usual values,
/// also SQLite FTS5's).
#[derive(Debug, Clone, Copy)]
pub struct Bm25 {
    /// Paragraphs in the collection.
    pub paragraphs: f64,
    /// Their mean length in terms.
    pub mean_length: f64,
}

impl Bm25 {
    const K1: f64 = 1.2;
    const B: f64 = 0.75;

    /// The weight of a term found in `matching` paragraphs (never negative, even for a term in
    /// most of them).
    pub fn idf(&self, matching: f64) -> f64 {
        let n = self.paragraphs.max(matching);
        (1.0 + (n - matching + 0.5) / (matching + 0.5)).ln()
    }

    /// The score of a paragraph's stored terms for the query's (indexed term, weight) pairs.
    pub fn score(&self, stored: &str, query: &[(String, f64)]) -> f64 {
        let mut counts = vec![0u32; query.len()];
        let mut length = 0u32;
        for term in stored.split(' ').filter(|t| !t.is_empty()) {
            length += 1;
            if let Some(i) = query.iter().position(|(q, _)| q == term) {
                counts[i] += 1;
            }
        }
        let norm = Self::K1 * (1.0 - Self::B + Self::B * f64::from(length) / self.mean_length.max(1.0));
        query
            .iter()
            .zip(counts)
            .map(|((_, weight), tf)| {
                let tf = f64::from(tf);
                weight * tf * (Self::K1 + 1.0) / (tf + norm)
            })
            .sum()
    }
}

/// The languages a query can be in, judged by its script: Chinese, Arabic and Russian have
/// their own; a query in Latin letters may be English, French or Spanish.
pub fn query_languages(query: &str) -> Vec<Lang> {
    let mut out = Vec::new();
    for c in query.chars() {
        let lang = match c as u32 {
            0x0600..=0x06FF => Some(Lang::Ar),
            0x0400..=0x04FF => Some(Lang::Ru),
            _ if is_han(c) => Some(Lang::Zh),
            _ => None,
        };
        if let Some(l) = lang.filter(|l| !out.contains(l)) {
            out.push(l);
        }
    }
    if out.is_empty() || query.chars().any(|c| c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ')) {
        for l in [Lang::En, Lang::Fr, Lang::Es] {
            if !out.contains(&l) {
                out.push(l);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Lang, text: &str) -> Vec<String> {
        tokens(lang, text, true).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn bm25_prefers_rare_terms_repeated_in_short_paragraphs() {
        let bm = Bm25 { paragraphs: 1000.0, mean_length: 6.0 };
        let rare = bm.idf(3.0);
        let common = bm.idf(900.0);
        assert!(rare > common && common > 0.0);
        let q = vec![("2a".to_string(), rare), ("2b".to_string(), common)];
        // The rare term twice beats it once; once in a short paragraph beats once in a long one.
        assert!(bm.score("2a 2x 2a 2b", &q) > bm.score("2a 2x 2y 2b", &q));
        assert!(bm.score("2a 2b", &q) > bm.score("2a 2b 2x 2y 2z 2w 2v 2u 2t 2s", &q));
        // The rare term matters more than the common one.
        assert!(bm.score("2a 2x", &q) > bm.score("2b 2x", &q));
        assert_eq!(bm.score("2x 2y", &q), 0.0);
    }

    #[test]
    fn inflected_forms_meet_in_their_stem() {
        assert_eq!(terms(Lang::En, "submissions"), terms(Lang::En, "submission"));
        assert_eq!(terms(Lang::Fr, "infrastructures critiques"), terms(Lang::Fr, "infrastructure critique"));
        assert_eq!(terms(Lang::Es, "infraestructuras críticas"), terms(Lang::Es, "infraestructura crítica"));
        assert_eq!(terms(Lang::Ru, "инфраструктуры"), terms(Lang::Ru, "инфраструктура"));
        assert_eq!(terms(Lang::Ru, "ещё"), terms(Lang::Ru, "еще"));
        assert_eq!(terms(Lang::Fr, "sécurité"), terms(Lang::Fr, "securite"), "accents are optional in queries");
        assert_eq!(terms(Lang::Fr, "Décide"), terms(Lang::Fr, "Decides"));
    }

    /// The article, a conjunction or a preposition joined to a word does not stop a match.
    #[test]
    fn arabic_words_are_found_with_their_article_and_proclitics() {
        let index = |text: &str| index_terms(Lang::Ar, text);
        let finds = |query: &str, text: &str| {
            let stored = index(text);
            query_terms(Lang::Ar, query).iter().all(|q| stored.split(' ').any(|t| t == indexed(Lang::Ar, q)))
        };
        for text in ["الاستجابة", "والاستجابة", "بالاستجابة", "للاستجابة", "فالاستجابة", "كالاستجابة", "استجابة"]
        {
            assert!(finds("استجابة", text), "استجابة finds {text}");
            assert!(finds("الاستجابة", text), "الاستجابة finds {text}");
        }
        assert!(finds("طلبات المساعدة", "بطلبات والمساعدة"), "a preposition and a conjunction joined");
        assert!(finds("فريق", "لفريق الخبراء"));
        assert!(finds("البلدان", "بلدان"));
        // Letters that are the word's own stay: فريق is not ريق, بلد is not لد.
        assert_eq!(query_terms(Lang::Ar, "فريق"), ["فريق"]);
        assert_eq!(query_terms(Lang::Ar, "بلد"), ["بلد"]);
    }

    #[test]
    fn arabic_spelling_variants_meet() {
        assert_eq!(terms(Lang::Ar, "البنية التحتية الحيوية"), terms(Lang::Ar, "البنيَة التحتيّة الحيويّة"));
        assert_eq!(terms(Lang::Ar, "إنترنت"), terms(Lang::Ar, "انترنت"));
        assert_eq!(terms(Lang::Ar, "البنية التحتية الحيوية").len(), 3);
    }

    #[test]
    fn chinese_is_segmented_and_compounds_are_found_by_their_parts() {
        let query = query_terms(Lang::Zh, "关键基础设施");
        assert!(!query.is_empty());
        let stored = index_terms(Lang::Zh, "支持向公众提供基本服务的关键基础设施");
        for t in &query {
            assert!(stored.split(' ').any(|x| x == indexed(Lang::Zh, t)), "{t} not in {stored}");
        }
        assert!(stored.split(' ').any(|x| x == indexed(Lang::Zh, "基础设施")), "{stored}");
    }

    #[test]
    fn tokens_point_back_into_the_text() {
        let text = "Recalling its resolutions 43/78 H,";
        let toks = tokens(Lang::En, text, false);
        assert_eq!(&text[toks[0].start..toks[0].end], "Recalling");
        assert_eq!(toks[0].term, "recal");
        assert!(toks.iter().any(|t| t.term == "43"));
        let zh = "回顾其决议";
        for t in tokens(Lang::Zh, zh, false) {
            assert!(zh.get(t.start..t.end).is_some());
        }
    }

    #[test]
    fn query_languages_by_script() {
        assert_eq!(query_languages("البنية التحتية"), [Lang::Ar]);
        assert_eq!(query_languages("关键基础设施"), [Lang::Zh]);
        assert_eq!(query_languages("инфраструктура"), [Lang::Ru]);
        assert_eq!(query_languages("infrastructure"), [Lang::En, Lang::Fr, Lang::Es]);
    }
}
