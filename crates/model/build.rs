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

/// The codes in the story's `article.json` `languages` that are interface languages (see
/// [`interface_languages`]), if it can be read and names any.
fn story_languages() -> Option<Vec<String>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").ok()?);
    let workspace = manifest.join("../..");
    let data = std::env::var("STORY_DATA").map(|d| workspace.join(d)).unwrap_or_else(|_| workspace.join("data"));
    let article = data.join("article.json");
    println!("cargo:rerun-if-changed={}", article.display());
    let interface = interface_languages(&manifest.join("src/i18n/mod.rs"))?;
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&article).ok()?).ok()?;
    let codes: Vec<String> = json
        .get("languages")?
        .as_array()?
        .iter()
        .filter_map(|code| Some(code.as_str()?.to_string()))
        .filter(|code| interface.contains(code))
        .collect();
    (!codes.is_empty()).then_some(codes)
}

/// The interface languages' codes, read from the one list of them: the `languages!` invocation in
/// `i18n/mod.rs`, a line `Ko => ko, "ko", "한국어",` for each.
fn interface_languages(module: &std::path::Path) -> Option<Vec<String>> {
    println!("cargo:rerun-if-changed={}", module.display());
    let source = std::fs::read_to_string(module).ok()?;
    let (_, list) = source.split_once("\nlanguages! {")?;
    let (list, _) = list.split_once("\n}")?;
    let codes: Vec<String> = list
        .lines()
        .filter_map(|line| Some(line.split_once("=>")?.1.split(',').nth(1)?.trim().trim_matches('"').to_string()))
        .collect();
    (!codes.is_empty()).then_some(codes)
}
