//! Validates the story's data and compiles it into the page as Rust statics.
//!
//! Reads `data/` (or the folder in `STORY_DATA`), reports every error with file and JSON path, and
//! stops the build on any; otherwise writes `$OUT_DIR/story.rs`, included by `src/story.rs`.
//! The small second story in `tests/fixtures/second-story` goes through the same steps into
//! `$OUT_DIR/fixture_story.rs`: tests render it to prove nothing about this story is hard-coded
//! (unused by the app, it never reaches the bundle).

#![allow(dead_code, unused_imports)]

#[path = "src/data_pipeline/mod.rs"]
mod data_pipeline;
#[path = "src/model/mod.rs"]
mod model;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=STORY_DATA");
    println!("cargo:rerun-if-changed=src/data_pipeline");
    println!("cargo:rerun-if-changed=src/model");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let data = std::env::var("STORY_DATA").map(|d| manifest.join(d)).unwrap_or_else(|_| manifest.join("data"));
    generate(&data, "story.rs");
    generate(&manifest.join("tests/fixtures/second-story"), "fixture_story.rs");
}

/// Validates the story in `dir` and writes its Rust source to `$OUT_DIR/<out>`, or exits with every error.
fn generate(dir: &Path, out: &str) {
    for file in data_pipeline::FILES {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }
    match data_pipeline::build_from_dir(dir) {
        Ok(source) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(out);
            std::fs::write(&out, source).unwrap_or_else(|e| {
                eprintln!("cannot write {}: {e}", out.display());
                std::process::exit(1)
            });
        }
        Err(errors) => {
            eprintln!("The story data in {} has {} error(s):", dir.display(), errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    }
}
