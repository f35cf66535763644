//! Requests as a browser sends them (forms, uploads, the session cookie) and what the tests
//! read back from answers and mails.

use axum::body::Body;
use axum::http::{HeaderMap, Request, header};

pub fn form(uri: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, format!("comity_session={c}"));
    }
    r.body(Body::from(body.to_string())).unwrap()
}

pub fn get(uri: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::get(uri);
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, format!("comity_session={c}"));
    }
    r.body(Body::empty()).unwrap()
}

pub fn location(h: &HeaderMap) -> String {
    h.get(header::LOCATION).map(|l| l.to_str().unwrap().to_string()).unwrap_or_default()
}

pub fn session_from(h: &HeaderMap) -> String {
    let cookie = h.get(header::SET_COOKIE).expect("a session cookie").to_str().unwrap();
    for flag in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(flag), "cookie without {flag}: {cookie}");
    }
    cookie.split(';').next().unwrap().trim_start_matches("comity_session=").to_string()
}

pub fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Between `<code id="totp-secret" dir="ltr">` and `</code>`.
pub fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).unwrap_or_else(|| panic!("{start} not in page")) + start.len();
    &page[from..from + page[from..].find(end).unwrap()]
}

pub fn upload(uri: &str, name: &str, bytes: &[u8], cookie: &str) -> Request<Body> {
    upload_with(uri, &[], name, bytes, cookie)
}

/// A multipart form: text fields, then the file.
pub fn upload_with(uri: &str, fields: &[(&str, &str)], name: &str, bytes: &[u8], cookie: &str) -> Request<Body> {
    let boundary = "comity-test-boundary";
    let mut body = String::new();
    for (field, value) in fields {
        body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n{value}\r\n"));
    }
    let mut body = format!(
        "{body}--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    Request::post(uri)
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .header(header::COOKIE, format!("comity_session={cookie}"))
        .body(Body::from(body))
        .unwrap()
}

/// The link a mail carries, quoted-printable soft breaks undone.
pub fn link_in(mail: &str) -> String {
    let text = mail.replace("=\n", "").replace("=3D", "=");
    let at = text.find("https://comity.test.example/").expect("a link in the mail");
    let link: String = text[at..].chars().take_while(|c| !c.is_whitespace()).collect();
    link.trim_start_matches("https://comity.test.example").to_string()
}
