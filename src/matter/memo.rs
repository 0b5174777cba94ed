//! Readings of a field's words remembered on this thread.
//!
//! The app checks the whole record on every keystroke, and an old file says
//! much only in words (a request's default, or that conferring is not
//! finished, in its objection): reading forty objections was a fifth of the
//! check of a long record, though from one keystroke to the next at most one
//! of them changes. A reading kept here is a pure function of what it was
//! read from, so the check's result is the same as without the memo.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::thread::LocalKey;

use rustc_hash::FxHashMap;

/// One reading's memo: the hash of what was read, what was read (to tell
/// two inputs with one hash apart), and the reading.
pub(super) type Memo<K, V> = RefCell<FxHashMap<u64, (K, V)>>;

/// More distinct inputs than any real record holds: the memo is cleared
/// when it reaches this many.
const MAX: usize = 4096;

/// The reading of `input` kept in `memo`, or `read()` made now and kept.
/// `is` tells whether a kept input is this one; `keep` makes the copy that
/// is kept. `read` runs with the memo released: a reading may be long, and
/// nothing in it may find the memo borrowed.
pub(super) fn remembered<Q: Hash + ?Sized, K: 'static, V: Copy + 'static>(
    memo: &'static LocalKey<Memo<K, V>>,
    input: &Q,
    is: impl Fn(&K) -> bool,
    keep: impl FnOnce() -> K,
    read: impl FnOnce() -> V,
) -> V {
    let mut hasher = rustc_hash::FxHasher::default();
    input.hash(&mut hasher);
    let key = hasher.finish();
    let known = memo.with_borrow(|m| m.get(&key).filter(|(k, _)| is(k)).map(|(_, v)| *v));
    if let Some(reading) = known {
        return reading;
    }
    let reading = read();
    memo.with_borrow_mut(|m| {
        if m.len() >= MAX {
            m.clear();
        }
        m.insert(key, (keep(), reading));
    });
    reading
}
