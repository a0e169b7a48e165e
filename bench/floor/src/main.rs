//! The floor: one component with state and a listener, rendered like our app (see Cargo.toml).

use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <div><button {onclick}>{ "next" }</button><p>{ *count }</p></div> }
}

fn main() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<Counter>::with_root(root).render();
    }
}

#[global_allocator]
// SAFETY: the page runs the wasm on one thread (talc's condition for `new_global`).
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
