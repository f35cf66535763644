//! Rate limits per visitor: an anonymous visitor by its address, an API token by the token;
//! signed-in people and the health probes are not counted. Each has a budget of requests a
//! minute, refilled continuously (a token bucket); past it a request is answered 429 with
//! `Retry-After`, before any handler or query runs. Budgets are per node, set by the
//! deployment (`rate_limit_anonymous`, `rate_limit_token`; 0 turns one off).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;
use crate::middleware::{Unexplained, unexplained};

/// Requests a minute; 0 is no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    pub anonymous_per_minute: u32,
    pub token_per_minute: u32,
}

impl Default for RateLimits {
    /// Generous enough for a delegation's whole office behind one address reading public pages,
    /// and for a CERT polling TAXII every second; small enough that one address cannot keep
    /// both cores busy with the costliest anonymous requests.
    fn default() -> Self {
        RateLimits { anonymous_per_minute: 1_200, token_per_minute: 1_200 }
    }
}

impl RateLimits {
    pub const OFF: RateLimits = RateLimits { anonymous_per_minute: 0, token_per_minute: 0 };
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// The buckets of one node.
pub struct RateLimiter {
    limits: RateLimits,
    buckets: Mutex<HashMap<u64, Bucket>>,
}

/// Buckets kept before the full ones (visitors gone quiet) are dropped.
const MAX_BUCKETS: usize = 100_000;

impl RateLimiter {
    pub fn new(limits: RateLimits) -> RateLimiter {
        RateLimiter { limits, buckets: Mutex::new(HashMap::new()) }
    }

    pub fn limits(&self) -> RateLimits {
        self.limits
    }

    /// Counts every request but refuses none: the benchmarks' setting, so that what the
    /// limiter costs is in their figures while one loopback address sends everything.
    pub fn counting_only() -> RateLimiter {
        RateLimiter::new(RateLimits { anonymous_per_minute: u32::MAX, token_per_minute: u32::MAX })
    }

    /// Takes one request from the key's budget: None when allowed, else the seconds to wait.
    fn take(&self, key: u64, per_minute: u32, now: Instant) -> Option<u64> {
        let capacity = f64::from(per_minute);
        let per_second = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_BUCKETS {
            buckets.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * per_second < capacity);
        }
        let bucket = buckets.entry(key).or_insert(Bucket { tokens: capacity, at: now });
        bucket.tokens = (bucket.tokens + now.duration_since(bucket.at).as_secs_f64() * per_second).min(capacity);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            None
        } else {
            Some(((1.0 - bucket.tokens) / per_second).ceil().max(1.0) as u64)
        }
    }
}

impl Default for RateLimiter {
    fn default() -> Self {
        RateLimiter::new(RateLimits::default())
    }
}

/// The bucket's key: a fixed-key hash, so the map holds no token, only a number derived from it.
fn key_of(what: impl std::hash::Hash) -> u64 {
    use std::hash::BuildHasher;
    std::hash::BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(what)
}

/// Runs before routing: counts the request against its visitor's budget.
pub async fn rate_limit(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let limits = app.rate.limits;
    // A load balancer's probes come from one address, often: they are never refused.
    if matches!(request.uri().path(), "/healthz" | "/readyz") {
        return next.run(request).await;
    }
    let (key, per_minute) = match request.headers().get(header::AUTHORIZATION) {
        Some(token) => (key_of((1u8, token.as_bytes())), limits.token_per_minute),
        None if crate::access::cookie_value(request.headers(), crate::access::SESSION_COOKIE).is_some() => {
            return next.run(request).await;
        }
        None => {
            let address =
                request.extensions().get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip());
            (key_of((0u8, address)), limits.anonymous_per_minute)
        }
    };
    if per_minute == 0 {
        return next.run(request).await;
    }
    match app.rate.take(key, per_minute, Instant::now()) {
        None => next.run(request).await,
        Some(wait) => {
            let mut response = unexplained(StatusCode::TOO_MANY_REQUESTS, Unexplained::RateLimited);
            if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_is_spent_then_refilled_over_the_minute() {
        let limiter = RateLimiter::new(RateLimits { anonymous_per_minute: 60, token_per_minute: 0 });
        let start = Instant::now();
        for _ in 0..60 {
            assert_eq!(limiter.take(7, 60, start), None);
        }
        assert_eq!(limiter.take(7, 60, start), Some(1), "the 61st within the same instant waits a second");
        assert_eq!(limiter.take(8, 60, start), None, "another visitor has a budget of its own");
        assert_eq!(limiter.take(7, 60, start + std::time::Duration::from_secs(2)), None, "refilled");
    }
}
