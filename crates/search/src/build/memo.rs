//! What the index keeps between builds, so an edit re-stems only the run of documents it
//! touches: each run's partial vocabulary, under a key made of its documents' keys. A site of
//! 50,000 items is 196 runs of 256; an edited article changes one run's key, the other 195
//! partials are read back instead of their documents being made, stemmed and their
//! fragments written again. The merge, the scores and the chunks are made afresh from the
//! partials every time, so the index is the same bytes as a fresh build's.
//!
//! The memo is a file of its own (the caller keeps it beside its other build state); one
//! that is cut short, damaged or of another version is refused, and the build stems
//! every run.

use std::hash::{Hash, Hasher};
use std::io::{self, Write};

use rustc_hash::{FxHashMap as HashMap, FxHasher};

use super::postings::Partial;
use super::run_bytes::{Reader, decode, put_number};

/// The first bytes of a memo this version writes and reads.
const HEADER: &[u8] = b"health-center search runs 1\n";

/// The runs of the last build, by key, each as its partial's bytes.
#[derive(Default)]
pub struct IndexMemo {
    /// The file read back, whose runs stay in it (at 50,000 items, 38 MB not copied).
    file: Vec<u8>,
    runs: HashMap<u64, Run>,
}

/// Where a run's bytes are.
enum Run {
    /// In the file read back, at this range.
    Read(std::ops::Range<usize>),
    /// Made by this build.
    Made(Vec<u8>),
}

impl IndexMemo {
    /// A memo read from `bytes` (a file [`write_to`](Self::write_to) wrote), or why it
    /// cannot be trusted.
    pub fn from_bytes(file: Vec<u8>) -> Result<IndexMemo, String> {
        let body = file.strip_prefix(HEADER).ok_or("not a memo of this version")?;
        let (body, checksum) =
            body.split_at_checked(body.len().checked_sub(8).ok_or("cut short")?).ok_or("cut short")?;
        let mut reader = Reader { bytes: body };
        let mut runs = HashMap::default();
        let mut check = Checksum::default();
        let count = reader.number()?;
        check.count(count);
        for _ in 0..count {
            let key = reader.number()?;
            let len = usize::try_from(reader.number()?).map_err(|_| "a run too large")?;
            let run = reader.take(len)?;
            check.run(key, run);
            let start = run.as_ptr() as usize - file.as_ptr() as usize;
            runs.insert(key, Run::Read(start..start + len));
        }
        if !reader.bytes.is_empty() {
            return Err("bytes after the last run".into());
        }
        if checksum != check.finish().to_le_bytes() {
            return Err("damaged or cut short (its checksum does not match)".into());
        }
        Ok(IndexMemo { file, runs })
    }

    /// The bytes of the run with `key`.
    fn run(&self, key: &u64) -> Option<&[u8]> {
        match self.runs.get(key)? {
            Run::Read(range) => self.file.get(range.clone()),
            Run::Made(bytes) => Some(bytes),
        }
    }

    /// Writes the memo as a file's bytes: the header, the runs in key order (the same runs
    /// make the same file), a checksum of them.
    pub fn write_to(&self, out: &mut impl Write) -> io::Result<()> {
        let mut keys: Vec<&u64> = self.runs.keys().collect();
        keys.sort_unstable();
        let mut check = Checksum::default();
        out.write_all(HEADER)?;
        let mut number = Vec::new();
        put_number(&mut number, keys.len() as u64);
        check.count(keys.len() as u64);
        for key in keys {
            let run = self.run(key).unwrap_or_default();
            put_number(&mut number, *key);
            put_number(&mut number, run.len() as u64);
            out.write_all(&number)?;
            number.clear();
            out.write_all(run)?;
            check.run(*key, run);
        }
        out.write_all(&number)?;
        out.write_all(&check.finish().to_le_bytes())
    }

    /// This build's memo: the runs of the last one it read back (`reused`), moved over, and
    /// the runs it made (`made`).
    pub(super) fn carry_over(mut self, reused: &[u64], made: Vec<(u64, Vec<u8>)>) -> IndexMemo {
        let reused: rustc_hash::FxHashSet<u64> = reused.iter().copied().collect();
        self.runs.retain(|key, _| reused.contains(key));
        self.runs.extend(made.into_iter().map(|(key, bytes)| (key, Run::Made(bytes))));
        self
    }

    /// How many runs it holds.
    pub fn len(&self) -> usize {
        self.runs.len()
    }

    /// Whether it holds no run.
    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// The partial of the run with `key`, if the last build made it (and it reads back).
    pub(super) fn partial(&self, key: u64) -> Option<Partial> {
        decode(self.run(&key)?)
    }

    /// Keeps the partial of the run with `key` (its bytes) for the next build.
    #[cfg(test)]
    fn insert(&mut self, key: u64, bytes: Vec<u8>) {
        self.runs.insert(key, Run::Made(bytes));
    }
}

/// The key of a run: the `salt` (what the documents are made with), its first id and the key
/// of each of its documents, in order.
pub(super) fn run_key(salt: u64, first: usize, keys: impl Iterator<Item = u64>) -> u64 {
    let mut hasher = FxHasher::default();
    (salt, first).hash(&mut hasher);
    for key in keys {
        key.hash(&mut hasher);
    }
    hasher.finish()
}

/// A hash of `text`, to fold into a key.
pub(super) fn text_key(text: &str) -> u64 {
    let mut hasher = FxHasher::default();
    text.hash(&mut hasher);
    hasher.finish()
}

/// A checksum of a memo's runs, fed the same way by its writer and its reader.
#[derive(Default)]
struct Checksum(FxHasher);

impl Checksum {
    fn count(&mut self, count: u64) {
        count.hash(&mut self.0);
    }

    fn run(&mut self, key: u64, bytes: &[u8]) {
        (key, bytes).hash(&mut self.0);
    }

    fn finish(&self) -> u64 {
        self.0.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::run_bytes::encode;
    use crate::build::run_bytes::tests::partial;

    fn to_bytes(memo: &IndexMemo) -> Vec<u8> {
        let mut bytes = Vec::new();
        memo.write_to(&mut bytes).expect("writes to memory");
        bytes
    }

    #[test]
    fn the_next_memo_keeps_the_runs_read_back_and_the_runs_made() {
        let mut memo = IndexMemo::default();
        memo.insert(1, vec![1]);
        memo.insert(2, vec![2]);
        let next = memo.carry_over(&[2], vec![(3, vec![3])]);
        let mut keys: Vec<u64> = next.runs.keys().copied().collect();
        keys.sort_unstable();
        assert_eq!(keys, [2, 3], "run 1 was not in this build");
        assert_eq!(next.run(&2), Some(&[2][..]));
    }

    #[test]
    fn a_memo_reads_back_and_a_damaged_one_is_refused() {
        let mut memo = IndexMemo::default();
        memo.insert(7, encode(&partial()));
        memo.insert(u64::MAX, Vec::new());
        let bytes = to_bytes(&memo);
        let back = IndexMemo::from_bytes(bytes.clone()).expect("reads back");
        assert_eq!(back.len(), 2);
        assert_eq!(to_bytes(&back), bytes, "the same runs, the same file");
        assert!(back.partial(7).is_some_and(|partial| partial.lengths == [12, 300, 70_000]));
        assert!(back.partial(8).is_none());

        assert!(IndexMemo::from_bytes(bytes[..bytes.len() - 1].to_vec()).is_err(), "cut short");
        let mut damaged = bytes.clone();
        damaged[HEADER.len() + 3] ^= 1;
        assert!(matches!(IndexMemo::from_bytes(damaged), Err(why) if why.contains("checksum")));
        let other_version = [b"health-center search runs 0\n", &bytes[HEADER.len()..]].concat();
        assert!(matches!(IndexMemo::from_bytes(other_version), Err(why) if why.contains("version")));
        assert!(IndexMemo::from_bytes(Vec::new()).is_err());
    }

    #[test]
    fn a_run_s_key_changes_with_any_of_its_documents() {
        let key = run_key(1, 0, [10, 20, 30].into_iter());
        assert_eq!(key, run_key(1, 0, [10, 20, 30].into_iter()));
        assert_ne!(key, run_key(1, 0, [10, 21, 30].into_iter()), "a document changed");
        assert_ne!(key, run_key(1, 256, [10, 20, 30].into_iter()), "the run moved");
        assert_ne!(key, run_key(2, 0, [10, 20, 30].into_iter()), "made otherwise");
        assert_ne!(key, run_key(1, 0, [10, 20].into_iter()), "a document fewer");
    }
}
