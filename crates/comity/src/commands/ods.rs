//! The UN's Official Document System (ODS): each language version of a document, by symbol, as
//! the official PDF — `GET {ods_url}/api/symbol/access?s=SYMBOL&l=LANG&t=pdf`, which redirects
//! to the file. Downloads run several at a time, each with a timeout and retries, and are read
//! (PDF to structure) on the downloading thread, so that the batch waits on parsing, not on
//! the network.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use comity_documents::{Document, ParseOptions, parse};
use comity_i18n::Lang;
use comity_states::StateRegistry;

/// Downloads at once.
pub const CONCURRENCY: usize = 8;
/// The largest PDF taken (the biggest UN reports are a few megabytes).
const MAX_PDF: u64 = 100 << 20;
const TRIES: u32 = 3;

/// One language version fetched and read, or why not.
pub struct Fetched {
    pub symbol: String,
    pub lang: Lang,
    pub result: Result<(Vec<u8>, Document), String>,
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

/// Downloads one language version: the PDF's bytes, or a message naming what went wrong.
fn download(agent: &ureq::Agent, base: &str, symbol: &str, lang: Lang) -> Result<Vec<u8>, String> {
    let url = address(base, symbol, lang);
    let mut last = String::new();
    for attempt in 0..TRIES {
        if attempt > 0 {
            std::thread::sleep(Duration::from_millis(300 << attempt));
        }
        let mut response = match agent.get(&url).call() {
            Ok(r) => r,
            Err(ureq::Error::TooManyRedirects) => return Err("the server's redirects go round in a loop".into()),
            Err(e) => {
                // A network failure may pass: try again.
                last = format!("the server could not be reached ({e})");
                continue;
            }
        };
        let status = response.status().as_u16();
        match status {
            200 => {}
            404 | 410 => return Err(format!("the ODS has no {} version of {symbol}", lang.code())),
            300..=399 => return Err("the server's redirects go round in a loop".into()),
            500..=599 => {
                last = format!("the server answered {status}");
                continue;
            }
            _ => return Err(format!("the server answered {status}")),
        }
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_PDF)
            .read_to_vec()
            .map_err(|e| format!("the download broke off ({e})"));
        let body = match body {
            Ok(b) => b,
            Err(e) => {
                last = e;
                continue;
            }
        };
        if !body.windows(5).take(1024).any(|w| w == b"%PDF-") {
            let page = String::from_utf8_lossy(&body[..body.len().min(512)]).to_lowercase();
            return Err(if page.contains("<html") || page.contains("<!doctype") {
                "the server answered with a web page, not the PDF (is the symbol right?)".into()
            } else {
                "the server's answer is not a PDF".into()
            });
        }
        return Ok(body);
    }
    Err(format!("{last} ({TRIES} tries)"))
}

/// Fetches and reads every (symbol, language), several at a time, handing each result to
/// `done` on the calling side as it comes.
pub async fn fetch_all(
    base: &str,
    jobs: Vec<(String, Lang)>,
    states: Arc<StateRegistry>,
    mut done: impl AsyncFnMut(Fetched),
) {
    let queue = Arc::new(Mutex::new(VecDeque::from(jobs)));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let agent = agent();
    let workers = CONCURRENCY.min(queue.lock().map(|q| q.len()).unwrap_or(1)).max(1);
    for _ in 0..workers {
        let (queue, tx, agent, states, base) =
            (queue.clone(), tx.clone(), agent.clone(), states.clone(), base.to_string());
        std::thread::spawn(move || {
            loop {
                let job = queue.lock().ok().and_then(|mut q| q.pop_front());
                let Some((symbol, lang)) = job else { break };
                let result = download(&agent, &base, &symbol, lang).and_then(|bytes| {
                    let options = ParseOptions { lang: Some(lang), symbol: Some(symbol.clone()) };
                    let doc = parse(&bytes, &options, &states).map_err(|e| e.to_string())?;
                    Ok((bytes, doc))
                });
                if tx.send(Fetched { symbol, lang, result }).is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);
    while let Some(fetched) = rx.recv().await {
        done(fetched).await;
    }
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
}
