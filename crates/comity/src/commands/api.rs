//! `comity api PATH`: the CLI against a remote server, through its JSON API, with an API token
//! (created on the account page) read from COMITY_TOKEN, never from the command line where
//! other users of the machine could see it.

use crate::Exit;

pub async fn run(args: crate::cli::ApiArgs) -> anyhow::Result<()> {
    let server = args.server.trim_end_matches('/').to_string();
    if !(server.starts_with("https://") || server.starts_with("http://")) {
        anyhow::bail!("--server / COMITY_SERVER: {server:?} is not an http(s) address");
    }
    let path = if args.path.starts_with('/') { args.path.clone() } else { format!("/{}", args.path) };
    let url = format!("{server}/api/v1{path}");
    let token = std::env::var("COMITY_TOKEN").ok().filter(|t| !t.trim().is_empty());
    let (status, body) = tokio::task::spawn_blocking(move || -> anyhow::Result<(u16, String)> {
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let mut request = agent.get(&url).header("accept", "application/json");
        if let Some(token) = &token {
            request = request.header("authorization", &format!("Bearer {}", token.trim()));
        }
        let mut response = request.call().map_err(|e| anyhow::anyhow!("{url}: {e}"))?;
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().map_err(|e| anyhow::anyhow!("{url}: {e}"))?;
        Ok((status, body))
    })
    .await??;
    let value: serde_json::Value = serde_json::from_str(&body)
        .map_err(|_| anyhow::anyhow!("{server} answered {status} with something that is not JSON"))?;
    if (200..300).contains(&status) {
        crate::output::json(&value)?;
        return Ok(());
    }
    let message = value["error"]["message"].as_str().unwrap_or("no message");
    let code = value["error"]["code"].as_str().unwrap_or("error");
    eprintln!("error: {server} answered {status} {code}: {message}");
    if status == 401 {
        eprintln!("hint: create a token on the account page and set COMITY_TOKEN to it");
    }
    Err(Exit(1).into())
}
