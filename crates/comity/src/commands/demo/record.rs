//! The demo's record: fictional documents in the shape of UN texts, in the six languages, with
//! a line of resolutions over several sessions under one agenda item, so that lineage, diffs
//! between years, languages side by side and search all have something to show.

use comity_i18n::Collation;
use comity_states::StateRegistry;
use comity_store::Store;

/// The parser's test fixtures (our own texts in the shape of UN documents).
macro_rules! fixture {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../../comity-documents/tests/fixtures/", $name)))
    };
}

/// Documents as the fixtures hold them: A/RES/76/19 (English, French), the French A/RES/81/5,
/// the First Committee's draft A/C.1/81/L.7 read from a PDF, and a report in three languages.
const AS_HELD: [(&str, &str); 7] = [
    fixture!("en-resolution.txt"),
    fixture!("fr-resolution-76-19.txt"),
    fixture!("en-draft-pdf.txt"),
    fixture!("fr-resolution.txt"),
    fixture!("en-report.txt"),
    fixture!("zh-report.txt"),
    fixture!("ar-report.txt"),
];

/// One draft in the six languages: the fixtures are one text in each, each under a symbol of
/// its own, here made the language versions of A/C.1/81/L.15 (the English one's).
const SIX_LANGUAGES: [((&str, &str), &str); 6] = [
    (fixture!("en-draft.txt"), "A/C.1/81/L.15"),
    (fixture!("fr-draft.txt"), "A/C.1/81/L.14"),
    (fixture!("es-draft.txt"), "A/C.1/81/L.12"),
    (fixture!("ru-draft.txt"), "A/C.1/81/L.11"),
    (fixture!("zh-draft.txt"), "A/C.1/81/L.13"),
    (fixture!("ar-draft.txt"), "A/C.1/81/L.9"),
];

/// The same resolution two sessions earlier, in our own words: the diff between the years
/// shows the operative paragraph that grew into a list and the preamble that changed.
const EARLIER: &str = "United Nations                                                  A/RES/79/905
General Assembly                                                Distr.: General
                                                                4 December 2024
Seventy-ninth session
Agenda item 95
Developments in the field of information and telecommunications in the context of international security
Resolution adopted by the General Assembly on 2 December 2024
[on the report of the First Committee (A/79/400, para. 10)]
79/905. Cooperation between national computer emergency response teams
The General Assembly,
Recalling its resolution 76/19 of 6 December 2021,
Noting the efforts made by Member States to designate points of contact,
1. Encourages Member States to designate points of contact;
2. Requests the Secretary-General to submit to it at its eighty-first session a report on the practical arrangements made by States;
3. Decides to remain seized of the matter.
52nd plenary meeting
2 December 2024
";

/// The English version of the French A/RES/81/5 (a fixture), in our own words: the draft
/// A/C.1/81/L.15 as adopted.
const ADOPTED_EN: &str = "United Nations                                                  A/RES/81/5
General Assembly                                                Distr.: General
                                                                9 December 2026
Eighty-first session
Agenda item 95
Developments in the field of information and telecommunications in the context of international security
Resolution adopted by the General Assembly on 7 December 2026
[on the report of the First Committee (A/81/400, para. 12)]
81/5. Cooperation between national computer emergency response teams
The General Assembly,
Recalling its resolutions 43/78 H of 7 December 1988 and 76/19 of 6 December 2021,
Noting with appreciation the efforts made by Member States to designate points of contact,
1. Encourages Member States to designate a technical point of contact;
2. Requests the Secretary-General to submit to it at its eighty-second session a report on:
(a) The practical arrangements made by States;
(b) The frequency of communication checks;
3. Decides to remain seized of the matter.
46th plenary meeting
7 December 2026
";

/// Reads and stores every demo document.
pub(super) async fn ingest(store: &Store) -> anyhow::Result<()> {
    let states = StateRegistry::embedded(&Collation::new())?;
    let mut texts: Vec<(&str, String)> = AS_HELD.iter().map(|(name, text)| (*name, text.to_string())).collect();
    let (_, symbol) = SIX_LANGUAGES[0];
    texts.extend(SIX_LANGUAGES.iter().map(|((name, text), own)| (*name, text.replacen(own, symbol, 1))));
    texts.push(("demo-resolution-79-905.txt", EARLIER.to_string()));
    texts.push(("demo-resolution-81-5-en.txt", ADOPTED_EN.to_string()));
    for (name, text) in texts {
        let doc = comity_documents::parse(text.as_bytes(), &comity_documents::ParseOptions::default(), &states)
            .map_err(|e| anyhow::anyhow!("demo document {name}: {e}"))?;
        store.ingest_document(&doc, name, text.as_bytes()).await?;
    }
    Ok(())
}
