//! A small, fast, deterministic hasher for the core's maps (the FxHash
//! function used inside rustc). Keys here are short words and integer ids,
//! never attacker-chosen in a way that matters: a slow document can at worst
//! slow its own summary. It is also much smaller in WebAssembly than SipHash.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub(crate) type Map<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A string of up to 15 bytes as two numbers (its bytes, then its length in
/// the last byte): a map key compared and hashed without following a pointer
/// to the heap, where a large table's string keys cost a cache miss each.
pub(crate) type ShortKey = (u64, u64);

/// The [`ShortKey`] of `bytes`, if they are short enough.
#[inline]
pub(crate) fn short_key(bytes: &[u8]) -> Option<ShortKey> {
    if bytes.len() > 15 {
        return None;
    }
    let mut key = [0u8; 16];
    key[..bytes.len()].copy_from_slice(bytes);
    Some(padded_key(key, bytes.len()))
}

/// The [`ShortKey`] of the first `len` (at most 15) bytes of `key`, the rest
/// zeros: for a caller that wrote the bytes in place (no copy).
#[inline]
pub(crate) fn padded_key(mut key: [u8; 16], len: usize) -> ShortKey {
    key[15] = len as u8;
    let [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p] = key;
    (
        u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        u64::from_le_bytes([i, j, k, l, m, n, o, p]),
    )
}

/// The [`ShortKey`] of `bytes[range]`, reading 16 bytes at once when the
/// slice has them (no copy loop): the same key as `short_key(&bytes[range])`.
#[inline]
pub(crate) fn short_key_in(bytes: &[u8], range: std::ops::Range<usize>) -> Option<ShortKey> {
    let len = range.len();
    if len > 15 {
        return None;
    }
    match bytes.get(range.start..range.start + 16) {
        Some(window) => {
            let mut word = [0u8; 16];
            word.copy_from_slice(window);
            let word = u128::from_le_bytes(word) & ((1u128 << (8 * len)) - 1);
            let key = word | ((len as u128) << 120);
            Some((key as u64, (key >> 64) as u64))
        }
        None => short_key(bytes.get(range)?),
    }
}

/// FxHash: multiply-rotate over machine words.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The product's high bits depend on every input bit, its low bits only
    /// on the input's low bits; hashbrown picks buckets with the low bits, so
    /// they are rotated in (as rustc-hash 2 does). Without this, words sharing
    /// their first letters collided and string compares took a sixth of the time.
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_works_and_hash_is_stable() {
        let mut m: Map<&str, u32> = Map::default();
        m.insert("ukraine", 1);
        m.insert("border", 2);
        assert_eq!(m.get("ukraine"), Some(&1));
        let mut a = FxHasher::default();
        a.write(b"summary");
        let mut b = FxHasher::default();
        b.write(b"summary");
        assert_eq!(a.finish(), b.finish());
        let mut c = FxHasher::default();
        c.write(b"summarz");
        assert_ne!(a.finish(), c.finish());
    }

    #[test]
    fn short_keys_tell_strings_apart() {
        assert_eq!(short_key(b"summary"), short_key(b"summary"));
        assert_ne!(short_key(b"ab"), short_key(b"ab\0"));
        assert_ne!(short_key(b""), short_key(b"\0"));
        assert!(short_key(b"fifteen bytes!!").is_some());
        assert!(short_key(b"sixteen bytes!!!").is_none());
        let text = b"the quick brown fox jumps over the lazy dog";
        for start in 0..text.len() {
            for end in start..=text.len() {
                assert_eq!(short_key_in(text, start..end), short_key(&text[start..end]));
            }
        }
    }
}
