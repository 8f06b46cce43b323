//! Shared by the fuzz targets and by `tests/regressions.rs` (which includes
//! `checks.rs` by path): how a fuzz input becomes options and text, and the
//! invariants every run must keep.

#[path = "../../tests/common/mod.rs"]
pub mod common;

pub mod checks;
