//! `story import` and `story new` on sources in the shapes newsrooms have (`tests/import/`): what each
//! becomes, what its report says, and the exact message for each bad input. The stories they write are
//! built and read in a browser by `tests/e2e/specs/imported.spec.ts`.

#![cfg(not(target_arch = "wasm32"))]

use explainer::data_pipeline::import::{import, new_story, timelinejs};
use explainer::data_pipeline::{check_dir, import::convert};
use explainer::model::Lang;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn source(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import").join(name)
}

fn out(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn read(dir: &Path, file: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap()
}

fn event<'a>(events: &'a Value, id: &str) -> &'a Value {
    events["events"].as_array().unwrap().iter().find(|e| e["id"] == id).unwrap_or_else(|| panic!("no event {id}"))
}

#[test]
fn a_timelinejs_json_becomes_a_valid_story_and_says_what_it_changed() {
    let dir = out("json");
    let report = import(&source("timeline.json"), Lang::En, &dir).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((report.events, report.eras, report.groups, report.images), (6, 3, 2, 3));
    let article = read(&dir, "article.json");
    assert_eq!(article["headline"]["en"], "The Long History of Port Ardent");
    assert_eq!(article["languages"], serde_json::json!(["en"]));
    assert!(article.get("paragraphs").is_none(), "an imported story has no article");
    let events = read(&dir, "events.json");
    // unique_id kept; BCE and month-only dates; display dates; ends; groups.
    let landing = event(&events, "landing");
    assert_eq!(landing["when"]["date"], "-1200");
    assert_eq!(landing["display_date"]["en"], "c. 1200 BCE");
    assert_eq!(landing["text"]["en"], "Traders beach their boats in the cove.", "the script is gone");
    assert_eq!(event(&events, "roman-customs-post")["when"]["date"], "-0044-03");
    let lighthouse = event(&events, "lighthouse-1851");
    assert_eq!(lighthouse["end"], "1852-09");
    assert_eq!(lighthouse["media"]["image"], "media/lighthouse.png");
    assert!(dir.join("media/lighthouse.png").is_file(), "the source's image is copied");
    let text = lighthouse["text"]["en"].as_str().unwrap();
    assert!(!text.contains("javascript") && text.contains("the survey (https://example.org/lighthouse)"), "{text}");
    let ferry = event(&events, "the-steam-ferry-s-first-crossing");
    assert_eq!(ferry["when"]["date"], "1901-01-15T09:30");
    assert_eq!(ferry["media"]["link"], "https://www.youtube.com/watch?v=abc123");
    assert!(ferry["media"].get("image").is_none(), "a video is a link, never a frame");
    assert_eq!(
        event(&events, "the-container-terminal-opens-on-reclaimed-land")["headline"]["en"],
        "The container terminal opens on reclaimed land."
    );
    let changes = report.changes.join("\n");
    for said in [
        "$.events[0]: text: <script> dropped with its content",
        "$.events[2]: text: a javascript: link dropped (its words kept)",
        "$.events[2]: unique_id \"Lighthouse_1851\" made an id of ours: \"lighthouse-1851\"",
        "$.events[3]: start date: seconds and milliseconds dropped",
        "$.events[4]: no headline: the text's first words stand as its headline",
        "$.title: background dropped",
    ] {
        assert!(changes.contains(said), "the report says {said:?}:\n{changes}");
    }
    let notes = report.notes.join("\n");
    assert!(notes.contains("no article") && notes.contains("https://photos.example.net are shown as links"), "{notes}");
    assert_eq!(check_dir(&dir).map(|n| n.len()), Ok(3), "what was written is a valid story");
}

#[test]
fn the_imported_fixture_is_what_the_import_writes() {
    let dir = out("fixture");
    import(&source("timeline.json"), Lang::En, &dir).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/imported");
    for file in ["article.json", "events.json", "media/lighthouse.png", "media/harbour-map.png"] {
        assert_eq!(
            std::fs::read(dir.join(file)).unwrap(),
            std::fs::read(fixture.join(file)).unwrap(),
            "tests/fixtures/imported/{file} is stale: run story import tests/import/timeline.json --lang en --out tests/fixtures/imported --force"
        );
    }
}

#[test]
fn the_sheets_template_csv_with_quoted_fields_across_lines() {
    let dir = out("csv");
    let report = import(&source("timeline.csv"), Lang::En, &dir).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((report.events, report.eras, report.groups, report.images), (3, 2, 2, 1));
    let article = read(&dir, "article.json");
    assert_eq!(article["headline"]["en"], "River Towns, a Sheet");
    assert_eq!(article["groups"][0]["name"]["en"], "Industry", "Tag is the legacy name of Group");
    let events = read(&dir, "events.json");
    let flood = event(&events, "flood");
    assert_eq!(
        flood["text"]["en"],
        "Line one of the report.\nLine two, with a comma, and \"quotes\".\n\nA second paragraph."
    );
    assert_eq!(flood["display_date"]["en"], "Summer 1763");
    assert_eq!(event(&events, "canal-dug")["when"]["date"], "1760-11-02T14:30");
    let order: Vec<&str> = events["events"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(order, ["mill-opens-upstream", "canal-dug", "flood"], "sorted by date");
    assert!(report.changes.iter().any(|c| c.contains("events put in the order of their dates")));
    assert!(check_dir(&dir).is_ok());
}

/// Each bad source and the messages it must get, no more and no fewer.
#[test]
fn every_bad_source_gets_its_message() {
    let json_cases: [(&str, &[&str]); 7] = [
        ("not json", &["$: not valid JSON: expected ident at line 1 column 2"]),
        (r#"{"title": {"text": {"headline": "T"}}}"#, &["$: no `events`: a timeline is a list of events"]),
        (r#"{"events": [{"start_date": {"year": 2000}, "text": {"headline": "A"}}]}"#, &["the timeline: it has no title slide: add one (JSON: `title`; CSV: a row of Type \"title\") whose headline is the story's"]),
        (r#"{"title": {"text": {"headline": "T"}}, "events": [{"text": {"headline": "No date"}}]}"#, &["$.events[0]: start date: no date: give at least a year"]),
        (r#"{"title": {"text": {"headline": "T"}}, "events": [{"start_date": {"year": "MCM", "month": 13}, "text": {"headline": "A"}}]}"#,
            &["$.events[0]: start date: year \"MCM\" is not a number from -9999 to 9999; month \"13\" is not a number from 1 to 12"]),
        (r#"{"title": {"text": {"headline": "T"}}, "events": [{"start_date": {"year": 2000, "hour": 9}, "text": {"headline": "A"}}, {"start_date": {"year": 1999}, "text": {}}]}"#,
            &["$.events[0]: start date: a time without a day", "$.events[1]: a slide needs a headline or a text"]),
        (r#"{"title": {"text": {"headline": "T"}}, "events": [{"start_date": {"year": 2000}, "end_date": {"year": 1990}, "text": {"headline": "A"}, "media": {"url": "images/lighthouse.png"}}]}"#,
            &["$.events[0]: it ends before it starts", "$.events[0]: media: an image needs its alt text (JSON: media.alt; CSV: the Alt Text column): say what it shows"]),
    ];
    let csv_cases: [(&str, &[&str]); 4] = [
        ("Headline,Text\nA,B\n", &["row 1: no \"Year\" column: is this the TimelineJS template's export?"]),
        (
            "Year,Headline,Type,Time\n,T,title,\n2000,A,slide,\n2001,B,,noon\n",
            &[
                "row 3, Type: \"slide\" is not a type: leave it empty, or write title or era",
                "row 4, Time: \"noon\" is not a time like 14:05 or 2:05 PM",
            ],
        ),
        (
            "Year,Headline,Type,Media\n,T,title,\n2000,A,,images/missing.png\n\n1900,Era,era,\n",
            &[
                "row 3: media: the image \"images/missing.png\" is not there…",
                "row 4: end date: no date: give at least a year…",
                "row 4: an era needs an end date",
            ],
        ),
        (
            "Year,Headline,Type,Media\n,T,title,\n2000,\"A\nB\",,../secret.png\n2001,C,,/etc/x.png\n",
            &[
                "row 3: media: \"../secret.png\" is outside the source's folder…",
                "row 4: media: \"/etc/x.png\" is outside the source's folder…",
            ],
        ),
    ];
    let mut failures = Vec::new();
    let cases = json_cases.iter().map(|(s, e)| (false, *s, *e)).chain(csv_cases.iter().map(|(s, e)| (true, *s, *e)));
    for (csv, text, expected) in cases {
        let slides = if csv { timelinejs::from_csv(text) } else { timelinejs::from_json(text) };
        let actual: Vec<String> = match slides.and_then(|(slides, _)| convert(&slides, Lang::En, "t", &source(""))) {
            Ok(_) => vec![],
            Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
        };
        let matches = |e: &str, a: &str| e.strip_suffix('…').map_or(a == e, |p| a.starts_with(p));
        if actual.len() != expected.len() || !expected.iter().all(|e| actual.iter().any(|a| matches(e, a))) {
            failures.push(format!("{text}\n  expected {expected:?}\n  actual   {actual:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn story_new_splits_an_article_into_cited_sentences() {
    let dir = out("new");
    let article = Path::new(env!("CARGO_TARGET_TMPDIR")).join("article.txt");
    std::fs::write(
        &article,
        "서울시는 ‘환경팀’을 신설한다. 양 도시가 협력한다.\n\n박원순 시장은 “함께 가자. 지금.”이라고 말했다.\n",
    )
    .unwrap();
    let report = new_story(&article, Lang::Ko, &dir).unwrap();
    assert_eq!(report.events, 2);
    let written = read(&dir, "article.json");
    assert_eq!(written["paragraphs"][0]["sentences"][1]["id"], "p1-s2");
    assert_eq!(written["paragraphs"][1]["sentences"].as_array().unwrap().len(), 1, "the quotation is kept whole");
    let events = read(&dir, "events.json");
    assert_eq!(events["events"][0]["sources"], serde_json::json!(["p1-s1", "p1-s2"]));
    // The skeleton's dates are the author's to write: until then, `story check` says where.
    let errors = check_dir(&dir).unwrap_err();
    assert_eq!(errors.len(), 2);
    assert!(
        errors[0].to_string().starts_with("events.json: $.events[0].when.date: impossible date \"YYYY-MM-DD\""),
        "{}",
        errors[0]
    );
}
