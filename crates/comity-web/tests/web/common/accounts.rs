//! People to test with: accounts with a password, signed in through the pages with their
//! second factor enrolled.

use axum::http::StatusCode;
use comity_access::{Membership, totp};
use comity_store::{Actor, NewAccount};

use super::TestApp;
use super::client::{between, enc, form, get, location, session_from};

pub const PASSWORD: &str = "a long enough passphrase";

pub async fn account(t: &TestApp, email: &str, memberships: Vec<Membership>) -> String {
    let hash = comity_access::password::hash(PASSWORD).unwrap();
    t.app
        .store
        .create_account(
            &NewAccount {
                email: email.into(),
                name: "Test Person".into(),
                lang: "en".into(),
                password_hash: Some(hash),
                memberships,
            },
            &Actor::cli(),
        )
        .await
        .unwrap()
}

pub fn now_code(secret: &[u8], offset_steps: i64) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    format!("{:06}", totp::code_at_step(secret, ((now / 30) + offset_steps) as u64))
}

/// Signs in with the password and, on first sign-in, enrols TOTP; returns the session and the
/// TOTP secret.
pub async fn sign_in_and_enrol(t: &TestApp, email: &str) -> (String, Vec<u8>, Vec<String>) {
    let (status, headers, _) = t
        .request(form(
            "/en/sign-in",
            &format!("email={}&password={}&next=%2Fen%2Faccount", enc(email), enc(PASSWORD)),
            None,
        ))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location(&headers).starts_with("/en/sign-in/enrol"), "{}", location(&headers));
    let session = session_from(&headers);
    // Half-signed-in: the account page is not open yet.
    let (status, headers, _) = t.request(get("/en/account", Some(&session))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location(&headers).starts_with("/en/sign-in?next="));
    let (status, _, page) = t.request(get("/en/sign-in/enrol", Some(&session))).await;
    assert_eq!(status, StatusCode::OK);
    let secret_text = between(&page, "<code id=\"totp-secret\" dir=\"ltr\">", "</code>").to_string();
    // The QR code beside it, read back as a phone would, holds the same address as the link.
    let link = between(&page, "<p class=\"meta\"><a href=\"", "\"").replace("&#38;", "&").replace("&amp;", "&");
    assert_eq!(qr_text(&page), link);
    assert!(link.starts_with("otpauth://totp/") && link.contains(&format!("secret={secret_text}")), "{link}");
    let secret = comity_access::totp::base32_decode(&secret_text).unwrap();
    let (status, _, wrong) = t
        .request(form(
            "/en/sign-in/enrol",
            &format!("secret={secret_text}&code=000000&next=%2Fen%2Faccount"),
            Some(&session),
        ))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a wrong code does not enrol");
    assert!(wrong.contains("That code was not accepted"));
    let code = now_code(&secret, 0);
    let (status, _, codes) = t
        .request(form(
            "/en/sign-in/enrol",
            &format!("secret={secret_text}&code={code}&next=%2Fen%2Faccount"),
            Some(&session),
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    let recovery: Vec<String> =
        codes.split("<li><code dir=\"ltr\">").skip(1).map(|c| c[..c.find('<').unwrap()].to_string()).collect();
    assert_eq!(recovery.len(), 10);
    (session, secret, recovery)
}

pub async fn me_id(t: &TestApp, email: &str) -> String {
    t.app.store.list_accounts(None).await.unwrap().into_iter().find(|a| a.email == email).unwrap().id
}

/// The text of the QR code drawn as SVG in a page: its dark squares painted into a bitmap and
/// decoded.
pub fn qr_text(page: &str) -> String {
    let svg = between(page, "<figure class=\"totp-qr\" id=\"totp-qr\">", "</figure>");
    let size: usize = between(svg, "width=\"", "\"").parse().unwrap();
    let path = between(svg, "<path fill=\"#000\" d=\"", "\"");
    let mut pixels = vec![255u8; size * size];
    // The path is a list of rectangles, each `M{left} {top}h{width}v{height}H{left}V{top}`.
    for rect in path.split('M').filter(|r| !r.is_empty()) {
        let numbers: Vec<usize> =
            rect.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).map(|n| n.parse().unwrap()).collect();
        let (left, top, width, height) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        for y in top..top + height {
            for x in left..left + width {
                pixels[y * size + x] = 0;
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| pixels[y * size + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the page");
    grids[0].decode().unwrap().1
}
