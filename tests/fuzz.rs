//! Property tests of everything that reads input from a URL or a message: no panic on any input, and valid
//! options round-trip. `make test` runs the default number of cases; for a longer run by hand:
//! `PROPTEST_CASES=200000 cargo test --release --test fuzz`.

#![cfg(not(target_arch = "wasm32"))]

use explainer::embed::codes::json_string;
use explainer::embed::options::{decode, parse_options, Options, Theme};
use explainer::model::{Lang, PartialDate};
use explainer::routing::{hash_for, initial_route, route_from_hash, Route};
use explainer::state::View;
use explainer::story::fixtures::seoul_beijing::STORY;
use proptest::prelude::*;

/// Strings that look like what arrives in URLs: printable text, escapes, separators, CJK, controls.
fn url_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9%&=+#?._~-]{0,80}",
        "(lang|lang2|view|event|theme|embed|bg|childId|initialWidth|parentTitle|parentUrl|x)=[^&]{0,20}(&[a-zA-Z]{1,12}=[^&]{0,20}){0,6}",
        "%[0-9A-Fa-f]{0,2}[\\u{0}-\\u{7f}]{0,10}",
        "#(event|node)-[a-z0-9<>%-]{0,70}",
    ]
}

fn lang() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![Just(None), Just(Some(Lang::Ko)), Just(Some(Lang::En)), Just(Some(Lang::Zh))]
}

fn valid_options() -> impl Strategy<Value = Options> {
    let id = proptest::option::of("[A-Za-z0-9_.-]{1,64}");
    let text = proptest::option::of("[^\\p{Cc}]{1,60}");
    (
        (lang(), lang(), prop_oneof![Just(View::Timeline), Just(View::Org), Just(View::Both)], id.clone()),
        (prop_oneof![Just(Theme::Auto), Just(Theme::Light), Just(Theme::Dark)], any::<bool>(), any::<bool>(), id),
        (proptest::option::of(1u32..=100_000), text.clone(), text, any::<bool>()),
    )
        .prop_map(
            |(
                (lang, lang2, view, event),
                (theme, embed, transparent, child_id),
                (initial_width, parent_title, parent_url, host_events),
            )| {
                Options {
                    lang,
                    lang2,
                    view,
                    event,
                    theme,
                    embed,
                    transparent,
                    child_id,
                    initial_width,
                    parent_title,
                    parent_url,
                    host_events,
                }
            },
        )
}

/// The strings a texts file read back holds (see `model::json_strings`).
fn texts_of(json: &str) -> Result<Vec<String>, &'static str> {
    let items = explainer::model::json_strings::parse(json)?;
    Ok(items.into_iter().map(|item| item.text(json).into_owned()).collect())
}

#[test]
fn texts_files_edge_cases_are_read_as_serde_json_reads_them() {
    let cases = [
        r#"["\ud83d\ude00"]"#,
        r#"["\ud800"]"#,
        r#"["\udc00\ud800"]"#,
        r#"["\ud800x"]"#,
        r#"["a",]"#,
        r#" [ "a" , "b" ] "#,
        r#"["a"] x"#,
        r#"[]"#,
        r#"[,]"#,
        "[\"\t\"]",
        r#"["\/\b\f\n\r\t\"\\"]"#,
        r#"["\u00e9\u4e2d"]"#,
        "[\"\u{7f}\"]",
        "\u{feff}[]",
    ];
    for json in cases {
        assert_eq!(texts_of(json).ok(), serde_json::from_str::<Vec<String>>(json).ok(), "{json}");
    }
}

proptest! {
    #[test]
    fn texts_files_read_back_what_was_written(texts in proptest::collection::vec(any::<String>(), 0..20)) {
        prop_assert_eq!(texts_of(&serde_json::to_string(&texts).unwrap()).unwrap(), texts);
    }

    #[test]
    fn texts_files_are_read_as_serde_json_reads_them(json in prop_oneof![any::<String>(), "\\[(\"([^\"\\\\]|\\\\.|\\\\u[0-9a-fA-F]{0,4}){0,8}\"?,? ?){0,5}\\]?"]) {
        prop_assert_eq!(texts_of(&json).ok(), serde_json::from_str::<Vec<String>>(&json).ok());
    }

    #[test]
    fn options_never_panic(query in url_text()) {
        let (_, warnings) = parse_options(&query);
        prop_assert!(warnings.iter().all(|w| w.chars().count() < 200));
    }

    #[test]
    fn valid_options_round_trip(options in valid_options()) {
        let query = options.to_query();
        let (parsed, warnings) = parse_options(&query);
        prop_assert_eq!(parsed, options, "query: {}", query);
        prop_assert!(warnings.is_empty(), "{:?}", warnings);
    }

    #[test]
    fn routes_never_panic_and_unknown_ids_open_the_title_card(hash in url_text(), event in proptest::option::of(url_text())) {
        let route = initial_route(&STORY, &hash, event.as_deref());
        if let Route::Event(i) | Route::Node(i) = route {
            prop_assert_eq!(route_from_hash(&STORY, &hash_for(&STORY, route)), route);
            prop_assert!(i < STORY.events.len().max(STORY.organizations.len()));
        }
    }

    #[test]
    fn decoding_and_quoting_never_panic(text in any::<String>()) {
        let _ = decode(&text);
        let quoted = json_string(&text);
        prop_assert!(!quoted.contains('<'));
        let _ = PartialDate::parse(&text);
    }
}

#[test]
fn no_raw_html_sinks_in_the_code() {
    let forbidden = ["set_inner_html", "from_html_unchecked", "inner_html", "eval(", "js_sys::eval", "Function::new"];
    let mut hits = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for word in forbidden {
                if text.contains(word) {
                    hits.push(format!("{}: {word}", path.display()));
                }
            }
        }
    }
    assert!(hits.is_empty(), "raw-HTML or eval sinks: {hits:?}");
}
