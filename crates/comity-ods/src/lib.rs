//! The UN's Official Document System (ODS): each language version of a document, by symbol, as
//! the official PDF — `GET {ods_url}/api/symbol/access?s=SYMBOL&l=LANG&t=pdf`, which redirects
//! to the file. Downloads run several at a time, each with a timeout and retries, and are read
//! (PDF to structure) on the downloading thread, so that a batch waits on parsing, not on the
//! network. Used by `comity documents fetch` and by the portal's background fetches.
#![forbid(unsafe_code)]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use comity_documents::{Document, ParseError, ParseOptions, parse};
use comity_i18n::Lang;
use comity_states::StateRegistry;

/// Downloads at once: enough to hide the round trips, few enough to be polite to the ODS.
pub const CONCURRENCY: usize = 8;
/// The largest PDF taken (the biggest UN reports are a few megabytes).
const MAX_PDF: u64 = 100 << 20;
const TRIES: u32 = 3;

/// Why a language version could not be fetched or read. `code()` names the kind for pages and
/// machines (the portal translates it as `fetch-failed-<code>`); `Display` is the English detail
/// for the command line and logs.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{given:?} is not a document symbol like A/RES/76/19 or A/C.1/76/L.13")]
    BadSymbol { given: String },
    #[error("the ODS has no {} version of {symbol}", lang.code())]
    NotFound { symbol: String, lang: Lang },
    #[error("the server's redirects go round in a loop")]
    RedirectLoop,
    #[error("the server answered with a web page, not the PDF (is the symbol right?)")]
    WebPage,
    #[error("the server's answer is not a PDF")]
    NotPdf,
    #[error("the server answered {status}")]
    Status { status: u16 },
    #[error("the server could not be reached ({detail}; {TRIES} tries)")]
    Unreachable { detail: String },
    #[error("the download broke off ({detail}; {TRIES} tries)")]
    BrokeOff { detail: String },
    #[error(transparent)]
    Unreadable(#[from] ParseError),
}

impl FetchError {
    /// A stable name of what went wrong.
    pub fn code(&self) -> &'static str {
        match self {
            FetchError::BadSymbol { .. } => "bad-symbol",
            FetchError::NotFound { .. } => "not-found",
            FetchError::RedirectLoop => "redirect-loop",
            FetchError::WebPage => "web-page",
            FetchError::NotPdf => "not-pdf",
            FetchError::Status { .. } => "server-status",
            FetchError::Unreachable { .. } => "unreachable",
            FetchError::BrokeOff { .. } => "broke-off",
            FetchError::Unreadable(ParseError::Pdf(e)) => match e {
                comity_documents::PdfError::Encrypted => "pdf-encrypted",
                comity_documents::PdfError::NoText => "pdf-no-text",
                comity_documents::PdfError::Truncated => "pdf-truncated",
                _ => "pdf-damaged",
            },
            FetchError::Unreadable(ParseError::SymbolMismatch { .. }) => "symbol-mismatch",
            FetchError::Unreadable(_) => "no-structure",
        }
    }

    /// Every code, for the tests that check each has its message in every language.
    pub const CODES: [&'static str; 14] = [
        "bad-symbol",
        "not-found",
        "redirect-loop",
        "web-page",
        "not-pdf",
        "server-status",
        "unreachable",
        "broke-off",
        "pdf-encrypted",
        "pdf-no-text",
        "pdf-truncated",
        "pdf-damaged",
        "symbol-mismatch",
        "no-structure",
    ];
}

/// One language version fetched and read, or why not.
pub struct Fetched {
    pub symbol: String,
    pub lang: Lang,
    pub result: Result<(Vec<u8>, Document), FetchError>,
}

/// The symbol as the record writes it, or why it is not one.
pub fn symbol(given: &str) -> Result<String, FetchError> {
    comity_documents::normalise_symbol(given).ok_or_else(|| FetchError::BadSymbol { given: given.to_string() })
}

/// The address of one language version on the ODS.
pub fn address(base: &str, symbol: &str, lang: Lang) -> String {
    let mut s = String::new();
    for b in symbol.bytes() {
        if b.is_ascii_alphanumeric() || b"/.-_*".contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    format!("{}/api/symbol/access?s={s}&l={}&t=pdf", base.trim_end_matches('/'), lang.code())
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(60)))
        .timeout_connect(Some(Duration::from_secs(10)))
        .max_redirects(5)
        .http_status_as_error(false)
        .build()
        .into()
}

/// Downloads one language version: the PDF's bytes, or what went wrong. Network failures and
/// the server's own errors are tried again; answers that will not change are not.
fn download(agent: &ureq::Agent, base: &str, symbol: &str, lang: Lang) -> Result<Vec<u8>, FetchError> {
    let url = address(base, symbol, lang);
    let mut last = FetchError::Unreachable { detail: String::new() };
    for attempt in 0..TRIES {
        if attempt > 0 {
            std::thread::sleep(Duration::from_millis(300 << attempt));
        }
        let mut response = match agent.get(&url).call() {
            Ok(r) => r,
            Err(ureq::Error::TooManyRedirects) => return Err(FetchError::RedirectLoop),
            Err(e) => {
                last = FetchError::Unreachable { detail: e.to_string() };
                continue;
            }
        };
        let status = response.status().as_u16();
        match status {
            200 => {}
            404 | 410 => return Err(FetchError::NotFound { symbol: symbol.to_string(), lang }),
            300..=399 => return Err(FetchError::RedirectLoop),
            500..=599 => {
                last = FetchError::Status { status };
                continue;
            }
            _ => return Err(FetchError::Status { status }),
        }
        let body = match response.body_mut().with_config().limit(MAX_PDF).read_to_vec() {
            Ok(b) => b,
            Err(e) => {
                last = FetchError::BrokeOff { detail: e.to_string() };
                continue;
            }
        };
        if !body.windows(5).take(1024).any(|w| w == b"%PDF-") {
            let page = String::from_utf8_lossy(&body[..body.len().min(512)]).to_lowercase();
            return Err(if page.contains("<html") || page.contains("<!doctype") {
                FetchError::WebPage
            } else {
                FetchError::NotPdf
            });
        }
        return Ok(body);
    }
    Err(last)
}

/// Fetches and reads every (symbol, language), several at a time, on threads of their own;
/// each result comes out of the receiver as it is ready.
pub fn fetch_all(
    base: &str,
    jobs: Vec<(String, Lang)>,
    states: Arc<StateRegistry>,
) -> tokio::sync::mpsc::UnboundedReceiver<Fetched> {
    let workers = CONCURRENCY.min(jobs.len()).max(1);
    let queue = Arc::new(Mutex::new(VecDeque::from(jobs)));
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let agent = agent();
    for _ in 0..workers {
        let (queue, tx, agent, states, base) =
            (queue.clone(), tx.clone(), agent.clone(), states.clone(), base.to_string());
        std::thread::spawn(move || {
            loop {
                let job = queue.lock().ok().and_then(|mut q| q.pop_front());
                let Some((symbol, lang)) = job else { break };
                let result = download(&agent, &base, &symbol, lang).and_then(|bytes| {
                    let options = ParseOptions { lang: Some(lang), symbol: Some(symbol.clone()) };
                    let doc = parse(&bytes, &options, &states)?;
                    Ok((bytes, doc))
                });
                // A receiver gone means the caller stopped listening: stop too.
                if tx.send(Fetched { symbol, lang, result }).is_err() {
                    break;
                }
            }
        });
    }
    rx
}

/// How long a node holds a fetch between two items before another node may take it over.
pub const LEASE: Duration = Duration::from_secs(300);

/// Works through the fetches asked for in the portal, one at a time, until none waits: each
/// item downloaded, read and stored, its outcome recorded as it comes (the page shows the
/// progress). Returns how many items were done.
pub async fn work_through_fetches(
    store: &comity_store::Store,
    states: Arc<StateRegistry>,
    base: &str,
    node: &str,
) -> Result<usize, comity_store::StoreError> {
    let mut done = 0;
    while let Some(fetch) = store.claim_fetch(node, LEASE).await? {
        let mut positions = std::collections::HashMap::new();
        let mut jobs = Vec::new();
        for item in &fetch.items {
            match item.lang.parse::<Lang>() {
                Ok(lang) => {
                    positions.insert((item.symbol.clone(), lang), item.position);
                    jobs.push((item.symbol.clone(), lang));
                }
                Err(_) => {
                    // The table's CHECK admits only the six codes; a row that says otherwise
                    // is damaged, and recorded as refused rather than retried for ever.
                    let outcome =
                        comity_store::FetchOutcome::Refused { code: "bad-symbol", reason: "unknown language" };
                    store.record_fetch_item(&fetch.id, item.position, outcome, node, LEASE).await?;
                }
            }
        }
        let mut results = fetch_all(base, jobs, states.clone());
        while let Some(fetched) = results.recv().await {
            let Some(&position) = positions.get(&(fetched.symbol.clone(), fetched.lang)) else { continue };
            let source = address(base, &fetched.symbol, fetched.lang);
            let outcome = match fetched.result {
                Ok((bytes, document)) => match store.ingest_document(&document, &source, &bytes).await {
                    Ok(outcome) => Ok((outcome, document.warnings().len())),
                    Err(comity_store::StoreError::Refused(reason)) => Err(("no-structure", reason.to_string())),
                    Err(e) => return Err(e),
                },
                Err(e) => Err((e.code(), e.to_string())),
            };
            let outcome = match &outcome {
                Ok((outcome, warnings)) => {
                    comity_store::FetchOutcome::Ingested { outcome: *outcome, warnings: *warnings }
                }
                Err((code, reason)) => comity_store::FetchOutcome::Refused { code, reason },
            };
            if store.record_fetch_item(&fetch.id, position, outcome, node, LEASE).await? {
                done += 1;
            } else {
                // Dropping the receiver stops the downloads still to start.
                tracing::warn!(fetch = %fetch.id, "another node took this fetch over");
                break;
            }
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_of_a_language_version() {
        assert_eq!(
            address("https://documents.un.org/", "A/C.3/80/L.3/Rev.1", Lang::Fr),
            "https://documents.un.org/api/symbol/access?s=A/C.3/80/L.3/Rev.1&l=fr&t=pdf"
        );
        assert_eq!(
            address("http://127.0.0.1:9", "A/RES/80/1 x", Lang::Ar),
            "http://127.0.0.1:9/api/symbol/access?s=A/RES/80/1%20x&l=ar&t=pdf"
        );
    }

    #[test]
    fn every_kind_of_failure_has_a_listed_code() {
        let samples = [
            FetchError::BadSymbol { given: "x".into() },
            FetchError::NotFound { symbol: "A/RES/1/1".into(), lang: Lang::En },
            FetchError::RedirectLoop,
            FetchError::WebPage,
            FetchError::NotPdf,
            FetchError::Status { status: 403 },
            FetchError::Unreachable { detail: "refused".into() },
            FetchError::BrokeOff { detail: "reset".into() },
            FetchError::Unreadable(ParseError::Pdf(comity_documents::PdfError::Encrypted)),
            FetchError::Unreadable(ParseError::Pdf(comity_documents::PdfError::NoText)),
            FetchError::Unreadable(ParseError::Pdf(comity_documents::PdfError::Truncated)),
            FetchError::Unreadable(ParseError::Pdf(comity_documents::PdfError::NoPages)),
            FetchError::Unreadable(ParseError::SymbolMismatch { given: "a".into(), found: "b".into() }),
            FetchError::Unreadable(ParseError::NoStructure { lang: Lang::Fr }),
        ];
        for e in &samples {
            assert!(FetchError::CODES.contains(&e.code()), "{}", e.code());
        }
        assert_eq!(symbol(" a/res/76/19 ").ok().as_deref(), Some("A/RES/76/19"));
        assert_eq!(symbol("76/19").err().map(|e| e.code()), Some("bad-symbol"));
    }
}
