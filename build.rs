//! Validates the story's data and compiles it into the page as Rust statics.
//!
//! Reads `data/` (or the folder in `STORY_DATA`), reports every error with file and JSON path, and
//! stops the build on any; otherwise writes `$OUT_DIR/story.rs`, included by `src/story.rs`. For the
//! browser the texts stay out of the bundle (the page loads them per language); natively they are compiled
//! in (the post-build step writes them out for the browser).
//! The fixture stories, every folder of `tests/fixtures/`, go through the same steps into
//! `$OUT_DIR/fixture_<name>.rs` (and `fixtures.rs` lists them), always with their texts: tests render them to prove nothing about this story is hard-coded (unused by
//! the app, they never reach the bundle).

use explainer_data as data_pipeline;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=STORY_DATA");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let data = std::env::var("STORY_DATA").map(|d| manifest.join(d)).unwrap_or_else(|_| manifest.join("data"));
    let browser = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let story = generate(&data, !browser);
    write(&out.join("story.rs"), &story);
    // The page's parts this story uses (media, eras, groups): the browser's bundle leaves out the others'
    // code. Natively every part is in, for the tests that render every fixture story.
    let used = data_pipeline::story_features(&data);
    for feature in data_pipeline::FEATURES {
        println!("cargo::rustc-check-cfg=cfg({feature})");
        if !browser || used.contains(&feature) {
            println!("cargo::rustc-cfg={feature}");
        }
    }
    // Where the story's own media files are, for the post-build step that copies them into the build.
    println!("cargo:rustc-env=STORY_DIR={}", data.display());
    // Every folder of tests/fixtures/ is a fixture story, a module of `story::fixtures` (see its README).
    let fixtures = manifest.join("tests/fixtures");
    println!("cargo:rerun-if-changed={}", fixtures.display());
    let mut names: Vec<String> = std::fs::read_dir(&fixtures)
        .unwrap_or_else(|e| fail(format!("cannot read {}: {e}", fixtures.display())))
        .filter_map(|entry| entry.ok().filter(|e| e.path().is_dir())?.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut modules = String::new();
    for name in names {
        let module = name.replace('-', "_");
        write(&out.join(format!("fixture_{module}.rs")), &generate(&fixtures.join(&name), true));
        modules += &format!(
            "/// The story in `tests/fixtures/{name}/`.\npub mod {module} {{\n    include!(concat!(env!(\"OUT_DIR\"), \"/fixture_{module}.rs\"));\n}}\n"
        );
    }
    write(&out.join("fixtures.rs"), &modules);
}

/// Validates the story in `dir` and generates its source, or exits with every error.
fn generate(dir: &Path, built_in: bool) -> String {
    // Only what is there: cargo takes a missing path for a changed one, and would build again every time. The
    // folder itself, for a file added to it.
    println!("cargo:rerun-if-changed={}", dir.display());
    for file in data_pipeline::FILES.iter().chain([&data_pipeline::MEDIA_FOLDER]) {
        if dir.join(file).exists() {
            println!("cargo:rerun-if-changed={}", dir.join(file).display());
        }
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
