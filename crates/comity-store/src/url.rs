//! Database URLs: which engine, where, and how to show them without their password.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use sqlx::postgres::PgConnectOptions;

use crate::{Engine, StoreError};

/// A database location: `sqlite://PATH` (or `sqlite:PATH`) or `postgres://...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    raw: String,
    engine: Engine,
}

impl DatabaseUrl {
    /// The embedded database inside a data directory.
    pub fn embedded(data_dir: &Path) -> Self {
        let path = data_dir.join("comity.sqlite3");
        DatabaseUrl { raw: format!("sqlite://{}", path.display()), engine: Engine::Sqlite }
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The URL with any password replaced, safe for logs and messages.
    pub fn redacted(&self) -> String {
        let Some((scheme, rest)) = self.raw.split_once("://") else {
            return self.raw.clone();
        };
        let (authority, tail) =
            rest.split_once('/').map(|(a, t)| (a, format!("/{t}"))).unwrap_or((rest, String::new()));
        match authority.rsplit_once('@') {
            Some((userinfo, host)) => {
                let user = userinfo.split(':').next().unwrap_or("");
                let shown = if userinfo.contains(':') { format!("{user}:***") } else { user.to_string() };
                format!("{scheme}://{shown}@{host}{tail}")
            }
            None => self.raw.clone(),
        }
    }

    pub(crate) fn sqlite_path(&self) -> Option<PathBuf> {
        if self.engine != Engine::Sqlite {
            return None;
        }
        let rest = self.raw.strip_prefix("sqlite://").or_else(|| self.raw.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or(rest);
        Some(PathBuf::from(path))
    }

    pub(crate) fn postgres_options(&self) -> Result<PgConnectOptions, StoreError> {
        PgConnectOptions::from_str(&self.raw)
            .map_err(|e| StoreError::BadUrl { url: self.redacted(), detail: e.to_string() })
    }
}

impl FromStr for DatabaseUrl {
    type Err = StoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let bad = |detail: &str| StoreError::BadUrl {
            url: DatabaseUrl { raw: s.to_string(), engine: Engine::Sqlite }.redacted(),
            detail: detail.to_string(),
        };
        let engine = if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Engine::Postgres
        } else if s.starts_with("sqlite:") {
            Engine::Sqlite
        } else {
            return Err(bad("expected sqlite://PATH or postgres://USER@HOST/DATABASE"));
        };
        let url = DatabaseUrl { raw: s.to_string(), engine };
        match engine {
            Engine::Sqlite => {
                let path = url.sqlite_path().unwrap_or_default();
                if path.as_os_str().is_empty() || path.as_os_str() == ":memory:" {
                    return Err(bad("give a file path; an in-memory database would lose everything at exit"));
                }
            }
            Engine::Postgres => {
                url.postgres_options()?;
            }
        }
        Ok(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_from_scheme() {
        assert_eq!("postgres://u@h/db".parse::<DatabaseUrl>().unwrap().engine(), Engine::Postgres);
        assert_eq!("postgresql://u@h/db".parse::<DatabaseUrl>().unwrap().engine(), Engine::Postgres);
        let sqlite: DatabaseUrl = "sqlite://data/x.sqlite3".parse().unwrap();
        assert_eq!(sqlite.engine(), Engine::Sqlite);
        assert_eq!(sqlite.sqlite_path().unwrap(), PathBuf::from("data/x.sqlite3"));
        assert!("mysql://h/db".parse::<DatabaseUrl>().is_err());
        assert!("sqlite::memory:".parse::<DatabaseUrl>().is_err());
        assert!("".parse::<DatabaseUrl>().is_err());
    }

    #[test]
    fn passwords_never_shown() {
        let url: DatabaseUrl = "postgres://comity:s3cret@db.internal:5432/comity".parse().unwrap();
        assert_eq!(url.redacted(), "postgres://comity:***@db.internal:5432/comity");
        let err = "mysql://root:hunter2@h/db".parse::<DatabaseUrl>().unwrap_err().to_string();
        assert!(!err.contains("hunter2"), "{err}");
    }
}
