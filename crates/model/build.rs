//! Which interface languages' strings the model compiles (`cfg(ui_lang)`, read by `i18n::languages!`):
//! natively every one (`"all"`: the data pipeline checks stories against them, and the tests render every
//! fixture story, as do the browser tests, a debug build); for the browser's release bundle only the
//! story's own, the `languages` of `article.json` in `data/` or in the folder `STORY_DATA` names (relative to
//! the workspace, as the app's build script reads it). A story that cannot be read here gets every language:
//! the app's build script reports what is wrong with it.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=STORY_DATA");
    println!("cargo::rustc-check-cfg=cfg(ui_lang, values(any()))");
    let bundle = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
        && std::env::var("PROFILE").as_deref() == Ok("release");
    let languages = if bundle { story_languages() } else { None };
    for code in languages.unwrap_or_else(|| vec!["all".to_string()]) {
        println!("cargo::rustc-cfg=ui_lang={code:?}");
    }
}

/// The codes in the story's `article.json` `languages` that are interface languages (a file in `src/i18n/`
/// that defines its `STRINGS`), if it can be read and names any.
fn story_languages() -> Option<Vec<String>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").ok()?);
    let workspace = manifest.join("../..");
    let data = std::env::var("STORY_DATA").map(|d| workspace.join(d)).unwrap_or_else(|_| workspace.join("data"));
    let article = data.join("article.json");
    println!("cargo:rerun-if-changed={}", article.display());
    println!("cargo:rerun-if-changed={}", manifest.join("src/i18n").display());
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&article).ok()?).ok()?;
    let codes: Vec<String> = json
        .get("languages")?
        .as_array()?
        .iter()
        .filter_map(|code| Some(code.as_str()?.to_string()))
        .filter(|code| strings_of(&manifest, code))
        .collect();
    (!codes.is_empty()).then_some(codes)
}

/// Whether `code` is an interface language: `src/i18n/<code>.rs` defines its strings.
fn strings_of(manifest: &std::path::Path, code: &str) -> bool {
    let file = manifest.join(format!("src/i18n/{code}.rs"));
    std::fs::read_to_string(file).is_ok_and(|source| source.contains("pub const STRINGS: UiStrings"))
}
