//! Errors a caller must tell apart from runtime failures.
//!
//! They travel inside `anyhow::Error`; `main` finds them by walking the
//! error chain, as ripgrep does, and exits with code 2 for usage errors.

use std::fmt;

/// The command line asked for something that does not exist or cannot go
/// together (an unknown query or parameter, a query given twice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Whether an error is a usage error (exit code 2).
pub fn is_usage(error: &anyhow::Error) -> bool {
    error
        .chain()
        .any(|e| e.downcast_ref::<UsageError>().is_some())
}
