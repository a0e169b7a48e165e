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
/// `i18n/mod.rs`, a line `Ko => ko, "ko", "한국어",` for each (comments and blank lines aside). A list that
/// cannot be read so stops the build: read wrong, it would leave a language's strings out of the bundle.
fn interface_languages(module: &std::path::Path) -> Option<Vec<String>> {
    println!("cargo:rerun-if-changed={}", module.display());
    let source = std::fs::read_to_string(module).ok()?;
    let unreadable = || -> ! {
        panic!("cannot read the interface languages from {}: the `languages! {{` list, a line `Ko => ko, \"ko\", \"한국어\",` for each", module.display())
    };
    let (_, list) = source.split_once("\nlanguages! {").unwrap_or_else(|| unreadable());
    let (list, _) = list.split_once("\n}").unwrap_or_else(|| unreadable());
    let code = |line: &str| {
        Some(line.split_once("=>")?.1.split(',').nth(1)?.trim().strip_prefix('"')?.strip_suffix('"')?.to_string())
    };
    let codes: Vec<String> = list
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .map(|line| code(line).unwrap_or_else(|| unreadable()))
        .collect();
    if codes.is_empty() {
        unreadable();
    }
    Some(codes)
}
