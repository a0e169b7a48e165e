//! Writes a validated story as Rust items: `pub static TEXTS: Texts` and `pub static STORY: Story`.
//!
//! Statics beat parsing JSON in the browser: no parser in the bundle and no work at start-up. The story
//! is first resolved into a value of the model's own type ([`resolve`]), which then writes itself as Rust
//! (databake's `Bake`, derived on every type of the model): a new field needs no change here. Every text is
//! a number in `TEXTS`; the texts themselves are compiled in only where asked (natively), and are the files
//! [`texts_json`] writes for the browser.

use super::resolve::resolve;
use super::validate::Checked;
use crate::model::Lang;
use databake::Bake;

/// A validated story's Rust source, its `TEXTS` (each language's texts compiled in if `built_in`) and its
/// `STORY`.
pub fn story_source(checked: &Checked, built_in: bool) -> String {
    let resolved = resolve(checked);
    let in_lang = |l: Lang| resolved.texts.iter().map(move |t| t.0[l.code()].as_str());
    let languages = &checked.languages;
    let lists: Vec<(Lang, Vec<&str>)> =
        languages.iter().filter(|_| built_in).map(|&l| (l, in_lang(l).collect())).collect();
    let tables: Vec<(Lang, &[&str])> = lists.iter().map(|(l, texts)| (*l, texts.as_slice())).collect();
    let env = databake::CrateEnv::default();
    format!(
        "pub static TEXTS: explainer_model::model::Texts = explainer_model::model::Texts::new({}, {}, {:?});\n\
         pub static STORY: explainer_model::model::Story = {};\n",
        tables.as_slice().bake(&env),
        resolved.texts.len(),
        version(languages.iter().flat_map(|&l| in_lang(l))),
        resolved.story.bake(&env),
    )
}

/// Each language's texts as the browser loads them: a JSON array in the order of `TEXTS`.
pub fn texts_json(texts: &[&str]) -> String {
    let quoted: Vec<String> = texts.iter().map(|t| serde_json::Value::from(*t).to_string()).collect();
    format!("[{}]", quoted.join(","))
}

/// A short digest of the texts (64-bit FNV-1a, in hex), which names the files they are loaded from.
fn version<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
