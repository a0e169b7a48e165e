//! The browser glue: the URL, history, storage, `navigator.languages` and `<html lang>`. The only module
//! besides the entry point that touches `window()`; every call tolerates a missing or throwing API.

use crate::embed::options::Theme;
use crate::i18n::choose_lang;
use crate::model::Lang;
use gloo::events::EventListener;
use wasm_bindgen::JsValue;

const LANG_KEY: &str = "explainer-lang";

/// The page's query string, `?…` or empty.
pub fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's address without query or fragment: what embeds and the full-page link point at.
pub fn page_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// Forces a theme (`data-theme` on `<html>`) and a transparent background (`data-bg`), as the URL asks.
pub fn apply_look(theme: Theme, transparent: bool) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    match theme {
        Theme::Light => {
            let _ = root.set_attribute("data-theme", "light");
        }
        Theme::Dark => {
            let _ = root.set_attribute("data-theme", "dark");
        }
        Theme::Auto => {}
    }
    if transparent {
        let _ = root.set_attribute("data-bg", "transparent");
    }
}

/// The page's fragment, `#…` or empty.
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The language to start with: `?lang=` (already parsed), then the saved choice, then the browser's languages.
pub fn initial_lang(query: Option<Lang>) -> Lang {
    let saved = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v: JsValue| v.as_string()).collect())
        .unwrap_or_default();
    choose_lang(query.map(Lang::code), saved.as_deref(), &browser)
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

/// Marks `<html data-ready="true">` once the app has hydrated (or rendered) and applied the URL's state:
/// before that, the prerendered page does not answer clicks. Tests and host pages can wait for it.
pub fn mark_ready() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "true");
    }
}

/// Shows a short notice in the reader's language above the page when the app has failed (a panic): the
/// prerendered story stays readable below it. Text only; no markup from anywhere.
pub fn show_failure(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.get_element_by_id("app-failure").is_some() {
        return;
    }
    let (Ok(notice), Some(body)) = (document.create_element("p"), document.body()) else { return };
    notice.set_id("app-failure");
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("lang", lang.code());
    let _ = notice.set_attribute("data-testid", "app-failure");
    notice.set_text_content(Some(crate::i18n::ui(lang).failure));
    let _ = body.prepend_with_node_1(&notice);
}

/// Whether the page is inside a frame (an embed), where it must not add to the host's history.
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else { return false };
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // Reading `top` can throw in odd sandboxes: assume a frame, the careful choice.
        _ => true,
    }
}

/// Puts `hash` in the URL: a new history entry when `push` (so Back walks the reader's steps) unless the
/// page is framed, otherwise replacing the current one. Does nothing when the URL already has it.
pub fn write_hash(hash: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    if location.hash().unwrap_or_default() == hash {
        return;
    }
    let url = format!("{}{}{hash}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = if push && !is_framed() {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Calls `on_hash` with the new fragment after Back / Forward or an edited fragment. Drop to stop.
pub fn on_route_change(on_hash: impl Fn(String) + 'static) -> [EventListener; 2] {
    let on_hash = std::rc::Rc::new(on_hash);
    let window = gloo::utils::window();
    let listen = |name: &'static str| {
        let on_hash = on_hash.clone();
        EventListener::new(&window, name, move |_| on_hash(location_hash()))
    };
    [listen("popstate"), listen("hashchange")]
}

fn storage() -> Option<web_sys::Storage> {
    // `local_storage()` throws (returns Err) in sandboxed frames; treat that like no storage.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Calls `on_slash` when the reader presses `/` outside any text field (the search shortcut). Drop to stop.
pub fn on_slash_key(on_slash: impl Fn() + 'static) -> EventListener {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    EventListener::new_with_options(
        &document,
        "keydown",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            if key.key() != "/" || key.ctrl_key() || key.meta_key() || key.alt_key() || key.is_composing() {
                return;
            }
            let typing = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|t| {
                matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || t.is_content_editable()
            });
            if !typing {
                event.prevent_default();
                on_slash();
            }
        },
    )
}

/// Focuses the element with this `id`, scrolling it into view (the article view's highlighted sentence).
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Calls `on_print(true)` when the page is about to print (or print media starts to apply) and
/// `on_print(false)` after. Drop to stop.
pub fn on_print(on_print: impl Fn(bool) + 'static) -> Vec<EventListener> {
    let on_print = std::rc::Rc::new(on_print);
    let window = gloo::utils::window();
    let mut listeners = Vec::new();
    for (name, printing) in [("beforeprint", true), ("afterprint", false)] {
        let on_print = on_print.clone();
        listeners.push(EventListener::new(&window, name, move |_| on_print(printing)));
    }
    // Print emulation and some browsers only switch the media; follow that too.
    if let Ok(Some(print)) = window.match_media("print") {
        let media = print.clone();
        listeners.push(EventListener::new(&print, "change", move |_| on_print(media.matches())));
    }
    listeners
}
