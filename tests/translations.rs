//! The article's translations keep what can be checked mechanically: every quotation, every clock time and
//! every month and every number of ten or more in the Korean original appears in the English and the Chinese. (Numbers under
//! ten may be words in English: "three teams", "the fourth meeting"; the reading checks those.)

#![cfg(not(target_arch = "wasm32"))]

use explainer::i18n::MONTHS_LONG as MONTHS;
use explainer::story::STORY;

/// The runs of ASCII digits in `s`, each with the text that follows it.
fn numbers(s: &str) -> Vec<(u64, &str)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let tail = &rest[start..];
        let end = tail.find(|c: char| !c.is_ascii_digit()).unwrap_or(tail.len());
        out.push((tail[..end].parse().unwrap(), &tail[end..]));
        rest = &tail[end..];
    }
    out
}

/// `n` with thousands separators, as English writes it.
fn with_commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn quotations_times_and_numbers_survive_translation() {
    let mut checked = 0;
    for sentence in STORY.article.sentences {
        let (ko, en, zh) = (sentence.text.ko, sentence.text.en, sentence.text.zh);
        let quotes = |s: &str| s.chars().filter(|c| matches!(c, '‘' | '“' | '「')).count();
        assert_eq!((quotes(en), quotes(zh)), (quotes(ko), quotes(ko)), "{}: quotations", sentence.id);
        let found = numbers(ko);
        for (i, &(n, after)) in found.iter().enumerate() {
            if after.starts_with('시') {
                // A clock time: 10시10분 is 10:10 and 10时10分; 10시 is 10 a.m./p.m. and 10时.
                let minutes = found.get(i + 1).filter(|(_, a)| a.starts_with('분')).map(|&(m, _)| m);
                let (en_time, zh_time) = match minutes {
                    Some(m) => (format!("{n}:{m:02}"), format!("{n}时{m}分")),
                    None => (format!("{n} "), format!("{n}时")),
                };
                assert!(en.contains(&en_time) && zh.contains(&zh_time), "{}: the time {n}시", sentence.id);
                checked += 1;
            } else if after.starts_with('월') {
                // A month: 11월 is November and 11月.
                let name = MONTHS[(n as usize).clamp(1, 12) - 1];
                assert!(en.contains(name) && zh.contains(&format!("{n}月")), "{}: the month {n}월", sentence.id);
                checked += 1;
            } else if after.starts_with('만') {
                // 2만 is 20,000 in English and 2万 in Chinese.
                assert!(
                    en.contains(&with_commas(n * 10_000)) && zh.contains(&format!("{n}万")),
                    "{}: {n}만",
                    sentence.id
                );
                checked += 1;
            } else if n >= 10 && !after.starts_with('분') {
                assert!(en.contains(&with_commas(n)) || en.contains(&n.to_string()), "{}: {n} in English", sentence.id);
                assert!(zh.contains(&n.to_string()), "{}: {n} in Chinese", sentence.id);
                checked += 1;
            }
        }
    }
    assert!(checked >= 15, "the article has times and numbers to check ({checked})");
}

#[test]
fn the_names_the_article_gives_keep_their_established_spellings() {
    for person in STORY.people {
        for &s in person.sources {
            let text = STORY.article.sentences[s as usize].text;
            let [ko, en, zh] = [text.ko, text.en, text.zh];
            if ko.contains(person.name.ko) {
                // English may give the family name alone ("Mayor Park"); Chinese gives the full name.
                let family = person.name.en.split(' ').next().unwrap();
                assert!(en.contains(family), "{} in {} (en)", person.id, text.ko);
                // A Korean with no established Chinese name keeps the Hangul (with the romanization).
                assert!(
                    zh.contains(person.name.zh) || zh.contains(person.name.ko),
                    "{} in {} (zh)",
                    person.id,
                    text.ko
                );
            }
        }
    }
    let park = STORY.people.iter().find(|p| p.name.ko == "박원순").unwrap();
    assert_eq!((park.name.en, park.name.zh), ("Park Won-soon", "朴元淳"));
    let wang = STORY.people.iter().find(|p| p.name.ko == "왕안순").unwrap();
    assert_eq!((wang.name.en, wang.name.zh), ("Wang Anshun", "王安顺"));
}
