//! Reads a JSON array of strings, the form of the texts files the build writes (one per language), without a
//! JSON library in the bundle. The browser's own `JSON.parse` would cost a crossing into wasm for every
//! text (at 10,000 events, 116 ms of the take-over); this reads the file where it already is, and a text
//! without escapes is a span of the file itself.

/// One item of the array: a span of the input, or a text with escapes, decoded.
#[derive(Debug, PartialEq)]
pub enum Item {
    Span(std::ops::Range<usize>),
    Decoded(String),
}

impl Item {
    /// The text this item of `json` stands for: borrowed from it, or the decoded copy.
    pub fn text(self, json: &str) -> std::borrow::Cow<'_, str> {
        match self {
            Item::Span(span) => std::borrow::Cow::Borrowed(&json[span]),
            Item::Decoded(text) => std::borrow::Cow::Owned(text),
        }
    }
}

/// The strings of the JSON array `json`, or what is wrong with it.
pub fn parse(json: &str) -> Result<Vec<Item>, &'static str> {
    let mut reader = Reader { bytes: json.as_bytes(), json, at: 0 };
    reader.skip_space();
    if !reader.eat(b'[') {
        return Err("not a JSON array");
    }
    let mut items = Vec::new();
    reader.skip_space();
    if !reader.eat(b']') {
        loop {
            reader.skip_space();
            if !reader.eat(b'"') {
                return Err("an item is not a string");
            }
            items.push(reader.string()?);
            reader.skip_space();
            if reader.eat(b']') {
                break;
            }
            if !reader.eat(b',') {
                return Err("not JSON");
            }
        }
    }
    reader.skip_space();
    if reader.at != reader.bytes.len() {
        return Err("not JSON");
    }
    Ok(items)
}

struct Reader<'a> {
    json: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let here = self.bytes.get(self.at) == Some(&byte);
        self.at += usize::from(here);
        here
    }

    /// The string whose opening quote was just read; after it, the reader stands past its closing quote.
    /// Every place it cuts the input at is an ASCII byte, so every span is whole UTF-8.
    fn string(&mut self) -> Result<Item, &'static str> {
        let start = self.at;
        let mut decoded: Option<String> = None;
        let mut run = start;
        loop {
            let Some(&byte) = self.bytes.get(self.at) else { return Err("not JSON") };
            match byte {
                b'"' => {
                    let item = match decoded {
                        None => Item::Span(start..self.at),
                        Some(mut text) => {
                            text.push_str(&self.json[run..self.at]);
                            Item::Decoded(text)
                        }
                    };
                    self.at += 1;
                    return Ok(item);
                }
                b'\\' => {
                    let text = decoded.get_or_insert_with(String::new);
                    text.push_str(&self.json[run..self.at]);
                    let escape = self.bytes.get(self.at + 1).copied();
                    self.at += 2;
                    text.push(match escape {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode()?,
                        _ => return Err("not JSON"),
                    });
                    run = self.at;
                }
                0..=0x1f => return Err("not JSON"),
                _ => self.at += 1,
            }
        }
    }

    /// The character of a `\u` escape whose `\u` was just read, with the low half of a surrogate pair.
    fn unicode(&mut self) -> Result<char, &'static str> {
        let high = self.hex4()?;
        let code = match high {
            0xd800..=0xdbff => {
                if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                    return Err("not JSON");
                }
                self.at += 2;
                let low = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&low) {
                    return Err("not JSON");
                }
                0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
            }
            code => code,
        };
        char::from_u32(code).ok_or("not JSON")
    }

    fn hex4(&mut self) -> Result<u32, &'static str> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or("not JSON")?;
        self.at += 4;
        digits.iter().try_fold(0, |n, &d| Ok(n * 16 + (d as char).to_digit(16).ok_or("not JSON")?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(json: &str) -> Result<Vec<String>, &'static str> {
        Ok(parse(json)?.into_iter().map(|item| item.text(json).into_owned()).collect())
    }

    #[test]
    fn reads_what_json_writers_write() {
        let texts = [
            "",
            "서울-베이징 통합위원회",
            "首尔—北京 “环境组”",
            "quote \" backslash \\ slash / tab \t newline \n return \r",
            "controls \u{1} \u{8} \u{c} \u{1f} \u{7f} and U+2028 \u{2028}",
            "astral 𝄞 😀",
        ];
        // As the build writes them (serde_json), and as a writer that escapes all but ASCII does (Python's
        // json.dumps, `\uXXXX` and surrogate pairs).
        let ascii: String = serde_json::to_string(&texts)
            .unwrap()
            .encode_utf16()
            .map(|unit| if unit < 0x80 { (unit as u8 as char).to_string() } else { format!("\\u{unit:04X}") })
            .collect();
        for json in [serde_json::to_string_pretty(&texts).unwrap(), ascii] {
            assert_eq!(strings(&json).unwrap(), texts, "{json}");
        }
        assert_eq!(strings(r#" [ "a\/b" ] "#).unwrap(), ["a/b"]);
        assert_eq!(strings("[]").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn a_text_without_escapes_is_a_span_of_the_file() {
        assert_eq!(parse(r#"["한국어", "a\"b"]"#).unwrap(), [Item::Span(2..11), Item::Decoded("a\"b".into())]);
    }

    #[test]
    fn refuses_what_is_not_an_array_of_strings() {
        for (json, error) in [
            ("", "not a JSON array"),
            ("{}", "not a JSON array"),
            ("[1]", "an item is not a string"),
            ("[\"a\" \"b\"]", "not JSON"),
            ("[\"a\",]", "an item is not a string"),
            ("[\"a\"] x", "not JSON"),
            ("[\"a", "not JSON"),
            ("[\"a\\", "not JSON"),
            ("[\"\\x\"]", "not JSON"),
            ("[\"\\u12\"]", "not JSON"),
            ("[\"\\u12", "not JSON"),
            ("[\"\\ud83d\"]", "not JSON"),
            ("[\"\\ud83d\\u0041\"]", "not JSON"),
            ("[\"\\ude00\"]", "not JSON"),
            ("[\"tab\there\"]", "not JSON"),
            ("[\"a\"", "not JSON"),
        ] {
            assert_eq!(strings(json), Err(error), "{json:?}");
        }
    }
}
