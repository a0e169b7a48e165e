//! The browser glue: the URL, history, storage, `<html lang>` and the take-over of the static page. The
//! only module besides the entry point that touches `window()`; every call tolerates a missing or throwing
//! API.

use crate::embed::options::Theme;
use crate::model::{Lang, Texts};
use crate::routing::lang_page_url;
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

/// Where the reader's language choice is kept; the root page's start-up script reads it.
pub const LANG_KEY: &str = "explainer-lang";
/// The static page the build wrote, and the app rendered beside it until it takes that page's place.
const STATIC_ROOT: &str = "app";
const LIVE_ROOT: &str = "app-live";

/// What the reader did on the static page that the URL does not say.
#[derive(Default)]
pub struct StaticChoices {
    /// The shown event's sources are open.
    pub sources_open: bool,
    /// The organizations whose members are folded away (their ids).
    pub folded: Vec<String>,
}

/// Reads [`StaticChoices`] from the static page (nothing, where there is none).
pub fn static_choices() -> StaticChoices {
    let Some(page) = gloo::utils::document().get_element_by_id(STATIC_ROOT) else { return StaticChoices::default() };
    let sources_open =
        page.query_selector(".timeline-step:is(:target, .as-target) details.sources[open]").ok().flatten().is_some();
    let mut folded = Vec::new();
    if let Ok(boxes) = page.query_selector_all(".twisty input:not(:checked)") {
        for i in 0..boxes.length() {
            let item = boxes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok());
            if let Some(id) =
                item.and_then(|e| e.closest(".org-item").ok().flatten()).and_then(|e| e.get_attribute("data-node-id"))
            {
                folded.push(id);
            }
        }
    }
    StaticChoices { sources_open, folded }
}

/// Where the app renders: beside the static page, hidden until [`take_over`]; into `#app` itself where it
/// is empty (a development build has no static page).
pub fn live_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let page = document.get_element_by_id(STATIC_ROOT);
    if let Some(page) = page.as_ref().filter(|p| p.child_element_count() == 0) {
        return page.clone();
    }
    let live = document.create_element("div").expect("a document makes elements");
    live.set_id(LIVE_ROOT);
    let _ = live.set_attribute("hidden", "");
    let placed = match page {
        Some(page) => page.after_with_node_1(&live).is_ok(),
        None => document.body().is_some_and(|b| b.append_child(&live).is_ok()),
    };
    if !placed {
        web_sys::console::error_1(&"explainer: no place for the app".into());
    }
    live
}

/// The app, rendered, takes the static page's place in one step (no frame shows neither or both), and
/// focus moves to the same control in the app: the reader's place is kept. Then `<html data-ready>`.
pub fn take_over() {
    let document = gloo::utils::document();
    if let (Some(page), Some(live)) = (document.get_element_by_id(STATIC_ROOT), document.get_element_by_id(LIVE_ROOT)) {
        let focused = document.active_element().filter(|e| page.contains(Some(e))).and_then(|e| same_control(&e));
        page.remove();
        let _ = live.remove_attribute("hidden");
        live.set_id(STATIC_ROOT);
        let twin = focused.and_then(|selector| live.query_selector(&selector).ok().flatten());
        if let Some(twin) = twin.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = twin.focus();
        }
    }
    mark_ready();
}

/// A selector for the control that stands for `element` in the app: its `data-testid` and whatever names
/// its item (event, organization, language, view).
fn same_control(element: &web_sys::Element) -> Option<String> {
    let safe = |v: &str| {
        !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    };
    let control = element.closest("[data-testid], [data-lang], [data-view]").ok().flatten()?;
    let mut selector = String::new();
    for name in ["data-testid", "data-event-id", "data-node-id", "data-lang", "data-view", "data-sentence-id"] {
        if let Some(value) = control.get_attribute(name) {
            if !safe(&value) {
                return None;
            }
            selector += &format!("[{name}=\"{value}\"]");
        }
    }
    Some(selector)
}

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

/// Sets `<html lang>` and the document title for the shown language. When the reader `chose` it: the URL
/// becomes that language's page (without `?lang=`), and the choice is remembered where storage works (not
/// in sandboxed frames or some private modes), for the root page's start-up script. The `original`'s page
/// is the site's root.
pub fn show_lang(lang: Lang, original: Lang, title: &str, chose: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let before = page_lang();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
    if !chose {
        return;
    }
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
    let Some(url) = place_in(before, lang, original, false) else { return };
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The reader's place on the page in `to` (see [`lang_page_url`]), from this page, in `from`.
fn place_in(from: Option<Lang>, to: Lang, original: Lang, name_it: bool) -> Option<String> {
    let location = web_sys::window()?.location();
    let (path, search, hash) =
        (location.pathname().ok()?, location.search().unwrap_or_default(), location.hash().unwrap_or_default());
    lang_page_url((&path, &search, &hash), from?, to, original, name_it)
}

/// Takes the reader to the page in `lang`, at the same place (part, query and fragment), naming `lang` in
/// the query so that page keeps it: where the app could not switch to it itself.
pub fn go_to_lang(lang: Lang, original: Lang) {
    if let Some(url) = place_in(page_lang(), lang, original, true) {
        go_to(&url);
    }
}

/// The language the page shows (`<html lang>`).
fn page_lang() -> Option<Lang> {
    let root = web_sys::window()?.document()?.document_element()?;
    Lang::from_tag(&root.get_attribute("lang")?)
}

/// Marks `<html data-ready="true">` once the app has taken over: tests and host pages can wait for it.
fn mark_ready() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "true");
    }
}

/// Shows a short notice in the reader's language above the page when the app has failed (a panic): what
/// the page shows stays below it (the static page, if the app had not yet taken over). Text only; no markup from anywhere.
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

/// Whether `url` can be the page this one is framed in: the page is in a frame, and the page that loaded it
/// (the referrer, where the browser tells it) is on the same origin.
pub fn is_host(url: &str) -> bool {
    let origin = |u: &str| -> String { u.splitn(4, '/').take(3).collect::<Vec<_>>().join("/") };
    let referrer = gloo::utils::document().referrer();
    is_framed() && (referrer.is_empty() || origin(&referrer) == origin(url))
}

/// Whether the page is inside a frame (an embed), where it must not add to the host's history.
fn is_framed() -> bool {
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

/// Focuses the element with this `id`, scrolling it into view (the article view's highlighted sentence): the
/// app's, also while the static page beside it has an element of that id.
pub fn focus_by_id(id: &str) {
    let document = gloo::utils::document();
    let element = match document.get_element_by_id(LIVE_ROOT) {
        Some(live) => live.query_selector(&format!("[id=\"{}\"]", id.replace(['"', '\\'], ""))).ok().flatten(),
        None => document.get_element_by_id(id),
    };
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

/// The `rel=preload` link by which the static page fetches its texts early (see `prerender::page`).
const TEXTS_LINK: &str = "link[rel=preload][data-texts]";

/// Makes sure the story's texts in each of `langs` are here, fetching each missing language's file from
/// the site's `text/` folder (see [`site_root`]).
pub async fn load_texts(texts: &'static Texts, langs: &[Lang]) -> Result<(), String> {
    for &lang in langs {
        if !texts.has(lang) {
            let url = format!("{}{}{}", site_root(), crate::routing::TEXTS_FOLDER, texts.file_name(lang));
            let json = fetch_text(&url).await.map_err(|e| format!("cannot load {url}: {e}"))?;
            texts.load(lang, json).map_err(|e| format!("{url}: {e}"))?;
        }
    }
    Ok(())
}

/// The address of the site's root folder (ending in `/`), where the texts and the story's media are: read
/// once, at the first call (at start-up), from the texts the page preloads (a development build preloads
/// none: the page's own folder). The page's address changes when the reader changes language, and a
/// relative address would then name another folder. Empty natively.
pub fn site_root() -> &'static str {
    static ROOT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    if cfg!(not(target_arch = "wasm32")) {
        return "";
    }
    ROOT.get_or_init(|| {
        let document = gloo::utils::document();
        let link = document.query_selector(TEXTS_LINK).ok().flatten();
        let (href, up) = match link.and_then(|link| link.dyn_into::<web_sys::HtmlLinkElement>().ok()) {
            Some(link) => (link.href(), 2),
            None => (document.url().unwrap_or_default(), 1),
        };
        // Up from the file: `…/text/ko.….json` twice, the page's own address once.
        let cut = href.split(['?', '#']).next().unwrap_or_default();
        let mut root = cut;
        for _ in 0..up {
            root = root.rsplit_once('/').map_or("", |(folder, _)| folder);
        }
        format!("{root}/")
    })
}

/// Copies text to the clipboard; whether it could.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return false };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The body of a same-origin GET, as UTF-8 text (a byte that is not UTF-8 becomes U+FFFD, as with the
/// browser's `text()`). Read as bytes and decoded here, not as a JS string, which would be decoded by the
/// browser and then encoded again into the wasm's memory (at 10,000 events, two files of 3.3 MB).
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let error = |e: JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.map_err(error)?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let body = JsFuture::from(response.array_buffer().map_err(error)?).await.map_err(error)?;
    Ok(String::from_utf8_lossy(&js_sys::Uint8Array::new(&body).to_vec()).into_owned())
}

/// Leaves for another address (relative to this page's).
pub fn go_to(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(href);
    }
}

/// Tells the developer console what went wrong where the reader need not know (the page goes on as it was).
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("explainer: {message}").into());
}
