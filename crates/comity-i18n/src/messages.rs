//! The interface messages: one Fluent file per official language, compiled into the binary.

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::Lang;

const SOURCES: [(Lang, &str); 6] = [
    (Lang::Ar, include_str!("../locales/ar.ftl")),
    (Lang::Zh, include_str!("../locales/zh.ftl")),
    (Lang::En, include_str!("../locales/en.ftl")),
    (Lang::Fr, include_str!("../locales/fr.ftl")),
    (Lang::Ru, include_str!("../locales/ru.ftl")),
    (Lang::Es, include_str!("../locales/es.ftl")),
];

/// A message file that does not parse, or a language whose messages differ from English's.
#[derive(Debug, thiserror::Error)]
pub enum MessagesError {
    #[error("locales/{lang}.ftl line {line}: {detail}")]
    Syntax { lang: Lang, line: usize, detail: String },
    #[error("locales/{lang}.ftl lacks messages that en.ftl has: {missing:?}")]
    Missing { lang: Lang, missing: Vec<String> },
    #[error("locales/{lang}.ftl has messages that en.ftl does not: {extra:?}")]
    Extra { lang: Lang, extra: Vec<String> },
}

/// A value passed into a message.
#[derive(Debug, Clone)]
pub enum MessageArg<'a> {
    Str(Cow<'a, str>),
    Num(f64),
}

impl<'a> From<&'a str> for MessageArg<'a> {
    fn from(s: &'a str) -> Self {
        MessageArg::Str(Cow::Borrowed(s))
    }
}

impl From<usize> for MessageArg<'_> {
    fn from(n: usize) -> Self {
        MessageArg::Num(n as f64)
    }
}

/// All messages in all six languages.
pub struct Messages {
    bundles: Vec<FluentBundle<FluentResource>>,
    ids: BTreeSet<String>,
}

impl Messages {
    /// Loads the compiled-in message files and checks that every language has exactly the
    /// messages English has.
    pub fn load() -> Result<Self, MessagesError> {
        let mut bundles = Vec::with_capacity(6);
        let mut id_sets = Vec::with_capacity(6);
        for (lang, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_string()).map_err(|(res, errors)| {
                let first = &errors[0];
                let line = source[..first.pos.start.min(source.len())].matches('\n').count() + 1;
                drop(res);
                MessagesError::Syntax { lang, line, detail: first.kind.to_string() }
            })?;
            let ids: BTreeSet<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            let langid: LanguageIdentifier = lang.code().parse().expect("official codes are valid language ids");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Direction isolation marks would end up inside attributes and plain-text output; pages
            // isolate user-supplied text with <bdi> instead.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).map_err(|errors| MessagesError::Syntax {
                lang,
                line: 0,
                detail: format!("{errors:?}"),
            })?;
            bundles.push(bundle);
            id_sets.push((lang, ids));
        }
        let english = id_sets[Lang::En.index()].1.clone();
        for (lang, ids) in &id_sets {
            let missing: Vec<String> = english.difference(ids).cloned().collect();
            if !missing.is_empty() {
                return Err(MessagesError::Missing { lang: *lang, missing });
            }
            let extra: Vec<String> = ids.difference(&english).cloned().collect();
            if !extra.is_empty() {
                return Err(MessagesError::Extra { lang: *lang, extra });
            }
        }
        Ok(Messages { bundles, ids: english })
    }

    /// Every message id (the same set in every language).
    pub fn ids(&self) -> &BTreeSet<String> {
        &self.ids
    }

    pub fn has(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// The message in the given language. An unknown id yields the id itself, so a missing
    /// message is visible rather than blank; tests make sure that never ships.
    pub fn get(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, &[])
    }

    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, MessageArg<'_>)]) -> String {
        let bundle = &self.bundles[lang.index()];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::new();
            for (name, value) in args {
                match value {
                    MessageArg::Str(s) => fa.set(*name, FluentValue::from(s.to_string())),
                    MessageArg::Num(n) => fa.set(*name, FluentValue::from(*n)),
                }
            }
            fa
        });
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors).into_owned()
    }
}

impl Messages {
    /// A duration as people read it in `lang`: `45 s`, `2 min 5 s`, `3 h 20 min`, `2 d 4 h`
    /// (units from the messages `duration-*`); rounded to the second.
    pub fn duration(&self, lang: Lang, seconds: f64) -> String {
        let total = seconds.max(0.0).round() as usize;
        let (days, hours, minutes, secs) = (total / 86_400, total / 3600 % 24, total / 60 % 60, total % 60);
        let (id, a, b) = match (days, hours, minutes) {
            (0, 0, 0) => ("duration-seconds", secs, 0),
            (0, 0, _) => ("duration-minutes", minutes, secs),
            (0, _, _) => ("duration-hours", hours, minutes),
            _ => ("duration-days", days, hours),
        };
        self.format(lang, id, &[("a", MessageArg::from(a)), ("b", MessageArg::from(b))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message() {
        let messages = Messages::load().expect("message files load and agree");
        assert!(messages.ids().len() > 20);
    }

    #[test]
    fn plurals_follow_each_language() {
        let m = Messages::load().unwrap();
        assert_eq!(m.format(Lang::En, "states-count", &[("count", 1usize.into())]), "1 State");
        assert_eq!(m.format(Lang::En, "states-count", &[("count", 195usize.into())]), "195 States");
        assert_eq!(m.format(Lang::Ru, "states-count", &[("count", 21usize.into())]), "21 государство");
        assert_eq!(m.format(Lang::Ru, "states-count", &[("count", 195usize.into())]), "195 государств");
        assert_ne!(
            m.format(Lang::Ar, "states-count", &[("count", 2usize.into())]),
            m.format(Lang::Ar, "states-count", &[("count", 11usize.into())])
        );
    }

    #[test]
    fn unknown_id_is_shown_not_blank() {
        let m = Messages::load().unwrap();
        assert_eq!(m.get(Lang::Fr, "no-such-message"), "no-such-message");
    }
}
