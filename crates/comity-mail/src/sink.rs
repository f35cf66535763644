//! A mail server of Comity's own on loopback: speaks enough SMTP (RFC 5321) for a client to
//! deliver, and keeps every message it accepts in memory. `comity demo` starts one when no
//! relay is configured, so that its check rounds, invitations and resets are delivered
//! somewhere the demo can show; the tests deliver to it too. A recipient whose address holds
//! "bounce" does not exist (550), so that bounces can be shown and tested.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Default)]
pub struct Inbox(Arc<Mutex<Vec<Delivered>>>);

#[derive(Clone, Debug)]
pub struct Delivered {
    pub from: String,
    pub to: Vec<String>,
    /// Headers and body as received (dot-unstuffed).
    pub data: String,
}

impl Inbox {
    pub fn messages(&self) -> Vec<Delivered> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// Starts the server; returns its `smtp://127.0.0.1:port` address and the inbox.
pub async fn start() -> std::io::Result<(String, Inbox)> {
    start_with_delay(std::time::Duration::ZERO).await
}

/// A server that takes `delay` over each message (as a busy relay does) before it keeps it
/// and says 250: a client that dies in that time has handed the mail over without knowing.
pub async fn start_with_delay(delay: std::time::Duration) -> std::io::Result<(String, Inbox)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = format!("smtp://{}", listener.local_addr()?);
    let inbox = Inbox::default();
    let kept = inbox.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let _ = socket.set_nodelay(true);
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 loopback ESMTP Comity mailbox\r\n").await;
                let (mut from, mut to) = (String::new(), Vec::new());
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-loopback\r\n250 8BITMIME\r\n"
                    } else if upper.starts_with("MAIL FROM:") {
                        from = line[10..].trim().to_string();
                        b"250 OK\r\n"
                    } else if upper.starts_with("RCPT TO:") && upper.contains("BOUNCE") {
                        // A mailbox that does not exist, for tests of bounces.
                        b"550 5.1.1 No such user here\r\n"
                    } else if upper.starts_with("RCPT TO:") {
                        to.push(line[8..].trim().to_string());
                        b"250 OK\r\n"
                    } else if upper == "DATA" {
                        let _ = write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await;
                        let (mut data, mut complete) = (String::new(), false);
                        while let Ok(Some(l)) = lines.next_line().await {
                            if l == "." {
                                complete = true;
                                break;
                            }
                            data.push_str(l.strip_prefix('.').unwrap_or(&l));
                            data.push('\n');
                        }
                        // A client gone before the end of the data handed nothing over: as a
                        // real server does, the part received is dropped.
                        if !complete {
                            break;
                        }
                        tokio::time::sleep(delay).await;
                        kept.0.lock().unwrap_or_else(|p| p.into_inner()).push(Delivered {
                            from: from.clone(),
                            to: std::mem::take(&mut to),
                            data,
                        });
                        b"250 OK queued\r\n"
                    } else if upper == "QUIT" {
                        let _ = write.write_all(b"221 Bye\r\n").await;
                        break;
                    } else {
                        b"250 OK\r\n"
                    };
                    if write.write_all(reply).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    Ok((address, inbox))
}
