//! The ceiling public pages are measured against: a bare axum server on 127.0.0.1 that answers
//! every GET with the same HTML body of a given size, held in memory, on the same two worker
//! threads as `comity serve`. What it serves a second is what this machine's loopback, HTTP
//! stack and wrk allow for a page that size, before any of Comity's work.
//!
//!     cargo run --release -p comity-web --example page-ceiling PORT BYTES
//!
//! Runs until killed (scripts/bench-portal starts and stops it).

use axum::Router;
use axum::body::Bytes;
use axum::http::header;
use axum::routing::get;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|a| a.parse().ok()).expect("PORT");
    let bytes: usize = args.next().and_then(|a| a.parse().ok()).expect("BYTES");
    let (head, tail) =
        ("<!DOCTYPE html><html lang=\"en\"><head><title>ceiling</title></head><body><p>", "</p></body></html>");
    let filler: String =
        "lorem ipsum dolor ".chars().cycle().take(bytes.saturating_sub(head.len() + tail.len())).collect();
    let page = format!("{head}{filler}{tail}");
    let body = Bytes::from(page);
    let app = Router::new().fallback(get(move || {
        let body = body.clone();
        async move { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body) }
    }));
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.expect("a free loopback port");
    axum::serve(listener, app).await.expect("serving");
}
