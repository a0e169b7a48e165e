//! Validates the story's data and compiles it into the page as Rust statics.
//!
//! Reads `data/` (or the folder in `STORY_DATA`), reports every error with file and JSON path, and
//! stops the build on any; otherwise writes `$OUT_DIR/story.rs`, included by `src/story.rs`. For the
//! browser the texts stay out of the bundle (the page loads them per language); natively they are compiled
//! in (the post-build step writes them out for the browser).
//! The fixture stories in `tests/fixtures/*` go through the same steps into `$OUT_DIR/fixture_<name>.rs`,
//! always with their texts: tests render them to prove nothing about this story is hard-coded (unused by
//! the app, they never reach the bundle).

use explainer_data as data_pipeline;
use std::path::{Path, PathBuf};

/// The fixture stories, each a folder of `tests/fixtures/` (listed in `src/story.rs` too).
const FIXTURES: [&str; 5] = ["seoul-beijing", "second-story", "one-language", "korean-english", "japanese-english"];

fn main() {
    println!("cargo:rerun-if-env-changed=STORY_DATA");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let data = std::env::var("STORY_DATA").map(|d| manifest.join(d)).unwrap_or_else(|_| manifest.join("data"));
    let browser = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let story = generate(&data, !browser);
    write(&out.join("story.rs"), &story);
    for name in FIXTURES {
        let fixture = generate(&manifest.join("tests/fixtures").join(name), true);
        write(&out.join(format!("fixture_{}.rs", name.replace('-', "_"))), &fixture);
    }
}

/// Validates the story in `dir` and generates its source, or exits with every error.
fn generate(dir: &Path, built_in: bool) -> String {
    for file in data_pipeline::FILES {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }
    data_pipeline::build_from_dir(dir, built_in).unwrap_or_else(|errors| {
        let mut message = format!("The story data in {} has {} error(s):", dir.display(), errors.len());
        for error in &errors {
            message += &format!("\n  {error}");
        }
        fail(message)
    })
}

fn write(path: &Path, contents: &str) {
    std::fs::write(path, contents).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", path.display())));
}

fn fail(message: String) -> ! {
    eprintln!("{message}");
    std::process::exit(1)
}
