//! From `data/` to a checked story: read the files, check them against the schema, resolve and validate
//! every reference and date, then generate Rust statics.
//!
//! Runs natively only: in the app's `build.rs` (so a broken file stops the build), in the `check-data`
//! binary and the `story` tool (which also imports stories from elsewhere: [`import`]), the post-build step
//! and native tests; it never reaches the browser. Every error names the file,
//! the JSON path and the reason, and all are reported at once.

use explainer_model::model;

pub mod codegen;
pub mod import;
pub mod raw;
pub mod resolve;
pub mod schema;
pub mod validate;

use std::fmt;
use std::path::Path;

/// The data files a story is made of, in the order they are read. `entities.json` may be left out.
pub const FILES: [&str; 3] = ["article.json", "entities.json", "events.json"];

/// The folder of a story's own images (`media/map.png`), copied into the build as it is.
pub const MEDIA_FOLDER: &str = "media";

/// One problem in the data: which file, where in it (a JSON path such as `$.events[2].when.date`), and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub path: String,
    pub reason: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.path, self.reason)
    }
}

/// The three files, parsed and checked against the schema, before references are resolved; and the folder
/// they came from, where the story's images are.
pub struct RawStory {
    pub article: raw::RawArticle,
    pub entities: raw::RawEntities,
    pub events: raw::RawEvents,
    pub folder: Option<std::path::PathBuf>,
}

/// Checks the story in `dir` and prints the outcome: every error (on stderr), or that it is valid with the
/// notes. The exit status: 0 for a valid story, 1 otherwise.
pub fn print_check(dir: &Path) -> i32 {
    match check_dir(dir) {
        Ok(notes) => {
            println!("{}: the story data is valid", dir.display());
            notes.iter().for_each(|n| println!("note: {n}"));
            0
        }
        Err(errors) => {
            eprintln!("{}: {} error(s) in the story data:", dir.display(), errors.len());
            errors.iter().for_each(|e| eprintln!("  {e}"));
            1
        }
    }
}

/// Checks the story in `dir` as the build does; on success, what the page will leave out and why.
pub fn check_dir(dir: &Path) -> Result<Vec<String>, Vec<DataError>> {
    let files = read_dir(dir)?;
    let mut story = parse(&files.iter().map(|(n, t)| (*n, t.as_str())).collect::<Vec<_>>())?;
    story.folder = Some(dir.to_path_buf());
    Ok(validate::validate(&story)?.notes)
}

/// The parts of the page a story uses, which the build leaves out of the browser's bundle where a story has
/// none of them: events' media, eras, groups. (The page is the same for any story that has them.)
pub fn story_features(dir: &Path) -> Vec<&'static str> {
    let Ok(files) = read_dir(dir) else { return Vec::new() };
    let Ok(story) = parse(&files.iter().map(|(n, t)| (*n, t.as_str())).collect::<Vec<_>>()) else { return Vec::new() };
    let events = &story.events.events;
    [
        ("story_media", events.iter().any(|e| e.media.is_some())),
        ("story_eras", !story.article.eras.is_empty()),
        ("story_groups", events.iter().any(|e| e.group.is_some())),
    ]
    .into_iter()
    .filter_map(|(name, used)| used.then_some(name))
    .collect()
}

/// The names of [`story_features`], for `cargo::rustc-check-cfg`.
pub const FEATURES: [&str; 3] = ["story_media", "story_eras", "story_groups"];

/// Reads the story in `dir` and validates all of it; on success, its Rust source (the texts compiled
/// in if `built_in`).
pub fn build_from_dir(dir: &Path, built_in: bool) -> Result<String, Vec<DataError>> {
    let contents = read_dir(dir)?;
    build(&contents.iter().map(|(n, t)| (*n, t.as_str())).collect::<Vec<_>>(), Some(dir), built_in)
}

/// The story's files in `dir`, by name (`entities.json` may be missing).
fn read_dir(dir: &Path) -> Result<Vec<(&'static str, String)>, Vec<DataError>> {
    let texts = FILES.map(|name| (name, std::fs::read_to_string(dir.join(name))));
    let mut errors = Vec::new();
    let mut contents = Vec::new();
    for (name, text) in texts {
        match text {
            Ok(text) => contents.push((name, text)),
            Err(e) if name == "entities.json" && e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => errors.push(DataError {
                file: name.into(),
                path: "$".into(),
                reason: format!("cannot read the file: {e}"),
            }),
        }
    }
    if errors.is_empty() {
        Ok(contents)
    } else {
        Err(errors)
    }
}

/// Validates the story given as (file name, contents) pairs, its images in `folder`; on success, its Rust
/// source.
pub fn build(files: &[(&str, &str)], folder: Option<&Path>, built_in: bool) -> Result<String, Vec<DataError>> {
    let mut story = parse(files)?;
    story.folder = folder.map(Path::to_path_buf);
    let checked = validate::validate(&story)?;
    Ok(codegen::story_source(&checked, built_in))
}

/// Parses the three files and checks each against its schema, collecting every error.
pub fn parse(files: &[(&str, &str)]) -> Result<RawStory, Vec<DataError>> {
    let mut errors = Vec::new();
    let article = parse_file::<raw::RawArticle>(files, FILES[0], &mut errors);
    let entities = match files.iter().any(|(n, _)| *n == FILES[1]) {
        true => parse_file::<raw::RawEntities>(files, FILES[1], &mut errors),
        false => Some(raw::RawEntities::default()),
    };
    let events = parse_file::<raw::RawEvents>(files, FILES[2], &mut errors);
    match (article, entities, events) {
        (Some(article), Some(entities), Some(events)) if errors.is_empty() => {
            Ok(RawStory { article, entities, events, folder: None })
        }
        _ => Err(errors),
    }
}

fn parse_file<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    files: &[(&str, &str)],
    name: &str,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    let error = |path: &str, reason: String| DataError { file: name.into(), path: path.into(), reason };
    let Some((_, text)) = files.iter().find(|(n, _)| *n == name) else {
        errors.push(error("$", "the file is missing".into()));
        return None;
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            errors.push(error("$", format!("not valid JSON: {e}")));
            return None;
        }
    };
    let problems = schema::check(&schema::schema_of::<T>(), &value);
    if !problems.is_empty() {
        errors.extend(problems.into_iter().map(|(path, reason)| error(&path, reason)));
        return None;
    }
    match serde_json::from_value(value) {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            errors.push(error("$", format!("does not match the data format: {e}")));
            None
        }
    }
}
