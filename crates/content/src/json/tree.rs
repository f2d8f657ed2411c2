//! JSON text → [`Json`], a tree of the values a data file holds. Numbers are whole: no data
//! file holds a fraction, and a float parser would cost the wasm more than all of this.

/// A JSON value. Objects keep their keys in order, as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Number(i64),
    /// A string.
    Text(String),
    /// An array.
    List(Vec<Json>),
    /// An object: its keys and values in order.
    Object(Vec<(String, Json)>),
}

/// How deep arrays and objects may nest: far deeper than any data file, shallow enough that
/// a hostile file cannot exhaust the stack.
const MAX_DEPTH: u32 = 64;

/// `text` as a [`Json`] tree; on failure, where and why ("at line 1, column 7: …").
pub fn parse(text: &str) -> Result<Json, String> {
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0).and_then(|value| {
        parser.skip_space();
        if parser.at == text.len() { Ok(value) } else { Err("more text after the data") }
    });
    value.map_err(|why| {
        // In the browser, no words: see `ShapeError`.
        if cfg!(target_arch = "wasm32") {
            return String::new();
        }
        let before = &text[..parser.at.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
        format!("at line {line}, column {column}: {why}")
    })
}

/// A cursor over the text; `at` is a byte offset, always on a character boundary.
struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// Steps over `expected` after any white space, or fails.
    fn expect(&mut self, expected: u8, why: &'static str) -> Result<(), &'static str> {
        self.skip_space();
        if self.peek() != Some(expected) {
            return Err(why);
        }
        self.at += 1;
        Ok(())
    }

    fn value(&mut self, depth: u32) -> Result<Json, &'static str> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply");
        }
        self.skip_space();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.list(depth),
            Some(b'"') => self.string().map(Json::Text),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => self.word(),
        }
    }

    fn word(&mut self) -> Result<Json, &'static str> {
        let rest = &self.text[self.at..];
        for (word, value) in [("null", Json::Null), ("true", Json::Bool(true)), ("false", Json::Bool(false))] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err("expected a value")
    }

    fn object(&mut self, depth: u32) -> Result<Json, &'static str> {
        self.at += 1;
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err("expected a key in quotes");
            }
            let key = self.string()?;
            self.expect(b':', "expected `:` after a key")?;
            fields.push((key, self.value(depth + 1)?));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(fields));
                }
                _ => return Err("expected `,` or `}`"),
            }
        }
    }

    fn list(&mut self, depth: u32) -> Result<Json, &'static str> {
        self.at += 1;
        let mut values = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::List(values));
        }
        loop {
            values.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::List(values));
                }
                _ => return Err("expected `,` or `]`"),
            }
        }
    }

    fn number(&mut self) -> Result<Json, &'static str> {
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        let start = self.at;
        let mut value: i64 = 0;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(i64::from(digit - b'0')))
                .ok_or("a number too large")?;
            self.at += 1;
        }
        let digits = self.at - start;
        if digits == 0 || (digits > 1 && self.text.as_bytes()[start] == b'0') {
            return Err("a malformed number");
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return Err("a number with a fraction or exponent (data files hold whole numbers)");
        }
        Ok(Json::Number(if negative { -value } else { value }))
    }

    /// A string from its opening quote, escapes resolved.
    fn string(&mut self) -> Result<String, &'static str> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text.as_bytes()[self.at..];
            // Copy the run up to the next quote, backslash or control character at once.
            let run = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .ok_or("a string without its closing quote")?;
            out.push_str(&self.text[self.at..self.at + run]);
            self.at += run;
            match rest[run] {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    let escaped =
                        self.text.as_bytes().get(self.at + 1).copied().ok_or("a string without its closing quote")?;
                    self.at += 2;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => {
                            // Told at the character after the backslash, which may be more than
                            // one byte long: `at` stays on a character boundary.
                            self.at -= 1;
                            return Err("an unknown escape in a string");
                        }
                    });
                }
                _ => return Err("a control character in a string"),
            }
        }
    }

    /// The character of a `\uXXXX` escape (after its `\u`), joining a surrogate pair; a lone
    /// surrogate, which JSON allows and Rust strings cannot hold, becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, &'static str> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.text[self.at..].starts_with("\\u") {
            let at = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                return Ok(char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)).unwrap_or('\u{FFFD}'));
            }
            self.at = at;
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Result<u32, &'static str> {
        let digits = self.text.get(self.at..self.at + 4).ok_or("a short \\u escape")?;
        let value = u32::from_str_radix(digits, 16).map_err(|_| "a malformed \\u escape")?;
        // from_str_radix accepts a sign; JSON does not.
        if digits.starts_with('+') {
            return Err("a malformed \\u escape");
        }
        self.at += 4;
        Ok(value)
    }
}

#[cfg(test)]
mod tests;
