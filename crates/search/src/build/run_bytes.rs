//! A run's partial vocabulary as bytes, for the index's memo (`memo.rs`): its documents'
//! lengths, then each stem with its forms and (document, frequency), numbers in LEB128 and
//! texts length-first. Every read is bounds-checked: bytes that do not read back whole are
//! refused, never trusted.

use rustc_hash::FxHashMap as HashMap;

use super::postings::{Partial, Stem};

/// A partial as bytes: its lengths, then each stem with its forms and (document, frequency).
pub(super) fn encode(partial: &Partial) -> Vec<u8> {
    let mut out = Vec::new();
    put_number(&mut out, partial.lengths.len() as u64);
    partial.lengths.iter().for_each(|&length| put_number(&mut out, u64::from(length)));
    put_number(&mut out, partial.stems.len() as u64);
    for (text, stem) in &partial.stems {
        put_text(&mut out, text);
        put_number(&mut out, stem.forms.len() as u64);
        stem.forms.iter().for_each(|form| put_text(&mut out, form));
        put_number(&mut out, stem.documents.len() as u64);
        for &(id, frequency) in &stem.documents {
            put_number(&mut out, u64::from(id));
            put_number(&mut out, u64::from(frequency));
        }
    }
    out
}

pub(super) fn decode(bytes: &[u8]) -> Option<Partial> {
    let mut reader = Reader { bytes };
    let small = |n: u64| u32::try_from(n).ok();
    let lengths = (0..reader.number().ok()?).map(|_| small(reader.number().ok()?)).collect::<Option<Vec<u32>>>()?;
    let count = reader.number().ok()?;
    let mut stems = HashMap::default();
    for _ in 0..count {
        let text = reader.text()?;
        let forms = (0..reader.number().ok()?).map(|_| reader.text()).collect::<Option<_>>()?;
        let documents = (0..reader.number().ok()?)
            .map(|_| Some((small(reader.number().ok()?)?, small(reader.number().ok()?)?)))
            .collect::<Option<Vec<_>>>()?;
        stems.insert(text, Stem { forms, documents });
    }
    reader.bytes.is_empty().then_some(Partial { stems, lengths })
}

/// LEB128: seven bits a byte, most numbers here take one or two.
pub(super) fn put_number(out: &mut Vec<u8>, mut number: u64) {
    while number >= 0x80 {
        out.push((number as u8) | 0x80);
        number >>= 7;
    }
    out.push(number as u8);
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    put_number(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

/// Reads what `put_number` and `put_text` wrote; every read checks it stays in bounds.
pub(super) struct Reader<'a> {
    pub bytes: &'a [u8],
}

impl Reader<'_> {
    pub fn number(&mut self) -> Result<u64, &'static str> {
        let mut number = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.bytes.split_first().ok_or("cut short")?;
            self.bytes = rest;
            number |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(number);
            }
        }
        Err("a number too long")
    }

    pub fn take(&mut self, len: usize) -> Result<&[u8], &'static str> {
        let (taken, rest) = self.bytes.split_at_checked(len).ok_or("cut short")?;
        self.bytes = rest;
        Ok(taken)
    }

    fn text(&mut self) -> Option<String> {
        let len = usize::try_from(self.number().ok()?).ok()?;
        String::from_utf8(self.take(len).ok()?.to_vec()).ok()
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A partial of three documents from id 256 on.
    pub fn partial() -> Partial {
        let mut stems = HashMap::default();
        stems.insert(
            "stretch".to_string(),
            Stem { forms: ["stretch", "stretches"].map(String::from).into(), documents: vec![(256, 40), (258, 1)] },
        );
        stems.insert("pain".to_string(), Stem { forms: ["pain".to_string()].into(), documents: vec![(257, 100_000)] });
        Partial { stems, lengths: vec![12, 300, 70_000] }
    }

    #[test]
    fn a_partial_reads_back_as_it_was() {
        let original = partial();
        let back = decode(&encode(&original)).expect("reads back");
        assert_eq!(back.lengths, original.lengths);
        assert_eq!(back.stems.len(), 2);
        assert_eq!(back.stems["stretch"].forms, original.stems["stretch"].forms);
        assert_eq!(back.stems["stretch"].documents, original.stems["stretch"].documents);
        assert_eq!(back.stems["pain"].documents, [(257, 100_000)]);
        assert!(decode(&encode(&original)[..10]).is_none(), "a cut-short partial is refused");
        assert!(decode(&[encode(&original), vec![0]].concat()).is_none(), "so is one with bytes after it");
    }
}
