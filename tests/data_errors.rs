//! Broken data must fail with precise messages (file, JSON path, reason), all reported at once.
//!
//! Each case in `tests/data-errors.json` starts from a valid story (the fixture `tests/fixtures/seoul-beijing`,
//! a copy of the first story's data, whatever story `data/` holds now), changes it (`set` a JSON pointer to
//! a value, `remove` one, replace a file's whole `text`, or `delete` a file), and lists every error line the
//! validator must print, no more and no fewer. A line ending in `…` matches as a prefix.

#![cfg(not(target_arch = "wasm32"))]

use explainer::data_pipeline::{build, FILES};
use serde_json::Value;
use std::path::Path;

/// The story every case starts from.
fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seoul-beijing"))
}

fn apply(files: &mut Vec<(String, String)>, change: &Value) {
    let name = change["file"].as_str().expect("a change names its file");
    let index = files.iter().position(|(n, _)| n == name).expect("a known file");
    if change.get("delete").is_some() {
        files.remove(index);
        return;
    }
    if let Some(text) = change.get("text") {
        files[index].1 = text.as_str().unwrap().to_string();
        return;
    }
    let mut json: Value = serde_json::from_str(&files[index].1).unwrap();
    if let Some(pointer) = change.get("remove").and_then(Value::as_str) {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        match json.pointer_mut(parent).unwrap() {
            Value::Object(map) => assert!(map.remove(key).is_some(), "nothing at {pointer}"),
            Value::Array(items) => {
                items.remove(key.parse::<usize>().unwrap());
            }
            _ => panic!("cannot remove {pointer}"),
        }
    }
    if let Some(pointer) = change.get("set").and_then(Value::as_str) {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let value = change["value"].clone();
        match json.pointer_mut(parent).unwrap_or_else(|| panic!("no parent for {pointer}")) {
            Value::Object(map) => {
                map.insert(key.to_string(), value);
            }
            Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
            _ => panic!("cannot set {pointer}"),
        }
    }
    files[index].1 = serde_json::to_string_pretty(&json).unwrap();
}

fn matches(expected: &str, actual: &str) -> bool {
    match expected.strip_suffix('…') {
        Some(prefix) => actual.starts_with(prefix),
        None => actual == expected,
    }
}

#[test]
fn the_starting_story_is_valid() {
    let files: Vec<(String, String)> =
        FILES.iter().map(|f| (f.to_string(), std::fs::read_to_string(data_dir().join(f)).unwrap())).collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    if let Err(errors) = build(&borrowed, Some(data_dir()), true) {
        panic!(
            "the starting story is invalid:\n{}",
            errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
        );
    }
}

#[test]
fn every_broken_case_fails_with_its_exact_messages() {
    let cases: Value = serde_json::from_str(include_str!("data-errors.json")).unwrap();
    let cases = cases.as_array().unwrap();
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let mut files: Vec<(String, String)> =
            FILES.iter().map(|f| (f.to_string(), std::fs::read_to_string(data_dir().join(f)).unwrap())).collect();
        for change in case["changes"].as_array().unwrap() {
            apply(&mut files, change);
        }
        let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        let actual: Vec<String> = match build(&borrowed, Some(data_dir()), true) {
            Ok(_) => vec![],
            Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
        };
        let expected: Vec<&str> = case["expect"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
        let all_found = expected.iter().all(|e| actual.iter().any(|a| matches(e, a)));
        if !all_found || actual.len() != expected.len() {
            failures.push(format!(
                "case {name}:\n  expected:\n    {}\n  actual:\n    {}",
                expected.join("\n    "),
                actual.join("\n    ")
            ));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}
