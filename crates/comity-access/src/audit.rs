//! The audit trail's integrity: each entry's hash covers its content and the previous entry's
//! hash, so altering, deleting, inserting or reordering entries breaks the chain; checkpoints
//! sign a (sequence number, hash) pair with the deployment's Ed25519 key, so even a chain
//! rewritten from some point on is caught at the next checkpoint. Checkpoints are also kept
//! outside the database (a file beside the data, a public API route others copy), so deleting
//! them from the database hides nothing; and a trail is intact only when signed, and signed
//! often enough: entries older than the signing interval must be covered by a checkpoint.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The hash before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What an entry records, before it is chained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct EntryContent {
    /// RFC 3339 UTC time.
    pub at: String,
    pub actor_account: Option<String>,
    /// The organisation the actor acted for (`SECRETARIAT` or an ISO3 code).
    pub actor_org: Option<String>,
    pub actor_role: Option<String>,
    /// `account.create`, `sign_in.failure`, `role.grant`, ...
    pub action: String,
    /// What was acted on: `account:12`, `org:FRA`.
    pub object: String,
    /// The organisation the entry is about, so a State's focal point can read its own entries.
    pub org: Option<String>,
    /// Changed fields as JSON `{"field": {"before": .., "after": ..}}`; never secrets.
    pub details: String,
    pub address: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

/// An entry as stored: its place in the chain and the hashes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub seq: i64,
    #[serde(flatten)]
    pub content: EntryContent,
    pub prev_hash: String,
    pub hash: String,
}

/// A signed statement that the chain's entry `seq` had hash `hash`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub seq: i64,
    pub hash: String,
    pub at: String,
    /// Hex Ed25519 public key that signed.
    pub public_key: String,
    /// Hex Ed25519 signature over [`checkpoint_message`].
    pub signature: String,
}

/// The entry's hash: SHA-256 over the previous hash and every field, each length-prefixed so
/// that no two different entries serialise alike.
pub fn entry_hash(seq: i64, content: &EntryContent, prev_hash: &str) -> String {
    let mut h = Sha256::new();
    let mut field = |value: Option<&[u8]>| match value {
        Some(bytes) => {
            h.update((bytes.len() as u32).to_be_bytes());
            h.update(bytes);
        }
        None => h.update(u32::MAX.to_be_bytes()),
    };
    let account = content.actor_account.as_deref();
    field(Some(b"comity-audit-v1"));
    field(Some(prev_hash.as_bytes()));
    field(Some(seq.to_string().as_bytes()));
    field(Some(content.at.as_bytes()));
    field(account.map(str::as_bytes));
    field(content.actor_org.as_deref().map(str::as_bytes));
    field(content.actor_role.as_deref().map(str::as_bytes));
    field(Some(content.action.as_bytes()));
    field(Some(content.object.as_bytes()));
    field(content.org.as_deref().map(str::as_bytes));
    field(Some(content.details.as_bytes()));
    field(content.address.as_deref().map(str::as_bytes));
    field(content.user_agent.as_deref().map(str::as_bytes));
    field(content.request_id.as_deref().map(str::as_bytes));
    hex::encode(h.finalize())
}

/// Chains new content after the entry `(prev_seq, prev_hash)`.
pub fn chain(prev: Option<(i64, &str)>, content: EntryContent) -> Entry {
    let (seq, prev_hash) = match prev {
        Some((seq, hash)) => (seq + 1, hash.to_string()),
        None => (1, GENESIS.to_string()),
    };
    let hash = entry_hash(seq, &content, &prev_hash);
    Entry { seq, content, prev_hash, hash }
}

pub fn checkpoint_message(seq: i64, hash: &str) -> Vec<u8> {
    format!("comity-audit-checkpoint-v1\n{seq}\n{hash}").into_bytes()
}

/// The deployment's signing key, from its 32 secret bytes.
pub fn signing_key(secret: &[u8; 32]) -> SigningKey {
    SigningKey::from_bytes(secret)
}

/// 32 fresh random bytes for a new deployment key.
pub fn new_key_secret() -> Result<[u8; 32], getrandom::Error> {
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret)?;
    Ok(secret)
}

pub fn sign_checkpoint(key: &SigningKey, seq: i64, hash: &str, at: &str) -> Checkpoint {
    let signature = key.sign(&checkpoint_message(seq, hash));
    Checkpoint {
        seq,
        hash: hash.to_string(),
        at: at.to_string(),
        public_key: hex::encode(key.verifying_key().to_bytes()),
        signature: hex::encode(signature.to_bytes()),
    }
}

/// What `verify` found wrong first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The entry's content no longer gives its hash.
    Altered { seq: i64 },
    /// Entries are missing before this one (its number or its previous hash skips them).
    Deleted { seq: i64 },
    /// The entry was not chained after the one before it (inserted, or moved here).
    Inserted { seq: i64 },
    /// Entries stand in a different order than they were chained in.
    Reordered { seq: i64 },
    /// The chain up to a checkpoint is not the chain that was signed: rewritten before `seq`.
    Rewritten { seq: i64 },
    /// Entries up to a signed checkpoint are gone from the end of the trail.
    Truncated { seq: i64 },
    /// A checkpoint's signature does not verify with the deployment's key.
    BadSignature { seq: i64 },
    /// The trail holds entries and no checkpoint signs any of them.
    Unsigned { seq: i64 },
    /// Entries from `seq` on are older than the signing interval and no checkpoint covers them.
    UnsignedSince { seq: i64 },
}

impl Problem {
    pub fn seq(&self) -> i64 {
        match self {
            Problem::Altered { seq }
            | Problem::Deleted { seq }
            | Problem::Inserted { seq }
            | Problem::Reordered { seq }
            | Problem::Rewritten { seq }
            | Problem::Truncated { seq }
            | Problem::BadSignature { seq }
            | Problem::Unsigned { seq }
            | Problem::UnsignedSince { seq } => *seq,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Altered { seq } => write!(f, "entry {seq} was altered: its content does not give its hash"),
            Problem::Deleted { seq } => write!(f, "entries before entry {seq} were deleted"),
            Problem::Inserted { seq } => write!(f, "entry {seq} was inserted: it does not follow the entry before it"),
            Problem::Reordered { seq } => write!(f, "entries were reordered at entry {seq}"),
            Problem::Rewritten { seq } => {
                write!(f, "the chain up to entry {seq} is not the one signed at that checkpoint")
            }
            Problem::Truncated { seq } => write!(f, "entries up to the signed entry {seq} are missing from the end"),
            Problem::BadSignature { seq } => write!(f, "the checkpoint at entry {seq} has a bad signature"),
            Problem::Unsigned { .. } => write!(
                f,
                "the trail has entries but no signed checkpoint, so nothing proves it was not rewritten (sign it: comity audit checkpoint)"
            ),
            Problem::UnsignedSince { seq } => write!(
                f,
                "entries from {seq} on are older than the signing interval and no checkpoint covers them: the server did not sign them, or their checkpoints were removed"
            ),
        }
    }
}

/// Checks a trail read in stored order (by sequence number) as it streams by: feed every
/// entry to [`Verifier::entry`], then call [`Verifier::finish`] with the checkpoints.
pub struct ChainVerifier {
    expected_seq: i64,
    last_hash: String,
    /// Hashes seen, by sequence number, only at checkpointed positions.
    at_checkpoints: std::collections::HashMap<i64, String>,
    checkpoint_seqs: std::collections::HashSet<i64>,
    /// Hash of every entry seen, to tell a reordering from an insertion.
    seen_prev: std::collections::HashSet<String>,
    /// The newest position a checkpoint signs (0: none), and the time of the entry after it.
    last_signed: i64,
    first_unsigned: Option<(i64, String)>,
    pub entries: u64,
    problem: Option<Problem>,
}

/// How fresh the signing must be: entries written at or before `cutoff` (RFC 3339, UTC) must be
/// covered by a checkpoint. None checks only that a trail with entries is signed at all.
#[derive(Debug, Clone, Default)]
pub struct Freshness {
    pub cutoff: Option<String>,
}

impl ChainVerifier {
    /// `checkpoint_seqs`: the positions whose hashes the checkpoints will be compared with.
    pub fn new(checkpoint_seqs: impl IntoIterator<Item = i64>) -> ChainVerifier {
        let checkpoint_seqs: std::collections::HashSet<i64> = checkpoint_seqs.into_iter().collect();
        ChainVerifier {
            expected_seq: 1,
            last_hash: GENESIS.to_string(),
            at_checkpoints: Default::default(),
            last_signed: checkpoint_seqs.iter().copied().max().unwrap_or(0),
            checkpoint_seqs,
            seen_prev: Default::default(),
            first_unsigned: None,
            entries: 0,
            problem: None,
        }
    }

    /// The first problem found so far.
    pub fn problem(&self) -> Option<&Problem> {
        self.problem.as_ref()
    }

    pub fn entry(&mut self, e: &Entry) {
        if self.problem.is_some() {
            return;
        }
        self.entries += 1;
        let problem = if entry_hash(e.seq, &e.content, &e.prev_hash) != e.hash {
            Some(Problem::Altered { seq: e.seq })
        } else if e.seq > self.expected_seq {
            Some(Problem::Deleted { seq: e.seq })
        } else if e.seq < self.expected_seq {
            Some(Problem::Inserted { seq: e.seq })
        } else if e.prev_hash != self.last_hash {
            // Chained after an entry we have already passed: moved; after one we have not
            // seen: moved up from later, or made up.
            if self.seen_prev.contains(&e.prev_hash) {
                Some(Problem::Reordered { seq: e.seq })
            } else {
                Some(Problem::Inserted { seq: e.seq })
            }
        } else {
            None
        };
        if let Some(p) = problem {
            self.problem = Some(p);
            return;
        }
        self.seen_prev.insert(e.hash.clone());
        if self.checkpoint_seqs.contains(&e.seq) {
            self.at_checkpoints.insert(e.seq, e.hash.clone());
        }
        if e.seq == self.last_signed + 1 {
            self.first_unsigned = Some((e.seq, e.content.at.clone()));
        }
        self.expected_seq += 1;
        self.last_hash = e.hash.clone();
    }

    /// Checks the checkpoints against the chain and the deployment's public key. Returns the
    /// first problem in sequence order.
    pub fn finish(
        mut self,
        checkpoints: &[Checkpoint],
        key: &VerifyingKey,
        freshness: &Freshness,
    ) -> Result<u64, Problem> {
        let mut problems: Vec<Problem> = self.problem.take().into_iter().collect();
        let last_seq = self.expected_seq - 1;
        if problems.is_empty() && last_seq > 0 {
            if checkpoints.is_empty() {
                problems.push(Problem::Unsigned { seq: 1 });
            } else if let (Some((seq, at)), Some(cutoff)) = (&self.first_unsigned, &freshness.cutoff)
                && at.as_str() <= cutoff.as_str()
            {
                problems.push(Problem::UnsignedSince { seq: *seq });
            }
        }
        for c in checkpoints {
            let signed = hex::decode(&c.signature)
                .ok()
                .and_then(|b| Signature::from_slice(&b).ok())
                .is_some_and(|sig| key.verify(&checkpoint_message(c.seq, &c.hash), &sig).is_ok());
            if !signed {
                problems.push(Problem::BadSignature { seq: c.seq });
            } else if c.seq > last_seq && problems.is_empty() {
                problems.push(Problem::Truncated { seq: c.seq });
            } else if let Some(hash) = self.at_checkpoints.get(&c.seq)
                && *hash != c.hash
            {
                problems.push(Problem::Rewritten { seq: c.seq });
            }
        }
        match problems.into_iter().min_by_key(|p| p.seq()) {
            Some(p) => Err(p),
            None => Ok(self.entries),
        }
    }
}

/// Reads the public key a checkpoint file or setting gives in hex.
pub fn verifying_key(hex_key: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = hex::decode(hex_key.trim()).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(n: i64) -> EntryContent {
        EntryContent {
            at: format!("2026-11-24T12:00:{:02}Z", n % 60),
            action: "account.create".into(),
            object: format!("account:{n}"),
            details: "{}".into(),
            ..Default::default()
        }
    }

    fn trail(n: i64) -> Vec<Entry> {
        let mut out: Vec<Entry> = Vec::new();
        for i in 1..=n {
            let prev = out.last().map(|e| (e.seq, e.hash.as_str()));
            let e = chain(prev, content(i));
            out.push(e);
        }
        out
    }

    fn run(entries: &[Entry], checkpoints: &[Checkpoint], key: &SigningKey) -> Result<u64, Problem> {
        let mut v = ChainVerifier::new(checkpoints.iter().map(|c| c.seq));
        for e in entries {
            v.entry(e);
        }
        v.finish(checkpoints, &key.verifying_key(), &Freshness::default())
    }

    #[test]
    fn every_kind_of_tampering_is_named_at_its_first_entry() {
        let key = signing_key(&[7u8; 32]);
        let entries = trail(10);
        let cp = vec![sign_checkpoint(&key, 10, &entries[9].hash, "now")];
        assert_eq!(run(&entries, &cp, &key), Ok(10));

        let mut altered = entries.clone();
        altered[3].content.object = "account:99".into();
        assert_eq!(run(&altered, &cp, &key), Err(Problem::Altered { seq: 4 }));

        let mut deleted = entries.clone();
        deleted.remove(5);
        assert_eq!(run(&deleted, &cp, &key), Err(Problem::Deleted { seq: 7 }));

        // Deleted and renumbered, with hashes recomputed from there on: the checkpoint catches it.
        let mut rewritten: Vec<Entry> = entries[..5].to_vec();
        for (i, e) in entries[6..].iter().enumerate() {
            let prev = rewritten.last().map(|p| (p.seq, p.hash.as_str()));
            let mut c = e.content.clone();
            c.at = format!("{} ", c.at);
            let _ = i;
            rewritten.push(chain(prev, c));
        }
        rewritten.push(chain(rewritten.last().map(|p| (p.seq, p.hash.as_str())), content(11)));
        assert_eq!(run(&rewritten, &cp, &key), Err(Problem::Rewritten { seq: 10 }));

        let mut inserted = entries.clone();
        let fake = chain(Some((4, &entries[3].hash)), content(42));
        inserted.insert(4, Entry { seq: 5, ..fake });
        assert_eq!(run(&inserted, &cp, &key), Err(Problem::Inserted { seq: 5 }));

        let mut reordered = entries.clone();
        reordered.swap(2, 3);
        (reordered[2].seq, reordered[3].seq) = (3, 4);
        let r = run(&reordered, &cp, &key).unwrap_err();
        assert_eq!(r.seq(), 3, "{r}");

        let truncated = entries[..8].to_vec();
        assert_eq!(run(&truncated, &cp, &key), Err(Problem::Truncated { seq: 10 }));

        let mut forged = cp.clone();
        forged[0].hash = entries[8].hash.clone();
        assert_eq!(run(&entries, &forged, &key), Err(Problem::BadSignature { seq: 10 }));
        let other = signing_key(&[8u8; 32]);
        assert_eq!(run(&entries, &cp, &other), Err(Problem::BadSignature { seq: 10 }));
    }

    #[test]
    fn a_trail_is_intact_only_when_signed_and_signed_in_time() {
        let key = signing_key(&[7u8; 32]);
        let entries = trail(10);
        assert_eq!(run(&entries, &[], &key), Err(Problem::Unsigned { seq: 1 }), "entries, no checkpoint");
        assert_eq!(run(&[], &[], &key), Ok(0), "an empty trail with nothing signed is empty, not damaged");
        let cp = vec![sign_checkpoint(&key, 6, &entries[5].hash, "now")];
        let check = |cutoff: &str| {
            let mut v = ChainVerifier::new([6]);
            entries.iter().for_each(|e| v.entry(e));
            v.finish(&cp, &key.verifying_key(), &Freshness { cutoff: Some(cutoff.into()) })
        };
        // Entry 7 was written at 12:00:07.
        assert_eq!(check("2026-11-24T12:00:06Z"), Ok(10), "the entries after the checkpoint are recent");
        assert_eq!(check("2026-11-24T12:00:08Z"), Err(Problem::UnsignedSince { seq: 7 }));
    }
}
