//! The framed page's side of auto-height: whenever the content's height changes, post it to the parent
//! in every protocol (pym.js with our `childId`, Datawrapper, AMP, Embedly / Medium); again after each pym
//! `width` message for our `childId` and when the page becomes visible again (pym.js issue #55). Accepts no
//! other message, never navigates the parent, and sends nothing when the page is not framed.

use super::messages::{embedly_height, pym_height, pym_width};
use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How often, in milliseconds, the height is measured where ResizeObserver is missing.
const POLL_MS: i32 = 300;

/// Keeps the height messages going while it lives.
pub struct AutoHeight {
    _listeners: Vec<EventListener>,
    _watch: Option<Watch>,
}

/// What notices a change of height: a ResizeObserver, or a timer where there is none. Held only to keep
/// the observer and its callback alive.
enum Watch {
    Observer { _observer: web_sys::ResizeObserver, _callback: Closure<dyn FnMut()> },
    Poll { _callback: Closure<dyn FnMut()> },
}

/// Starts auto-height if the page is in a frame. `child_id` is pym's id from the URL, if any.
pub fn start(child_id: Option<String>) -> Option<AutoHeight> {
    let window = web_sys::window()?;
    if !crate::browser::is_framed() {
        return None;
    }
    let parent = window.parent().ok().flatten()?;
    let last = Rc::new(Cell::new(0u32));
    let send: Rc<dyn Fn(bool)> = {
        let child_id = child_id.clone();
        Rc::new(move |force: bool| {
            let height = content_height();
            if height == 0 || (!force && height == last.get()) {
                return;
            }
            last.set(height);
            post_height(&parent, child_id.as_deref(), height);
        })
    };
    let mut listeners = Vec::new();
    {
        let send = send.clone();
        listeners.push(EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let (Some(id), Some(data)) = (child_id.as_deref(), event.data().as_string()) else { return };
            if pym_width(&data, id).is_some() {
                send(true);
            }
        }));
    }
    if let Some(document) = window.document() {
        let send = send.clone();
        let doc = document.clone();
        listeners.push(EventListener::new(&document, "visibilitychange", move |_| {
            if doc.visibility_state() == web_sys::VisibilityState::Visible {
                send(true);
            }
        }));
    }
    // Without ResizeObserver (old browsers), measure a few times a second instead, as pym.js's polling does.
    let observer = if Reflect::has(&window, &"ResizeObserver".into()).unwrap_or(false) {
        let send = send.clone();
        let callback = Closure::<dyn FnMut()>::new(move || send(false));
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        match (observer, window.document().and_then(|d| d.body())) {
            (Some(observer), Some(body)) => {
                observer.observe(&body);
                Some(Watch::Observer { _observer: observer, _callback: callback })
            }
            _ => None,
        }
    } else {
        let send = send.clone();
        let callback = Closure::<dyn FnMut()>::new(move || send(false));
        window
            .set_interval_with_callback_and_timeout_and_arguments_0(callback.as_ref().unchecked_ref(), POLL_MS)
            .ok()
            .map(|_| Watch::Poll { _callback: callback })
    };
    send(true);
    Some(AutoHeight { _listeners: listeners, _watch: observer })
}

/// The page's height in CSS pixels, as pym.js measures it (`document.body.offsetHeight`).
fn content_height() -> u32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .map_or(0, |body| body.offset_height().max(0) as u32)
}

fn post_height(parent: &web_sys::Window, child_id: Option<&str>, height: u32) {
    let post = |message: &JsValue| {
        let _ = parent.post_message(message, "*");
    };
    if let Some(id) = child_id {
        post(&pym_height(id, height).into());
    }
    let heights = Object::new();
    let _ = Reflect::set(&heights, &child_id.unwrap_or("explainer").into(), &height.into());
    let datawrapper = Object::new();
    let _ = Reflect::set(&datawrapper, &"datawrapper-height".into(), &heights);
    post(&datawrapper);
    let amp = Object::new();
    let _ = Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = Reflect::set(&amp, &"height".into(), &height.into());
    post(&amp);
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    post(&embedly_height(&href, height).into());
}
