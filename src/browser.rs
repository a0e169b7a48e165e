//! The browser glue: the URL, storage, `navigator.languages` and `<html lang>`. The only module besides
//! the entry point that touches `window()`; every call here tolerates a missing or throwing API.

use crate::i18n::choose_lang;
use crate::model::Lang;
use wasm_bindgen::JsValue;

const LANG_KEY: &str = "explainer-lang";

/// The language to start with: `?lang=`, then the saved choice, then the browser's languages.
pub fn initial_lang() -> Lang {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let saved = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v: JsValue| v.as_string()).collect())
        .unwrap_or_default();
    choose_lang(query.as_deref(), saved.as_deref(), &browser)
}

/// Remembers the reader's choice where storage works (not in sandboxed frames or some private modes).
pub fn save_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// Sets `<html lang>` and the document title for the shown language.
pub fn show_lang(lang: Lang, title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(title);
    }
}

fn storage() -> Option<web_sys::Storage> {
    // `local_storage()` throws (returns Err) in sandboxed frames; treat that like no storage.
    web_sys::window()?.local_storage().ok().flatten()
}
