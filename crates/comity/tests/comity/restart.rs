//! A server killed in the middle of a communication check, and started again: no mail is
//! lost, and the node takes back at once what it had taken from the outbox (DATA_DIR/node-id)
//! instead of waiting out its leases. A mail the relay had taken when the process died, before
//! the process could record it, goes again with the same Message-ID (SMTP cannot say "once"
//! across a crash; the Message-ID lets the receiving side see the repeat), so the deliveries
//! are counted by Message-ID: each of the round's mails exactly once, repeats at most the
//! mails in flight at the kill.

use crate::smtp;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CONTACTS: usize = 300;
/// The outbox keeps this many conversations with the relay open at once.
const IN_FLIGHT: usize = 32;

fn comity(dir: &PathBuf, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_comity"));
    c.current_dir(dir)
        .args(["--data-dir", dir.to_str().unwrap()])
        .args(args)
        .env_remove("COMITY_DATABASE_URL")
        .env_remove("COMITY_CONFIG")
        .env_remove("COMITY_DATA_DIR");
    c
}

fn serve(dir: &PathBuf) -> Child {
    let mut child =
        comity(dir, &["serve", "--bind", "127.0.0.1:0"]).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    for line in lines.by_ref() {
        if line.unwrap().contains("serving") {
            break;
        }
    }
    // Keep reading the log so that the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    child
}

/// Message-ID -> how many times it arrived, and the recipients reached.
fn counted(inbox: &smtp::Inbox) -> (BTreeMap<String, usize>, usize) {
    crate::load::by_message_id(&inbox.messages())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_survives_a_killed_server() {
    let dir = std::env::temp_dir().join(format!("comity_restart_{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    // A relay that takes 200 ms a mail: the round takes about two seconds to hand over.
    let (relay, inbox) = smtp::start_with_delay(Duration::from_millis(200)).await;
    std::fs::write(dir.join("comity.toml"), format!("smtp_relay = \"{relay}\"\n")).unwrap();
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let mut csv =
        String::from("state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n");
    for (n, state) in states.un_order().iter().take(CONTACTS / 2).enumerate() {
        for category in ["technical", "diplomatic"] {
            csv.push_str(&format!(
                "{},{category},Contact {n},Officer,Ministry,{category}.{n}@{}.example,,en,24/7,UTC,\n",
                state.iso3,
                state.iso3.to_lowercase()
            ));
        }
    }
    std::fs::write(dir.join("contacts.csv"), csv).unwrap();
    let out = comity(&dir, &["contacts", "import", "--verify", "contacts.csv"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = comity(&dir, &["checks", "start", "--queue", "--title", "Restart", "--deadline", "2099-01-01"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let mut first = serve(&dir);
    let deadline = Instant::now() + Duration::from_secs(30);
    while inbox.messages().len() < 60 {
        assert!(Instant::now() < deadline, "the outbox did not start delivering");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    first.kill().unwrap();
    first.wait().unwrap();
    let (before, _) = counted(&inbox);
    assert!(before.len() < CONTACTS, "killed in the middle of the round ({} delivered)", before.len());

    let mut second = serve(&dir);
    let deadline = Instant::now() + Duration::from_secs(40);
    loop {
        let (ids, _) = counted(&inbox);
        if ids.len() == CONTACTS {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "after the restart only {} of {CONTACTS} mails arrived: the node did not take back its leases",
            ids.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Whatever else is still on its way arrives before we count.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    second.kill().unwrap();
    second.wait().unwrap();
    let (ids, recipients) = counted(&inbox);
    assert_eq!(ids.len(), CONTACTS, "every mail of the round, none lost");
    assert_eq!(recipients, CONTACTS, "every contact reached");
    let repeats: usize = ids.values().map(|n| n - 1).sum();
    assert!(repeats <= IN_FLIGHT, "{repeats} repeats: more than the mails in flight at the kill");
    eprintln!("{} delivered before the kill; {repeats} mails repeated (same Message-ID) after it", before.len());
    std::fs::remove_dir_all(&dir).ok();
}
