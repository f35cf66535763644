//! The record's and the publications' fingerprints as this process last read them: the pages
//! cached from them are checked on every request, and a second-old reading spares the database
//! that read on every public page.
//!
//! A reading is used again only while it is younger than [`FINGERPRINT_TTL`] and no write of
//! this process has ended since it was taken: what a node writes itself it sees at once, what
//! another node (or a CLI run) writes it sees within the second.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::{Result, Store};

/// How long a fingerprint read from the database stands for it, unless this process writes.
pub const FINGERPRINT_TTL: Duration = Duration::from_secs(1);

/// Readings kept at most: the keys are the record and one per cycle asked about, and a cycle
/// can be named in an address, so past this the memory starts again.
const CAPACITY: usize = 256;

struct Reading {
    value: String,
    read_at: Instant,
    /// This process's count of ended writes before the reading began.
    writes: u64,
}

#[derive(Default)]
pub(crate) struct Fingerprints {
    readings: Mutex<HashMap<String, Reading>>,
}

impl Fingerprints {
    fn get(&self, key: &str, writes: u64) -> Option<String> {
        let readings = self.readings.lock().unwrap_or_else(|p| p.into_inner());
        readings
            .get(key)
            .filter(|r| r.writes == writes && r.read_at.elapsed() < FINGERPRINT_TTL)
            .map(|r| r.value.clone())
    }

    fn put(&self, key: String, reading: Reading) {
        let mut readings = self.readings.lock().unwrap_or_else(|p| p.into_inner());
        if readings.len() >= CAPACITY && !readings.contains_key(&key) {
            readings.clear();
        }
        readings.insert(key, reading);
    }
}

impl Store {
    /// The fingerprint under `key`, from this process's last reading while it stands, else
    /// read by `read` and kept.
    pub(crate) async fn remembered<F, Fut>(&self, key: String, read: F) -> Result<String>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<String>>,
    {
        // Counted before reading: a write ending during the read leaves this reading stale.
        let writes = self.writes_ended();
        if let Some(value) = self.fingerprints.get(&key, writes) {
            return Ok(value);
        }
        let read_at = Instant::now();
        let value = read().await?;
        self.fingerprints.put(key, Reading { value: value.clone(), read_at, writes });
        Ok(value)
    }
}
