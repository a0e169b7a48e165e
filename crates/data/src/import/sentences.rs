//! An article's plain text as our format's paragraphs and sentences, with the ids events cite.
//!
//! Paragraphs are apart by a blank line. A sentence ends at `.`, `!`, `?` or `…` followed by a space (or
//! the paragraph's end), or at `。`, `！`, `？` (Chinese and Japanese), with any closing quote or bracket
//! after it; a quotation is kept whole (no sentence ends inside `“…”`, `‘…’`, `「…」`, `『…』`).

/// The sentences of one paragraph, in order, trimmed.
pub fn split(paragraph: &str) -> Vec<String> {
    const CLOSERS: [char; 10] = ['”', '’', '"', '\'', ')', '）', '」', '』', '】', '》'];
    let chars: Vec<char> = paragraph.chars().collect();
    let mut sentences = Vec::new();
    let mut current = String::new();
    let mut depth: i32 = 0;
    let mut straight_open = false;
    let mut single = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        current.push(c);
        // `’` closes a `‘`; with none open it is an apostrophe (can’t), not a quote. `"` after a digit is
        // inches (5'10").
        match c {
            '‘' => {
                single += 1;
                depth += 1;
            }
            '’' if single > 0 => {
                single -= 1;
                depth = (depth - 1).max(0);
            }
            '’' => {}
            '“' | '「' | '『' => depth += 1,
            '”' | '」' | '』' => depth = (depth - 1).max(0),
            '"' if i > 0 && chars[i - 1].is_ascii_digit() => {}
            '"' => straight_open = !straight_open,
            _ => {}
        }
        let wide = matches!(c, '。' | '！' | '？');
        let latin = matches!(c, '.' | '!' | '?' | '…');
        // A quotation that ends a sentence of its own: `“Go now.” He left.`
        let closes_sentence = matches!(c, '”' | '’' | '」' | '』')
            && depth == 0
            && i > 0
            && matches!(chars[i - 1], '.' | '!' | '?' | '…' | '。' | '！' | '？')
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if closes_sentence {
            sentences.push(current.trim().to_string());
            current.clear();
        } else if (wide || latin) && depth == 0 && !straight_open {
            // Closing quotes and brackets belong to the sentence they end.
            while i + 1 < chars.len() && CLOSERS.contains(&chars[i + 1]) {
                i += 1;
                current.push(chars[i]);
            }
            let at_end = i + 1 >= chars.len();
            let before_space = chars.get(i + 1).is_some_and(|n| n.is_whitespace());
            if wide || at_end || before_space {
                let s = current.trim().to_string();
                if !s.is_empty() {
                    sentences.push(s);
                }
                current.clear();
            }
        }
        i += 1;
    }
    let rest = current.trim();
    if !rest.is_empty() {
        sentences.push(rest.to_string());
    }
    sentences
}

/// The paragraphs of a text (apart by blank lines), each as its sentences.
pub fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|p| split(&p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_sentences_end_before_a_space() {
        assert_eq!(
            split("The dam opened. It was 3.5 km long! Why? Nobody knows"),
            vec!["The dam opened.", "It was 3.5 km long!", "Why?", "Nobody knows"]
        );
    }

    #[test]
    fn quotes_are_kept_whole() {
        assert_eq!(split("He said “Go. Now.” Then he left."), vec!["He said “Go. Now.”", "Then he left."]);
        assert_eq!(split("He said “Go. Now.”, and left."), vec!["He said “Go. Now.”, and left."]);
        assert_eq!(
            split("“We can’t wait. It’s time,” she said. Then."),
            vec!["“We can’t wait. It’s time,” she said.", "Then."]
        );
        assert_eq!(split("He is 5'10\" tall. Next."), vec!["He is 5'10\" tall.", "Next."]);
        assert_eq!(split("“Go now.” He left."), vec!["“Go now.”", "He left."]);
        assert_eq!(split("She said \"Stop. Wait.\" and sat."), vec!["She said \"Stop. Wait.\" and sat."]);
    }

    #[test]
    fn korean_chinese_and_japanese() {
        assert_eq!(
            split("서울시는 ‘환경팀’을 신설한다. 양 도시가 협력한다."),
            vec!["서울시는 ‘환경팀’을 신설한다.", "양 도시가 협력한다."]
        );
        assert_eq!(split("两市签署协议。合作全面展开！"), vec!["两市签署协议。", "合作全面展开！"]);
        assert_eq!(split("彼は「行く。」と言った。次の日に出た。"), vec!["彼は「行く。」と言った。", "次の日に出た。"]);
    }

    #[test]
    fn paragraphs_are_apart_by_blank_lines() {
        let p = paragraphs("First one. Second\none.\n\n\nNext paragraph.\r\n\r\nLast");
        assert_eq!(
            p,
            vec![
                vec!["First one.".to_string(), "Second one.".into()],
                vec!["Next paragraph.".into()],
                vec!["Last".into()]
            ]
        );
    }
}
