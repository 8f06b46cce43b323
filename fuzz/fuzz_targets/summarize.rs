#![no_main]
//! Arbitrary bytes → lossy UTF-8 text × options decoded from the first bytes,
//! through the public API; see `checks::summarize`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    abridge_fuzz::checks::summarize(data);
});
