//! The "Embed" button and its dialog: the code for the current state (language, view, event), as a plain
//! iframe with our resize script or as pym.js, with a copy button. A native modal `<dialog>`: focus stays
//! inside, Escape closes, and focus returns to the button. Its contents exist only while it is open: the
//! page does not render or compute them on every step for a dialog nobody has opened. It is a hook of the
//! App's, not a component of its own (a yew component brings its own lifecycle code: 0.7 KB gzip of wasm):
//! opening it, choosing a flavour and copying render the App, which a reader does seldom.

use super::StoryRef;
use crate::embed::codes::{iframe_code, pym_code};
use crate::i18n::ui;
use crate::model::Lang;
use crate::routing::embed_url;
use crate::state::AppState;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The embed button. On the static page it holds its place (hidden) until the app takes over.
pub fn embed_button(lang: Lang, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="tool" data-testid="embed-button" {onclick}>{ ui(lang).embed }</button> }
}

/// The embed button and dialog, for the state on show; `page_url` is the standalone page's address (origin
/// and path), which the embed points at.
#[hook]
pub fn use_embed_dialog(story: StoryRef, state: &Rc<AppState>, page_url: &str) -> Html {
    let strings = ui(state.lang);
    let dialog = use_node_ref();
    let code_field = use_node_ref();
    let pym = use_state_eq(|| false);
    let copied = use_state_eq(|| false);
    let is_open = use_state_eq(|| false);
    let code = is_open.then(|| {
        let event = state.selected.map(|i| story.events[i].id);
        let url = embed_url(page_url, state.lang, state.view, event);
        let title = story.article.headline.get(state.lang);
        if *pym {
            pym_code(&url, title, story.article.id)
        } else {
            iframe_code(&url, title, 800, story.article.id)
        }
    });
    let open = {
        let (copied, is_open) = (copied.clone(), is_open.clone());
        Callback::from(move |_: MouseEvent| {
            copied.set(false);
            is_open.set(true);
        })
    };
    // Opened as a modal once its contents are there, so that focus lands on the first of them.
    {
        let dialog = dialog.clone();
        use_effect_with(*is_open, move |&open| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>().filter(|_| open) {
                let _ = dialog.show_modal();
            }
        });
    }
    let onclose = {
        let is_open = is_open.clone();
        Callback::from(move |_: Event| is_open.set(false))
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let copy = {
        let (code_field, copied, code) = (code_field.clone(), copied.clone(), code.clone().unwrap_or_default());
        Callback::from(move |_: MouseEvent| {
            // Select the code first, so a reader can press Ctrl+C where the clipboard is not allowed.
            if let Some(field) = code_field.cast::<web_sys::HtmlTextAreaElement>() {
                field.select();
            }
            let (copied, code) = (copied.clone(), code.clone());
            yew::platform::spawn_local(async move { copied.set(crate::browser::copy(&code).await) });
        })
    };
    // Tab and Shift+Tab wrap around inside the dialog: focus never leaves it while it is open.
    let trap_focus = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let Some(dialog) = dialog.cast::<web_sys::Element>() else { return };
            let Ok(items) = dialog.query_selector_all("button, textarea") else { return };
            let (Some(first), Some(last)) = (items.item(0), items.item(items.length().saturating_sub(1))) else {
                return;
            };
            let active: Option<web_sys::Node> =
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).map(Into::into);
            let wrap_to = match (e.shift_key(), active) {
                (false, Some(a)) if a == last => Some(first),
                (true, Some(a)) if a == first => Some(last),
                _ => None,
            };
            if let Some(target) = wrap_to.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                e.prevent_default();
                let _ = target.focus();
            }
        })
    };
    let flavour = |is_pym: bool, label: &'static str| {
        let pym = pym.clone();
        html! {
            <button type="button" aria-pressed={(*pym == is_pym).to_string()} data-flavour={if is_pym { "pym" } else { "iframe" }}
                onclick={Callback::from(move |_| pym.set(is_pym))}>{ label }</button>
        }
    };
    html! {
        <>
            { embed_button(state.lang, open) }
            <dialog ref={dialog} class="embed-dialog" data-testid="embed-dialog" aria-labelledby="embed-title"
                onkeydown={trap_focus} {onclose}>
                if let Some(code) = code {
                    <h2 id="embed-title">{ strings.embed_title }</h2>
                    <p>{ strings.embed_help }</p>
                    <div class="segmented" role="group" aria-label={strings.embed_flavour}>
                        { flavour(false, "iframe") }
                        { flavour(true, "pym.js") }
                    </div>
                    <label for="embed-code" class="visually-hidden">{ strings.embed_title }</label>
                    <textarea id="embed-code" ref={code_field} data-testid="embed-code" readonly=true rows="8"
                        spellcheck="false" value={code} />
                    <div class="dialog-actions">
                        <button type="button" class="start" data-testid="embed-copy" onclick={copy}>
                            { if *copied { strings.copied } else { strings.copy } }
                        </button>
                        <button type="button" class="tool" data-testid="embed-close" onclick={close}>{ strings.close }</button>
                    </div>
                    <p class="visually-hidden" aria-live="polite">{ if *copied { strings.copied } else { "" } }</p>
                }
            </dialog>
        </>
    }
}
