//! Yew views, one per file. State lives in [`app::App`] (the timeline's, the org chart's and the embed
//! dialog's as hooks of its own) and in the search box; the others are functions of their arguments.

pub mod app;
pub mod article_view;
pub mod bi_text;
pub mod embed_dialog;
pub mod lang_switch;
pub mod media;
pub mod org_chart;
pub mod search;
pub mod sources;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
pub mod static_story;
pub mod story_header;
pub mod timeline;
pub mod view_switch;

use crate::model::Story;

/// Who renders a view: the app in the browser, or the build, for the static page that works with links and
/// CSS alone (each step of the timeline a `:target`, disclosures as `<details>`) until the app takes over.
/// Most views are the same in both; a few controls differ where only script can do what the live one does.
/// In the browser no static page exists ([`StaticAt`] has no value there), so the compiler leaves every
/// static branch out of the bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Live,
    /// The static page (or part) being written, where links to what other pages hold lead there.
    Static(StaticAt),
}

/// The page the build is writing: a [`crate::routing::Page`] natively, and nothing in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub type StaticAt = crate::routing::Page;
/// The page the build is writing: natively a [`crate::routing::Page`]; the browser renders none.
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaticAt {}

impl Mode {
    /// The static page being written, if any: where [`crate::routing::href`] writes links from.
    pub fn page(self) -> Option<crate::routing::Page> {
        match self {
            Mode::Live => None,
            #[cfg(not(target_arch = "wasm32"))]
            Mode::Static(page) => Some(page),
            #[cfg(target_arch = "wasm32")]
            Mode::Static(none) => match none {},
        }
    }
}

/// The story a component renders: compared by address, so props stay cheap however large the story is.
#[derive(Clone, Copy, Debug)]
pub struct StoryRef(pub &'static Story);

impl PartialEq for StoryRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for StoryRef {
    type Target = Story;
    fn deref(&self) -> &Story {
        self.0
    }
}

/// Whether a key comes with Alt, Ctrl or Meta: then it is the browser's (Alt+← is Back), not a view's.
pub(crate) fn with_modifier(e: &web_sys::KeyboardEvent) -> bool {
    e.alt_key() || e.ctrl_key() || e.meta_key()
}

/// Moves focus to the element with `data-testid={testid}` and `data-index={index}` inside `root`, if any:
/// how the timeline's markers and the tree's items keep focus on the item the keys moved to.
pub(crate) fn focus_item(root: &yew::NodeRef, testid: &str, index: Option<usize>) {
    use wasm_bindgen::JsCast;
    let (Some(root), Some(i)) = (root.cast::<web_sys::Element>(), index) else { return };
    if let Ok(Some(item)) = root.query_selector(&format!("[data-testid={testid}][data-index=\"{i}\"]")) {
        if let Ok(item) = item.dyn_into::<web_sys::HtmlElement>() {
            let _ = item.focus();
        }
    }
}
