//! The article's translations keep what can be checked mechanically: every quotation, every clock time and
//! every month and every number of ten or more in the Korean original appears in the English and the Chinese. (Numbers under
//! ten may be words in English: "three teams", "the fourth meeting"; the reading checks those.)
//!
//! These are this article's own checks (a Korean original in English and Chinese, and the names it gives):
//! for a story in `STORY_DATA` that is not this article they check nothing.

#![cfg(not(target_arch = "wasm32"))]

use explainer::i18n::MONTHS_LONG as MONTHS;
use explainer::model::Lang;
use explainer::story::STORY;

/// Whether the story built is this article (the SafeToday report on the Environment Team).
fn is_this_article() -> bool {
    STORY.article.id == "seoul-beijing-environment-team"
}

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
    if !is_this_article() {
        return;
    }
    let mut checked = 0;
    for sentence in STORY.article.sentences {
        let (ko, en, zh) = (sentence.text.get(Lang::Ko), sentence.text.get(Lang::En), sentence.text.get(Lang::Zh));
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
    if !is_this_article() {
        return;
    }
    for person in STORY.people {
        for &s in person.sources {
            let text = STORY.article.sentences[s as usize].text;
            let [ko, en, zh] = [text.get(Lang::Ko), text.get(Lang::En), text.get(Lang::Zh)];
            if ko.contains(person.name.get(Lang::Ko)) {
                // English may give the family name alone ("Mayor Park"); Chinese gives the full name.
                let family = person.name.get(Lang::En).split(' ').next().unwrap();
                assert!(en.contains(family), "{} in {} (en)", person.id, text.get(Lang::Ko));
                // A Korean with no established Chinese name keeps the Hangul (with the romanization).
                assert!(
                    zh.contains(person.name.get(Lang::Zh)) || zh.contains(person.name.get(Lang::Ko)),
                    "{} in {} (zh)",
                    person.id,
                    text.get(Lang::Ko)
                );
            }
        }
    }
    let park = STORY.people.iter().find(|p| p.name.get(Lang::Ko) == "박원순").unwrap();
    assert_eq!((park.name.get(Lang::En), park.name.get(Lang::Zh)), ("Park Won-soon", "朴元淳"));
    let wang = STORY.people.iter().find(|p| p.name.get(Lang::Ko) == "왕안순").unwrap();
    assert_eq!((wang.name.get(Lang::En), wang.name.get(Lang::Zh)), ("Wang Anshun", "王安顺"));
}
