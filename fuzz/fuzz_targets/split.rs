#![no_main]
//! The sentence splitter alone; see `checks::split`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    abridge_fuzz::checks::split(data);
});
